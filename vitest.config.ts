import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    // The database for the integration tests; Debian's chromium (installed once when missing) for the browser tests.
    globalSetup: ['apps/server/src/test/global-setup.ts', 'e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // 2 cores: two files at a time, each in its own database.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
