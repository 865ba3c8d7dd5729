import { DomainError } from '../errors.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { certificateProblem } from '../people/certificate.ts';
import type { ProcedureDef, StepDef } from './types.ts';
import { checkRecordings } from '../recordings/recording-list.ts';
import { SAME } from './types.ts';
import { isTerminal, stateName, type ActorView, type Inputs, type OfficerView, type CaseView, type StepContext } from './case-view.ts';
import { normaliseInputs } from './step-inputs.ts';
import { checkActingOfficer, checkGuard, checkPresentOfficers, checkRole } from './step-checks.ts';
import { checkExtension } from './deadlines.ts';

/** One engine runs every procedure: the rules live in the definitions (R-REC-1). */

// The engine's public surface, unchanged by the split into case-view, step-inputs and step-checks.
export { findStep, isTerminal, stateName } from './case-view.ts';
export type { ActorView, CaseView, Inputs, OfficerView, StepContext, TakenStep } from './case-view.ts';
export { normaliseInputs } from './step-inputs.ts';
export { checkActingOfficer, checkGuard, checkRole } from './step-checks.ts';

export interface StepDecision {
  step: StepDef;
  from: string;
  to: string;
  inputs: Inputs;
}

/**
 * Decides whether `actor` may take `stepCode` now, and what follows. Checks in the order a
 * person would: is the case open, is the step known and reachable, role, officer, inputs, guards.
 */
export function decideStep(
  def: ProcedureDef,
  c: CaseView,
  actor: ActorView,
  stepCode: string,
  raw: Inputs,
  ctx: StepContext,
): StepDecision {
  const step = def.steps.find((s) => s.code === stepCode);
  if (!step) {
    throw new DomainError('STEP_NOT_ALLOWED', `「${def.name}」没有环节「${stepCode}」`, { step: stepCode });
  }
  if (step.via === 'legal-review' && !ctx.viaReview) {
    throw new DomainError('STEP_NOT_ALLOWED', `「${step.name}」须通过法制审核功能办理`, { step: step.code, via: step.via });
  }
  if (isTerminal(def, c.state)) {
    throw new DomainError('CASE_CLOSED', `案件已处于「${stateName(def, c.state)}」状态，不能再办理「${step.name}」`, {
      step: step.code,
      state: c.state,
    });
  }
  if (!step.from.includes(c.state)) {
    // a decision out of order is, before anything else, a decision without review: say so (R-REV-2)
    if (step.gate === 'legal-review') reviewRequiredFirst(step, raw, ctx);
    const allowedFrom = step.from.map((s) => stateName(def, s)).join('、');
    throw new DomainError('STEP_ORDER', `案件当前为「${stateName(def, c.state)}」，不能办理「${step.name}」（须处于：${allowedFrom}）`, {
      step: step.code,
      state: c.state,
      allowedFrom: step.from,
    });
  }
  checkRole(step, actor);
  if (step.officerAct && !actor.party) checkActingOfficer(step, c, actor, ctx.today);
  const inputs = normaliseInputs(step, raw);
  if (step.presentOfficers) checkPresentOfficers(step, c, inputs, ctx.today);
  for (const guard of step.guards ?? []) checkGuard(guard, step, c, actor, inputs, ctx);
  checkExtension(def, c, step.code, ctx.calendar, ctx.today);
  if (ctx.recording) checkRecordings(step.name, ctx.recording.requirement, ctx.recording.media);
  if (step.gate === 'legal-review') {
    // fail closed: a caller that does not know the review state cannot make a decision
    if (!ctx.gate) throw new DomainError('REVIEW_REQUIRED', `「${step.name}」须经法制审核后方可作出`, { step: step.code });
    ctx.gate(step, inputs);
  }
  return { step, from: c.state, to: step.to === SAME ? c.state : step.to, inputs };
}

function reviewRequiredFirst(step: StepDef, raw: Inputs, ctx: StepContext): void {
  if (!ctx.gate) throw new DomainError('REVIEW_REQUIRED', `「${step.name}」须经法制审核后方可作出`, { step: step.code });
  try {
    ctx.gate(step, raw);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'REVIEW_REQUIRED') throw e;
  }
}

/** Steps the actor could try from the current state (role-filtered); the UI offers these. */
export function availableSteps(def: ProcedureDef, c: Pick<CaseView, 'state'>, actor: Pick<ActorView, 'roles'>): StepDef[] {
  if (isTerminal(def, c.state)) return [];
  return def.steps.filter((s) => s.via === undefined && s.from.includes(c.state) && s.roles.some((r) => actor.roles.includes(r)));
}

export interface OpeningCheck {
  agencyKinds: readonly string[];
  field: string;
  agencyFields: readonly string[];
  regionPath: readonly string[];
  officers: readonly OfficerView[];
  rulePack: RulePack;
  today: string;
}

/**
 * 立案/受理: the agency must hold the procedure's kind and field; at least officers.min officers,
 * each with a certificate covering the case's field and region on the day (§42, R-X-1).
 */
export function checkOpening(def: ProcedureDef, actor: ActorView, check: OpeningCheck, raw: Inputs): Inputs {
  checkRole(def.open, actor);
  if (!check.agencyKinds.includes(def.kind)) {
    throw new DomainError('AGENCY_KIND_NOT_HELD', `本机关没有「${def.kind}」职权，不能按「${def.name}」立案`, { kind: def.kind });
  }
  if (!check.agencyFields.includes(check.field)) {
    throw new DomainError('AGENCY_KIND_NOT_HELD', `本机关的执法类别不含「${check.field}」`, { field: check.field });
  }
  const min = def.minOfficersAtOpening ?? check.rulePack.thresholds['officers.min'].value;
  const problems: { officer: string; name: string; reason: string }[] = [];
  for (const o of check.officers) {
    const reason = certificateProblem(o.certificate, { field: check.field, regionPath: check.regionPath, on: check.today });
    if (reason) problems.push({ officer: o.userId, name: o.name, reason });
  }
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new DomainError('OFFICER_NOT_QUALIFIED', problems.map((p) => `${p.name}：${p.reason}`).join('；'), {
      officer: first.officer,
      problems,
    });
  }
  if (check.officers.length < min) {
    const basis = def.minOfficersAtOpening === undefined ? `（${check.rulePack.thresholds['officers.min'].basis}）` : '';
    throw new DomainError('OFFICERS_INSUFFICIENT', `须指派不少于 ${min} 名持有效执法证的执法人员${basis}`, {
      min,
      given: check.officers.length,
    });
  }
  return normaliseInputs(def.open, raw);
}
