import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../adapters/clock.ts';
import { loadDemoOrg } from '../../demo/demo-org.ts';
import { createTestDatabase, type TestDatabase } from '../../test/db.ts';
import { ensureLog } from './sequencer.ts';

/**
 * R-REC-4, scale-out: the first checkpoints asked of several instances at once each create the
 * agency's log. The log row has two unique keys (the agency and the origin): creating it must
 * give way on either, or the loser of the race answered 409 「数据与已有记录重复」.
 */
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase(16);
  await loadDemoOrg(tdb.db, systemClock);
});
afterAll(async () => {
  await tdb?.drop();
});

describe('R-REC-4 one log per agency, created by whoever comes first', () => {
  it('many concurrent first uses of an agency log create it once, without an error', async () => {
    const agencies = (await tdb.db.selectFrom('agencies').select('id').execute()).map((a) => a.id);
    await tdb.db.deleteFrom('ledger_logs').execute();
    for (let round = 0; round < 40; round++) {
      await tdb.db.deleteFrom('ledger_logs').execute();
      const results = await Promise.allSettled(
        agencies.flatMap((id) => Array.from({ length: 12 }, () => ensureLog(tdb.db, id, 'sanxiang.local/log', systemClock))),
      );
      const failed = results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason));
      expect(failed).toEqual([]);
      const origins = new Set(results.map((r) => (r as PromiseFulfilledResult<{ origin: string }>).value.origin));
      expect(origins.size).toBe(agencies.length);
      expect(
        Number(
          (
            await tdb.db
              .selectFrom('ledger_logs')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ).toBe(agencies.length);
    }
  });
});
