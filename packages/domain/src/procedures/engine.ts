import { DomainError } from '../errors.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import { certificateProblem, type CertificateView } from '../people/certificate.ts';
import type { Guard, InputDef, ProcedureDef, RecordingRequirement, Role, StepDef } from './types.ts';
import { checkRecordings, type MediaKind } from '../recordings/recording-list.ts';
import { ROLE_NAMES, SAME } from './types.ts';

/** One engine runs every procedure: the rules live in the definitions (R-REC-1). */

export interface OfficerView {
  userId: string;
  name: string;
  certificate: CertificateView | null;
}

export interface ActorView {
  userId: string;
  name: string;
  roles: readonly Role[];
  /** the case's 当事人 acting online (with the access code of its 告知书), not a member of staff */
  party?: boolean;
}

export interface TakenStep {
  code: string;
  /** the China-local date the step was taken on */
  on: string;
  actorId: string;
  inputs: Record<string, unknown>;
}

export interface CaseView {
  procedure: string;
  state: string;
  partyKind: 'person' | 'org';
  /** 执法类别 of the case */
  field: string;
  /** the case region and its ancestors */
  regionPath: readonly string[];
  officers: readonly OfficerView[];
  steps: readonly TakenStep[];
  rulePack: RulePack;
}

export interface StepContext {
  today: string;
  calendar: WorkingCalendar;
  /** R-REC-3: the step's recording requirement under the agency's list and the media bound to it since it was last taken */
  recording?: { requirement: RecordingRequirement | null; media: readonly MediaKind[] };
  /** set by the legal-review module when it takes its own steps (提交审核, 审核意见, 集体讨论) */
  viaReview?: boolean;
  /** R-REV-2: asked before a decision step; throws unless legal review cleared exactly these inputs */
  gate?: (step: StepDef, inputs: Inputs) => void;
}

export type Inputs = Record<string, unknown>;

export function findStep(def: ProcedureDef, code: string): StepDef | undefined {
  if (def.open.code === code) return def.open;
  return def.steps.find((s) => s.code === code);
}

export function stateName(def: ProcedureDef, code: string): string {
  return def.states.find((s) => s.code === code)?.name ?? code;
}

export function isTerminal(def: ProcedureDef, state: string): boolean {
  return def.states.find((s) => s.code === state)?.terminal === true;
}

/** Validates and normalises inputs against the step's declared fields; unknown fields are refused. */
export function normaliseInputs(step: StepDef, raw: Inputs): Inputs {
  const out: Inputs = {};
  const known = new Set(step.inputs.map((i) => i.name));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new DomainError('STEP_INPUT_INVALID', `「${step.name}」不接受字段「${key}」`, { step: step.code, field: key });
    }
  }
  const missing: string[] = [];
  for (const input of step.inputs) {
    const value = raw[input.name];
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      if (input.required !== false) missing.push(input.label);
      continue;
    }
    out[input.name] = normaliseValue(step, input, value);
  }
  if (missing.length > 0) {
    throw new DomainError('STEP_INPUT_MISSING', `「${step.name}」缺少必填内容：${missing.join('、')}`, {
      step: step.code,
      missing,
    });
  }
  return out;
}

function invalid(step: StepDef, input: InputDef, why: string): DomainError {
  return new DomainError('STEP_INPUT_INVALID', `「${step.name}」的「${input.label}」${why}`, {
    step: step.code,
    field: input.name,
  });
}

function normaliseValue(step: StepDef, input: InputDef, value: unknown): unknown {
  switch (input.type) {
    case 'text':
    case 'longtext': {
      if (typeof value !== 'string') throw invalid(step, input, '应为文本');
      const text = value.trim();
      if (text === '') throw invalid(step, input, '不能为空');
      // NUL and other C0 controls (but tab and newlines) cannot be stored or printed faithfully.
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) throw invalid(step, input, '含有不可见的控制字符');
      const max = input.max ?? (input.type === 'text' ? 200 : 20000);
      if (text.length > max) throw invalid(step, input, `不能超过 ${max} 字`);
      return text;
    }
    case 'money': {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(step, input, '应为不小于 0 的金额');
      if (Math.round(value * 100) !== value * 100) throw invalid(step, input, '最多保留两位小数');
      if (input.max !== undefined && value > input.max) throw invalid(step, input, `不能超过 ${input.max}`);
      return value;
    }
    case 'date': {
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw invalid(step, input, '应为日期（YYYY-MM-DD）');
      }
      if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) throw invalid(step, input, '不是有效日期');
      return value;
    }
    case 'boolean': {
      if (typeof value !== 'boolean') throw invalid(step, input, '应为是或否');
      return value;
    }
    case 'choice': {
      if (typeof value !== 'string' || !input.choices?.some((c) => c.value === value)) {
        const allowed = (input.choices ?? []).map((c) => c.label).join('、');
        throw invalid(step, input, `应为以下之一：${allowed}`);
      }
      return value;
    }
    case 'officers': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalid(step, input, '应为执法人员列表');
      return [...new Set(value as string[])];
    }
  }
}

function lastTaken(c: CaseView, code: string): TakenStep | undefined {
  for (let i = c.steps.length - 1; i >= 0; i--) {
    const s = c.steps[i];
    if (s && s.code === code) return s;
  }
  return undefined;
}

function hasTaken(c: CaseView, codes: readonly string[]): boolean {
  return c.steps.some((s) => codes.includes(s.code));
}

/** Role check: the actor needs one of the step's roles. */
export function checkRole(step: StepDef, actor: ActorView): void {
  if (actor.party) {
    if (!step.partyMay) throw new DomainError('FORBIDDEN_ROLE', `「${step.name}」由执法机关办理，当事人不能在网上办理`, { step: step.code });
    return;
  }
  if (!step.roles.some((r) => actor.roles.includes(r))) {
    const need = step.roles.map((r) => ROLE_NAMES[r]).join('或');
    throw new DomainError('FORBIDDEN_ROLE', `「${step.name}」只能由${need}办理`, { step: step.code, roles: step.roles });
  }
}

/** R-X-1: the acting officer must be assigned to the case and hold a valid certificate. */
export function checkActingOfficer(step: StepDef, c: CaseView, actor: ActorView, today: string): void {
  const officer = c.officers.find((o) => o.userId === actor.userId);
  if (!officer) {
    throw new DomainError('OFFICER_NOT_QUALIFIED', `「${step.name}」须由本案承办执法人员办理，${actor.name}不是本案承办人`, {
      step: step.code,
      officer: actor.userId,
    });
  }
  const problem = certificateProblem(officer.certificate, { field: c.field, regionPath: c.regionPath, on: today });
  if (problem) {
    throw new DomainError('OFFICER_NOT_QUALIFIED', `${officer.name}不能办理「${step.name}」：${problem}`, {
      step: step.code,
      officer: officer.userId,
      reason: problem,
    });
  }
}

/** §42: at least officers.min qualified case officers present. */
function checkPresentOfficers(step: StepDef, c: CaseView, inputs: Inputs, today: string): void {
  const min = c.rulePack.thresholds['officers.min'].value;
  const ids = (inputs['officers'] as string[] | undefined) ?? [];
  for (const id of ids) {
    const officer = c.officers.find((o) => o.userId === id);
    if (!officer) {
      throw new DomainError('OFFICER_NOT_QUALIFIED', `「${step.name}」的在场执法人员须为本案承办人`, { step: step.code, officer: id });
    }
    const problem = certificateProblem(officer.certificate, { field: c.field, regionPath: c.regionPath, on: today });
    if (problem) {
      throw new DomainError('OFFICER_NOT_QUALIFIED', `${officer.name}不能参与「${step.name}」：${problem}`, {
        step: step.code,
        officer: id,
        reason: problem,
      });
    }
  }
  if (ids.length < min) {
    throw new DomainError('OFFICERS_INSUFFICIENT', `「${step.name}」须有不少于 ${min} 名执法人员在场（${c.rulePack.thresholds['officers.min'].basis}）`, {
      step: step.code,
      min,
      given: ids.length,
    });
  }
}

export function checkGuard(guard: Guard, step: StepDef, c: CaseView, actor: ActorView, inputs: Inputs, ctx: StepContext): void {
  const fail = (message: string, extra: Record<string, unknown> = {}): never => {
    throw new DomainError('STEP_GUARD_FAILED', message, { step: step.code, guard: guard.type, ...extra });
  };
  if ('appliesTo' in guard && guard.appliesTo === 'party' && !actor.party) return;
  switch (guard.type) {
    case 'maxFineForParty': {
      const amount = inputs[guard.input];
      if (typeof amount !== 'number') return;
      const key = c.partyKind === 'person' ? guard.person : guard.org;
      const t = c.rulePack.thresholds[key];
      if (amount > t.value) {
        fail(`罚款 ${amount} 元超过${t.name} ${t.value} 元（${t.basis}），应适用一般程序`, { limit: t.value });
      }
      return;
    }
    case 'notHeavierThan': {
      const amount = inputs[guard.input];
      const earlier = lastTaken(c, guard.earlier.step)?.inputs[guard.earlier.input];
      if (typeof amount === 'number' && typeof earlier === 'number' && amount > earlier) {
        fail(`${guard.reason}（拟处罚 ${earlier} 元，本次 ${amount} 元）`, { earlier, amount });
      }
      return;
    }
    case 'actorNotFrom': {
      if (c.steps.some((s) => guard.steps.includes(s.code) && s.actorId === actor.userId)) fail(guard.reason);
      const present = c.steps.some(
        (s) => guard.steps.includes(s.code) && Array.isArray(s.inputs['officers']) && (s.inputs['officers'] as string[]).includes(actor.userId),
      );
      if (present) fail(guard.reason);
      return;
    }
    case 'stepTaken': {
      if (!hasTaken(c, [guard.step])) fail(guard.reason);
      return;
    }
    case 'windowPassed': {
      if (hasTaken(c, guard.unless)) return;
      const opened = lastTaken(c, guard.step);
      if (!opened) return;
      const limit = c.rulePack.limits[guard.limit];
      const end = ctx.calendar.dueDate(opened.on, limit);
      if (ctx.today <= end) fail(`${guard.reason}（${limit.name}至 ${end} 届满）`, { until: end });
      return;
    }
    case 'dateNotBefore': {
      const v = inputs[guard.input];
      if (typeof v !== 'string') return;
      const limit = c.rulePack.limits[guard.limit];
      const earliest = ctx.calendar.dueDate(ctx.today, limit);
      if (v < earliest) fail(`${guard.reason}（最早为 ${earliest}）`, { earliest });
      return;
    }
    case 'requiredWhen': {
      const v = inputs[guard.input];
      if (inputs[guard.when.input] === guard.when.equals && (v === undefined || v === '')) fail(guard.reason);
      return;
    }
    case 'withinWindow': {
      const opened = lastTaken(c, guard.step);
      if (!opened) return;
      const on = guard.input ? inputs[guard.input] : ctx.today;
      if (typeof on !== 'string') return;
      const limit = c.rulePack.limits[guard.limit];
      const end = ctx.calendar.dueDate(opened.on, limit);
      if (on < opened.on) fail(`${guard.reason}（${on} 早于期限起算日 ${opened.on}）`, { from: opened.on });
      if (on > end) fail(`${guard.reason}（${limit.name}已于 ${end} 届满）`, { until: end });
      return;
    }
    case 'earlierInputEquals': {
      if (lastTaken(c, guard.step)?.inputs[guard.input] !== guard.equals) fail(guard.reason);
      return;
    }
    case 'stepTakenWhen': {
      if (inputs[guard.when.input] === guard.when.equals && !hasTaken(c, [guard.step])) fail(guard.reason);
      return;
    }
    case 'inputIn': {
      const v = inputs[guard.input];
      if (typeof v === 'string' && !guard.values.includes(v)) fail(guard.reason);
      return;
    }
  }
}

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
export function decideStep(def: ProcedureDef, c: CaseView, actor: ActorView, stepCode: string, raw: Inputs, ctx: StepContext): StepDecision {
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
    throw new DomainError(
      'OFFICER_NOT_QUALIFIED',
      problems.map((p) => `${p.name}：${p.reason}`).join('；'),
      { officer: first.officer, problems },
    );
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
