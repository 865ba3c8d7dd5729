import type { Kysely, Transaction } from 'kysely';
import type { PublicationAct, PushedDecision } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import { publicDecisionToPush, publicationNumbersOfAgencies } from '../publications/publication.records.ts';

/**
 * The upward push of this product's own publications (R-X-6), as a transactional outbox: the
 * message is written in the same transaction as the publication act, so an act is never lost nor
 * pushed without having happened; a relay delivers due messages (SKIP LOCKED, so several
 * processes may run it) with exponential back-off, one at a time per decision so that order holds,
 * and gives up after MAX_ATTEMPTS (dead letter, visible). The payload is the push-in format, so
 * the upper platform may be another Sanxiang. (pg-boss was considered; the message must commit
 * with the act in our own Kysely transaction, which a plain table does with no second client.)
 */
export interface Upstream {
  /** the upper platform's base URL; messages go to <url>/api/v1/ingest/decisions */
  url: string;
  /** its key for this agency's system (Bearer) */
  key: string;
}

export const MAX_ATTEMPTS = 10;
const BACKOFF_MS = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));

/** Writes the message of a publication act into the outbox, inside the act's transaction. */
export async function enqueueUpstream(tx: Transaction<Database>, publicationId: string, act: PublicationAct, at: Date): Promise<void> {
  const d = await publicDecisionToPush(tx, publicationId);
  if (!d) return;
  const payload: PushedDecision = {
    fieldSet: d.field_set as PushedDecision['fieldSet'],
    fields: d.fields,
    status: d.status === 'withdrawn' || d.status === 'stopped' || d.status === 'expired' ? 'withdrawn' : 'published',
    reason: d.status_reason,
    fullText: d.body,
  };
  await tx
    .insertInto('outbox')
    .values({ publication_id: publicationId, act, payload: JSON.stringify({ decisions: [payload] }), created_at: at, next_at: at })
    .execute();
}

/** Delivers what is due; returns how many were delivered, retried and given up. */
export async function deliverPending(
  deps: { db: Kysely<Database>; clock: Clock },
  upstream: Upstream,
  limit = 50,
): Promise<{ delivered: number; retried: number; dead: number }> {
  const result = { delivered: 0, retried: 0, dead: 0 };
  for (let n = 0; n < limit; n++) {
    const done = await deps.db.transaction().execute(async (tx) => {
      // the oldest due message whose decision has no older message still waiting (order per decision)
      const m = await tx
        .selectFrom('outbox as o')
        .selectAll()
        .where('o.delivered_at', 'is', null)
        .where('o.dead', '=', false)
        .where('o.next_at', '<=', deps.clock.now())
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('outbox as p')
                .select('p.id')
                .whereRef('p.publication_id', '=', 'o.publication_id')
                .whereRef('p.id', '<', 'o.id')
                .where('p.delivered_at', 'is', null)
                .where('p.dead', '=', false),
            ),
          ),
        )
        .orderBy('o.id')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!m) return false;
      let error: string | null = null;
      try {
        const res = await fetch(`${upstream.url.replace(/\/+$/, '')}/api/v1/ingest/decisions`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${upstream.key}`,
            'idempotency-key': `sanxiang-outbox-${m.id}`,
          },
          body: JSON.stringify(m.payload),
          signal: AbortSignal.timeout(30_000),
        });
        if (!res.ok) error = `HTTP ${res.status} ${(await res.text()).slice(0, 300)}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      const now = deps.clock.now();
      if (!error) {
        await tx
          .updateTable('outbox')
          .set({ delivered_at: now, attempts: m.attempts + 1, last_error: null })
          .where('id', '=', m.id)
          .execute();
        result.delivered++;
      } else if (m.attempts + 1 >= MAX_ATTEMPTS) {
        await tx
          .updateTable('outbox')
          .set({ dead: true, attempts: m.attempts + 1, last_error: error })
          .where('id', '=', m.id)
          .execute();
        result.dead++;
      } else {
        await tx
          .updateTable('outbox')
          .set({ attempts: m.attempts + 1, last_error: error, next_at: new Date(now.getTime() + BACKOFF_MS(m.attempts + 1)) })
          .where('id', '=', m.id)
          .execute();
        result.retried++;
      }
      return true;
    });
    if (!done) break;
  }
  return result;
}

export async function outboxStatus(db: Kysely<Database>, agencyIds: readonly string[]) {
  return db
    .selectFrom('outbox as o')
    .innerJoin(publicationNumbersOfAgencies(db, agencyIds).as('p'), 'p.id', 'o.publication_id')
    .select(['o.id', 'o.act', 'p.doc_number', 'o.created_at', 'o.attempts', 'o.next_at', 'o.delivered_at', 'o.dead', 'o.last_error'])
    .orderBy('o.id', 'desc')
    .limit(200)
    .execute();
}
