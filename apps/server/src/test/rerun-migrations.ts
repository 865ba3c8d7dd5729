import { sql, type Kysely } from 'kysely';
import { migrateTo } from '../db/migrate.ts';

/**
 * Runs `names` (consecutive migrations) again on a database that has already run them and later
 * ones, as an upgrade from before them would: their rows and the later ones' are taken out of
 * schema_migrations (the migrator requires what ran to be a prefix of its list), the migrator runs
 * up to the last of `names`, and the later rows are put back (their tables are already there).
 * Returns the migrations that ran.
 */
export async function rerunMigrations(db: Kysely<any>, names: readonly string[]): Promise<string[]> {
  const first = names[0]!;
  const later = (
    await sql<{
      name: string;
      timestamp: string;
    }>`SELECT name, timestamp FROM schema_migrations WHERE name > ${names.at(-1)!} ORDER BY name`.execute(db)
  ).rows;
  await sql`DELETE FROM schema_migrations WHERE name >= ${first}`.execute(db);
  const ran = await migrateTo(db, names.at(-1)!);
  for (const r of later) await sql`INSERT INTO schema_migrations (name, timestamp) VALUES (${r.name}, ${r.timestamp})`.execute(db);
  return ran;
}
