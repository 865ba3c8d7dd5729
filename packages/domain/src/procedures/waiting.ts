import { isTerminal } from './engine.ts';
import { SAME, type ProcedureDef, type Role, type StepDef } from './types.ts';

/** Who a case waits for in a state, and for which steps (待办: "what each waits for"). */
export interface WaitingOn {
  role: Extract<Role, 'officer' | 'reviewer' | 'head'>;
  /** the steps that move the case on, taken by that role */
  steps: readonly Pick<StepDef, 'code' | 'name'>[];
  /** e.g. 待承办人办理：调查终结 · 待法制审核 · 待负责人审批：作出处罚决定 */
  label: string;
}

/**
 * Derived from the definition, never listed by hand: the steps that leave the state (not those that
 * keep the case where it is, such as a further 询问), and among them the role that carries the case
 * on. The officers carry it when they have such a step (the head's 终止调查 or 延期 is then an
 * exception, not what the case waits for); otherwise legal review when a review act leaves the
 * state; otherwise the head (决定, 批准, 结案 — the approvals); otherwise the officers' submission
 * to review (提交法制审核), and last the head's 集体讨论.
 */
export function waitingOn(def: ProcedureDef, state: string): WaitingOn | null {
  if (isTerminal(def, state)) return null;
  const leaving = def.steps.filter((s) => s.from.includes(state) && s.to !== SAME);
  const by = (role: Role, via: boolean, gateOk = false) =>
    leaving.filter((s) => s.roles.includes(role) && (via ? s.via !== undefined : s.via === undefined || (gateOk && s.gate !== undefined)));
  // an approval pending (the head's 审核) is what the case waits for, even where officers may act on
  // the measure meanwhile (行政强制法 §19: 情况紧急当场实施; 解除 at any time)
  const approvalPending = leaving.some((s) => s.roles.includes('head') && s.stage === '审核' && s.via === undefined);
  const officer = by('officer', false).filter((s) => !(approvalPending && s.stage === '执行'));
  if (officer.length) return { role: 'officer', steps: officer, label: `待承办人办理：${names(officer)}` };
  const review = by('reviewer', true);
  if (review.length) return { role: 'reviewer', steps: review, label: '待法制审核' };
  const head = by('head', false, true);
  if (head.length) return { role: 'head', steps: head, label: `待负责人审批：${names(head)}` };
  // the officers' own act through legal review (提交法制审核) before the head's 集体讨论
  const submit = by('officer', true);
  if (submit.length) return { role: 'officer', steps: submit, label: `待承办人办理：${names(submit)}` };
  const discussion = by('head', true);
  if (discussion.length) return { role: 'head', steps: discussion, label: `待负责人审批：${names(discussion)}` };
  return null;
}

function names(steps: readonly StepDef[]): string {
  return steps.map((s) => s.name).join('、');
}

/** Every (procedure, state) a role carries on: the head's approval list reads cases in these. */
export function statesWaitingOn(defs: readonly ProcedureDef[], role: WaitingOn['role']): { procedure: string; state: string }[] {
  const out: { procedure: string; state: string }[] = [];
  for (const def of defs)
    for (const s of def.states) if (waitingOn(def, s.code)?.role === role) out.push({ procedure: def.code, state: s.code });
  return out;
}
