import { WorkingCalendar } from '../calendar/calendar.ts';
import { BUILTIN_CALENDAR_YEARS } from '../calendar/holidays-data.ts';
import { PACK_CF_2017, PACK_CF_2021 } from '../rules/packs.ts';
import type { CertificateView } from '../people/certificate.ts';
import type { ActorView, CaseView, Inputs, OfficerView } from './engine.ts';
import { decideStep } from './engine.ts';
import type { ProcedureDef, Role } from './types.ts';

/** Factories for engine tests: people, a case, and a way to walk steps. */
export const calendar = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);

export function cert(number: string, over: Partial<CertificateView> = {}): CertificateView {
  return { number, fields: ['市场监管'], regions: ['130433'], validFrom: '2024-01-01', validTo: '2028-12-31', status: 'valid', ...over };
}

export function officer(id: string, name: string, over: Partial<CertificateView> | null = {}): OfficerView {
  return { userId: id, name, certificate: over === null ? null : cert(`C-${id}`, over) };
}

export function actor(id: string, name: string, ...roles: Role[]): ActorView {
  return { userId: id, name, roles };
}

export const O1 = officer('o1', '李明');
export const O2 = officer('o2', '王芳');
export const A = {
  o1: actor('o1', '李明', 'officer'),
  o2: actor('o2', '王芳', 'officer'),
  o3: actor('o3', '孙浩', 'officer'),
  reviewer: actor('r1', '陈静', 'reviewer'),
  head: actor('h1', '张建国', 'head'),
  admin: actor('a1', '郭鹏', 'admin'),
};

/**
 * A case just opened; a 一般程序 case also filed (立案) by the head the same day, as most tests
 * start from investigation — tests of 立案 itself pass their own state and steps.
 */
export function makeCase(def: ProcedureDef, over: Partial<CaseView> = {}): CaseView {
  const filed = def.code === 'penalty-general';
  return {
    procedure: def.code,
    state: filed ? 'investigating' : def.open.to,
    partyKind: 'org',
    field: '市场监管',
    regionPath: ['130433100', '130433', '130400', '130000'],
    officers: [O1, O2],
    steps: [
      { code: 'open', on: '2026-08-03', actorId: 'o1', inputs: {} },
      ...(filed ? [{ code: 'approve-filing', on: '2026-08-03', actorId: 'h1', inputs: {} }] : []),
    ],
    rulePack: PACK_CF_2021,
    ...over,
  };
}

export const PACKS = { cf2017: PACK_CF_2017, cf2021: PACK_CF_2021 };

/**
 * Takes a step and returns the case after it (as the service would persist it). Review steps are
 * taken as the legal-review module takes them, and decisions as on a cleared review: the gate
 * itself is tested in review/.
 */
export const CLEARED = { viaReview: true, gate: () => {} } as const;

export function take(def: ProcedureDef, c: CaseView, who: ActorView, step: string, inputs: Inputs, today = '2026-08-03'): CaseView {
  const d = decideStep(def, c, who, step, inputs, { today, calendar, ...CLEARED });
  return { ...c, state: d.to, steps: [...c.steps, { code: step, on: today, actorId: who.userId, inputs: d.inputs }] };
}

/** The code of the DomainError thrown by fn (or 'none'). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'none';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

export const two = { officers: ['o1', 'o2'] };

/**
 * The real start and end a 笔录 states (R-REC-2, required): by default an interview or inspection
 * 09:00–09:40 China time on `day`, before the step is recorded that day.
 */
export function recordTimes(day = '2026-08-03', from = '09:00', to = '09:40'): { startedAt: string; endedAt: string } {
  return { startedAt: `${day}T${from}`, endedAt: `${day}T${to}` };
}
