import { CompiledQuery, sql, type Kysely, type Transaction } from 'kysely';
import { chinaDate, type CertificateView, type OfficerView, type PartyInput, type TakenStep } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { currentCertificateJsonSql, peopleWithCurrentCertificate, USER_NAMES_SQL } from '../people/people.queries.ts';
import { StatementGroups, perPool } from './statement-groups.ts';

type Db = Kysely<Database> | Transaction<Database>;

function certificateOf(row: {
  c_number: string | null;
  c_fields: string[] | null;
  c_regions: string[] | null;
  c_valid_from: string | null;
  c_valid_to: string | null;
  c_status: 'valid' | 'suspended' | 'revoked' | null;
  c_restrictions: CertificateView['restrictions'] | null;
}): CertificateView | null {
  if (!row.c_number) return null;
  return {
    number: row.c_number,
    fields: row.c_fields ?? [],
    regions: row.c_regions ?? [],
    validFrom: row.c_valid_from!,
    validTo: row.c_valid_to!,
    status: row.c_status!,
    restrictions: row.c_restrictions ?? [],
  };
}

/**
 * Users with their current certificate: the valid one if any, else the one that ended last.
 * `where` selects the users (by ids, or by a case's officer list).
 */
function officersQuery(db: Db) {
  return db
    .selectFrom(peopleWithCurrentCertificate(db).as('u'))
    .select([
      'u.id',
      'u.display_name',
      'u.agency_id',
      'u.roles',
      'u.c_number',
      'u.c_fields',
      'u.c_regions',
      'u.c_valid_from',
      'u.c_valid_to',
      'u.c_status',
      'u.c_restrictions',
    ]);
}

export async function loadOfficers(db: Db, userIds: readonly string[]): Promise<(OfficerView & { agencyId: string; roles: string[] })[]> {
  if (userIds.length === 0) return [];
  const rows = await officersQuery(db)
    .where('u.id', 'in', [...userIds])
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, agencyId: r.agency_id, roles: r.roles, certificate: certificateOf(r) }));
}

export async function loadCaseOfficers(db: Db, caseId: string): Promise<(OfficerView & { lead: boolean })[]> {
  const rows = await officersQuery(db)
    .innerJoin('case_officers as co', 'co.user_id', 'u.id')
    .select(['co.lead', 'co.assigned_at'])
    .where('co.case_id', '=', caseId)
    .orderBy('co.lead', 'desc')
    .orderBy('co.assigned_at')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, lead: r.lead, certificate: certificateOf(r) }));
}

/**
 * One party per agency and identifier: the same company (统一社会信用代码) or person (身份证号码)
 * is the same party across its cases, so their records can be listed together (R-REC-4). A party
 * without an identifier is never merged by name: two people may share a name.
 */
export async function findOrCreateParty(db: Db, agencyId: string, p: PartyInput): Promise<string> {
  if (p.creditCode || p.idNumber) {
    let q = db.selectFrom('parties').select('id').where('agency_id', '=', agencyId).where('kind', '=', p.kind);
    q = p.creditCode ? q.where('credit_code', '=', p.creditCode) : q.where('id_number', '=', p.idNumber!);
    const existing = await q.executeTakeFirst();
    if (existing) return existing.id;
  }
  const row = await db
    .insertInto('parties')
    .values({
      agency_id: agencyId,
      kind: p.kind,
      name: p.name,
      credit_code: p.creditCode ?? null,
      id_number: p.idNumber ?? null,
      legal_rep: p.legalRep ?? null,
      address: p.address ?? '',
      phone: p.phone ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** R-REC-5: the next number of the agency's (word, year) series; the row stays locked until commit, so a rollback leaves no gap. */
export async function nextCaseSeq(db: Transaction<Database>, agencyId: string, word: string, year: number): Promise<number> {
  const row = await db
    .insertInto('case_number_counters')
    .values({ agency_id: agencyId, word, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'word', 'year']).doUpdateSet({ last_seq: sql`case_number_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/** The steps a case has taken, from its events: the log is the single source of truth. */
export interface EventStepRow {
  code: string;
  at: string;
  actorId: string;
  inputs: Record<string, unknown>;
}

const STEPS_OF_CASE = `SELECT coalesce(json_agg(json_build_object('code', e.step, 'at', e.at, 'actorId', e.actor_id,
    'inputs', CASE WHEN e.kind = 'case.opened' THEN e.inputs -> 'inputs' ELSE e.inputs END) ORDER BY e.seq), '[]'::json)
  FROM case_events e WHERE e.case_id = c.id AND e.step IS NOT NULL`;

export function stepsOfEvents(rows: readonly EventStepRow[]): TakenStep[] {
  return rows.map((r) => ({ code: r.code, on: chinaDate(new Date(r.at)), actorId: r.actorId, inputs: r.inputs ?? {} }));
}

export async function readSteps(db: Db, caseId: string): Promise<TakenStep[]> {
  const rows = await db
    .selectFrom('case_events')
    .select(['step', 'at', 'actor_id', 'inputs', 'kind'])
    .where('case_id', '=', caseId)
    .where('step', 'is not', null)
    .orderBy('seq')
    .execute();
  return rows.map((e) => ({
    code: e.step!,
    on: chinaDate(e.at),
    actorId: e.actor_id,
    inputs: ((e.kind === 'case.opened' ? (e.inputs as { inputs?: unknown }).inputs : e.inputs) ?? {}) as Record<string, unknown>,
  }));
}

/** The hot path (every transition) uses named prepared statements on the pool: parsed and planned once per connection. */
import type { SqlPool } from '../../adapters/db/sql-pool.ts';
export type { SqlPool };

export interface StepRow {
  id: string;
  agency_id: string;
  procedure_code: string;
  rule_pack_id: string;
  state: string;
  steps: EventStepRow[];
  field: string;
  region_code: string;
  version: number;
  last_event_seq: number;
  last_event_hash: Buffer;
  party_kind: 'person' | 'org';
  officers: {
    userId: string;
    name: string;
    lead: boolean;
    cert: (Omit<CertificateView, 'fields' | 'regions'> & { fields: string[]; regions: string[] }) | null;
  }[];
}

// Each officer's name and current certificate are index lookups by the officer's id: a join of the
// case's officers with the users' names had PostgreSQL hash the whole users table on every step.
const CASE_FOR_STEP_COLUMNS = `SELECT c.id, c.agency_id, c.procedure_code, c.rule_pack_id, c.state, c.field, c.region_code, c.version,
        c.last_event_seq, c.last_event_hash, p.kind AS party_kind,
        (${STEPS_OF_CASE}) AS steps,
        (SELECT coalesce(json_agg(json_build_object('userId', co.user_id,
            'name', (SELECT u.display_name FROM (${USER_NAMES_SQL}) u WHERE u.id = co.user_id), 'lead', co.lead,
            'cert', ${currentCertificateJsonSql('co.user_id')})
            ORDER BY co.lead DESC, co.assigned_at), '[]'::json)
           FROM case_officers co WHERE co.case_id = c.id) AS officers
       FROM cases c JOIN parties p ON p.id = c.party_id`;
const CASE_FOR_STEP = `${CASE_FOR_STEP_COLUMNS}
      WHERE c.id = $1 AND c.agency_id = ANY($2::uuid[])`;
/** The same for several cases at once (the scope is then checked per caller, below). */
const CASES_FOR_STEP = `${CASE_FOR_STEP_COLUMNS}
      WHERE c.id = ANY($1::uuid[])`;

/**
 * The case with its party kind and officers (each with the current certificate) in one query; none
 * when it does not exist or lies outside `visible`. Reads arriving while others are at the database
 * are read together, in one statement (statement-groups.ts); each caller gets the case only if its
 * agency is among the caller's own `visible`, as the single statement's filter decides.
 */
export async function readCaseForStep(pool: SqlPool, id: string, visible: readonly string[]): Promise<StepRow | undefined> {
  return readGroups(pool).call({ id, visible });
}

/** Two groups at the database at once, up to 64 reads each. */
const readGroups = perPool(
  (pool: SqlPool) =>
    new StatementGroups<{ id: string; visible: readonly string[] }, StepRow | undefined>({
      one: async ({ id, visible }) => (await pool.query({ name: 'case_for_step', text: CASE_FOR_STEP, values: [id, visible] })).rows[0],
      group: async (reads) => {
        const r = await pool.query({ name: 'cases_for_step', text: CASES_FOR_STEP, values: [[...new Set(reads.map((x) => x.id))]] });
        const byId = new Map((r.rows as StepRow[]).map((row) => [row.id, row]));
        return reads.map(({ id, visible }) => {
          const row = byId.get(id.toLowerCase()); // PostgreSQL reads a uuid in either case, and answers in lower case
          return row && visible.includes(row.agency_id) ? row : undefined;
        });
      },
      inFlight: 2,
      max: 64,
    }),
);

/** The same through Kysely (any connection or transaction, no lock): for another module's check against the procedure. */
export async function readCaseForStepVia(db: Kysely<Database>, id: string, visible: readonly string[]): Promise<StepRow | undefined> {
  const r = await db.executeQuery<StepRow>(CompiledQuery.raw(CASE_FOR_STEP, [id, visible]));
  return r.rows[0];
}

/** The same, inside a transaction, with the case row locked until it ends. */
export async function readCaseForStepLocked(
  tx: Transaction<Database>,
  id: string,
  visible: readonly string[],
): Promise<StepRow | undefined> {
  const r = await tx.executeQuery<StepRow>(CompiledQuery.raw(`${CASE_FOR_STEP} FOR UPDATE OF c`, [id, visible]));
  return r.rows[0];
}
