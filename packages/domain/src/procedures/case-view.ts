import type { RulePack } from '../rules/rule-pack.ts';
import type { WorkingCalendar } from '../calendar/calendar.ts';
import type { CertificateView } from '../people/certificate.ts';
import type { ProcedureDef, RecordingRequirement, Role, StepDef } from './types.ts';
import type { MediaKind } from '../recordings/recording-list.ts';

/** What the engine sees of a case, its actor and the day (R-REC-1): the input of every check. */

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
  /** ISO instant the step is being taken; times entered at it may not be later (defaults to the end of `today`) */
  now?: string;
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

/** The last time `code` was taken in the case. */
export function lastTaken(c: CaseView, code: string): TakenStep | undefined {
  for (let i = c.steps.length - 1; i >= 0; i--) {
    const s = c.steps[i];
    if (s && s.code === code) return s;
  }
  return undefined;
}

export function hasTaken(c: CaseView, codes: readonly string[]): boolean {
  return c.steps.some((s) => codes.includes(s.code));
}
