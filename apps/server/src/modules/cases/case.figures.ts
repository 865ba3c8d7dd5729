import { sql, type Kysely } from 'kysely';
import { getProcedure, stateName } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

export interface CaseFigures {
  total: number;
  open: number;
  closed: number;
  /** open cases past a time limit (next_due_on before today) */
  overdue: number;
  byState: { procedure: string; procedureName: string; state: string; stateName: string; terminal: boolean; count: number }[];
}

/** 案件 figures per agency (执法监督): counts by procedure and state, and the open cases past a time limit. */
export async function caseFigures(db: Kysely<Database>, agencyIds: readonly string[], today: string): Promise<Map<string, CaseFigures>> {
  const out = new Map<string, CaseFigures>();
  if (!agencyIds.length) return out;
  // open cases live from their partial index; closed ones from the counts kept as they close (0051)
  const open = db
    .selectFrom('cases')
    .select([
      'agency_id',
      'procedure_code',
      'state',
      sql<boolean>`false`.as('terminal'),
      (eb) => eb.fn.countAll<string>().as('n'),
      sql<string>`count(*) FILTER (WHERE next_due_on < ${today}::date)`.as('overdue'),
    ])
    .where('terminal', '=', false)
    .where('agency_id', 'in', [...agencyIds])
    .groupBy(['agency_id', 'procedure_code', 'state']);
  const closed = db
    .selectFrom('case_closed_counts')
    .select([
      'agency_id',
      'procedure_code',
      'state',
      sql<boolean>`true`.as('terminal'),
      sql<string>`n`.as('n'),
      sql<string>`0::bigint`.as('overdue'),
    ])
    .where('agency_id', 'in', [...agencyIds])
    .where('n', '>', '0');
  const rows = await open.unionAll(closed).execute();
  for (const id of agencyIds) out.set(id, { total: 0, open: 0, closed: 0, overdue: 0, byState: [] });
  for (const r of rows) {
    const f = out.get(r.agency_id)!;
    const n = Number(r.n);
    const def = getProcedure(r.procedure_code);
    f.total += n;
    if (r.terminal) f.closed += n;
    else f.open += n;
    f.overdue += Number(r.overdue);
    f.byState.push({
      procedure: r.procedure_code,
      procedureName: def?.name ?? r.procedure_code,
      state: r.state,
      stateName: def ? stateName(def, r.state) : r.state,
      terminal: r.terminal,
      count: n,
    });
  }
  // ties in count are ordered by state, so two views of the same figures list them alike (rows come in no set order)
  for (const f of out.values())
    f.byState.sort((a, b) => a.procedure.localeCompare(b.procedure) || b.count - a.count || a.state.localeCompare(b.state));
  return out;
}
