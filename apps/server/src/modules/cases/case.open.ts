import { randomUUID } from 'node:crypto';
import {
  DomainError,
  GENESIS_HASH,
  RULE_PACKS,
  checkOpening,
  chinaDate,
  chinaYear,
  computeDeadlines,
  formatCaseNumber,
  rulePackInForce,
  validateParty,
  type Inputs,
  type PartyInput,
  type TakenStep,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { appendEntry } from './case-log.ts';
import { findOrCreateParty, loadOfficers, nextCaseSeq } from './case.repository.ts';
import { agencyById, isUnitOf, regionPath } from '../org/org.queries.ts';
import { actorView, nextDue, procedureOrThrow, type CaseDeps } from './case.service.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * 立案/受理 (R-REC-1, R-REC-5, R-X-1): a case is opened — party, jurisdiction, officers and the opening
 * step checked, its number drawn and the case recorded with its first log entry in one transaction.
 */

export interface OpenCaseInput {
  procedure: string;
  title: string;
  field: string;
  regionCode: string;
  party: PartyInput;
  officerIds: string[];
  unitId?: string | undefined;
  inputs: Inputs;
}

/** 立案/受理 (R-REC-1, R-REC-5, R-X-1): checks, numbers and records the case in one transaction. */
export async function openCase(deps: CaseDeps, actor: Actor, input: OpenCaseInput): Promise<string> {
  authorize(actor, 'case.open');
  const def = procedureOrThrow(input.procedure);
  const now = deps.clock.now();
  const today = chinaDate(now);
  const title = input.title.trim();
  if (!title || title.length > 200) throw new DomainError('VALIDATION_FAILED', '案由不能为空且不超过 200 字');
  const party = validateParty(input.party);
  const agency = await agencyById(deps.db, actor.agencyId);
  if (!agency) throw new Error(`the actor's agency ${actor.agencyId} is missing`);
  const path = await regionPath(deps.db, input.regionCode);
  if (path.length === 0) throw new DomainError('VALIDATION_FAILED', `行政区划代码「${input.regionCode}」不存在`);
  if (!path.includes(agency.region_code)) {
    throw new DomainError('VALIDATION_FAILED', '案件发生地不在本机关管辖区域内', { regionCode: input.regionCode });
  }
  const officerIds = [...new Set(input.officerIds)];
  const officers = await loadOfficers(deps.db, officerIds);
  for (const id of officerIds) {
    const o = officers.find((x) => x.userId === id);
    if (!o || o.agencyId !== agency.id || !o.roles.includes('officer')) {
      throw new DomainError('OFFICER_NOT_QUALIFIED', `${o?.name ?? id} 不是本机关的执法人员`, { officer: id });
    }
  }
  const pack = rulePackInForce(RULE_PACKS, today);
  const inputs = checkOpening(
    def,
    actorView(actor),
    {
      agencyKinds: agency.procedure_kinds,
      agencyFields: agency.fields,
      field: input.field,
      regionPath: path,
      officers,
      rulePack: pack,
      today,
    },
    input.inputs,
  );
  if (input.unitId) {
    if (!(await isUnitOf(deps.db, agency.id, input.unitId))) throw new DomainError('VALIDATION_FAILED', '承办机构不属于本机关');
  }
  const caseId = randomUUID();
  const steps: TakenStep[] = [{ code: def.open.code, on: today, actorId: actor.userId, inputs }];
  const deadlines = computeDeadlines(def, { steps, rulePack: pack }, deps.calendar(), today);
  const year = chinaYear(now);

  await deps.db.transaction().execute(async (tx) => {
    const partyId = await findOrCreateParty(tx, agency.id, party);
    const seq = await nextCaseSeq(tx, agency.id, def.numberWord, year);
    const number = formatCaseNumber(agency.number_template, { short: agency.short_name, word: def.numberWord, year, seq });
    await tx
      .insertInto('cases')
      .values({
        id: caseId,
        agency_id: agency.id,
        unit_id: input.unitId ?? null,
        procedure_code: def.code,
        procedure_version: def.version,
        rule_pack_id: pack.id,
        rule_pack_version: pack.version,
        number,
        number_word: def.numberWord,
        number_year: year,
        number_seq: seq,
        title,
        field: input.field,
        region_code: input.regionCode,
        party_id: partyId,
        state: def.open.to,
        terminal: false,
        next_due_on: nextDue(deadlines),
        // the log's first entry (below) brings both to 1: version counts the entries
        version: 0,
        last_event_seq: 0,
        last_event_hash: GENESIS_HASH,
        opened_by: actor.userId,
        opened_at: now,
        updated_at: now,
      })
      .execute();
    await tx
      .insertInto('case_officers')
      .values(officerIds.map((userId, i) => ({ case_id: caseId, user_id: userId, lead: i === 0, assigned_at: now })))
      .execute();
    await appendEntry(
      tx,
      { caseId, agencyId: agency.id, seq: 0, hash: GENESIS_HASH },
      {
        kind: 'case.opened',
        actorId: actor.userId,
        at: now,
        transition: { step: def.open.code, from: null, to: def.open.to },
        data: {
          procedure: def.code,
          procedureVersion: def.version,
          rulePack: `${pack.id}@${pack.version}`,
          number,
          title,
          field: input.field,
          regionCode: input.regionCode,
          party: { ...party, id: partyId },
          officers: officerIds,
          unitId: input.unitId ?? null,
          inputs,
        },
      },
    );
  });
  return caseId;
}
