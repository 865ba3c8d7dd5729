import type { Kysely } from 'kysely';
import type { DrawCommitment, DrawInput, DrawResult } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { openCase } from '../cases/case.open.ts';
import { appendCaseRecord } from '../cases/case.records.ts';
import { getList } from '../lists/lists.service.ts';
import { agencyById } from '../org/org.queries.ts';
import { agencyCertificates } from './draw.rosters.ts';
import type { DrawDeps } from './draw.service.ts';
import type { PlanRow } from './draw.views.ts';

/**
 * Each drawn target becomes a 行政检查 case (R-X-2): opened through the case engine (立案 checks,
 * number, first entry) with the drawn inspectors as its officers and 检查来源 双随机抽查, then linked
 * to the plan with a `case.drawn` entry in its log naming the plan, commitment, seed and place in
 * the draw. Targets already linked are skipped, so calling it again finishes an interrupted run.
 */
export async function openInspections(deps: DrawDeps, actor: Actor, plan: NonNullable<PlanRow>): Promise<void> {
  const db: Kysely<Database> = deps.db;
  const result = plan.result as DrawResult;
  const input = plan.input as DrawInput;
  const commitment = plan.commitment as DrawCommitment;
  const linked = new Set(
    (await db.selectFrom('draw_cases').select('target_code').where('plan_id', '=', plan.id).execute()).map((r) => r.target_code),
  );
  if (result.targets.every((t) => linked.has(t.code))) return;
  const agency = (await agencyById(db, plan.agency_id))!;
  const item = (await getList(db, plan.agency_id, 'inspections')).rows.find((r) => r.code === plan.item_code);
  const certs = await agencyCertificates(db, plan.agency_id);
  const url = `${deps.publicUrl.replace(/\/$/, '')}/draws/${plan.id}`;
  for (const [i, t] of result.targets.entries()) {
    if (linked.has(t.code)) continue;
    const caseId = await openCase(deps.cases, actor, {
      procedure: 'inspection',
      title: `${plan.item_name}（双随机抽查）`,
      field: input.plan.field,
      regionCode: agency.region_code,
      party: { kind: 'org', name: t.name, creditCode: t.code },
      officerIds: t.inspectors.map((c) => certs.get(c)?.id ?? c),
      inputs: {
        source: 'random',
        subject: plan.item_name,
        basis: item?.basis ?? `随机抽查事项清单 ${plan.item_code}`,
      },
    });
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('draw_cases')
        .values({ plan_id: plan.id, target_code: t.code, position: i + 1, case_id: caseId })
        .execute();
      await appendCaseRecord(tx, {
        caseId,
        actor,
        action: 'case.record',
        kind: 'case.drawn',
        at: deps.clock.now(),
        data: {
          planId: plan.id,
          item: `${plan.item_code} ${plan.item_name}`,
          commitmentHash: plan.commitment_hash!,
          seed: plan.seed!,
          treeSize: commitment.seedSource.treeSize,
          position: i + 1,
          inspectors: t.inspectors,
          url,
        },
      });
    });
  }
}
