#!/usr/bin/env node
// The `sanxiang` command: runs the server's bundle (apps/server/build.mjs), rebuilt when the sources
// changed; without esbuild, or with SANXIANG_RUN_SOURCES=1, the TypeScript sources through tsx.
import { serverEntry } from '../build.mjs';

const entry = await serverEntry();
if (entry) {
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
