import {
  DomainError,
  certificateProblem,
  chinaDate,
  effectiveStatus,
  requirementFor,
  stepReadiness,
  CERTIFICATE_STATUS_NAMES,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { agencyRecordingList, mediaForStep } from './recording-rules.ts';
import { peopleWithCurrentCertificate } from '../people/people.queries.ts';
import { readCaseForStep } from './case.repository.ts';
import { agencyById, regionPath, unitNamesSubquery } from '../org/org.queries.ts';
import { actorView, caseViewOf, procedureOrThrow, type CaseDeps } from './case.service.ts';
import { agenciesFor, decide } from '../../http/policy/authorize.ts';

/**
 * What a step still needs, for the person about to take it: the engine's own checks, one by one
 * (domain/procedures/readiness.ts), on the case as it is now. Nothing is written.
 */
export async function readinessOf(deps: CaseDeps, actor: Actor, caseId: string, stepCode: string) {
  const row = await readCaseForStep(deps.pool, caseId, agenciesFor(actor, 'case.read'));
  if (!row) throw new DomainError('NOT_FOUND', '案件不存在');
  const def = procedureOrThrow(row.procedure_code);
  const step = def.steps.find((s) => s.code === stepCode);
  if (!step) throw new DomainError('NOT_FOUND', `「${def.name}」没有环节「${stepCode}」`);
  const today = chinaDate(deps.clock.now());
  const caseView = await caseViewOf(deps, row);
  const requirement = requirementFor(await agencyRecordingList(deps.db, row.agency_id), def.code, stepCode);
  const recording = { requirement, media: requirement ? await mediaForStep(deps.stepMedia, deps.db, caseId, stepCode) : [] };
  const gate = step.gate === 'legal-review' ? await deps.decisionGate(deps.db, caseId, row.agency_id, actorView(actor)) : null;
  const proposed = gate?.proposed();
  const items = stepReadiness(def, caseView, actorView(actor), stepCode, {
    today,
    calendar: deps.calendar(),
    recording,
    // the decision is checked with the proposal that review cleared, as takeStep does when the form is left empty
    ...(gate
      ? { gate: (s, inputs) => gate.check(s, proposed?.step === s.code && Object.keys(inputs).length === 0 ? proposed.decision : inputs) }
      : {}),
  });
  // the access rule first: a step of another agency's case is refused before any of its own checks
  const refusal = decide(actor, 'case.step', { agencyId: row.agency_id });
  if (refusal) items.unshift({ kind: 'role', met: false, need: '本案办案机关的人员', problem: refusal.message });
  return {
    step: { code: step.code, name: step.name },
    ready: items.every((i) => i.met),
    items,
    documents: [...step.documents],
    recording: requirement ? { level: requirement.level, what: requirement.what, present: recording.media.length } : null,
    /** the cleared proposal's decision, to fill the decision form with (only once review has cleared it) */
    proposedDecision: proposed && proposed.step === step.code && items.some((i) => i.kind === 'review' && i.met) ? proposed.decision : null,
  };
}

/**
 * 承办人员 to choose from when a case is opened: every officer of the agency, each with whether
 * their certificate covers the field, the region and the date — and if not, why (R-X-1). The
 * same check the engine makes at 立案 (certificateProblem).
 */
export async function officerCandidates(deps: CaseDeps, actor: Actor, q: { field: string; regionCode: string; on?: string | undefined }) {
  const agency = await agencyById(deps.db, actor.agencyId);
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  const path = await regionPath(deps.db, q.regionCode);
  if (path.length === 0) throw new DomainError('VALIDATION_FAILED', `行政区划代码「${q.regionCode}」不存在`, { field: 'regionCode' });
  const on = q.on ?? chinaDate(deps.clock.now());
  const rows = await deps.db
    .selectFrom(peopleWithCurrentCertificate(deps.db).as('u'))
    .leftJoin(unitNamesSubquery(deps.db).as('n'), 'n.id', 'u.unit_id')
    .select([
      'u.id',
      'u.display_name',
      'n.name as unit_name',
      'u.c_number as number',
      'u.c_fields as fields',
      'u.c_regions as regions',
      'u.c_valid_from as valid_from',
      'u.c_valid_to as valid_to',
      'u.c_status as status',
      'u.c_restrictions as restrictions',
    ])
    .where('u.agency_id', '=', actor.agencyId)
    .where('u.disabled', '=', false)
    .where('u.kind', '=', 'staff')
    .where((eb) => eb(eb.val('officer'), '=', eb.fn.any('u.roles')))
    .orderBy('u.display_name')
    .execute();
  return rows.map((r) => {
    const cert = r.number
      ? {
          number: r.number,
          fields: r.fields ?? [],
          regions: r.regions ?? [],
          validFrom: r.valid_from!,
          validTo: r.valid_to!,
          status: r.status!,
          restrictions: r.restrictions ?? [],
        }
      : null;
    const problem = certificateProblem(cert, { field: q.field, regionPath: path, on });
    const status = cert ? effectiveStatus(cert, on) : null;
    return {
      userId: r.id,
      name: r.display_name,
      unitName: r.unit_name,
      self: r.id === actor.userId,
      certificate:
        cert && status
          ? { number: cert.number, fields: cert.fields, status, statusName: CERTIFICATE_STATUS_NAMES[status], validTo: cert.validTo }
          : null,
      eligible: problem === null,
      reason: problem,
    };
  });
}
