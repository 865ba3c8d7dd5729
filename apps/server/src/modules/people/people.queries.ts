import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the people module's tables (`users`, `certificates`): named answers, and
 * named row sets for read models that must stay one SQL statement (joined by the consumer, e.g.
 * `.innerJoin(userNamesSubquery(db).as('u'), 'u.id', 'e.actor_id')`).
 */
type Db = Kysely<Database> | Transaction<Database>;

/** Every user's display name by id (staff and party-channel users alike), to join names onto records of acts. */
export function userNamesSubquery(db: Db) {
  return db.selectFrom('users').select(['id', 'display_name']);
}

/** The display names of these users, by id (an id without a user is absent). */
export async function userNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await userNamesSubquery(db)
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((u) => [u.id, u.display_name]));
}

/**
 * Users with the certificate (执法证) in force: a valid one if any, else the one that ended last; the
 * `c_*` columns are null for a user without a certificate. The rule of the case module's officer view
 * (R-X-1); CURRENT_CERTIFICATE_JSON_SQL states the same rule in SQL text.
 */
export function peopleWithCurrentCertificate(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('certificates as c')
          .select(['c.number', 'c.fields', 'c.regions', 'c.valid_from', 'c.valid_to', 'c.status', 'c.restrictions'])
          .whereRef('c.user_id', '=', 'u.id')
          .orderBy(sql`c.status = 'valid'`, 'desc')
          .orderBy('c.valid_to', 'desc')
          .limit(1)
          .as('c'),
      (join) => join.onTrue(),
    )
    .select([
      'u.id',
      'u.display_name',
      'u.agency_id',
      'u.unit_id',
      'u.roles',
      'u.kind',
      'u.disabled',
      'c.number as c_number',
      'c.fields as c_fields',
      'c.regions as c_regions',
      'c.valid_from as c_valid_from',
      'c.valid_to as c_valid_to',
      'c.status as c_status',
      'c.restrictions as c_restrictions',
    ]);
}

/**
 * SQL text for statements kept as prepared text (the case step path): the certificate in force of the
 * user whose id is the SQL expression `userId`, as JSON ({number, fields, regions, validFrom, validTo,
 * status}) or null — the rule of peopleWithCurrentCertificate.
 */
export function currentCertificateJsonSql(userId: string): string {
  return `(SELECT json_build_object('number', ce.number, 'fields', ce.fields, 'regions', ce.regions,
                    'validFrom', ce.valid_from, 'validTo', ce.valid_to, 'status', ce.status, 'restrictions', ce.restrictions)
               FROM certificates ce WHERE ce.user_id = ${userId}
               ORDER BY (ce.status = 'valid') DESC, ce.valid_to DESC LIMIT 1)`;
}

/** SQL text of userNamesSubquery, for statements kept as prepared text: `JOIN (${USER_NAMES_SQL}) u ON …`. */
export const USER_NAMES_SQL = 'SELECT id, display_name FROM users';

/** The numbers of valid certificates by holder (a holder with several valid ones has several rows). */
export function validCertificateNumbersSubquery(db: Db) {
  return db.selectFrom('certificates').select(['user_id', 'number']).where('status', '=', 'valid');
}

/** Every certificate with its holder's name, post, agency and unit: the public 执法人员清单 and officer check. */
export function certificatesWithHoldersSubquery(db: Db) {
  return db
    .selectFrom('certificates as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.number',
      'c.fields',
      'c.regions',
      'c.valid_from',
      'c.valid_to',
      'c.status',
      'c.restrictions',
      'u.display_name as holder',
      'u.post',
      'u.agency_id',
      'u.unit_id',
    ]);
}

/** The columns a signed-in actor is built from (auth joins its sessions and the agency's kind onto them). */
export function actorUsersSubquery(db: Db) {
  return db.selectFrom('users').select(['id', 'username', 'display_name', 'roles', 'agency_id', 'unit_id', 'disabled']);
}

/** What sign-in checks of an account, by username; undefined when there is none. */
export async function signInAccount(db: Db, username: string) {
  return db.selectFrom('users').select(['id', 'password_hash', 'disabled']).where('username', '=', username).executeTakeFirst();
}

/** Users who may act (not disabled), with what legal review's staffing counts: roles, unit and reviewer qualification (R-REV-9). */
export function enabledUsersSubquery(db: Db) {
  return db.selectFrom('users').select(['id', 'agency_id', 'unit_id', 'roles', 'reviewer_qualified']).where('disabled', '=', false);
}

/** What R-REV-3 and 行政处罚法 §58 look at about a would-be reviewer: agency, unit and qualifications, by user id. */
export function reviewerQualificationsSubquery(db: Db) {
  return db.selectFrom('users').select(['id', 'agency_id', 'unit_id', 'reviewer_qualified', 'legal_qualification']);
}

/** The agency's party-channel user: the actor of the party's online acts (migration 0017), created on first use. */
export async function partyChannelUser(db: Db, agencyId: string): Promise<string> {
  const found = await db
    .selectFrom('users')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'party-channel')
    .executeTakeFirst();
  if (found) return found.id;
  await db
    .insertInto('users')
    .values({
      agency_id: agencyId,
      username: `party-channel.${agencyId}`,
      display_name: '当事人（网上办理）',
      roles: [],
      // not a hash any password verifies against; the account is disabled as well
      password_hash: '!party-channel',
      disabled: true,
      kind: 'party-channel',
    })
    .onConflict((oc) => oc.column('username').doNothing())
    .execute();
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('kind', '=', 'party-channel')
    .executeTakeFirstOrThrow();
  return row.id;
}
