import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the 法制审核 records (review rounds, proposals, 集体讨论, the list of
 * decision steps). The review module owns these tables (db/owners.ts); this file imports nothing
 * of other modules, so documents, discretion and statistics can ask it without a cycle.
 */

type Db = Kysely<Database>;

/**
 * The (procedure_code, step_code) pairs that are decisions behind legal review's gate, for joining
 * a case's step entries to them in one statement (a case "has decided" when one of its steps joins).
 */
export function decisionStepsSubquery(db: Db) {
  return db.selectFrom('decision_steps').select(['procedure_code', 'step_code']);
}

/**
 * Every proposal (拟作出的决定) by case and version, for joining a decision entry to the proposal
 * version it names (`inputs.review.proposalVersion`) in one statement.
 */
export function proposalVersionsSubquery(db: Db) {
  return db.selectFrom('case_proposals').select(['case_id', 'version', 'proposal']);
}

/** The materials hash of the case's pending review round (what the reviewer's opinion must answer). */
export async function pendingRoundMaterialsHash(db: Db, caseId: string): Promise<Buffer> {
  const round = await db
    .selectFrom('review_rounds')
    .select('materials_hash')
    .where('case_id', '=', caseId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return round.materials_hash;
}

/** The agency's review rounds submitted between `from` and `to` (inclusive): round number, status, submission time. */
export async function roundsSubmittedBetween(db: Db, agencyId: string, from: Date, to: Date) {
  return db
    .selectFrom('review_rounds')
    .select(['round', 'status', 'submitted_at'])
    .where('agency_id', '=', agencyId)
    .where('submitted_at', '>=', from)
    .where('submitted_at', '<=', to)
    .execute();
}

/**
 * The 集体讨论 held between `from` and `to` (inclusive) on the cases `caseIds` selects (a subquery
 * of the cases' owner): when each was held, and the overrides it recorded (null when none).
 */
export async function discussionsBetween(
  db: Db,
  caseIds: SelectQueryBuilder<Database, keyof Database, { id: string }>,
  from: Date,
  to: Date,
) {
  return db
    .selectFrom('collective_discussions')
    .select(['at', 'overrides'])
    .where('case_id', 'in', caseIds)
    .where('at', '>=', from)
    .where('at', '<=', to)
    .execute();
}
