import type { LedgerService } from './ledger.service.ts';

/**
 * Background work of the ledger: sequence queued entries often (every `sequenceMs`) and sign a
 * checkpoint, with the witnesses' cosignatures, at least every minute (R-REC-4). Failures are
 * reported and retried on the next tick; they never stop the process.
 */
export function startLedgerWorker(
  ledger: LedgerService,
  opts: { sequenceMs?: number; checkpointMs?: number; onError?: (e: unknown) => void } = {},
): () => Promise<void> {
  const onError = opts.onError ?? ((e) => process.stderr.write(`账本后台任务出错：${e instanceof Error ? e.message : String(e)}\n`));
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const chain = (work: () => Promise<unknown>) => {
    if (stopped) return;
    running = running.then(work).catch(onError);
  };
  const seq = setInterval(() => chain(() => ledger.sequenceAll()), opts.sequenceMs ?? 500);
  const ckpt = setInterval(() => chain(() => ledger.checkpointAll()), opts.checkpointMs ?? 60_000);
  seq.unref();
  ckpt.unref();
  chain(() => ledger.checkpointAll());
  return async () => {
    stopped = true;
    clearInterval(seq);
    clearInterval(ckpt);
    await running;
  };
}
