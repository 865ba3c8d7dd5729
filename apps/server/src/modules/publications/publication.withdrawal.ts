import type { Transaction } from 'kysely';
import {
  DomainError,
  WITHDRAWAL_GROUNDS,
  actReason,
  assertEarlyStopAllowed,
  assertEarlyStopConditions,
  chinaDate,
  publicUntil,
  publicationRulesFor,
  withdrawalDue,
  type EarlyStopFacts,
  type EnforcementKind,
  type WithdrawalGround,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { projectPublic } from './publication.project.ts';
import { draftOf, loadCaseFacts, type CaseFacts } from './publication.source.ts';
import { caseLogEntries, knownCaseHeader } from '../cases/case.reads.ts';
import { appendAct, check, lockPublication, packOf, type PublicationDeps } from './publication.service.ts';

/**
 * The early ends of a publication (R-PUB-5): 登记撤下事由 (the clock to take it down starts), 撤下
 * with its reason, and 提前停止公示 after 信用修复. Each is a hashed act and updates the read model.
 */
export interface GroundInput {
  ground: string;
  /** the day the decision was 撤销 / 确认违法 / ordered re-made (or the agency learned of it) */
  groundOn: string;
  reason?: string;
}

function validGround(g: GroundInput, today: string): { ground: WithdrawalGround; groundOn: string; reason: string } {
  if (!(g.ground in WITHDRAWAL_GROUNDS))
    throw new DomainError('VALIDATION_FAILED', `撤下事由应为：${Object.values(WITHDRAWAL_GROUNDS).join('、')}`, { ground: g.ground });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(g.groundOn) || g.groundOn > today)
    throw new DomainError('VALIDATION_FAILED', '撤下事由发生日期应为不晚于今天的日期（YYYY-MM-DD）');
  return { ground: g.ground as WithdrawalGround, groundOn: g.groundOn, reason: actReason(g.reason, '撤下') };
}

/** R-PUB-5: which limit applies (3 working days for 行政处罚, 20 otherwise) is the domain's. */
function withdrawalDueOn(deps: PublicationDeps, kind: string, groundOn: string, rulePackId: string): string {
  return withdrawalDue(kind as EnforcementKind, groundOn, packOf(rulePackId), deps.calendar());
}

async function rulePackOfCase(tx: Transaction<Database>, caseId: string): Promise<string> {
  return (await knownCaseHeader(tx, caseId)).rule_pack_id;
}

/** 登记撤下事由: the decision was 撤销 / 确认违法 / ordered re-made; the clock to take it down starts. */
export async function recordGround(deps: PublicationDeps, actor: Actor, id: string, g: GroundInput): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const p = await lockPublication(tx, actor, id);
    check('record-ground', p, actor);
    const at = deps.clock.now();
    const v = validGround(g, chinaDate(at));
    const dueOn = withdrawalDueOn(deps, p.kind, v.groundOn, await rulePackOfCase(tx, p.case_id));
    await tx
      .updateTable('publications')
      .set({ state: 'withdrawal-pending', ground: JSON.stringify({ ...v, previousState: p.state }), withdrawal_due_on: dueOn })
      .where('id', '=', id)
      .execute();
    await appendAct(tx, p, 'ground-recorded', actor.userId, at, { ...v, groundName: WITHDRAWAL_GROUNDS[v.ground], dueOn });
  });
}

/** 撤下 (R-PUB-5): the decision comes down with its reason; its page says so. */
export async function withdraw(deps: PublicationDeps, actor: Actor, id: string, g: Partial<GroundInput>): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const p = await lockPublication(tx, actor, id);
    check('withdraw', p, actor);
    const at = deps.clock.now();
    const today = chinaDate(at);
    const recorded = p.ground as { ground: WithdrawalGround; groundOn: string; reason: string } | null;
    const v =
      recorded && p.state === 'withdrawal-pending'
        ? recorded
        : validGround({ ground: g.ground ?? '', groundOn: g.groundOn ?? '', reason: g.reason ?? '' }, today);
    const dueOn =
      p.withdrawal_due_on && p.state === 'withdrawal-pending'
        ? p.withdrawal_due_on
        : withdrawalDueOn(deps, p.kind, v.groundOn, await rulePackOfCase(tx, p.case_id));
    const wasPublic = p.version > 0;
    await tx
      .updateTable('publications')
      .set({ state: 'withdrawn', ground: JSON.stringify(v), withdrawal_due_on: dueOn })
      .where('id', '=', id)
      .execute();
    await appendAct(tx, p, 'withdrawn', actor.userId, at, {
      ground: v.ground,
      groundName: WITHDRAWAL_GROUNDS[v.ground],
      groundOn: v.groundOn,
      reason: v.reason,
      dueOn,
      late: today > dueOn,
      wasPublic,
    });
    if (wasPublic) {
      await projectPublic(tx, id, at);
      await deps.onPublicChange?.(tx, id, 'withdraw');
    }
  });
}

/** What the 公示管理员 confirms from the 信用修复 decision (市场监管 公示规定 §14 (二), (四)): the platform cannot see it. */
export interface StopInput {
  reason?: string;
  repairDecision?: string;
  confirmed?: { harmRemoved?: boolean; notListed?: boolean };
}

/**
 * 提前停止公示 after 信用修复 (R-PUB-5): only where the sector's rules provide it, and, where they name
 * conditions (市场监管 公示规定 §14, 信用修复管理办法 §6), only when every one is met — those the record
 * shows (time public, sanctions, 自觉履行, a later penalty for the same violation) checked here, the
 * others confirmed by the 公示管理员. A refusal names the unmet condition by code.
 */
export async function stopEarly(deps: PublicationDeps, actor: Actor, id: string, input: StopInput): Promise<void> {
  await deps.db.transaction().execute(async (tx) => stopEarlyIn(tx, deps, actor, id, input));
}

/**
 * The same stop inside the caller's transaction: a granted 信用修复 application (modules/credit-repair)
 * ends the publication in the transaction that records the decision. `application` (the 信用修复
 * application decided) is sealed with the act.
 */
export async function stopEarlyIn(
  tx: Transaction<Database>,
  deps: PublicationDeps,
  actor: Actor,
  id: string,
  input: StopInput & { application?: Record<string, unknown> },
): Promise<void> {
  const reason = actReason(input.reason, '提前停止公示');
  const repair = (input.repairDecision ?? '').trim();
  if (repair.length < 2 || repair.length > 100) throw new DomainError('VALIDATION_FAILED', '须写明信用修复决定的文号或名称（2–100 字）');
  const confirmed = { harmRemoved: input.confirmed?.harmRemoved === true, notListed: input.confirmed?.notListed === true };
  const p = await lockPublication(tx, actor, id);
  check('stop', p, actor);
  const facts = await loadCaseFacts(tx, p.case_id);
  const rules = publicationRulesFor(facts?.field ?? '');
  assertEarlyStopAllowed(rules);
  const at = deps.clock.now();
  const checked = facts && rules.earlyStopConditions ? await earlyStopFacts(tx, p, facts, chinaDate(at), confirmed) : null;
  if (checked && rules.earlyStopConditions) assertEarlyStopConditions(rules.earlyStopConditions, checked);
  await tx.updateTable('publications').set({ state: 'stopped' }).where('id', '=', id).execute();
  await appendAct(tx, p, 'stopped', actor.userId, at, {
    reason,
    repairDecision: repair,
    ...(input.application ? { application: input.application } : {}),
    ...(checked
      ? {
          basis: rules.earlyStop.basis,
          conditions: { performance: checked.performance, shortPeriod: checked.shortPeriod, confirmed },
        }
      : {}),
  });
  await projectPublic(tx, id, at);
  await deps.onPublicChange?.(tx, id, 'stop');
}

export type Locked = Awaited<ReturnType<typeof lockPublication>>;

/** The facts of the early-stop conditions: the record as published, the case's execution, later penalties of the party. */
export async function earlyStopFacts(
  tx: Transaction<Database>,
  p: Locked,
  facts: CaseFacts,
  today: string,
  confirmed: EarlyStopFacts['confirmed'],
): Promise<EarlyStopFacts> {
  const pub = await tx
    .selectFrom('public_decisions')
    .select(['fields', 'party_credit_code', 'violation', 'decided_on'])
    .where('id', '=', p.id)
    .executeTakeFirstOrThrow();
  const f = pub.fields as Record<string, string | null>;
  const decision = facts.decisions.find((d) => d.seq === p.event_seq);
  const draft = decision ? draftOf(facts, decision, p.decided_on, p.doc_number) : null;
  const publishedOn = p.published_on ?? today;
  const shortPeriod = draft
    ? publicUntil(draft, facts.party.kind, publishedOn, publicationRulesFor(facts.field)).period === '3个月'
    : false;
  // 自觉履行: the case's last 执行 entry after the decision (强制执行 is not performance of one's own accord)
  const executed = await caseLogEntries(tx, p.case_id)
    .where('kind', '=', 'case.step')
    .where('step', '=', 'execute')
    .where('seq', '>', p.event_seq)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const how = (executed?.inputs as { performance?: unknown } | null | undefined)?.performance;
  const performance: EarlyStopFacts['performance'] = !executed ? null : how === 'enforced' ? 'enforced' : how === 'none' ? 'none' : 'paid';
  // 同一类违法行为: a later 行政处罚 of the same party (by 统一社会信用代码) for the same 违法行为类型 on this platform
  const again =
    pub.party_credit_code && pub.violation
      ? await tx
          .selectFrom('public_decisions')
          .select('doc_number')
          .where('id', '!=', p.id)
          .where('kind', '=', '行政处罚')
          .where('party_credit_code', '=', pub.party_credit_code)
          .where('violation', '=', pub.violation)
          .where('decided_on', '>', pub.decided_on)
          .where('status', '!=', 'withdrawn')
          .orderBy('decided_on')
          .limit(1)
          .executeTakeFirst()
      : undefined;
  return {
    kind: p.kind as EnforcementKind,
    publishedOn,
    today,
    penalty: f['CF_NR'] ?? '',
    legalBasis: `${f['CF_YJ'] ?? ''} ${f['CF_WFXW'] ?? ''}`,
    shortPeriod,
    performance,
    repeatedBy: again?.doc_number ?? null,
    confirmed,
  };
}
