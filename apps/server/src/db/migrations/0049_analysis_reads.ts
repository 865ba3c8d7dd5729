import { sql, type Kysely } from 'kysely';

/**
 * 统计分析 and the annual report at 1,000,000 cases (issue 21 point 5; bench/supervision.bench.ts):
 *
 * - The analysis queue is read by every figure (summary ∪ queue) and emptied by each fold, which
 *   leaves its pages full of dead rows until a vacuum: measured, a queue folded from 3.8 million
 *   entries stayed 600 MB and every figure scanned it (≈ 800 ms). Its reads go through an index on
 *   (agency_id, at), and autovacuum takes it after every few thousand dead rows, not 20 % of it.
 * - The annual report reads an agency's decision and hearing steps of a year. Through the only index
 *   on the log's agency (agency_id, id) it read every entry the agency ever made (6.4 s for one
 *   agency and year). The index below finds the year's entries of the steps asked for; it leaves the
 *   case row alone (no indexed column of `cases` changes on a step, so its updates stay HOT).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX analysis_pending_agency_at ON analysis_pending (agency_id, at);
    ALTER TABLE analysis_pending SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
                                      autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000);
    CREATE INDEX case_events_agency_step_at ON case_events (agency_id, step, at) WHERE kind = 'case.step';
  `.execute(db);
}
