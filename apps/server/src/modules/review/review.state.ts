import { sql, type Kysely, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import {
  DEFAULT_REVIEW_CATALOG,
  PROCEDURES,
  gatedSteps,
  assertDecisionAllowed,
  type DecisionProposal,
  type ReviewCatalog,
  type ReviewState,
  type StepDef,
  type Inputs,
  type Role,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { officerAssignments, takenSteps } from '../cases/case.reads.ts';
import { versionInForce } from '../agency-versions/agency-versions.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The review record of one case, as the rules in packages/domain/src/review see it. */
export interface LoadedReview {
  state: ReviewState;
  /** the content of the latest proposal version */
  latest: DecisionProposal | undefined;
}

export async function agencyCatalog(
  db: Db,
  agencyId: string,
): Promise<{ version: number; catalog: ReviewCatalog; agencyId: string | null }> {
  // a 派出机构 without its own catalog follows its parent agency's (e.g. a 市场监督管理所)
  const v = await versionInForce<ReviewCatalog>(db, 'review_catalogs', agencyId);
  return v
    ? { version: v.version, catalog: v.content, agencyId: v.agencyId }
    : { version: 0, catalog: DEFAULT_REVIEW_CATALOG, agencyId: null };
}

export async function loadReview(
  db: Db,
  caseId: string,
  settings: { maxRounds: number; overrideBasis?: string | null | undefined },
): Promise<LoadedReview> {
  // one statement (each part a JSON array): the review's state is read on every review request and
  // decision, and each statement costs a round trip's CPU on both sides (issue 20 item 7)
  const row = await db
    .selectNoFrom((eb) => [
      jsonArrayFrom(officerAssignments(db, caseId).select('user_id as id')).as('officers'),
      jsonArrayFrom(
        eb
          .selectFrom('case_proposals')
          .select(['version', 'proposal', sql<string>`encode(proposal_hash, 'hex')`.as('hash_hex'), 'evaluation', 'created_by'])
          .where('case_id', '=', caseId)
          .orderBy('version'),
      ).as('proposals'),
      jsonArrayFrom(
        eb
          .selectFrom('review_rounds')
          .select([
            'round',
            'proposal_version',
            'submitted_by',
            'status',
            'reviewer_id',
            'disagreed',
            sql<string>`encode(materials_hash, 'hex')`.as('materials_hex'),
          ])
          .where('case_id', '=', caseId)
          .orderBy('round'),
      ).as('rounds'),
      jsonArrayFrom(
        eb
          .selectFrom('collective_discussions as d')
          .leftJoin('review_rounds as r', 'r.id', 'd.round_id')
          .select(['d.proposal_version', 'd.outcome', 'd.recorded_by', 'd.event_seq', 'r.round as after_round'])
          .where('d.case_id', '=', caseId)
          .orderBy('d.event_seq'),
      ).as('discussions'),
      jsonArrayFrom(
        eb
          .selectFrom('review_clearances')
          .select(['id', 'proposal_version', sql<string>`encode(proposal_hash, 'hex')`.as('hash_hex'), 'basis', 'event_seq'])
          .where('case_id', '=', caseId)
          .orderBy('event_seq'),
      ).as('clearances'),
      // each decision entry carries the proposal version it was made on (decisionGate's pass)
      jsonArrayFrom(
        eb
          .selectFrom(takenSteps(db, { caseId }).as('e'))
          .innerJoin('decision_steps as d', (j) => j.onRef('d.procedure_code', '=', 'e.procedure_code').onRef('d.step_code', '=', 'e.step'))
          .select(['e.seq', 'e.step', 'e.inputs'])
          .orderBy('e.seq'),
      ).as('decisions'),
    ])
    .executeTakeFirstOrThrow();
  const { proposals, rounds, discussions, clearances, decisions } = row;
  const officers = row.officers.map((o) => o.id);
  const decided = decisions.map((d) => ({
    step: d.step ?? '',
    proposalVersion: Number((d.inputs as { review?: { proposalVersion?: unknown } }).review?.proposalVersion ?? 0),
  }));
  const latestVersion = proposals.at(-1)?.version;
  const state: ReviewState = {
    officerIds: officers,
    proposals: proposals.map((p) => ({
      version: p.version,
      hashHex: p.hash_hex,
      required: (p.evaluation as { required: boolean }).required,
      collectiveRequired: (p.evaluation as { collectiveRequired?: boolean }).collectiveRequired === true,
      createdBy: p.created_by,
    })),
    rounds: rounds.map((r) => ({
      round: r.round,
      proposalVersion: r.proposal_version,
      submittedBy: r.submitted_by,
      status: r.status,
      reviewerId: r.reviewer_id,
      disagreed: r.disagreed,
      materialsHash: r.materials_hex,
    })),
    discussions: discussions.map((d) => ({
      proposalVersion: d.proposal_version,
      outcome: d.outcome,
      recordedBy: d.recorded_by,
      seq: d.event_seq,
      afterRound: d.after_round ?? null,
    })),
    clearances: clearances.map((c) => ({
      id: c.id,
      proposalVersion: c.proposal_version,
      hashHex: c.hash_hex,
      basis: c.basis,
      seq: c.event_seq,
    })),
    // the latest proposal was decided; a later proposal is the next decision's (e.g. 处理决定 after 批准)
    decided: latestVersion !== undefined && decided.some((d) => d.proposalVersion >= latestVersion),
    decisions: decided,
    maxRounds: settings.maxRounds,
    overrideBasis: settings.overrideBasis ?? null,
  };
  return { state, latest: proposals.at(-1)?.proposal as DecisionProposal | undefined };
}

export interface GatePass {
  clearanceId: string;
  proposalVersion: number;
  proposalSha256: string;
}

/**
 * R-REV-2 for the case engine: a callback for decideStep's `gate` that allows a decision step
 * only on the cleared latest proposal, and what the decision's entry must carry for the
 * database's own check (migration 0004).
 */
export async function decisionGate(
  db: Db,
  caseId: string,
  agencyId: string,
  actor: { userId: string; name: string; roles: readonly Role[] },
): Promise<{
  check: (step: StepDef, inputs: Inputs) => void;
  passed: () => GatePass | null;
  proposed: () => DecisionProposal | undefined;
}> {
  const { catalog } = await agencyCatalog(db, agencyId);
  const { state, latest } = await loadReview(db, caseId, catalog.settings);
  let pass: GatePass | null = null;
  return {
    check: (step, inputs) => {
      const g = assertDecisionAllowed(state, actor, { step: step.code, inputs }, latest, step.name);
      pass = { clearanceId: g.clearance.id, proposalVersion: g.proposal.version, proposalSha256: g.proposal.hashHex };
    },
    passed: () => pass,
    proposed: () => latest,
  };
}

/**
 * The database's list of decision steps follows the procedure definitions: a step that became a
 * decision is added at start. Nothing is ever removed here, so the gate cannot be loosened by a
 * build that forgot a step.
 */
export async function syncDecisionSteps(db: Kysely<Database>): Promise<void> {
  const rows = PROCEDURES.flatMap((def) => gatedSteps(def).map((s) => ({ procedure_code: def.code, step_code: s.code })));
  if (rows.length)
    await db
      .insertInto('decision_steps')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute();
}
