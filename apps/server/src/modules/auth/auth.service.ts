import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { decoyHash, verifyPassword } from '../people/password.ts';
import type { SessionStore } from './session.store.ts';
import { signInAccount } from '../people/people.queries.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  sessions: SessionStore;
}

/** Sign-in is rate-limited per account and per address (15-minute window). */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
const MAX_FAILURES_PER_USER = 5;
const MAX_FAILURES_PER_IP = 30;

/**
 * Failed sign-ins in the window under `key` (a username, or another sign-in's key such as the
 * party portal's `party:<案件编号>`) and from `ip`.
 */
export async function recentFailures(db: Kysely<Database>, now: Date, key: string, ip: string): Promise<{ byKey: number; byIp: number }> {
  const failures = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('username', '=', key).as('byKey'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('byIp'),
    ])
    .where('at', '>', new Date(now.getTime() - SIGN_IN_WINDOW_MS))
    .where('ok', '=', false)
    .where((eb) => eb.or([eb('username', '=', key), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return { byKey: Number(failures.byKey), byIp: Number(failures.byIp) };
}

/** One sign-in attempt, counted by recentFailures. */
export async function recordSignInAttempt(db: Kysely<Database>, now: Date, key: string, ip: string, ok: boolean): Promise<void> {
  await db.insertInto('login_attempts').values({ username: key, ip, at: now, ok }).execute();
}

export async function signIn(
  deps: AuthDeps,
  input: { username: string; password: string; ip: string; idle?: boolean },
): Promise<{ token: string; expiresAt: Date; idleExpiresAt: Date | null; actor: Actor }> {
  const now = deps.clock.now();
  const failures = await recentFailures(deps.db, now, input.username, input.ip);
  if (failures.byKey >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP) {
    throw new DomainError('RATE_LIMITED', '登录失败次数过多，请 15 分钟后再试', { retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 });
  }
  const user = await signInAccount(deps.db, input.username);
  const ok = user
    ? await verifyPassword(input.password, user.password_hash)
    : (await verifyPassword(input.password, await decoyHash()), false);
  await recordSignInAttempt(deps.db, now, input.username, input.ip, ok && !user?.disabled);
  if (!user || !ok) throw new DomainError('UNAUTHENTICATED', '用户名或密码错误');
  if (user.disabled) throw new DomainError('UNAUTHENTICATED', '该账号已停用');
  const session = await deps.sessions.create(user.id, { idle: input.idle === true });
  const actor = await deps.sessions.resolve(session.token);
  if (!actor) throw new DomainError('UNAUTHENTICATED', '登录失败');
  return { ...session, actor };
}

/** Removes expired sessions and sign-in attempts older than a day (run at start and hourly). */
export async function pruneAuthRecords(deps: Pick<AuthDeps, 'db' | 'clock'>): Promise<{ sessions: number; attempts: number }> {
  const now = deps.clock.now();
  const s = await deps.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('idle_expires_at', '<', now)]))
    .executeTakeFirst();
  const a = await deps.db
    .deleteFrom('login_attempts')
    .where('at', '<', new Date(now.getTime() - 86_400_000))
    .executeTakeFirst();
  return { sessions: Number(s.numDeletedRows), attempts: Number(a.numDeletedRows) };
}
