import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  DomainError,
  canonicalJson,
  chinaDate,
  chinaDayStart,
  commitmentHash,
  drawEvaluationSample,
  evaluationCommitment,
  evaluationEventLeafHash,
  evaluationProblems,
  evaluationResultHash,
  evaluationStandardHash,
  normaliseEvaluationInput,
  type DrawSample,
  type EvaluationCommitment,
  type EvaluationEventBody,
  type EvaluationInput,
  type EvaluationStandard,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { agencyById, enforcementAgenciesAmong } from '../org/org.queries.ts';
import { archivedCasesBetween } from '../cases/case.reads.ts';
import type { LedgerService } from '../ledger/ledger.service.ts';
import { logLength } from '../ledger/ledger.queries.ts';
import { seedFromLedger } from '../ledger/ledger.seed.ts';
import { currentStandard } from './evaluation.standards.ts';
import { getRound, roundRow, type RoundRow, type RoundView } from './evaluation.views.ts';

/**
 * 案卷评查 rounds (R-REC-8): the 司法局 names the period, the agencies of its region and the sample
 * size; publishes the commitment — the list of every case file those agencies archived in the
 * period (id, 案号, 归档日期) and the plan, hashed, entered in a ledger, with the seed fixed as that
 * ledger's root at a size not yet reached — and draws once that tree exists, exactly as a 双随机
 * draw (ledger/ledger.seed.ts, domain `drawEvaluationSample`). Its reviewers then score each drawn
 * file (evaluation.scores.ts) and the results go back to each agency.
 */
type Db = Kysely<Database>;

export interface EvaluationDeps {
  db: Db;
  clock: Clock;
  ledger: LedgerService;
  /** the portal's address, for the links to the public record */
  publicUrl: string;
  /** entries that must follow the commitment's before the seed's tree size (default 3) */
  seedMargin?: number;
}

export interface RoundBody {
  title: string;
  periodFrom: string;
  periodTo: string;
  agencyIds: string[];
  sample: DrawSample;
}

/** The 司法局's round, after its access rule; another agency's round does not exist for it. */
export async function roundOrThrow(db: Db, actor: Actor, agencyId: string, roundId: string) {
  authorize(actor, 'evaluation.manage', { agencyId });
  const r = await roundRow(db, roundId);
  if (!r || r.agency_id !== agencyId) throw new DomainError('NOT_FOUND', '评查活动不存在');
  return r;
}

/** A new round of the 司法局 `agencyId` over enforcement agencies of its region, scored by its current standard. */
export async function createRound(deps: EvaluationDeps, actor: Actor, agencyId: string, body: RoundBody): Promise<RoundView> {
  authorize(actor, 'evaluation.manage', { agencyId });
  const title = body.title.trim();
  if (!title) throw new DomainError('VALIDATION_FAILED', '请填写评查名称', { path: 'title' });
  if (body.periodFrom > body.periodTo)
    throw new DomainError('VALIDATION_FAILED', '评查期间的开始日期不能晚于结束日期', { path: 'periodTo' });
  const today = chinaDate(deps.clock.now());
  if (body.periodTo >= today)
    throw new DomainError('VALIDATION_FAILED', `评查期间须已结束（截止日期早于今天 ${today}），归档案卷的名单才确定`, { path: 'periodTo' });
  const ids = [...new Set(body.agencyIds)];
  if (ids.length !== body.agencyIds.length) throw new DomainError('VALIDATION_FAILED', '被评查机关重复', { path: 'agencyIds' });
  // only enforcement agencies the 司法局 supervises (R-X-5); another region's agency is not named
  const visible = new Set(agenciesFor(actor, 'agency.read'));
  const agencies = await enforcementAgenciesAmong(
    deps.db,
    ids.filter((id) => visible.has(id)),
  );
  if (agencies.length !== ids.length) throw new DomainError('VALIDATION_FAILED', '被评查机关须为本辖区的执法机关', { path: 'agencyIds' });
  const plan = evaluationProblems({
    plan: {
      justice: '',
      title,
      periodFrom: body.periodFrom,
      periodTo: body.periodTo,
      sample: body.sample,
      standard: { version: 0, hash: '' },
    },
    agencies: agencies.map((a) => ({ agency: a.credit_code, name: a.name, caseFiles: [] })),
  });
  if (plan.length) throw new DomainError('VALIDATION_FAILED', plan.map((p) => p.message).join('；'), { path: plan[0]!.path });
  const std = await currentStandard(deps.db, agencyId);
  const id = randomUUID();
  await deps.db
    .insertInto('evaluation_rounds')
    .values({
      id,
      agency_id: agencyId,
      title,
      period_from: body.periodFrom,
      period_to: body.periodTo,
      agency_ids: ids,
      sample: JSON.stringify(body.sample),
      standard_version: std.version,
      standard: JSON.stringify(std.standard),
      state: 'planned',
      created_by: actor.userId,
      created_at: deps.clock.now(),
    })
    .execute();
  return getRound(deps, actor, agencyId, id);
}

/** The round's inputs as they stand now: the plan and each agency's case files archived in the period. */
async function freezeInput(db: Db, r: RoundRow): Promise<EvaluationInput> {
  const justice = (await agencyById(db, r.agency_id))!;
  const agencies = await enforcementAgenciesAmong(db, r.agency_ids);
  const next = new Date(chinaDayStart(r.period_to).getTime() + 86_400_000);
  const files = await archivedCasesBetween(db, r.agency_ids, chinaDayStart(r.period_from), next);
  const standard = r.standard as EvaluationStandard;
  return normaliseEvaluationInput({
    plan: {
      justice: justice.credit_code,
      title: r.title,
      periodFrom: r.period_from,
      periodTo: r.period_to,
      sample: r.sample as DrawSample,
      standard: { version: r.standard_version, hash: evaluationStandardHash(standard) },
    },
    agencies: agencies.map((a) => ({
      agency: a.credit_code,
      name: a.name,
      caseFiles: files
        .filter((f) => f.agency_id === a.id)
        .map((f) => ({ id: f.id, number: f.number, archivedOn: chinaDate(f.archived_at!) })),
    })),
  });
}

async function appendEvent(tx: Db, ledgerAgencyId: string, body: EvaluationEventBody): Promise<number> {
  const text = canonicalJson(body);
  const r = await tx
    .insertInto('evaluation_events')
    .values({
      agency_id: ledgerAgencyId,
      round_id: body.roundId,
      kind: body.kind,
      body: text,
      hash: evaluationEventLeafHash(text),
      at: body.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/**
 * 公布承诺: the list and plan frozen and hashed, and the commitment entered in the ledger of the
 * evaluated agency whose log is longest (it grows with that agency's daily work, so the seed comes
 * soon; a 司法局's own log grows only with its rare acts) at a size past every entry written or
 * queued, the commitment's own and `seedMargin` more, so nobody knows the seed yet.
 */
export async function commitRound(deps: EvaluationDeps, actor: Actor, agencyId: string, roundId: string): Promise<RoundView> {
  const r = await roundOrThrow(deps.db, actor, agencyId, roundId);
  if (r.state !== 'planned') throw new DomainError('EVALUATION_STATE', '该评查活动已公布承诺，不能再次公布');
  const input = await freezeInput(deps.db, r);
  const problems = evaluationProblems(input);
  if (problems.length)
    throw new DomainError('VALIDATION_FAILED', `评查活动不能抽取：${problems.map((x) => x.message).join('；')}`, { problems });
  if (input.agencies.every((a) => a.caseFiles.length === 0))
    throw new DomainError('EVALUATION_STATE', `被评查机关在 ${r.period_from} 至 ${r.period_to} 期间都没有归档的案卷，无可抽取`);
  let ledgerAgency = r.agency_ids[0]!;
  let longest = -1;
  for (const id of [...r.agency_ids].sort()) {
    const n = await logLength(deps.db, id);
    if (n > longest) [ledgerAgency, longest] = [id, n];
  }
  const origin = await deps.ledger.origin(ledgerAgency);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const locked = await tx.selectFrom('evaluation_rounds').select('state').where('id', '=', roundId).forUpdate().executeTakeFirstOrThrow();
    if (locked.state !== 'planned') throw new DomainError('EVALUATION_STATE', '该评查活动已公布承诺，不能再次公布');
    const known = await logLength(tx, ledgerAgency);
    const commitment = evaluationCommitment(input, { kind: 'ledger-root', origin, treeSize: known + 1 + (deps.seedMargin ?? 3) });
    const hash = commitmentHash(commitment);
    await appendEvent(tx, ledgerAgency, {
      type: 'evaluation',
      kind: 'committed',
      roundId,
      justice: input.plan.justice,
      commitmentHash: hash,
      at: now.toISOString(),
      details: { commitment },
    });
    await tx
      .updateTable('evaluation_rounds')
      .set({
        state: 'committed',
        input: JSON.stringify(input),
        commitment: JSON.stringify(commitment),
        commitment_hash: hash,
        ledger_agency_id: ledgerAgency,
        committed_at: now,
      })
      .where('id', '=', roundId)
      .execute();
  });
  return getRound(deps, actor, agencyId, roundId);
}

/** 抽取: once the ledger has reached the committed size and a checkpoint covers it, its root is the seed; the sample is drawn and stored. */
export async function drawRound(deps: EvaluationDeps, actor: Actor, agencyId: string, roundId: string): Promise<RoundView> {
  const r = await roundOrThrow(deps.db, actor, agencyId, roundId);
  if (r.state === 'planned') throw new DomainError('EVALUATION_STATE', '请先公布承诺，再等待种子产生后抽取');
  if (r.state !== 'committed') return getRound(deps, actor, agencyId, roundId);
  const commitment = r.commitment as EvaluationCommitment;
  const ev = await deps.db
    .selectFrom('evaluation_events')
    .select(['id', 'body'])
    .where('round_id', '=', roundId)
    .where('kind', '=', 'committed')
    .executeTakeFirstOrThrow();
  const { seed, evidence } = await seedFromLedger(deps, r.ledger_agency_id!, commitment.seedSource, {
    source: 'evaluation',
    id: Number(ev.id),
    body: ev.body,
  });
  const input = r.input as EvaluationInput;
  const result = drawEvaluationSample(input, seed);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const locked = await tx.selectFrom('evaluation_rounds').select('state').where('id', '=', roundId).forUpdate().executeTakeFirstOrThrow();
    if (locked.state !== 'committed') return; // drawn by another request: the same seed gives the same sample
    await appendEvent(tx, r.ledger_agency_id!, {
      type: 'evaluation',
      kind: 'drawn',
      roundId,
      justice: input.plan.justice,
      commitmentHash: r.commitment_hash!,
      at: now.toISOString(),
      details: { seed, resultHash: evaluationResultHash(result) },
    });
    await tx
      .updateTable('evaluation_rounds')
      .set({ state: 'drawn', seed, seed_evidence: JSON.stringify(evidence), result: JSON.stringify(result), drawn_at: now })
      .where('id', '=', roundId)
      .execute();
  });
  return getRound(deps, actor, agencyId, roundId);
}
