import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/server/src/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/**/*.test.ts'],
    // The database for the integration tests; Debian's chromium (installed once when missing) for the browser tests.
    globalSetup: ['apps/server/src/test/global-setup.ts', 'e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files run one after another in the same two processes instead of a fresh process each: every
    // server test file imports the whole server, and importing it anew per file cost ≈ 5 s of CPU
    // each (a third of the suite's time). The tests keep no state in modules: caches are keyed by
    // the database handle, and each file opens its own database and server.
    isolate: false,
    // 2 cores: two files at a time, each in its own database.
    maxWorkers: 2,
    // documents render at normal priority here: test files share the two cores, and a test waiting
    // for a render should not wait behind another file's work (production lowers it, render-pool.ts)
    env: { SANXIANG_RENDER_NICE: '0' },
    reporters: ['default'],
  },
});
