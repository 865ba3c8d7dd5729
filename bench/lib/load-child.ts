import { fork } from 'node:child_process';
import path from 'node:path';
import type { LoadPlan, LoadResult } from './load-generator.ts';

/** Runs a load plan in a separate process (the generator must not share the server's event loop). */
export function loadInChild(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'load-generator.ts'), { execArgv: ['--import', 'tsx'] });
    child.once('message', (m) => resolve(m as LoadResult));
    child.once('error', reject);
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited ${code}`)));
    child.send(plan);
  });
}
