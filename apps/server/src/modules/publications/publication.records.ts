import type { Kysely, Transaction } from 'kysely';
import { toExchangeFields, type FieldValues } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the 公示 records (publications, their versions and acts, and the
 * portal's read model `public_decisions`). The publications module owns these tables
 * (db/owners.ts); this file imports nothing of other modules.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** Publication records still waiting to be published, oldest decision first (the demo's 公示管理员 works through them). */
export async function pendingPublications(db: Db) {
  return db
    .selectFrom('publications')
    .select(['id', 'agency_id', 'decided_on'])
    .where('state', '=', 'pending')
    .orderBy('decided_on')
    .orderBy('created_at')
    .execute();
}

/** The agency's publication records of decisions made from `from` to `to` (China dates, inclusive), with their deadlines and state (统计). */
export async function publicationsDecidedBetween(db: Db, agencyId: string, from: string, to: string) {
  return db
    .selectFrom('publications')
    .select(['id', 'decided_on', 'due_on', 'published_on', 'state'])
    .where('agency_id', '=', agencyId)
    .where('decided_on', '>=', from)
    .where('decided_on', '<=', to)
    .execute();
}

/** The agency's corrections and withdrawals done between `from` and `to` (inclusive): which publication, which act, when (统计). */
export async function correctionsAndWithdrawalsBetween(db: Db, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('publication_events')
    .select(['publication_id', 'kind', 'at'])
    .where('agency_id', '=', agencyId)
    .where('kind', 'in', ['corrected', 'withdrawn'])
    .where('at', '>=', from)
    .where('at', '<=', to)
    .execute();
}

/** The document number of each publication record of the agencies, for lists that name the record (the upward outbox). */
export function publicationNumbersOfAgencies(db: Db, agencyIds: readonly string[]) {
  return db
    .selectFrom('publications')
    .select(['id', 'doc_number'])
    .where('agency_id', 'in', [...agencyIds]);
}

/** What the portal shows of a publication record, as pushed upward (field set, fields with the standard's YYYY/MM/DD dates, status and its reason, full text); undefined before projection. */
export async function publicDecisionToPush(db: Db, publicationId: string) {
  const d = await db
    .selectFrom('public_decisions')
    .select(['field_set', 'fields', 'status', 'status_reason', 'body'])
    .where('id', '=', publicationId)
    .executeTakeFirst();
  // the export boundary: the record leaves in the data standard's date form (YYYY/MM/DD); the portal keeps its own
  return d && { ...d, fields: toExchangeFields(d.fields as FieldValues) };
}

/** The portal's current decision under `key` (机关信用代码/文号), whoever published it: what a push from another system compares and versions. */
export async function publicDecisionOfKey(db: Db, key: string) {
  return db
    .selectFrom('public_decisions')
    .select(['id', 'version', 'history', 'fields', 'body', 'status', 'source', 'published_at'])
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Every publication act in the order written, for recomputing each act's hash (`sanxiang verify`). */
export async function publicationActsInOrder(db: Db) {
  return db.selectFrom('publication_events').selectAll().orderBy('id').execute();
}

/** Every published version with its recorded original, text, rule set and marks, its record's case, 文号 and latest version number (`sanxiang verify` re-derives each). */
export async function publishedVersionsWithRecord(db: Db) {
  return db
    .selectFrom('publication_versions as v')
    .innerJoin('publications as p', 'p.id', 'v.publication_id')
    .select([
      'v.publication_id',
      'v.version',
      'v.original_text',
      'v.original_sha256',
      'v.published_text',
      'v.marks',
      'v.rule_set',
      'p.case_id',
      'p.event_seq',
      'p.doc_number',
      'p.version as latest',
    ])
    .orderBy('v.publication_id')
    .orderBy('v.version')
    .execute();
}

/** This platform's decisions on the portal, each with the published text of its record's latest version (`sanxiang verify` compares them). */
export async function localPublicDecisionsWithLatestText(db: Db) {
  return db
    .selectFrom('public_decisions as d')
    .innerJoin('publications as p', 'p.id', 'd.id')
    .innerJoin('publication_versions as v', (j) => j.onRef('v.publication_id', '=', 'p.id').onRef('v.version', '=', 'p.version'))
    .select(['d.id', 'd.doc_number', 'd.body', 'd.status', 'v.published_text'])
    .where('d.source', '=', 'local')
    .execute();
}

/** The hash of each publication act by id, for one-statement checks of the ledger leaves that stand for them. */
export function publicationActHashesSubquery(db: Db) {
  return db.selectFrom('publication_events').select(['id', 'hash']);
}

/** The publication records of these cases (a 双随机 draw's inspections): state, due and published dates, and the portal address once public. */
export async function publicationsOfCases(db: Db, caseIds: readonly string[]) {
  if (!caseIds.length) return [];
  return db
    .selectFrom('publications')
    .select(['case_id', 'doc_number', 'decided_on', 'due_on', 'published_on', 'state', 'version'])
    .where('case_id', 'in', caseIds)
    .execute();
}
