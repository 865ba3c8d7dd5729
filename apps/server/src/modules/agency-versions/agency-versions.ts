import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { agencyLineRows } from '../org/org.queries.ts';
import { userNamesSubquery } from '../people/people.queries.ts';

/**
 * Rule data an agency keeps as numbered, append-only versions (法制审核目录清单, 裁量基准): the
 * latest version in force (a 派出机构 without its own follows its parent agency's), the history, one
 * version, and a new version written gap-free under a per-agency lock. The tables' owners (review for
 * review_catalogs, discretion for discretion_benchmarks, documents for document_settings; db/owners.ts) call these with their own table.
 */
export type VersionedTable = 'review_catalogs' | 'discretion_benchmarks' | 'document_settings';

/** the column holding each table's content */
const CONTENT: Record<VersionedTable, string> = {
  review_catalogs: 'catalog',
  discretion_benchmarks: 'benchmarks',
  document_settings: 'settings',
};

type Db = Kysely<Database> | Transaction<Database>;

/** The version in force for an agency: its own latest, else the nearest ancestor's; null when none has one. */
export async function versionInForce<T>(
  db: Db,
  table: VersionedTable,
  agencyId: string,
): Promise<{ agencyId: string; version: number; content: T } | null> {
  const r = await sql<{ agency_id: string; version: number; content: T }>`
    SELECT v.agency_id, v.version, v.${sql.ref(CONTENT[table])} AS content FROM (${agencyLineRows(agencyId)}) l
    JOIN LATERAL (SELECT * FROM ${sql.table(table)} t WHERE t.agency_id = l.id ORDER BY t.version DESC LIMIT 1) v ON true
    ORDER BY l.depth LIMIT 1`.execute(db);
  const row = r.rows[0];
  return row ? { agencyId: row.agency_id, version: row.version, content: row.content } : null;
}

/** An agency's own versions, newest first, with who made each and why. */
export async function versionHistory(db: Db, table: VersionedTable, agencyId: string) {
  const rows = await sql<{ version: number; note: string; created_at: Date; display_name: string | null }>`
    SELECT t.version, t.note, t.created_at, u.display_name FROM ${sql.table(table)} t LEFT JOIN ${userNamesSubquery(db)} u ON u.id = t.created_by
     WHERE t.agency_id = ${agencyId} ORDER BY t.version DESC`.execute(db);
  return rows.rows.map((h) => ({ version: h.version, note: h.note, by: h.display_name ?? '', at: h.created_at.toISOString() }));
}

export async function versionOf<T>(
  db: Db,
  table: VersionedTable,
  agencyId: string,
  version: number,
): Promise<{ version: number; content: T; note: string; at: string } | null> {
  const r = await sql<{ version: number; content: T; note: string; created_at: Date }>`
    SELECT version, ${sql.ref(CONTENT[table])} AS content, note, created_at FROM ${sql.table(table)} WHERE agency_id = ${agencyId} AND version = ${version}`.execute(
    db,
  );
  const row = r.rows[0];
  return row ? { version: row.version, content: row.content, note: row.note, at: row.created_at.toISOString() } : null;
}

/** Writes the next version (one writer at a time per agency and table, so versions stay gap-free). */
export async function appendVersion(
  db: Kysely<Database>,
  table: VersionedTable,
  agencyId: string,
  content: unknown,
  note: string,
  actorId: string,
  at: Date,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`${table}:${agencyId}`}))`.execute(tx);
    const last = await sql<{ v: number | null }>`SELECT max(version) AS v FROM ${sql.table(table)} WHERE agency_id = ${agencyId}`.execute(
      tx,
    );
    const version = Number(last.rows[0]?.v ?? 0) + 1;
    await sql`INSERT INTO ${sql.table(table)} (agency_id, version, ${sql.ref(CONTENT[table])}, note, created_by, created_at)
              VALUES (${agencyId}, ${version}, ${JSON.stringify(content)}::jsonb, ${note.trim()}, ${actorId}, ${at})`.execute(tx);
    return version;
  });
}
