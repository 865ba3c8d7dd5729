import type { Kysely } from 'kysely';
import {
  DomainError,
  EVALUATION_FORMAT,
  EVALUATION_GRADE_NAMES,
  agencyResult,
  maxTotal,
  type DrawSample,
  type EvaluationCommitment,
  type EvaluationGrade,
  type EvaluationInput,
  type EvaluationSampleResult,
  type EvaluationStandard,
  type ItemScore,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyById, enforcementAgenciesAmong } from '../org/org.queries.ts';
import { userNames } from '../people/people.queries.ts';
import { logHeadAndCheckpoint } from '../ledger/ledger.queries.ts';
import type { SeedEvidence } from '../ledger/ledger.seed.ts';

/** What the 案卷评查 routes answer: a round with its sample and scores, the 司法局's list, the public record. */
type Db = Kysely<Database>;

export const ROUND_STATE_NAMES = {
  planned: '已制定',
  committed: '已公布承诺，等待种子',
  drawn: '已抽取，评分中',
  returned: '结果已反馈',
} as const;

export async function roundRow(db: Db, roundId: string) {
  return db.selectFrom('evaluation_rounds').selectAll().where('id', '=', roundId).executeTakeFirst();
}
export type RoundRow = NonNullable<Awaited<ReturnType<typeof roundRow>>>;

export interface ScoreView {
  total: number;
  max: number;
  grade: EvaluationGrade;
  gradeName: string;
  items: ItemScore[];
  comment: string;
  scoredBy: string;
  scoredAt: string;
}

export interface ReplyView {
  text: string;
  by: string;
  at: string;
}

/** The scores of a round's files (by case id), with the reviewers' names. */
export async function scoresOfRound(
  db: Db,
  roundId: string,
  standard: EvaluationStandard,
  agencyId?: string,
): Promise<Map<string, ScoreView>> {
  let q = db.selectFrom('evaluation_scores').selectAll().where('round_id', '=', roundId);
  if (agencyId) q = q.where('agency_id', '=', agencyId);
  const rows = await q.execute();
  const names = await userNames(db, [...new Set(rows.map((r) => r.scored_by))]);
  const max = maxTotal(standard);
  return new Map(
    rows.map((r) => [
      r.case_id,
      {
        total: Number(r.total),
        max,
        grade: r.grade,
        gradeName: EVALUATION_GRADE_NAMES[r.grade],
        items: r.items as ItemScore[],
        comment: r.comment,
        scoredBy: names.get(r.scored_by) ?? '',
        scoredAt: r.scored_at.toISOString(),
      },
    ]),
  );
}

export async function repliesOfRound(db: Db, roundId: string): Promise<Map<string, ReplyView>> {
  const rows = await db.selectFrom('evaluation_replies').selectAll().where('round_id', '=', roundId).execute();
  const names = await userNames(db, [...new Set(rows.map((r) => r.replied_by))]);
  return new Map(rows.map((r) => [r.agency_id, { text: r.reply, by: names.get(r.replied_by) ?? '', at: r.replied_at.toISOString() }]));
}

const resultView = (standard: EvaluationStandard, totals: number[]) => {
  const r = agencyResult(standard.grades, totals);
  return r ? { ...r, gradeName: EVALUATION_GRADE_NAMES[r.grade] } : null;
};

/** Each agency's sampled files (in drawn order) with their scores, its mean and grade once all are scored, and its reply. */
export async function agencyRows(db: Db, r: RoundRow) {
  const agencies = await enforcementAgenciesAmong(db, r.agency_ids);
  const standard = r.standard as EvaluationStandard;
  const result = r.result as EvaluationSampleResult | null;
  const input = r.input as EvaluationInput | null;
  const scores = await scoresOfRound(db, r.id, standard);
  const replies = await repliesOfRound(db, r.id);
  return agencies.map((a) => {
    const drawn = result?.agencies.find((x) => x.agency === a.credit_code);
    const files = (drawn?.caseFiles ?? []).map((f, i) => ({
      position: i + 1,
      caseId: f.id,
      number: f.number,
      score: scores.get(f.id) ?? null,
    }));
    const complete = files.length > 0 && files.every((f) => f.score);
    return {
      id: a.id,
      name: a.name,
      creditCode: a.credit_code,
      populationSize: input ? (input.agencies.find((x) => x.agency === a.credit_code)?.caseFiles.length ?? 0) : null,
      caseFiles: files,
      result: complete
        ? resultView(
            standard,
            files.map((f) => f.score!.total),
          )
        : null,
      reply: replies.get(a.id) ?? null,
    };
  });
}

export type RoundView = Awaited<ReturnType<typeof roundView>>;

async function roundView(db: Db, r: RoundRow, publicUrl: string) {
  const standard = r.standard as EvaluationStandard;
  const agencies = await agencyRows(db, r);
  const commitment = r.commitment as EvaluationCommitment | null;
  const ledgerAgency = r.ledger_agency_id ? await agencyById(db, r.ledger_agency_id) : undefined;
  const head = r.ledger_agency_id && r.state === 'committed' ? await logHeadAndCheckpoint(db, r.ledger_agency_id) : null;
  const files = agencies.flatMap((a) => a.caseFiles);
  return {
    id: r.id,
    agencyId: r.agency_id,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    sample: r.sample as DrawSample,
    state: r.state,
    stateName: ROUND_STATE_NAMES[r.state],
    standard: { version: r.standard_version, items: standard.items, grades: standard.grades, maxTotal: maxTotal(standard) },
    agencies,
    commitmentHash: r.commitment_hash,
    seedTreeSize: commitment?.seedSource.treeSize ?? null,
    ledger: ledgerAgency ? { agency: ledgerAgency.name, size: head?.size ?? 0, checkpointSize: head?.checkpoint?.size ?? null } : null,
    seed: r.seed,
    scored: files.filter((f) => f.score).length,
    toScore: files.length,
    createdAt: r.created_at.toISOString(),
    committedAt: r.committed_at?.toISOString() ?? null,
    drawnAt: r.drawn_at?.toISOString() ?? null,
    returnedAt: r.returned_at?.toISOString() ?? null,
    publicUrl: r.state === 'planned' ? null : `${publicUrl.replace(/\/$/, '')}/evaluations/${r.id}`,
  };
}

export async function getRound(deps: { db: Db; publicUrl: string }, actor: Actor, agencyId: string, roundId: string): Promise<RoundView> {
  authorize(actor, 'evaluation.manage', { agencyId });
  const r = await roundRow(deps.db, roundId);
  if (!r || r.agency_id !== agencyId) throw new DomainError('NOT_FOUND', '评查活动不存在');
  return roundView(deps.db, r, deps.publicUrl);
}

/** The 司法局's rounds, newest first, with how far scoring has come. */
export async function listRounds(db: Db, actor: Actor, agencyId: string) {
  authorize(actor, 'evaluation.manage', { agencyId });
  const rows = await db
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  if (!rows.length) return [];
  const counts = await db
    .selectFrom('evaluation_scores')
    .select(['round_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where(
      'round_id',
      'in',
      rows.map((r) => r.id),
    )
    .groupBy('round_id')
    .execute();
  const scored = new Map(counts.map((c) => [c.round_id, Number(c.n)]));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    state: r.state,
    stateName: ROUND_STATE_NAMES[r.state],
    agencies: r.agency_ids.length,
    scored: scored.get(r.id) ?? 0,
    toScore: ((r.result as EvaluationSampleResult | null)?.agencies ?? []).reduce((n, a) => n + a.caseFiles.length, 0),
    createdAt: r.created_at.toISOString(),
  }));
}

/** Everything published about a round (committed or later): the record `sanxiang draw verify` re-derives. */
export interface PublicRoundRecord {
  format: typeof EVALUATION_FORMAT;
  id: string;
  justice: { name: string; creditCode: string };
  ledgerAgency: { name: string; creditCode: string };
  state: 'committed' | 'drawn' | 'returned';
  committedAt: string;
  drawnAt: string | null;
  input: EvaluationInput;
  commitment: EvaluationCommitment;
  commitmentHash: string;
  seed: string | null;
  seedEvidence: SeedEvidence | null;
  result: EvaluationSampleResult | null;
}

export async function publicRoundRecord(db: Db, roundId: string): Promise<PublicRoundRecord | null> {
  const r = await roundRow(db, roundId);
  if (!r || r.state === 'planned') return null;
  const justice = (await agencyById(db, r.agency_id))!;
  const ledger = (await agencyById(db, r.ledger_agency_id!))!;
  return {
    format: EVALUATION_FORMAT,
    id: r.id,
    justice: { name: justice.name, creditCode: justice.credit_code },
    ledgerAgency: { name: ledger.name, creditCode: ledger.credit_code },
    state: r.state,
    committedAt: r.committed_at!.toISOString(),
    drawnAt: r.drawn_at?.toISOString() ?? null,
    input: r.input as EvaluationInput,
    commitment: r.commitment as EvaluationCommitment,
    commitmentHash: r.commitment_hash!,
    seed: r.seed,
    seedEvidence: (r.seed_evidence as SeedEvidence | null) ?? null,
    result: (r.result as EvaluationSampleResult | null) ?? null,
  };
}
