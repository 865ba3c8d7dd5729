import { DomainError } from '../errors.ts';
import { checkRecordings } from '../recordings/recording-list.ts';
import {
  checkActingOfficer,
  checkGuard,
  checkRole,
  isTerminal,
  stateName,
  type ActorView,
  type CaseView,
  type StepContext,
} from './engine.ts';
import { ROLE_NAMES, type Guard, type ProcedureDef } from './types.ts';

/** One thing a step needs before it can be taken, met or not, in words a person acts on. */
export interface ReadinessItem {
  kind: 'state' | 'role' | 'officer' | 'recording' | 'guard' | 'review';
  met: boolean;
  /** what is needed, e.g. 须有「现场检查」的音像记录 */
  need: string;
  /** why it is not met (the engine's own message), null when met */
  problem: string | null;
}

/** Guards that depend only on the case's record, not on what the form will hold. */
const RECORD_GUARDS = new Set<Guard['type']>(['stepTaken', 'windowPassed', 'earlierInputEquals', 'actorNotFrom', 'withinWindow']);

function outcome(kind: ReadinessItem['kind'], need: string, check: () => void): ReadinessItem {
  try {
    check();
    return { kind, met: true, need, problem: null };
  } catch (e) {
    if (e instanceof DomainError) return { kind, met: false, need, problem: e.message };
    throw e;
  }
}

/**
 * What a step still needs before the form is filled (the case page lists it above the form): the
 * state, the role, the acting officer's certificate, the 音像记录 the agency's list asks for, and the
 * guards that read only the record (an earlier step, a window). The same checks the engine makes
 * when the step is taken (decideStep), run one by one so that each can be shown with its reason.
 * Checks of the form's own values (amounts, dates, required fields) are left to the form.
 */
export function stepReadiness(def: ProcedureDef, c: CaseView, actor: ActorView, stepCode: string, ctx: StepContext): ReadinessItem[] {
  const step = def.steps.find((s) => s.code === stepCode);
  if (!step) throw new DomainError('STEP_NOT_ALLOWED', `「${def.name}」没有环节「${stepCode}」`, { step: stepCode });
  const items: ReadinessItem[] = [];
  const fromNames = step.from.map((s) => stateName(def, s)).join('、');
  items.push({
    kind: 'state',
    met: !isTerminal(def, c.state) && step.from.includes(c.state),
    need: `案件处于：${fromNames}`,
    problem: step.from.includes(c.state) ? null : `案件当前为「${stateName(def, c.state)}」`,
  });
  items.push(outcome('role', `办理人：${step.roles.map((r) => ROLE_NAMES[r]).join('或')}`, () => checkRole(step, actor)));
  if (step.officerAct) items.push(outcome('officer', '本案承办人，持有效执法证', () => checkActingOfficer(step, c, actor, ctx.today)));
  const requirement = ctx.recording?.requirement;
  if (requirement) {
    const need = `${requirement.level === 'full-process' ? '全程音像记录' : '音像记录'}：${requirement.what}`;
    items.push(outcome('recording', need, () => checkRecordings(step.name, requirement, ctx.recording?.media ?? [])));
  }
  for (const g of step.guards ?? []) {
    if (!RECORD_GUARDS.has(g.type)) continue;
    if ('appliesTo' in g && g.appliesTo === 'party' && !actor.party) continue;
    if (g.type === 'withinWindow' && g.input) continue;
    items.push(outcome('guard', 'reason' in g ? g.reason : g.type, () => checkGuard(g, step, c, actor, {}, ctx)));
  }
  if (step.gate === 'legal-review') {
    items.push(
      outcome('review', '经法制审核通过（决定内容与审核通过的拟作出决定一致）', () => {
        if (!ctx.gate) throw new DomainError('REVIEW_REQUIRED', `「${step.name}」须经法制审核后方可作出`);
        ctx.gate(step, {});
      }),
    );
  }
  return items;
}
