import { sql, type Kysely } from 'kysely';
import {
  DomainError,
  maxTotal,
  scoreCaseFile,
  type EvaluationSampleResult,
  type EvaluationStandard,
  type ItemScore,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyById, enforcementAgenciesAmong } from '../org/org.queries.ts';
import { lastCaseViewBy } from '../access/access.queries.ts';
import { roundOrThrow, type EvaluationDeps } from './evaluation.service.ts';
import { agencyRows, getRound, repliesOfRound, scoresOfRound, type RoundView } from './evaluation.views.ts';

/**
 * 评分 and 反馈 (R-REC-8): the 司法局's reviewers score each drawn file item by item with findings,
 * having read it through the 调阅 path (reason stated, logged: R-REC-7); once every file is scored
 * the results are returned to the agencies, which see only their own and may reply (整改说明).
 */
type Db = Kysely<Database>;

/** Scores one drawn file (again, until the round is returned: the last score stands). */
export async function scoreCase(
  deps: EvaluationDeps,
  actor: Actor,
  agencyId: string,
  roundId: string,
  caseId: string,
  body: { items: ItemScore[]; comment: string },
): Promise<RoundView> {
  const r = await roundOrThrow(deps.db, actor, agencyId, roundId);
  if (r.state === 'planned' || r.state === 'committed') throw new DomainError('EVALUATION_STATE', '尚未抽取案卷，不能评分');
  if (r.state === 'returned') throw new DomainError('EVALUATION_STATE', '评查结果已反馈，评分不能再修改');
  const result = r.result as EvaluationSampleResult;
  const drawn = result.agencies.find((a) => a.caseFiles.some((f) => f.id === caseId));
  if (!drawn) throw new DomainError('NOT_FOUND', '该案卷不在本次评查抽取的案卷之中');
  // R-REC-7: the reviewer reads the file through the access path, which records who, when and why
  const viewed = await lastCaseViewBy(deps.db, actor.userId, caseId, r.drawn_at!);
  if (!viewed) throw new DomainError('EVALUATION_STATE', '评分前须先调阅该案卷（说明调阅事由，调阅记入调阅记录）', { path: 'caseId' });
  const standard = r.standard as EvaluationStandard;
  const scored = scoreCaseFile(standard, body.items);
  const agencyOfCase = (await enforcementAgenciesAmong(deps.db, r.agency_ids)).find((a) => a.credit_code === drawn.agency)!.id;
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    // the round's row lock orders a score against the return: no score lands after the results went out
    const locked = await tx.selectFrom('evaluation_rounds').select('state').where('id', '=', roundId).forShare().executeTakeFirstOrThrow();
    if (locked.state !== 'drawn') throw new DomainError('EVALUATION_STATE', '评查结果已反馈，评分不能再修改');
    await tx
      .insertInto('evaluation_scores')
      .values({
        round_id: roundId,
        case_id: caseId,
        agency_id: agencyOfCase,
        items: JSON.stringify(scored.items),
        total: scored.total,
        grade: scored.grade,
        comment: body.comment.trim(),
        scored_by: actor.userId,
        scored_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['round_id', 'case_id']).doUpdateSet({
          items: JSON.stringify(scored.items),
          total: scored.total,
          grade: scored.grade,
          comment: body.comment.trim(),
          scored_by: actor.userId,
          scored_at: now,
        }),
      )
      .execute();
  });
  return getRound(deps, actor, agencyId, roundId);
}

/** 反馈: every drawn file scored, the round's results go to the agencies; scores are final from then on. */
export async function returnRound(deps: EvaluationDeps, actor: Actor, agencyId: string, roundId: string): Promise<RoundView> {
  const r = await roundOrThrow(deps.db, actor, agencyId, roundId);
  if (r.state !== 'drawn')
    throw new DomainError('EVALUATION_STATE', r.state === 'returned' ? '评查结果已反馈' : '尚未抽取案卷，不能反馈结果');
  await deps.db.transaction().execute(async (tx) => {
    const locked = await tx.selectFrom('evaluation_rounds').selectAll().where('id', '=', roundId).forUpdate().executeTakeFirstOrThrow();
    if (locked.state !== 'drawn') throw new DomainError('EVALUATION_STATE', '评查结果已反馈');
    const rows = await agencyRows(tx, locked);
    const missing = rows.flatMap((a) => a.caseFiles.filter((f) => !f.score).map((f) => `${a.name} ${f.number}`));
    if (missing.length)
      throw new DomainError(
        'EVALUATION_STATE',
        `还有 ${missing.length} 份案卷未评分：${missing.slice(0, 5).join('、')}${missing.length > 5 ? ' 等' : ''}`,
      );
    await tx.updateTable('evaluation_rounds').set({ state: 'returned', returned_at: deps.clock.now() }).where('id', '=', roundId).execute();
  });
  return getRound(deps, actor, agencyId, roundId);
}

/** The returned rounds that evaluated agency `agencyId`, newest first: its files, scores, findings, result and reply — nothing of other agencies. */
export async function agencyResults(deps: { db: Db; publicUrl: string }, actor: Actor, agencyId: string) {
  authorize(actor, 'evaluation.read', { agencyId });
  const agency = await agencyById(deps.db, agencyId);
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  const rounds = await deps.db
    .selectFrom('evaluation_rounds')
    .selectAll()
    .where('state', '=', 'returned')
    .where(sql<boolean>`agency_ids @> ARRAY[${agencyId}]::uuid[]`)
    .orderBy('returned_at', 'desc')
    .limit(50)
    .execute();
  const out = [];
  for (const r of rounds) {
    const standard = r.standard as EvaluationStandard;
    const justice = (await agencyById(deps.db, r.agency_id))!;
    const rows = await agencyRows(deps.db, r);
    const own = rows.find((a) => a.id === agencyId)!;
    const scores = await scoresOfRound(deps.db, r.id, standard, agencyId);
    out.push({
      roundId: r.id,
      title: r.title,
      justice: justice.name,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      returnedAt: r.returned_at!.toISOString(),
      standard: { version: r.standard_version, items: standard.items, maxTotal: maxTotal(standard) },
      caseFiles: own.caseFiles.map((f) => ({ caseId: f.caseId, number: f.number, score: scores.get(f.caseId)! })),
      result: own.result,
      reply: (await repliesOfRound(deps.db, r.id)).get(agencyId) ?? null,
      publicUrl: `${deps.publicUrl.replace(/\/$/, '')}/evaluations/${r.id}`,
    });
  }
  return out;
}

/** 整改说明: the agency's head answers a returned round (again: the last answer stands). */
export async function replyToRound(
  deps: EvaluationDeps,
  actor: Actor,
  agencyId: string,
  roundId: string,
  body: { reply: string },
): Promise<Awaited<ReturnType<typeof agencyResults>>> {
  authorize(actor, 'evaluation.reply', { agencyId });
  const r = await deps.db.selectFrom('evaluation_rounds').select(['state', 'agency_ids']).where('id', '=', roundId).executeTakeFirst();
  if (!r || !r.agency_ids.includes(agencyId) || r.state !== 'returned')
    throw new DomainError('NOT_FOUND', '没有反馈给本机关的该次评查结果');
  const text = body.reply.trim();
  if (!text) throw new DomainError('VALIDATION_FAILED', '请填写整改说明', { path: 'reply' });
  const now = deps.clock.now();
  await deps.db
    .insertInto('evaluation_replies')
    .values({ round_id: roundId, agency_id: agencyId, reply: text, replied_by: actor.userId, replied_at: now })
    .onConflict((oc) => oc.columns(['round_id', 'agency_id']).doUpdateSet({ reply: text, replied_by: actor.userId, replied_at: now }))
    .execute();
  return agencyResults(deps, actor, agencyId);
}
