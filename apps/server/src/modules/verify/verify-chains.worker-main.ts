import { parentPort, workerData } from 'node:worker_threads';
import { createKysely, createPool } from '../../adapters/db/pool.ts';
import { verifyCaseChains } from './verify-chains.ts';
import { Findings } from './verify-report.ts';

/** One share of the hash-chain check, on its own connection (see verifyCaseChainsParallel). */
const { url, lo, hi } = workerData as { url: string; lo: string; hi: string };
const pool = createPool(url, 1);
const db = createKysely(pool);
try {
  const f = new Findings();
  const r = await verifyCaseChains(db, f, lo, hi);
  parentPort!.postMessage({ ...r, problems: f.problems });
} finally {
  await db.destroy();
}
