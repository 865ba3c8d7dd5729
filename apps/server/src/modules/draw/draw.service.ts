import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  DomainError,
  canonicalJson,
  chinaDate,
  commitmentHash,
  drawCommitment,
  drawEventLeafHash,
  drawProblems,
  drawResultHash,
  normaliseDrawInput,
  runDraw,
  type DrawCommitment,
  type DrawEventBody,
  type DrawInput,
  type DrawPlan,
  type DrawSample,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyById } from '../org/org.queries.ts';
import type { LedgerService } from '../ledger/ledger.service.ts';
import { logLength } from '../ledger/ledger.queries.ts';
import { seedFromLedger } from '../ledger/ledger.seed.ts';
import { getList } from '../lists/lists.service.ts';
import { agencyCertificates, currentRosterRows } from './draw.rosters.ts';
import type { CaseDeps } from '../cases/case.service.ts';
import { openInspections } from './draw.cases.ts';
import { getPlan, planRow, type PlanRow, type PlanView } from './draw.views.ts';

/**
 * 双随机、一公开 (R-X-2, R-PUB-6): plans for the items of the agency's 随机抽查事项清单, the
 * commitment (the frozen 名录库 and plan hashed, the seed's source fixed as a ledger tree size not
 * yet reached), the draw once that tree exists (its root is the seed), and the published record
 * from which anyone re-runs the draw (domain `runDraw`, docs/draw.md).
 */
type Db = Kysely<Database>;

export interface DrawDeps {
  db: Db;
  clock: Clock;
  calendar: () => WorkingCalendar;
  ledger: LedgerService;
  /** the portal's address, for the links printed in case logs */
  publicUrl: string;
  /** entries that must follow the commitment's before the seed's tree size (default 3) */
  seedMargin?: number;
  /** the case engine, to open the drawn 行政检查 cases */
  cases: CaseDeps;
}

export interface PlanBody {
  itemCode: string;
  field: string;
  targetCategory: string | null;
  sample: DrawSample;
  inspectorsPerTarget: number;
  periodFrom: string;
  periodTo: string;
  plannedOn: string;
}

async function planOrThrow(db: Db, actor: Actor, agencyId: string, planId: string, act: 'agency.read' | 'draw.manage' | 'draw.run') {
  authorize(actor, act, { agencyId });
  const p = await planRow(db, planId);
  if (!p || p.agency_id !== agencyId) throw new DomainError('NOT_FOUND', '抽查方案不存在');
  return p;
}

/** A new plan for an item of the agency's 随机抽查事项清单 (its 抽查事项编码). */
export async function createPlan(deps: DrawDeps, actor: Actor, agencyId: string, body: PlanBody): Promise<PlanView> {
  authorize(actor, 'draw.manage', { agencyId });
  const list = await getList(deps.db, agencyId, 'inspections');
  const item = list.rows.find((r) => r.code === body.itemCode);
  if (!item) throw new DomainError('VALIDATION_FAILED', `随机抽查事项清单中没有编码为「${body.itemCode}」的事项`, { path: 'itemCode' });
  const agency = (await agencyById(deps.db, agencyId))!;
  if (!agency.fields.includes(body.field))
    throw new DomainError('VALIDATION_FAILED', `本机关的执法类别中没有「${body.field}」`, { path: 'field' });
  if (body.periodFrom > body.periodTo)
    throw new DomainError('VALIDATION_FAILED', '抽查期间的开始日期不能晚于结束日期', { path: 'periodTo' });
  const today = chinaDate(deps.clock.now());
  if (body.plannedOn < today) throw new DomainError('VALIDATION_FAILED', '计划检查日期不能早于今天', { path: 'plannedOn' });
  const plan = planOf({ ...body, itemCode: item.code!, itemName: item.name!, agency: agency.credit_code });
  const planOnly = drawProblems({ plan, targets: [], inspectors: [], conflicts: [] }).filter((p) => p.code === 'plan');
  if (planOnly.length) throw new DomainError('VALIDATION_FAILED', planOnly.map((p) => p.message).join('；'));
  const id = randomUUID();
  await deps.db
    .insertInto('draw_plans')
    .values({
      id,
      agency_id: agencyId,
      item_code: item.code!,
      item_name: item.name!,
      field: body.field,
      target_category: body.targetCategory?.trim() || null,
      sample: JSON.stringify(body.sample),
      inspectors_per_target: body.inspectorsPerTarget,
      period_from: body.periodFrom,
      period_to: body.periodTo,
      planned_on: body.plannedOn,
      state: 'planned',
      created_by: actor.userId,
      created_at: deps.clock.now(),
    })
    .execute();
  return getPlan(deps, actor, agencyId, id);
}

function planOf(p: PlanBody & { itemName: string; agency: string }): DrawPlan {
  return {
    agency: p.agency,
    item: { code: p.itemCode, name: p.itemName },
    field: p.field,
    targetCategory: p.targetCategory?.trim() || null,
    sample: p.sample,
    inspectorsPerTarget: p.inspectorsPerTarget,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    plannedOn: p.plannedOn,
  };
}

/** The draw's inputs as they stand now: the plan, the 名录库 and each inspector's certificate facts. */
async function freezeInput(db: Db, p: NonNullable<PlanRow>): Promise<DrawInput> {
  const agency = (await agencyById(db, p.agency_id))!;
  const plan = planOf({
    itemCode: p.item_code,
    itemName: p.item_name,
    agency: agency.credit_code,
    field: p.field,
    targetCategory: p.target_category,
    sample: p.sample as DrawSample,
    inspectorsPerTarget: p.inspectors_per_target,
    periodFrom: p.period_from,
    periodTo: p.period_to,
    plannedOn: p.planned_on,
  });
  const targets = (await currentRosterRows(db, p.agency_id, 'targets')).rows;
  const inspectors = (await currentRosterRows(db, p.agency_id, 'inspectors')).rows;
  const conflicts = (await currentRosterRows(db, p.agency_id, 'conflicts')).rows;
  const certs = await agencyCertificates(db, p.agency_id);
  return normaliseDrawInput({
    plan,
    targets: targets.map((t) => ({ code: t.code!, name: t.name!, category: t.category! })),
    // an inspector whose certificate left the agency since the roster was saved is not drawn
    inspectors: inspectors.flatMap((i) => {
      const c = certs.get(i.certificate!);
      return c
        ? [
            {
              certificate: i.certificate!,
              name: c.display_name,
              fields: c.c_fields ?? [],
              validFrom: c.c_valid_from!,
              validTo: c.c_valid_to!,
              status: c.c_status!,
              restrictions: (c.c_restrictions ?? []).map((r) => ({ kind: r.kind, from: r.from, to: r.to ?? null })),
            },
          ]
        : [];
    }),
    // only the pairs are published; the reason (近亲属, 曾任职 …) stays with the agency
    conflicts: conflicts.map((c) => ({ certificate: c.certificate!, target: c.target! })),
  });
}

async function appendDrawEvent(tx: Db, agencyId: string, body: DrawEventBody): Promise<number> {
  const text = canonicalJson(body);
  const r = await tx
    .insertInto('draw_events')
    .values({ agency_id: agencyId, plan_id: body.planId, kind: body.kind, body: text, hash: drawEventLeafHash(text), at: body.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/**
 * 公布承诺: the 名录库 and the plan are frozen and hashed, and the seed fixed as the root of the
 * agency's ledger at a size larger than every entry written or queued so far — the commitment's
 * own entry included, followed by `seedMargin` more — so nobody knows the seed yet.
 */
export async function commitPlan(deps: DrawDeps, actor: Actor, agencyId: string, planId: string): Promise<PlanView> {
  const p = await planOrThrow(deps.db, actor, agencyId, planId, 'draw.manage');
  if (p.state !== 'planned') throw new DomainError('DRAW_STATE', '该方案已公布承诺，不能再次公布');
  const origin = await deps.ledger.origin(agencyId);
  const input = await freezeInput(deps.db, p);
  const problems = drawProblems(input);
  if (problems.length) throw new DomainError('DRAW_INFEASIBLE', `方案不能抽取：${problems.map((x) => x.message).join('；')}`, { problems });
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const locked = await tx.selectFrom('draw_plans').select('state').where('id', '=', planId).forUpdate().executeTakeFirstOrThrow();
    if (locked.state !== 'planned') throw new DomainError('DRAW_STATE', '该方案已公布承诺，不能再次公布');
    // entries already written or queued have known hashes: the seed's tree must go past them, past
    // this commitment's own entry, and past `seedMargin` entries written after it
    const known = await logLength(tx, agencyId);
    const commitment = drawCommitment(input, { kind: 'ledger-root', origin, treeSize: known + 1 + (deps.seedMargin ?? 3) });
    const hash = commitmentHash(commitment);
    await appendDrawEvent(tx, agencyId, {
      type: 'draw',
      kind: 'committed',
      planId,
      agency: input.plan.agency,
      commitmentHash: hash,
      at: now.toISOString(),
      details: { commitment },
    });
    await tx
      .updateTable('draw_plans')
      .set({
        state: 'committed',
        input: JSON.stringify(input),
        commitment: JSON.stringify(commitment),
        commitment_hash: hash,
        committed_at: now,
      })
      .where('id', '=', planId)
      .execute();
  });
  return getPlan(deps, actor, agencyId, planId);
}

export type { SeedEvidence } from '../ledger/ledger.seed.ts';

/**
 * 抽取: once the agency's log has reached the committed tree size and a checkpoint covering it is
 * signed, its root is the seed; the draw is run, the seed, evidence and result stored with a
 * ledger entry, and the inspections opened. A drawn plan answers with its cases (opening any that
 * a stopped process left unopened).
 */
export async function drawPlan(deps: DrawDeps, actor: Actor, agencyId: string, planId: string): Promise<PlanView> {
  const p = await planOrThrow(deps.db, actor, agencyId, planId, 'draw.run');
  if (p.state === 'planned') throw new DomainError('DRAW_STATE', '请先公布承诺，再等待种子产生后抽取');
  if (p.state === 'committed') {
    const commitment = p.commitment as DrawCommitment;
    const ev = await deps.db
      .selectFrom('draw_events')
      .select(['id', 'body'])
      .where('plan_id', '=', planId)
      .where('kind', '=', 'committed')
      .executeTakeFirstOrThrow();
    const { seed, evidence } = await seedFromLedger(deps, agencyId, commitment.seedSource, {
      source: 'draw',
      id: Number(ev.id),
      body: ev.body,
    });
    const input = p.input as DrawInput;
    const result = runDraw(input, seed);
    const now = deps.clock.now();
    await deps.db.transaction().execute(async (tx) => {
      const locked = await tx.selectFrom('draw_plans').select('state').where('id', '=', planId).forUpdate().executeTakeFirstOrThrow();
      if (locked.state !== 'committed') return; // another request drew it: the same seed gives the same result
      await appendDrawEvent(tx, agencyId, {
        type: 'draw',
        kind: 'drawn',
        planId,
        agency: input.plan.agency,
        commitmentHash: p.commitment_hash!,
        at: now.toISOString(),
        details: { seed, resultHash: drawResultHash(result) },
      });
      await tx
        .updateTable('draw_plans')
        .set({ state: 'drawn', seed, seed_evidence: JSON.stringify(evidence), result: JSON.stringify(result), drawn_at: now })
        .where('id', '=', planId)
        .execute();
    });
  }
  const drawn = (await planRow(deps.db, planId))!;
  await openInspections(deps, actor, drawn);
  return getPlan(deps, actor, agencyId, planId);
}
