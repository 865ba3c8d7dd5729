import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { schemaChanged } from '../adapters/db/pool.ts';
import * as m0001 from './migrations/0001_foundation.ts';
import * as m0002 from './migrations/0002_ledger.ts';
import * as m0003 from './migrations/0003_records.ts';
import * as m0004 from './migrations/0004_review.ts';
import * as m0005 from './migrations/0005_discretion.ts';
import * as m0006 from './migrations/0006_publication.ts';
import * as m0012 from './migrations/0012_event_body.ts';
import * as m0013 from './migrations/0013_search.ts';
import * as m0014 from './migrations/0014_statistics.ts';
import * as m0015 from './migrations/0015_exchange.ts';
import * as m0016 from './migrations/0016_lists.ts';
import * as m0017 from './migrations/0017_party_access.ts';
import * as m0018 from './migrations/0018_search_kind.ts';
import * as m0019 from './migrations/0019_workbench_sessions.ts';
import * as m0020 from './migrations/0020_case_log_write_path.ts';
import * as m0021 from './migrations/0021_sign_in_throttle.ts';
import * as m0024 from './migrations/0024_party_access_void.ts';
import * as m0025 from './migrations/0025_review_outcomes.ts';
import * as m0026 from './migrations/0026_license_field_codes.ts';
import * as m0027 from './migrations/0027_refusal_and_penalty_validity.ts';
import * as m0028 from './migrations/0028_document_numbers.ts';
import * as m0029 from './migrations/0029_agency_seal_images.ts';
import * as m0030 from './migrations/0030_document_settings.ts';
import * as m0031 from './migrations/0031_draw.ts';
import * as m0035 from './migrations/0035_certificate_life.ts';
import * as m0036 from './migrations/0036_alerts.ts';
import * as m0039 from './migrations/0039_portal_activity.ts';
import * as m0040 from './migrations/0040_complaints.ts';
import * as m0042 from './migrations/0042_evaluation.ts';
import * as m0048 from './migrations/0048_analysis.ts';
import * as m0049 from './migrations/0049_analysis_reads.ts';
import * as m0050 from './migrations/0050_credit_repair.ts';
import * as m0051 from './migrations/0051_case_figures.ts';
import * as m0052 from './migrations/0052_search_entries.ts';
import * as m0053 from './migrations/0053_drop_public_bigram_index.ts';

/** Forward-only migrations, listed explicitly so that bundling or tsx never misses one. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_ledger': m0002,
  '0003_records': m0003,
  '0004_review': m0004,
  '0005_discretion': m0005,
  '0006_publication': m0006,
  '0012_event_body': m0012,
  '0013_search': m0013,
  '0014_statistics': m0014,
  '0015_exchange': m0015,
  '0016_lists': m0016,
  '0017_party_access': m0017,
  '0018_search_kind': m0018,
  '0019_workbench_sessions': m0019,
  '0020_case_log_write_path': m0020,
  '0021_sign_in_throttle': m0021,
  '0024_party_access_void': m0024,
  '0025_review_outcomes': m0025,
  '0026_license_field_codes': m0026,
  '0027_refusal_and_penalty_validity': m0027,
  '0028_document_numbers': m0028,
  '0029_agency_seal_images': m0029,
  '0030_document_settings': m0030,
  '0031_draw': m0031,
  '0035_certificate_life': m0035,
  '0036_alerts': m0036,
  '0039_portal_activity': m0039,
  '0040_complaints': m0040,
  '0042_evaluation': m0042,
  '0048_analysis': m0048,
  '0049_analysis_reads': m0049,
  '0050_credit_repair': m0050,
  '0051_case_figures': m0051,
  '0052_search_entries': m0052,
  '0053_drop_public_bigram_index': m0053,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return MIGRATIONS;
  }
}

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({
    db,
    provider: new StaticProvider(),
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // numbers are reserved per line of work and land in any order: a database that already ran a
    // later number still runs an earlier one that arrives after it
    allowUnorderedMigrations: true,
  });
}

/** The migrations this version knows, oldest first (a restore checks a backup's against them). */
export function knownMigrations(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return changed(ran(await migrator(db).migrateToLatest()));
}

/** Runs the migrations up to and including `name` (a restore rebuilds the backup's schema first). */
export async function migrateTo(db: Kysely<any>, name: string): Promise<string[]> {
  return changed(ran(await migrator(db).migrateTo(name)));
}

/** Statements prepared against the schema before a migration are not executed after it (pool.ts). */
function changed(names: string[]): string[] {
  if (names.length) schemaChanged();
  return names;
}

function ran({ error, results }: MigrationResultSet): string[] {
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
