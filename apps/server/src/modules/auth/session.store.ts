import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesInScopeOf, agencyKindsSubquery } from '../org/org.queries.ts';
import { actorUsersSubquery } from '../people/people.queries.ts';

const SESSION_HOURS = 12;
/** How long a resolved session is trusted without asking the database again. */
const CACHE_MS = 15_000;

export function tokenId(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

async function actorOfRow(
  db: Kysely<Database>,
  row: {
    id: string;
    username: string;
    display_name: string;
    roles: string[];
    agency_id: string;
    unit_id: string | null;
    kind: 'enforcement' | 'justice';
  },
): Promise<Actor> {
  return {
    userId: row.id,
    username: row.username,
    name: row.display_name,
    roles: row.roles as Role[],
    agencyId: row.agency_id,
    agencyKind: row.kind,
    unitId: row.unit_id,
    visibleAgencyIds: await agenciesInScopeOf(db, row.agency_id),
  };
}

/** The actor of a user without a session: for the CLI, the demo loader and tests. */
export async function loadActor(db: Kysely<Database>, userId: string): Promise<Actor> {
  const row = await db
    .selectFrom(actorUsersSubquery(db).as('u'))
    .innerJoin(agencyKindsSubquery(db).as('a'), 'a.id', 'u.agency_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.roles', 'u.agency_id', 'u.unit_id', 'a.kind'])
    .where('u.id', '=', userId)
    .executeTakeFirstOrThrow();
  return actorOfRow(db, row);
}

/** A resolved session: who, and when it ends (absolutely, and for a workbench session after idleness). */
export interface SessionInfo {
  actor: Actor;
  expiresAt: Date;
  /** null: an API client's session, which has no idle end */
  idleExpiresAt: Date | null;
}

/** How long a workbench session survives without use; SANXIANG_IDLE_MINUTES, default 30. */
export function idleMinutesFromEnv(value: string | undefined): number {
  const n = Number(value ?? 30);
  return Number.isFinite(n) && n >= 1 && n <= 24 * 60 ? n : 30;
}

/** Ends every session of a user (a disabled account signs out everywhere); cached ones go with SessionStore.forgetUser. */
export async function endSessionsOfUser(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** The idle end is pushed forward at most once a minute per session (one UPDATE, not one per request). */
const IDLE_TOUCH_MS = 60_000;

/**
 * Sessions: a random token for the client, its SHA-256 in the database (a leaked table grants
 * nothing). Resolved sessions are cached briefly so that every request is not a query. A session
 * opened by the workbench (`idle`) also ends after a period without use.
 */
export class SessionStore {
  private cache = new Map<string, { actor: Actor; expiresAt: number; idleExpiresAt: number | null; cachedAt: number }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    readonly idleMs: number = 30 * 60_000,
  ) {}

  async create(userId: string, opts: { idle?: boolean } = {}): Promise<{ token: string; expiresAt: Date; idleExpiresAt: Date | null }> {
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now().getTime();
    const expiresAt = new Date(now + SESSION_HOURS * 3600_000);
    const idleExpiresAt = opts.idle ? new Date(Math.min(now + this.idleMs, expiresAt.getTime())) : null;
    await this.db
      .insertInto('sessions')
      .values({ id: tokenId(token), user_id: userId, expires_at: expiresAt, idle_expires_at: idleExpiresAt })
      .execute();
    return { token, expiresAt, idleExpiresAt };
  }

  async resolve(token: string): Promise<Actor | null> {
    return (await this.session(token))?.actor ?? null;
  }

  /** The session behind a token, its idle end pushed forward (this request is a use), or null when it has ended. */
  async session(token: string): Promise<SessionInfo | null> {
    if (token.length < 20 || token.length > 100) return null;
    const now = this.clock.now().getTime();
    let hit = this.cache.get(token);
    if (!hit || now - hit.cachedAt >= CACHE_MS || now >= hit.expiresAt) {
      this.cache.delete(token);
      const row = await this.db
        .selectFrom('sessions as s')
        .innerJoin(actorUsersSubquery(this.db).as('u'), 'u.id', 's.user_id')
        .innerJoin(agencyKindsSubquery(this.db).as('a'), 'a.id', 'u.agency_id')
        .select([
          'u.id',
          'u.username',
          'u.display_name',
          'u.roles',
          'u.agency_id',
          'u.unit_id',
          'u.disabled',
          'a.kind',
          's.expires_at',
          's.idle_expires_at',
        ])
        .where('s.id', '=', tokenId(token))
        .executeTakeFirst();
      if (!row || row.disabled || row.expires_at.getTime() <= now) return null;
      hit = {
        actor: await actorOfRow(this.db, row),
        expiresAt: row.expires_at.getTime(),
        idleExpiresAt: row.idle_expires_at?.getTime() ?? null,
        cachedAt: now,
      };
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(token, hit);
    }
    if (hit.idleExpiresAt !== null) {
      if (now >= hit.idleExpiresAt) {
        await this.revoke(token);
        return null;
      }
      const next = Math.min(now + this.idleMs, hit.expiresAt);
      if (next - hit.idleExpiresAt >= IDLE_TOUCH_MS) {
        hit.idleExpiresAt = next;
        await this.db
          .updateTable('sessions')
          .set({ idle_expires_at: new Date(next) })
          .where('id', '=', tokenId(token))
          .execute();
      }
    }
    return {
      actor: hit.actor,
      expiresAt: new Date(hit.expiresAt),
      idleExpiresAt: hit.idleExpiresAt === null ? null : new Date(hit.idleExpiresAt),
    };
  }

  async revoke(token: string): Promise<void> {
    this.cache.delete(token);
    await this.db.deleteFrom('sessions').where('id', '=', tokenId(token)).execute();
  }

  /** After the organisation changes (a new agency): every session's scope is computed again. */
  forgetAll(): void {
    this.cache.clear();
  }

  /** After a user is disabled or changes roles: drop cached sessions of that user. */
  forgetUser(userId: string): void {
    for (const [k, v] of this.cache) if (v.actor.userId === userId) this.cache.delete(k);
  }
}
