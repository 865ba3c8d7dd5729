import type { Kysely } from 'kysely';
import { DRAW_FORMAT, DomainError, type DrawCommitment, type DrawInput, type DrawResult, type DrawSample } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyById } from '../org/org.queries.ts';
import { caseSummaries } from '../cases/case.reads.ts';
import { logHeadAndCheckpoint } from '../ledger/ledger.queries.ts';
import type { DrawDeps, SeedEvidence } from './draw.service.ts';

/** What the 双随机 screens and the portal read of a plan: its view for the workbench, and the public record. */
type Db = Kysely<Database>;

export async function planRow(db: Db, planId: string) {
  return db.selectFrom('draw_plans').selectAll().where('id', '=', planId).executeTakeFirst();
}

export type PlanRow = Awaited<ReturnType<typeof planRow>>;

export interface PlanView {
  id: string;
  agencyId: string;
  item: { code: string; name: string };
  field: string;
  targetCategory: string | null;
  sample: DrawSample;
  inspectorsPerTarget: number;
  periodFrom: string;
  periodTo: string;
  plannedOn: string;
  state: 'planned' | 'committed' | 'drawn';
  commitmentHash: string | null;
  seedTreeSize: number | null;
  seed: string | null;
  createdAt: string;
  committedAt: string | null;
  drawnAt: string | null;
  /** the ledger now, for the screen that waits for the seed */
  ledger: { size: number; checkpointSize: number | null } | null;
  counts: { targets: number; inspectors: number } | null;
  targets: {
    position: number;
    code: string;
    name: string;
    inspectors: { certificate: string; name: string }[];
    caseId: string | null;
    caseNumber: string | null;
    caseState: string | null;
  }[];
  publicUrl: string;
}

export async function listPlans(deps: DrawDeps, actor: Actor, agencyId: string): Promise<PlanView[]> {
  authorize(actor, 'agency.read', { agencyId });
  const ids = await deps.db
    .selectFrom('draw_plans')
    .select('id')
    .where('agency_id', '=', agencyId)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  const out: PlanView[] = [];
  for (const r of ids) out.push(await planView(deps, r.id, false));
  return out;
}

export async function getPlan(deps: DrawDeps, actor: Actor, agencyId: string, planId: string): Promise<PlanView> {
  authorize(actor, 'agency.read', { agencyId });
  const p = await planRow(deps.db, planId);
  if (!p || p.agency_id !== agencyId) throw new DomainError('NOT_FOUND', '抽查方案不存在');
  return planView(deps, planId, true);
}

async function planView(deps: DrawDeps, planId: string, withLedger: boolean): Promise<PlanView> {
  const p = (await planRow(deps.db, planId))!;
  const commitment = p.commitment as DrawCommitment | null;
  const input = p.input as DrawInput | null;
  const result = p.result as DrawResult | null;
  const names = new Map((input?.inspectors ?? []).map((i) => [i.certificate, i.name]));
  const cases = result ? await casesOfPlan(deps.db, planId) : new Map<string, DrawnCase>();
  const head = withLedger && p.state === 'committed' ? await logHeadAndCheckpoint(deps.db, p.agency_id) : null;
  return {
    id: p.id,
    agencyId: p.agency_id,
    item: { code: p.item_code, name: p.item_name },
    field: p.field,
    targetCategory: p.target_category,
    sample: p.sample as DrawSample,
    inspectorsPerTarget: p.inspectors_per_target,
    periodFrom: p.period_from,
    periodTo: p.period_to,
    plannedOn: p.planned_on,
    state: p.state,
    commitmentHash: p.commitment_hash,
    seedTreeSize: commitment?.seedSource.treeSize ?? null,
    seed: p.seed,
    createdAt: p.created_at.toISOString(),
    committedAt: p.committed_at?.toISOString() ?? null,
    drawnAt: p.drawn_at?.toISOString() ?? null,
    ledger: head ? { size: head.size, checkpointSize: head.checkpoint?.size ?? null } : null,
    counts: input ? { targets: input.targets.length, inspectors: input.inspectors.length } : null,
    targets: (result?.targets ?? []).map((t, i) => {
      const c = cases.get(t.code);
      return {
        position: i + 1,
        code: t.code,
        name: t.name,
        inspectors: t.inspectors.map((n) => ({ certificate: n, name: names.get(n) ?? n })),
        caseId: c?.caseId ?? null,
        caseNumber: c?.number ?? null,
        caseState: c?.state ?? null,
      };
    }),
    publicUrl: `${deps.publicUrl.replace(/\/$/, '')}/draws/${p.id}`,
  };
}

export interface DrawnCase {
  caseId: string;
  number: string;
  state: string;
}

/** The cases opened from a plan's draw, by target code. */
export async function casesOfPlan(db: Db, planId: string): Promise<Map<string, DrawnCase>> {
  const rows = await db
    .selectFrom('draw_cases as d')
    .innerJoin(caseSummaries(db).as('c'), 'c.id', 'd.case_id')
    .select(['d.target_code', 'd.case_id', 'c.number', 'c.state'])
    .where('d.plan_id', '=', planId)
    .execute();
  return new Map(rows.map((r) => [r.target_code, { caseId: r.case_id, number: r.number, state: r.state }]));
}

/** Everything published about a plan (committed or drawn): the record `sanxiang draw verify` reads. */
export interface PublicDrawRecord {
  format: typeof DRAW_FORMAT;
  id: string;
  agency: { name: string; creditCode: string };
  state: 'committed' | 'drawn';
  committedAt: string;
  drawnAt: string | null;
  input: DrawInput;
  commitment: DrawCommitment;
  commitmentHash: string;
  seed: string | null;
  seedEvidence: SeedEvidence | null;
  result: DrawResult | null;
}

export async function publicDrawRecord(db: Db, planId: string): Promise<PublicDrawRecord | null> {
  const p = await planRow(db, planId);
  if (!p || p.state === 'planned') return null;
  const agency = (await agencyById(db, p.agency_id))!;
  return {
    format: DRAW_FORMAT,
    id: p.id,
    agency: { name: agency.name, creditCode: agency.credit_code },
    state: p.state,
    committedAt: p.committed_at!.toISOString(),
    drawnAt: p.drawn_at?.toISOString() ?? null,
    input: p.input as DrawInput,
    commitment: p.commitment as DrawCommitment,
    commitmentHash: p.commitment_hash!,
    seed: p.seed,
    seedEvidence: (p.seed_evidence as SeedEvidence | null) ?? null,
    result: (p.result as DrawResult | null) ?? null,
  };
}

/** The agency's published plans (committed or drawn), newest first, for its portal page. */
export async function publicPlansOfAgency(db: Db, agencyId: string) {
  return db
    .selectFrom('draw_plans')
    .select(['id', 'item_name', 'state', 'planned_on', 'period_from', 'period_to', 'committed_at', 'drawn_at', 'commitment_hash'])
    .where('agency_id', '=', agencyId)
    .where('state', '<>', 'planned')
    .orderBy('committed_at', 'desc')
    .limit(200)
    .execute();
}
