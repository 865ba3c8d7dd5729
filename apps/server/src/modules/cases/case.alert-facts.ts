import { sql, type Kysely } from 'kysely';
import { PROCEDURES, stateName, waitingOn } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { USER_NAMES_SQL } from '../people/people.queries.ts';

/**
 * What the 执法监督预警 (alerts module) asks of the cases' record (R-X-3): open cases whose next time
 * limit falls by a day, whether a step has been taken since a time, and when officers last acted.
 */

/** Open cases whose next due date is on or before `until`, with their officers and what they wait for. */
export async function casesDueBy(db: Kysely<Database>, until: string) {
  const rows = await db
    .selectFrom('cases as c')
    .select(['c.id', 'c.agency_id', 'c.unit_id', 'c.number', 'c.title', 'c.procedure_code', 'c.state', 'c.next_due_on'])
    .select(
      sql<{ id: string; name: string }[]>`(SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name)
          ORDER BY co.lead DESC, co.assigned_at), '[]'::json) FROM case_officers co JOIN (${sql.raw(USER_NAMES_SQL)}) u ON u.id = co.user_id WHERE co.case_id = c.id)`.as(
        'officers',
      ),
    )
    .where('c.terminal', '=', false)
    .where('c.archived_at', 'is', null)
    .where('c.next_due_on', '<=', until)
    .orderBy('c.next_due_on')
    .limit(5000)
    .execute();
  return rows.map((r) => {
    const def = PROCEDURES.find((p) => p.code === r.procedure_code);
    const waiting = def ? waitingOn(def, r.state) : null;
    return {
      caseId: r.id,
      agencyId: r.agency_id,
      unitId: r.unit_id,
      number: r.number,
      title: r.title,
      stateName: def ? stateName(def, r.state) : r.state,
      dueOn: r.next_due_on!,
      waitingRole: waiting?.role ?? null,
      waitingLabel: waiting?.label ?? '',
      officers: r.officers,
    };
  });
}

/** For each (case, step, after): whether the step was taken after that time, and whether the case is closed. */
export async function stepsTakenSince(db: Kysely<Database>, asks: readonly { caseId: string; step: string; after: Date }[]) {
  const out = new Map<
    string,
    { takenSince: boolean; closed: boolean; number: string; procedure: string; officers: { id: string; name: string }[] }
  >();
  for (const a of asks) {
    const row = await db
      .selectFrom('cases as c')
      .select(['c.number', 'c.procedure_code', 'c.terminal', 'c.archived_at'])
      .select((eb) =>
        eb
          .exists(
            eb
              .selectFrom('case_events as e')
              .select('e.id')
              .whereRef('e.case_id', '=', 'c.id')
              .where('e.step', '=', a.step)
              .where('e.at', '>=', a.after),
          )
          .as('taken'),
      )
      .select(
        sql<{ id: string; name: string }[]>`(SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.display_name)
          ORDER BY co.lead DESC, co.assigned_at), '[]'::json) FROM case_officers co JOIN (${sql.raw(USER_NAMES_SQL)}) u ON u.id = co.user_id WHERE co.case_id = c.id)`.as(
          'officers',
        ),
      )
      .where('c.id', '=', a.caseId)
      .executeTakeFirst();
    if (row) {
      out.set(`${a.caseId}:${a.step}`, {
        takenSince: row.taken === true,
        closed: row.terminal || row.archived_at !== null,
        number: row.number,
        procedure: row.procedure_code,
        officers: row.officers,
      });
    }
  }
  return out;
}

/** The last China date each of these users took a step of a case, on or after `since` (absent: none). */
export async function lastActedOn(db: Kysely<Database>, userIds: readonly string[], since: Date): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_events')
    .select(['actor_id', sql<string>`to_char(max(at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`.as('on')])
    .where('actor_id', 'in', [...userIds])
    .where('at', '>=', since)
    .where('step', 'is not', null)
    .groupBy('actor_id')
    .execute();
  return new Map(rows.map((r) => [r.actor_id, r.on]));
}

/** Case numbers by id. */
export async function caseNumbers(db: Kysely<Database>, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'number'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** The case's agency, or undefined: for records other modules keep about a case. */
export async function caseAgency(db: Kysely<Database>, id: string) {
  return db.selectFrom('cases').select(['id', 'agency_id', 'number', 'procedure_code']).where('id', '=', id).executeTakeFirst();
}

/**
 * The China date of the case's 执法决定 (its first step that is a decision to publish: 处罚决定,
 * 许可决定, 强制决定 …), or null while it has none — a 复议 or 诉讼 outcome needs one to act on.
 */
export async function caseDecidedOn(db: Kysely<Database>, caseId: string, procedureCode: string): Promise<string | null> {
  const steps =
    PROCEDURES.find((p) => p.code === procedureCode)
      ?.steps.filter((s) => s.publish)
      .map((s) => s.code) ?? [];
  if (!steps.length) return null;
  const r = await db
    .selectFrom('case_events')
    .select(sql<string>`min((at AT TIME ZONE 'Asia/Shanghai')::date)::text`.as('on'))
    .where('case_id', '=', caseId)
    .where('step', 'in', steps)
    .executeTakeFirst();
  return r?.on ?? null;
}

/** An agency's first case of a procedure, ended or not (the demo's records of 复议 outcomes and refusals). */
export async function firstCaseOf(db: Kysely<Database>, agencyId: string, procedure: string, o: { terminal: boolean }) {
  return db
    .selectFrom('cases')
    .select(['id', 'number'])
    .where('agency_id', '=', agencyId)
    .where('procedure_code', '=', procedure)
    .where('terminal', '=', o.terminal)
    .orderBy('opened_at')
    .executeTakeFirst();
}
