import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import { findStep, normaliseInputs } from '../procedures/engine.ts';
import type { ProcedureDef, StepDef } from '../procedures/types.ts';
import { SAME } from '../procedures/types.ts';
import type { SanctionItem } from '../procedures/sanctions.ts';
import {
  AMOUNT_FACETS,
  CASE_FLAGS,
  DISCRETION_GRADES,
  SANCTIONS,
  type CaseFlag,
  type CatalogFacts,
  type DiscretionGrade,
  type Sanction,
} from './catalog.ts';

export { DISCRETION_GRADES, type DiscretionGrade };

/**
 * 拟作出的决定: what the handler proposes, exactly as the decision step will be taken, plus what
 * the catalog and the reviewer look at. Every change is a new version; review, collective
 * discussion and the decision are tied to a version by its hash (R-REV-8).
 */

export interface DecisionProposal {
  /** the decision step this proposal is for (a step with gate 'legal-review'), e.g. decide, grant */
  step: string;
  /** that step's inputs, as the decision will be made */
  decision: Record<string, unknown>;
  /** 涉案金额 (元) */
  caseAmount: number | null;
  /** 处罚种类 / 措施 (行政处罚法 §9) */
  sanctions: Sanction[];
  flags: Partial<Record<CaseFlag, boolean>>;
  /** 裁量: the benchmark's violation and grade, the base amount for multiples, and the reasoning */
  discretion: { violation: string | null; grade: DiscretionGrade | null; baseAmount: number | null; reasoning: string } | null;
}

/** The steps of a procedure that make a decision and so pass the legal-review gate (R-REV-2). */
export function gatedSteps(def: ProcedureDef): StepDef[] {
  return def.steps.filter((s) => s.gate === 'legal-review');
}

/** Whether the case, now in `state`, can still come to take `step` (a later decision: 查封扣押's 处理决定 after the approval). */
export function decisionAhead(def: ProcedureDef, state: string, step: string): boolean {
  const target = findStep(def, step);
  if (!target) return false;
  const seen = new Set([state]);
  const queue = [state];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (target.from.includes(at)) return true;
    for (const s of def.steps) {
      if (s.from.includes(at) && s.to !== SAME && !seen.has(s.to)) {
        seen.add(s.to);
        queue.push(s.to);
      }
    }
  }
  return false;
}

function invalid(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('VALIDATION_FAILED', message, details);
}

function money(v: unknown, label: string): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || Math.round(v * 100) !== v * 100)
    throw invalid(`${label}应为不小于 0、最多两位小数的金额`);
  return v;
}

/** Checks and normalises a proposal against the procedure: the decision inputs pass the step's own checks. */
export function normaliseProposal(def: ProcedureDef, raw: Record<string, unknown>): DecisionProposal {
  const stepCode = raw['step'];
  const step = typeof stepCode === 'string' ? findStep(def, stepCode) : undefined;
  if (!step || step.gate !== 'legal-review') {
    const allowed = gatedSteps(def)
      .map((s) => `${s.code}（${s.name}）`)
      .join('、');
    throw invalid(`拟作出的决定须对应本程序的决定环节：${allowed || '本程序没有须法制审核的决定环节'}`, { step: stepCode ?? null });
  }
  const decisionRaw = raw['decision'];
  if (!decisionRaw || typeof decisionRaw !== 'object' || Array.isArray(decisionRaw)) throw invalid('缺少拟作出的决定内容');
  const decision = normaliseInputs(step, decisionRaw as Record<string, unknown>);
  const rawSanctions = raw['sanctions'] ?? [];
  if (!Array.isArray(rawSanctions) || rawSanctions.some((s) => !SANCTIONS.includes(s as Sanction))) {
    throw invalid(`处罚种类应为以下之一：${SANCTIONS.join('、')}`);
  }
  const sanctions = new Set(rawSanctions as Sanction[]);
  // the amounts in the decision imply their sanctions (行政处罚法 §9)
  if (typeof decision['fineAmount'] === 'number' && decision['fineAmount'] > 0) sanctions.add('罚款');
  if (typeof decision['confiscation'] === 'number' && decision['confiscation'] > 0) sanctions.add('没收违法所得');
  // and so do the kinds of a structured 处罚种类 list (procedures/sanctions.ts)
  if (Array.isArray(decision['sanctions']))
    for (const s of decision['sanctions'] as SanctionItem[]) if (SANCTIONS.includes(s.kind as Sanction)) sanctions.add(s.kind as Sanction);
  const rawFlags = raw['flags'] ?? {};
  if (typeof rawFlags !== 'object' || rawFlags === null || Array.isArray(rawFlags)) throw invalid('情形标记格式不正确');
  const flags: Partial<Record<CaseFlag, boolean>> = {};
  for (const [k, v] of Object.entries(rawFlags)) {
    if (!Object.hasOwn(CASE_FLAGS, k) || typeof v !== 'boolean') throw invalid(`未知的情形标记「${k}」`);
    if (v) flags[k as CaseFlag] = true;
  }
  let discretion: DecisionProposal['discretion'] = null;
  const d = raw['discretion'];
  if (d !== undefined && d !== null) {
    if (typeof d !== 'object' || Array.isArray(d)) throw invalid('裁量说明格式不正确');
    const o = d as Record<string, unknown>;
    const violation = o['violation'] === undefined || o['violation'] === null ? null : String(o['violation']).trim();
    const grade = o['grade'] === undefined || o['grade'] === null ? null : o['grade'];
    if (grade !== null && !DISCRETION_GRADES.includes(grade as DiscretionGrade))
      throw invalid(`裁量阶次应为：${DISCRETION_GRADES.join('、')}`);
    const reasoning = typeof o['reasoning'] === 'string' ? o['reasoning'].trim() : '';
    if (reasoning.length > 5000 || (violation && violation.length > 100)) throw invalid('裁量说明过长');
    discretion = {
      violation: violation || null,
      grade: grade as DiscretionGrade | null,
      baseAmount: money(o['baseAmount'], '计算基数'),
      reasoning,
    };
  }
  return {
    step: step.code,
    decision,
    caseAmount: money(raw['caseAmount'], '涉案金额'),
    sanctions: SANCTIONS.filter((s) => sanctions.has(s)),
    flags,
    discretion,
  };
}

export function proposalHash(p: DecisionProposal): Buffer {
  return createHash('sha256').update('sanxiang/proposal/v1\n').update(canonicalJson(p)).digest();
}

/** The facts the catalog judges a proposal by. */
export function catalogFacts(
  def: ProcedureDef,
  p: DecisionProposal,
  c: { partyKind: 'person' | 'org'; hearingHeld: boolean },
): CatalogFacts {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    procedure: def.code,
    kind: def.kind,
    partyKind: c.partyKind,
    amounts: { caseAmount: p.caseAmount, fine: num(p.decision['fineAmount']), confiscation: num(p.decision['confiscation']) },
    sanctions: p.sanctions,
    hearingHeld: c.hearingHeld,
    flags: p.flags,
  };
}

export interface ProposalChange {
  field: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** What changed between two versions, labelled for people (R-REV-6: rounds are comparable). */
export function diffProposals(def: ProcedureDef, before: DecisionProposal, after: DecisionProposal): ProposalChange[] {
  const out: ProposalChange[] = [];
  const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
  const push = (field: string, label: string, a: unknown, b: unknown) => {
    if (!same(a, b)) out.push({ field, label, before: a ?? null, after: b ?? null });
  };
  push('step', '决定环节', before.step, after.step);
  const step = findStep(def, after.step);
  const names = new Set([...Object.keys(before.decision), ...Object.keys(after.decision)]);
  for (const name of names) {
    const label = step?.inputs.find((i) => i.name === name)?.label ?? name;
    push(`decision.${name}`, label, before.decision[name], after.decision[name]);
  }
  push('caseAmount', AMOUNT_FACETS.caseAmount, before.caseAmount, after.caseAmount);
  push('sanctions', '处罚种类', before.sanctions, after.sanctions);
  push('flags', '情形标记', before.flags, after.flags);
  push('discretion', '裁量说明', before.discretion, after.discretion);
  return out;
}
