import { DomainError } from '../errors.ts';
import { hasTaken, stateName, type ActorView, type CaseView } from '../procedures/case-view.ts';
import { checkActingOfficer, checkRole } from '../procedures/step-checks.ts';
import type { ProcedureDef, StepDef } from '../procedures/types.ts';
import { DOCUMENT_KINDS, documentKindOfName } from './document-templates.ts';

/**
 * Who may issue a document, and when (R-REC-2; 行政处罚法 §§44, 59, 61 for the notices and the
 * decision). A document belongs to the steps of the case's procedure that name it. While its step
 * is still to be taken — the case is at the step's stage — it is issued by whoever may take the
 * step: one of the step's roles and, for an officer's act, an officer of the case with a valid
 * 执法证. Once the step was taken, the document records what was done, and the step's roles or
 * the case's officers (承办人员) issue it. Anyone else, and any other moment, is refused: a
 * 告知书 is not issued while the case is still under investigation, nor by staff not on the case.
 *
 * Returns the step the document is issued for; otherwise throws the first refusal found.
 */
export function checkDocumentIssue(def: ProcedureDef, kind: string, c: CaseView, actor: ActorView, today: string): StepDef {
  const title = DOCUMENT_KINDS.find((k) => k.code === kind)?.title ?? kind;
  const steps = [def.open, ...def.steps].filter((s) => s.documents.some((name) => documentKindOfName(name) === kind));
  if (steps.length === 0) {
    throw new DomainError('DOCUMENT_KIND_UNKNOWN', `「${def.name}」不制作${title}`, { kind, procedure: def.code });
  }
  const taken = steps.filter((s) => hasTaken(c, [s.code]));
  const due = steps.filter((s) => !hasTaken(c, [s.code]) && s.from.includes(c.state));
  if (taken.length === 0 && due.length === 0) {
    const names = steps.map((s) => `「${s.name}」`).join('或');
    throw new DomainError('STEP_ORDER', `${title}在${names}环节制作，本案当前处于「${stateName(def, c.state)}」`, {
      kind,
      state: c.state,
      steps: steps.map((s) => s.code),
    });
  }
  let refusal: unknown;
  for (const s of taken) {
    if (s.roles.some((r) => actor.roles.includes(r)) || c.officers.some((o) => o.userId === actor.userId)) return s;
    refusal ??= new DomainError('FORBIDDEN_ROLE', `${title}由本案承办人员或「${s.name}」的办理人制作`, { kind, step: s.code });
  }
  for (const s of due) {
    try {
      checkRole(s, actor);
      if (s.officerAct) checkActingOfficer(s, c, actor, today);
      return s;
    } catch (e) {
      refusal ??= e;
    }
  }
  throw refusal;
}
