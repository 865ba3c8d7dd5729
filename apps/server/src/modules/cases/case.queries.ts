import { sql } from 'kysely';
import {
  DomainError,
  availableSteps,
  chinaDate,
  computeDeadlines,
  effectiveStatus,
  findStep,
  stateName,
  verifyChain,
  CERTIFICATE_STATUS_NAMES,
} from '@sanxiang/domain';
import type { Actor } from '../../http/actor.ts';
import { eventBodyOfRow } from './case-log.ts';
import { loadCaseOfficers, readSteps } from './case.repository.ts';
import { userNames, userNamesSubquery } from '../people/people.queries.ts';
import { agencyNamesSubquery, regionNamesSubquery, unitNamesSubquery } from '../org/org.queries.ts';
import { packOrThrow, procedureOrThrow, type CaseDeps } from './case.service.ts';
import { agenciesFor } from '../../http/policy/authorize.ts';

/** Read side of cases: only what the actor's scope allows (R-X-5); anything else is 404. */

async function visibleCase(deps: CaseDeps, actor: Actor, id: string) {
  const row = await deps.db
    .selectFrom('cases as c')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .innerJoin('parties as p', 'p.id', 'c.party_id')
    .innerJoin(regionNamesSubquery(deps.db).as('r'), 'r.code', 'c.region_code')
    .leftJoin(unitNamesSubquery(deps.db).as('un'), 'un.id', 'c.unit_id')
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.procedure_code',
      'c.procedure_version',
      'c.rule_pack_id',
      'c.rule_pack_version',
      'c.agency_id',
      'a.name as agency_name',
      'c.field',
      'c.region_code',
      'r.name as region_name',
      'c.state',
      'c.terminal',
      'c.version',
      'c.opened_at',
      'c.updated_at',
      'c.unit_id',
      'un.name as unit_name',
      'p.id as party_id',
      'p.kind as party_kind',
      'p.name as party_name',
      'p.credit_code',
      'p.id_number',
      'p.legal_rep',
      'p.address',
      'p.phone',
    ])
    .where('c.id', '=', id)
    .where('c.agency_id', 'in', agenciesFor(actor, 'case.read'))
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '案件不存在');
  return row;
}

export async function getCase(deps: CaseDeps, actor: Actor, id: string) {
  const row = await visibleCase(deps, actor, id);
  const def = procedureOrThrow(row.procedure_code);
  const pack = packOrThrow(row.rule_pack_id);
  const today = chinaDate(deps.clock.now());
  const steps = await readSteps(deps.db, id);
  const officers = await loadCaseOfficers(deps.db, id);
  const actorIds = [...new Set(steps.map((s) => s.actorId))];
  const names = await userNames(deps.db, actorIds);
  const deadlines = computeDeadlines(def, { steps, rulePack: pack }, deps.calendar(), today);
  const canAct = row.agency_id === actor.agencyId;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    procedure: { code: def.code, name: def.name, version: row.procedure_version, kind: def.kind },
    rulePack: { id: pack.id, version: row.rule_pack_version, name: pack.name },
    agency: { id: row.agency_id, name: row.agency_name },
    unit: row.unit_id ? { id: row.unit_id, name: row.unit_name ?? '' } : null,
    field: row.field,
    region: { code: row.region_code, name: row.region_name },
    party: {
      id: row.party_id,
      kind: row.party_kind,
      name: row.party_name,
      creditCode: row.credit_code,
      idNumber: row.id_number,
      legalRep: row.legal_rep,
      address: row.address,
      phone: row.phone,
    },
    state: { code: row.state, name: stateName(def, row.state) },
    terminal: row.terminal,
    version: row.version,
    openedAt: row.opened_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    officers: officers.map((o) => {
      const status = o.certificate ? effectiveStatus(o.certificate, today) : null;
      return {
        userId: o.userId,
        name: o.name,
        lead: o.lead,
        certificate:
          o.certificate && status
            ? { number: o.certificate.number, status, statusName: CERTIFICATE_STATUS_NAMES[status], validTo: o.certificate.validTo }
            : null,
      };
    }),
    history: steps.map((s) => ({
      step: s.code,
      name: findStep(def, s.code)?.name ?? s.code,
      on: s.on,
      actorId: s.actorId,
      actorName: names.get(s.actorId) ?? '',
      inputs: s.inputs,
    })),
    deadlines,
    overdue: deadlines.some((d) => d.state === 'overdue'),
    availableSteps: canAct
      ? availableSteps(def, { state: row.state }, actor).map((s) => ({
          code: s.code,
          name: s.name,
          stage: s.stage,
          inputs: s.inputs.map(({ choices, ...i }) => ({
            ...i,
            required: i.required !== false,
            ...(choices ? { choices: [...choices] } : {}),
          })),
          documents: [...s.documents],
          recordings: [...s.recordings],
        }))
      : [],
  };
}

export interface CaseListFilter {
  state?: string | undefined;
  procedure?: string | undefined;
  agencyId?: string | undefined;
  overdue?: boolean | undefined;
  q?: string | undefined;
  /** only the actor's own cases (承办) */
  mine?: boolean | undefined;
  /** true: open cases only; false: terminal ones only */
  open?: boolean | undefined;
  limit: number;
  /** keyset cursor: `<openedAt ISO>|<id>` of the last row seen */
  cursor?: string | undefined;
}

export async function listCases(deps: CaseDeps, actor: Actor, f: CaseListFilter) {
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('cases as c')
    .innerJoin('parties as p', 'p.id', 'c.party_id')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.procedure_code',
      'c.state',
      'c.terminal',
      'c.next_due_on',
      'c.updated_at',
      'c.opened_at',
      'c.agency_id',
      'a.name as agency_name',
      'p.name as party_name',
    ])
    .where('c.agency_id', 'in', agenciesFor(actor, 'case.read'));
  if (f.agencyId) q = q.where('c.agency_id', '=', f.agencyId);
  if (f.state) q = q.where('c.state', '=', f.state);
  if (f.mine)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_officers as co')
          .select('co.case_id')
          .whereRef('co.case_id', '=', 'c.id')
          .where('co.user_id', '=', actor.userId),
      ),
    );
  if (f.open !== undefined) q = q.where('c.terminal', '=', !f.open);
  if (f.procedure) q = q.where('c.procedure_code', '=', f.procedure);
  if (f.overdue) q = q.where('c.terminal', '=', false).where('c.next_due_on', '<', today);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    q = q.where((eb) => eb.or([eb('c.number', 'like', like), eb('c.title', 'like', like), eb('p.name', 'like', like)]));
  }
  if (f.cursor) {
    const [at, id] = f.cursor.split('|');
    const when = new Date(at ?? '');
    if (!id || Number.isNaN(when.getTime())) throw new DomainError('VALIDATION_FAILED', '分页游标无效');
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError('VALIDATION_FAILED', '分页游标无效');
    q = q.where(sql<boolean>`(c.opened_at, c.id) < (${when}, ${id}::uuid)`);
  }
  const rows = await q
    .orderBy('c.opened_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(f.limit + 1)
    .execute();
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => {
      const def = procedureOrThrow(r.procedure_code);
      return {
        id: r.id,
        number: r.number,
        title: r.title,
        procedure: { code: def.code, name: def.name },
        state: { code: r.state, name: stateName(def, r.state) },
        agency: { id: r.agency_id, name: r.agency_name },
        partyName: r.party_name,
        nextDueOn: r.next_due_on,
        overdue: !r.terminal && r.next_due_on !== null && r.next_due_on < today,
        openedAt: r.opened_at.toISOString(),
        updatedAt: r.updated_at.toISOString(),
      };
    }),
    nextCursor: rows.length > f.limit && last ? `${last.opened_at.toISOString()}|${last.id}` : null,
  };
}

/** The case's event log with hashes, and whether its chain re-computes. */
export async function caseEvents(deps: CaseDeps, actor: Actor, id: string) {
  await visibleCase(deps, actor, id);
  const rows = await deps.db
    .selectFrom('case_events as e')
    .innerJoin(userNamesSubquery(deps.db).as('u'), 'u.id', 'e.actor_id')
    .select([
      'e.case_id',
      'e.seq',
      'e.kind',
      'e.step',
      'e.from_state',
      'e.to_state',
      'e.actor_id',
      'u.display_name',
      'e.at',
      'e.inputs',
      'e.prev_hash',
      'e.hash',
    ])
    .where('e.case_id', '=', id)
    .orderBy('e.seq')
    .execute();
  const problems = verifyChain(rows.map((r) => ({ body: eventBodyOfRow(r), prevHash: r.prev_hash, hash: r.hash })));
  return {
    chainIntact: problems.length === 0,
    problems,
    events: rows.map((r) => ({
      seq: r.seq,
      kind: r.kind,
      step: r.step,
      fromState: r.from_state,
      toState: r.to_state,
      actorId: r.actor_id,
      actorName: r.display_name,
      at: r.at.toISOString(),
      inputs: r.inputs as Record<string, unknown>,
      prevHash: r.prev_hash.toString('hex'),
      hash: r.hash.toString('hex'),
    })),
  };
}
