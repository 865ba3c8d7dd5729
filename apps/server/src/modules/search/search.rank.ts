import { sql, type RawBuilder } from 'kysely';
import { like, type Cursor } from './search.plan.ts';
import type { Match } from './search.repository.ts';

/**
 * The orders of search results (R-PUB-8): relevance puts hits in the party's name, the title, the
 * 文号 and the violation before hits in the facts, newest first among equals; the date orders page
 * by (date, id). Relevance ranks the newest COUNT_EXACT_UP_TO + 1 matches in memory (a weight over
 * millions of matches would not be fast).
 */

/** Field hits (party, title, 文号, violation) weigh more than hits in the facts or full text: one point per term found there. */
export function weight(terms: string[]): RawBuilder<number> {
  if (!terms.length) return sql<number>`0`;
  const fields = sql`lower(d.party_name || ' ' || d.title || ' ' || d.doc_number || ' ' || coalesce(d.violation, ''))`;
  return sql<number>`(${sql.join(
    terms.map((t) => sql`(CASE WHEN ${fields} LIKE ${like(t)} THEN 1 ELSE 0 END)`),
    sql` + `,
  )})`;
}

export type Ranked = { id: string; decided_on: string; w: number };

/** A relevance page: matches by weight, then newest (date, id), after the cursor; `limit` + 1 of them (the extra one says there is more). */
export function rankedPage(matches: Match[], cursor: Cursor | null, limit: number): Ranked[] {
  const ranked = matches
    .map((r) => ({ id: r.id, decided_on: r.decided_on, w: Number(r.w) }))
    .sort((a, b) => b.w - a.w || b.decided_on.localeCompare(a.decided_on) || b.id.localeCompare(a.id));
  const cw = cursor?.w ?? 0;
  const after = cursor
    ? ranked.filter((r) => r.w < cw || (r.w === cw && (r.decided_on < cursor.d || (r.decided_on === cursor.d && r.id < cursor.i))))
    : ranked;
  return after.slice(0, limit + 1);
}

/** The matches (in page order) after the cursor in a date order: keyset paging over matches already read. */
export function afterInDateOrder(matches: Match[], cursor: Cursor, pageOrder: 'newest' | 'oldest'): Match[] {
  return matches.filter((m) =>
    pageOrder === 'oldest'
      ? m.decided_on > cursor.d || (m.decided_on === cursor.d && m.id > cursor.i)
      : m.decided_on < cursor.d || (m.decided_on === cursor.d && m.id < cursor.i),
  );
}
