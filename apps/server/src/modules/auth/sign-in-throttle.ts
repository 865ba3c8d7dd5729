import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Sign-in throttling (issue 17, weakness 4): guesses are slowed, the right password from a known
 * device is never locked out, and concurrent guesses are counted before any is evaluated.
 *
 * Failed attempts in the last 15 minutes are counted in groups; after a group's free attempts each
 * further one must wait twice as long after the group's last failure as the one before (1 s, 2 s,
 * 4 s … at most 15 minutes):
 * - a known device (a browser in which the account signed in before, holding its device cookie):
 *   only that device's own failures count — guesses from elsewhere never lock it out;
 * - an unknown client: its failures on this account from this address (5 free), all unknown
 *   clients' failures on this account (10 free: guessing from many addresses), and all of this
 *   address's failures on any account (30 free: one address trying many accounts; an office behind
 *   one address shares it, so the count is high and known devices are not in it).
 * A success from the same device, or the same account and address, starts that group again.
 *
 * Atomic: an attempt is reserved (written as failed) under advisory locks on its account and
 * address before the password is checked, and settled after; eight concurrent guesses see each
 * other, and only the free ones are evaluated.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const THROTTLE = { device: 5, pair: 5, account: 10, address: 30, maxWaitSeconds: 15 * 60 } as const;
/** A known device is remembered for 180 days after its last sign-in. */
export const DEVICE_DAYS = 180;
export const DEVICE_COOKIE = 'sx_device';

/** Seconds to wait after the last of `failures` failures in a group with `free` free attempts. */
export function backoffSeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(THROTTLE.maxWaitSeconds, 2 ** (failures - free));
}

export type Reservation = { id: string } | { retryAfterSeconds: number };

interface Group {
  failures: number;
  last: Date | null;
}

/**
 * Reserves one attempt under `key` (a username, or the party's `party:<案件编号>`) from `ip`, from
 * the known device `device` (its hash; null: an unknown client), or says how long to wait.
 */
export async function reserveSignInAttempt(
  db: Kysely<Database>,
  now: Date,
  a: { key: string; ip: string; device: string | null },
): Promise<Reservation> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  return db.transaction().execute(async (tx) => {
    // the account's lock first, then the address's: one order, so two attempts cannot deadlock
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:key:${a.key}`}, 0))`.execute(tx);
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`sign-in:ip:${a.ip}`}, 0))`.execute(tx);
    const rows = await tx
      .selectFrom('login_attempts')
      .select(['username', 'ip', 'device', 'at', 'ok'])
      .where('at', '>', since)
      .where((eb) => eb.or([eb('username', '=', a.key), eb('ip', '=', a.ip), ...(a.device ? [eb('device', '=', a.device)] : [])]))
      .orderBy('at')
      .execute();
    const group = (inGroup: (r: (typeof rows)[number]) => boolean, resetOnSuccess: boolean): Group => {
      const g: Group = { failures: 0, last: null };
      for (const r of rows) {
        if (!inGroup(r)) continue;
        if (r.ok) {
          if (resetOnSuccess) g.failures = 0;
        } else {
          g.failures += 1;
          g.last = r.at;
        }
      }
      return g;
    };
    const groups: [Group, number][] = a.device
      ? [[group((r) => r.device === a.device, true), THROTTLE.device]]
      : [
          [group((r) => r.username === a.key && r.ip === a.ip && r.device === null, true), THROTTLE.pair],
          [group((r) => r.username === a.key && r.device === null, false), THROTTLE.account],
          [group((r) => r.ip === a.ip && r.device === null, false), THROTTLE.address],
        ];
    let until = 0;
    for (const [g, free] of groups) {
      if (!g.last) continue;
      until = Math.max(until, g.last.getTime() + backoffSeconds(g.failures, free) * 1000);
    }
    if (until > now.getTime()) return { retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)) };
    const row = await tx
      .insertInto('login_attempts')
      .values({ username: a.key, ip: a.ip, device: a.device, at: now, ok: false })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: row.id };
  });
}

/** The reserved attempt's outcome (it stays counted as failed unless it succeeded). */
export async function settleSignInAttempt(db: Kysely<Database>, id: string, ok: boolean): Promise<void> {
  if (ok) await db.updateTable('login_attempts').set({ ok: true }).where('id', '=', id).execute();
}

/** "N 秒" or "N 分钟": how long to wait, for a person. */
export function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}

const deviceId = (token: string) => createHash('sha256').update('sanxiang-device\0').update(token).digest('hex');

/** The known-device id of a device cookie for this account, or null when the cookie is absent, unknown or another account's. */
export async function knownDevice(
  db: Kysely<Database>,
  token: string | undefined,
  userId: string | undefined,
  now: Date,
): Promise<string | null> {
  if (!token || !userId || token.length > 100) return null;
  const id = deviceId(token);
  const row = await db
    .selectFrom('known_devices')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('last_used_at', '>', new Date(now.getTime() - DEVICE_DAYS * 86_400_000))
    .executeTakeFirst();
  return row ? row.id : null;
}

/** After a sign-in in a browser: the known device used again, or a new one remembered. Returns the cookie's value. */
export async function rememberDevice(db: Kysely<Database>, userId: string, known: { token: string } | null, now: Date): Promise<string> {
  if (known) {
    await db.updateTable('known_devices').set({ last_used_at: now }).where('id', '=', deviceId(known.token)).execute();
    return known.token;
  }
  const token = randomBytes(24).toString('base64url');
  await db
    .insertInto('known_devices')
    .values({ id: deviceId(token), user_id: userId, created_at: now, last_used_at: now })
    .execute();
  return token;
}

/** Known devices unused for DEVICE_DAYS are forgotten (with the hourly pruning). */
export async function pruneKnownDevices(db: Kysely<Database>, now: Date): Promise<number> {
  const r = await db
    .deleteFrom('known_devices')
    .where('last_used_at', '<', new Date(now.getTime() - DEVICE_DAYS * 86_400_000))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
