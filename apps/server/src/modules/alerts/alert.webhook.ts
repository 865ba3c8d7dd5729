import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';

/**
 * The alerts' webhook for SMS / IM gateways: each opening and closing is a message in the outbox
 * (`alert_deliveries`, written in the sweep's transaction), delivered by POST with a signature and
 * retried with exponential back-off; every attempt is recorded (`alert_delivery_attempts`).
 *
 * Signature: `X-Sanxiang-Timestamp` is the sending time in Unix seconds, and `X-Sanxiang-Signature`
 * is `sha256=` + hex HMAC-SHA256, keyed with the agency's secret, of `<timestamp>.<body>` — the body
 * exactly as sent. A receiver recomputes it and refuses stale timestamps, so a captured message
 * cannot be replayed later.
 */
export const MAX_WEBHOOK_ATTEMPTS = 8;
export const webhookBackoffMs = (attempts: number) => Math.min(3_600_000, 30_000 * 2 ** (attempts - 1));

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Delivers what is due, one message at a time; returns how many were delivered, retried and given up. */
export async function deliverAlertWebhooks(
  deps: { db: Kysely<Database>; clock: Clock },
  limit = 50,
): Promise<{ delivered: number; retried: number; dead: number }> {
  const result = { delivered: 0, retried: 0, dead: 0 };
  for (let n = 0; n < limit; n++) {
    const done = await deps.db.transaction().execute(async (tx) => {
      const m = await tx
        .selectFrom('alert_deliveries as d')
        .leftJoin('alert_settings as s', 's.agency_id', 'd.agency_id')
        .select(['d.id', 'd.url', 'd.body', 'd.attempts', 's.webhook_secret'])
        .where('d.delivered_at', 'is', null)
        .where('d.dead', '=', false)
        .where('d.next_at', '<=', deps.clock.now())
        .orderBy('d.id')
        .limit(1)
        .forUpdate('d')
        .skipLocked()
        .executeTakeFirst();
      if (!m) return false;
      const now = deps.clock.now();
      const timestamp = Math.floor(now.getTime() / 1000);
      let status: number | null = null;
      let error: string | null = null;
      try {
        const res = await fetch(m.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'x-sanxiang-timestamp': String(timestamp),
            'x-sanxiang-signature': signWebhook(m.webhook_secret ?? '', timestamp, m.body),
            'x-sanxiang-delivery': m.id,
          },
          body: m.body,
          signal: AbortSignal.timeout(10_000),
        });
        status = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      await tx.insertInto('alert_delivery_attempts').values({ delivery_id: m.id, at: now, status, error }).execute();
      const attempts = m.attempts + 1;
      if (!error) {
        await tx.updateTable('alert_deliveries').set({ attempts, delivered_at: now }).where('id', '=', m.id).execute();
        result.delivered++;
      } else if (attempts >= MAX_WEBHOOK_ATTEMPTS) {
        await tx.updateTable('alert_deliveries').set({ attempts, dead: true }).where('id', '=', m.id).execute();
        result.dead++;
      } else {
        await tx
          .updateTable('alert_deliveries')
          .set({ attempts, next_at: new Date(now.getTime() + webhookBackoffMs(attempts)) })
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
