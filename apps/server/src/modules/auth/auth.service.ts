import type { Kysely } from 'kysely';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { decoyHash, verifyPassword } from '../people/password.ts';
import type { SessionStore } from './session.store.ts';
import { signInAccount } from '../people/people.queries.ts';
import { knownDevice, pruneKnownDevices, rememberDevice, reserveSignInAttempt, settleSignInAttempt, waitText } from './sign-in-throttle.ts';

export interface AuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  sessions: SessionStore;
}

export async function signIn(
  deps: AuthDeps,
  input: { username: string; password: string; ip: string; idle?: boolean; device?: string | null | undefined },
): Promise<{ token: string; expiresAt: Date; idleExpiresAt: Date | null; actor: Actor; device: string | null }> {
  const now = deps.clock.now();
  const user = await signInAccount(deps.db, input.username);
  // a browser in which this account signed in before is counted on its own (sign-in-throttle.ts)
  const device = await knownDevice(deps.db, input.device ?? undefined, user?.id, now);
  const attempt = await reserveSignInAttempt(deps.db, now, { key: input.username, ip: input.ip, device });
  if ('retryAfterSeconds' in attempt) {
    const wait = attempt.retryAfterSeconds;
    throw new DomainError('RATE_LIMITED', `登录失败次数过多，请 ${waitText(wait)}后再试`, { retryAfterSeconds: wait });
  }
  const ok = user
    ? await verifyPassword(input.password, user.password_hash)
    : (await verifyPassword(input.password, await decoyHash()), false);
  await settleSignInAttempt(deps.db, attempt.id, ok && !user?.disabled);
  if (!user || !ok) throw new DomainError('UNAUTHENTICATED', '用户名或密码错误');
  if (user.disabled) throw new DomainError('UNAUTHENTICATED', '该账号已停用');
  const session = await deps.sessions.create(user.id, { idle: input.idle === true });
  const actor = await deps.sessions.resolve(session.token);
  if (!actor) throw new DomainError('UNAUTHENTICATED', '登录失败');
  // a browser (the workbench) keeps a device cookie: the next sign-in from it is a known device's
  const deviceToken =
    input.device !== undefined
      ? await rememberDevice(deps.db, user.id, device && input.device ? { token: input.device } : null, now)
      : null;
  return { ...session, actor, device: deviceToken };
}

/** Removes expired sessions, sign-in attempts older than a day and long-unused known devices (run at start and hourly). */
export async function pruneAuthRecords(
  deps: Pick<AuthDeps, 'db' | 'clock'>,
): Promise<{ sessions: number; attempts: number; devices: number }> {
  const now = deps.clock.now();
  const s = await deps.db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', now), eb('idle_expires_at', '<', now)]))
    .executeTakeFirst();
  const a = await deps.db
    .deleteFrom('login_attempts')
    .where('at', '<', new Date(now.getTime() - 86_400_000))
    .executeTakeFirst();
  const devices = await pruneKnownDevices(deps.db, now);
  return { sessions: Number(s.numDeletedRows), attempts: Number(a.numDeletedRows), devices };
}
