import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules read of the case tables (`cases`, `case_events`, `case_officers`, `parties`),
 * which this module owns (db/owners.ts): answers to their questions, and named builders for the
 * read models that must stay one statement (joined by the caller to its own tables, or used as
 * a filter). Only the cases module writes these tables; the log is written by case-log.ts alone.
 */

type Db = Kysely<Database>;

/** The columns other modules decide on: the case's agency, number, procedure, rule pack, party and archive lock. */
const HEADER = ['id', 'agency_id', 'number', 'procedure_code', 'rule_pack_id', 'party_id', 'archived_at'] as const;

/** The case's header, or undefined when there is no such case. */
export function caseHeader(db: Db, caseId: string) {
  return db.selectFrom('cases').select(HEADER).where('id', '=', caseId).executeTakeFirst();
}

/** The header of a case the caller knows to exist (from its own row or the actor's earlier check); an error otherwise. */
export async function knownCaseHeader(db: Db, caseId: string) {
  const c = await caseHeader(db, caseId);
  if (!c) throw new Error(`case ${caseId} does not exist`);
  return c;
}

/** Whether the user is one of the case's officers (承办人员). */
export async function isCaseOfficer(db: Db, caseId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_officers')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

/** The ids of the case's officers. */
export async function caseOfficerIds(db: Db, caseId: string): Promise<string[]> {
  return (await db.selectFrom('case_officers').select('user_id').where('case_id', '=', caseId).execute()).map((o) => o.user_id);
}

/** The codes of the steps the case's log records (the opening included). */
export async function stepCodesTaken(db: Db, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('case_events')
    .select('step')
    .distinct()
    .where('case_id', '=', caseId)
    .where('step', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.step!));
}

/** How many entries the case's log holds. */
export async function caseEntryCount(db: Db, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('case_events')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The number of log entries of the case whose id is the column `caseIdColumn` of the outer query. */
export function entryCountOfCase(caseIdColumn: string) {
  return sql<number>`(SELECT count(*)::int FROM case_events e WHERE e.case_id = ${sql.ref(caseIdColumn)})`;
}

/**
 * Whether the user made an entry in the case's log other than the legal review's own acts: its
 * entries (`review.*`), the steps taken through it (`reviewSteps`) and the documents it files
 * (`reviewDocumentKinds`, e.g. 意见书) — i.e. whether the user handled the case (办审分离).
 */
export async function handledCase(
  db: Db,
  caseId: string,
  userId: string,
  review: { steps: readonly string[]; documentKinds: readonly string[] },
): Promise<boolean> {
  const row = await db
    .selectFrom('case_events')
    .select('seq')
    .where('case_id', '=', caseId)
    .where('actor_id', '=', userId)
    .where('kind', 'not like', 'review.%')
    // the files of a document are entered by the platform after filing, under the issuer's name: no act of handling
    .where('kind', '<>', 'case.document.rendered')
    .where((eb) => eb.or([eb('step', 'is', null), eb('step', 'not in', [...review.steps])]))
    .where((eb) => eb.or([eb('kind', '<>', 'case.document'), eb(sql<string>`inputs->>'kind'`, 'not in', [...review.documentKinds])]))
    .limit(1)
    .executeTakeFirst();
  return !!row;
}

/**
 * The case's entries that can serve as evidence, in order: recordings bound and documents issued,
 * and the steps among `evidenceSteps` (whose own record is evidence: 现场笔录, 询问笔录 …).
 */
export function evidenceEntries(db: Db, caseId: string, evidenceSteps: readonly string[]) {
  return db
    .selectFrom('case_events')
    .select(['seq', 'kind', 'step', 'inputs', 'hash'])
    .where('case_id', '=', caseId)
    .where((eb) =>
      eb.or([
        eb('kind', 'in', ['case.evidence', 'case.document']),
        eb.and([eb('kind', '=', 'case.step'), eb('step', 'in', [...evidenceSteps, ''])]),
      ]),
    )
    .orderBy('seq')
    .execute();
}

/** The agency's cases opened between `from` and `to` (inclusive), with their procedure (统计年报). */
export function casesOpenedBetween(db: Db, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('cases')
    .select(['procedure_code', 'opened_at'])
    .where('agency_id', '=', agencyId)
    .where('opened_at', '>=', from)
    .where('opened_at', '<=', to)
    .execute();
}

/**
 * The cases of the given agencies archived in [from, to) with their 案号: the list a 案卷评查 round
 * samples from (R-REC-8). Only the archive lock makes a file eligible: an open case is never scored.
 */
export function archivedCasesBetween(db: Db, agencyIds: readonly string[], from: Date, to: Date) {
  if (!agencyIds.length) return Promise.resolve([]);
  return db
    .selectFrom('cases')
    .select(['id', 'agency_id', 'number', 'archived_at'])
    .where('agency_id', 'in', [...agencyIds])
    .where('archived_at', 'is not', null)
    .where('archived_at', '>=', from)
    .where('archived_at', '<', to)
    .execute();
}

/**
 * Rows of the case row that lists and joins show: number, title, agency, procedure, state, party,
 * opening and archive lock. Join it as `.innerJoin(caseSummaries(db).as('c'), 'c.id', 'x.case_id')`,
 * or embed it in SQL text as `JOIN ${caseSummaries(db)} c ON …`.
 */
export function caseSummaries(db: Db) {
  return db
    .selectFrom('cases')
    .select(['id', 'agency_id', 'number', 'title', 'procedure_code', 'state', 'party_id', 'opened_at', 'archived_at']);
}

/** What the 当事人专区 shows of the party's own case: number, title, procedure, rule pack, state, agency. */
export function casePartyView(db: Db, caseId: string) {
  return db
    .selectFrom('cases')
    .select(['number', 'title', 'procedure_code', 'rule_pack_id', 'state', 'terminal', 'agency_id'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
}

/** Parties' names to join on `id` (the party's session and sign-in show the name). */
export function partyNamesSubquery(db: Db) {
  return db.selectFrom('parties').select(['id', 'name']);
}

/** The ids of the agency's cases, for `where('x.case_id', 'in', …)` or `x.case_id IN (${…})`. */
export function caseIdsOfAgency(db: Db, agencyId: string) {
  return db.selectFrom('cases').select('id').where('agency_id', '=', agencyId);
}

/**
 * The case with its party, as documents, publications, legal review and 调阅 show them (aliases
 * `c` and `p` inside; filter on `c.*` columns, or join it `.as(…)` to the caller's own tables).
 */
export function casesWithParty(db: Db) {
  return db
    .selectFrom('cases as c')
    .innerJoin('parties as p', 'p.id', 'c.party_id')
    .select([
      'c.id',
      'c.agency_id',
      'c.number',
      'c.title',
      'c.procedure_code',
      'c.rule_pack_id',
      'c.field',
      'c.region_code',
      'c.state',
      'c.opened_at',
      'c.archived_at',
      'p.kind as party_kind',
      'p.name as party_name',
      'p.credit_code as party_credit_code',
      'p.id_number as party_id_number',
      'p.legal_rep as party_legal_rep',
      'p.address as party_address',
      'p.phone as party_phone',
    ]);
}

/**
 * Log entries with every stored column: of one case, or of all cases when `caseId` is omitted
 * (verification and records that name the entry that filed them by (case_id, seq) or id).
 */
export function caseLogEntries(db: Db, caseId?: string) {
  const q = db
    .selectFrom('case_events')
    .select([
      'id',
      'agency_id',
      'case_id',
      'seq',
      'kind',
      'step',
      'from_state',
      'to_state',
      'actor_id',
      'at',
      'inputs',
      'prev_hash',
      'hash',
      'body',
    ]);
  return caseId === undefined ? q : q.where('case_id', '=', caseId);
}

/** The chain head each case row names (its last entry's seq and hash), for the cases whose ids lie in [lo, hi]. */
export function chainHeadsInRange(db: Db, lo: string, hi: string) {
  return db
    .selectFrom('cases')
    .select(['id', 'number', 'last_event_seq', 'last_event_hash'])
    .where('id', '>=', lo)
    .where('id', '<=', hi)
    .execute();
}

/** Every log entry's id and hash, as the ledger's leaves name them (source `case_event`). */
export function entryHashesSubquery(db: Db) {
  return db.selectFrom('case_events').select(['id', 'hash']);
}

/**
 * The procedure steps taken after the opening (entries of kind `case.step`), each with its case's
 * procedure, number and title — of one case or one agency — for joins to `decision_steps` and
 * proposals (the decisions taken, 类案, statistics, the publication sweep).
 */
export function takenSteps(db: Db, scope: { caseId: string } | { agencyId: string } | 'all') {
  let q = db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['e.case_id', 'e.agency_id', 'e.seq', 'e.step', 'e.actor_id', 'e.at', 'e.inputs', 'c.procedure_code', 'c.number', 'c.title'])
    .where('e.kind', '=', 'case.step');
  if (scope !== 'all') q = 'caseId' in scope ? q.where('e.case_id', '=', scope.caseId) : q.where('e.agency_id', '=', scope.agencyId);
  return q;
}

/** The case's officer assignments (who, whether lead, since when), for the caller to join to the people and order lead first. */
export function officerAssignments(db: Db, caseId: string) {
  return db.selectFrom('case_officers').select(['user_id', 'lead', 'assigned_at']).where('case_id', '=', caseId);
}

/** Whether every entry after `version` only records a document's files (case.document.rendered). */
export async function onlyRenderedSince(db: Db, caseId: string, version: number): Promise<boolean> {
  const other = await db
    .selectFrom('case_events')
    .select('seq')
    .where('case_id', '=', caseId)
    .where('seq', '>', version)
    .where('kind', '<>', 'case.document.rendered')
    .limit(1)
    .executeTakeFirst();
  return !other;
}
