import { sql, type Kysely } from 'kysely';

/**
 * 统计分析 (R-X-3, R-PUB-7; issue 21 point 5): the case log summed by month, maintained incrementally.
 *
 * Why a summary: the analysis groups every case step of a period by agency, unit, kind, 执法类别,
 * 案由, place and time. Over 1,000,000 cases (≈ 3.8 entries each) a GROUP BY on `case_events` joined
 * to `cases` reads millions of rows per figure (seconds, see bench/RESULTS.md). The summary holds one
 * row per (agency, month, procedure, step) for each value of ONE dimension at a time (unit, 执法类别,
 * 案由, place, or the total) and one per (agency, month, procedure, weekday, hour): tens of thousands
 * of rows, read by their (agency_id, month, dim) prefix. (A row per combination of all dimensions was
 * tried first and is hardly smaller than the log: 76,681 entries made 60,075 such rows.)
 *
 * Why a queue: the statement that appends entries only inserts into `analysis_pending` (append-only,
 * no conflict, no row lock shared with any other writer); adding to the summary rows would make every
 * step of an agency wait on the same hot row until commit, and concurrent multi-row appends could
 * deadlock. `analysis_fold()` moves the queue into the summary in one transaction (one folder at a
 * time: the caller holds an advisory lock), and readers read summary ∪ queue in one snapshot, so a
 * figure is exact whether or not the queue was folded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- the entries not yet folded: one row per case.opened / case.step entry, with the case's dimensions at the time
    CREATE TABLE analysis_pending (
      id bigserial PRIMARY KEY,
      agency_id uuid NOT NULL,
      unit_id uuid,
      procedure_code text NOT NULL,
      field text NOT NULL,
      title text NOT NULL,
      region_code text NOT NULL,
      step text NOT NULL,
      at timestamptz NOT NULL,
      fine numeric NOT NULL,
      confiscation numeric NOT NULL
    );

    -- month × ONE dimension at a time: dim 'total' (value ''), 'unit' (unit id or ''), 'field' (执法类别), 'title' (案由),
    -- 'region' (案件发生地). Each breakdown reads its own few rows; a row per combination of all dimensions would
    -- hardly be smaller than the log (measured: 76,681 entries made 60,075 such rows).
    CREATE TABLE analysis_monthly (
      agency_id uuid NOT NULL,
      month date NOT NULL,
      procedure_code text NOT NULL,
      step text NOT NULL,
      dim text NOT NULL CHECK (dim IN ('total', 'unit', 'field', 'title', 'region')),
      value text NOT NULL,
      n bigint NOT NULL,
      fines numeric NOT NULL,
      confiscations numeric NOT NULL,
      CONSTRAINT analysis_monthly_key PRIMARY KEY (agency_id, month, dim, procedure_code, step, value)
    );

    -- month × weekday × hour of the entry (China time)
    CREATE TABLE analysis_hourly (
      agency_id uuid NOT NULL,
      month date NOT NULL,
      procedure_code text NOT NULL,
      dow smallint NOT NULL,
      hour smallint NOT NULL,
      n bigint NOT NULL,
      CONSTRAINT analysis_hourly_key PRIMARY KEY (agency_id, month, procedure_code, dow, hour)
    );

    -- an amount as entered in a step's inputs (a number or a numeric string; anything else counts 0)
    CREATE FUNCTION analysis_amount(j jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE jsonb_typeof(j)
        WHEN 'number' THEN (j #>> '{}')::numeric
        WHEN 'string' THEN CASE WHEN btrim(j #>> '{}') ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN btrim(j #>> '{}')::numeric ELSE 0 END
        ELSE 0 END
    $$;

    CREATE FUNCTION analysis_collect() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO analysis_pending (agency_id, unit_id, procedure_code, field, title, region_code, step, at, fine, confiscation)
      SELECT c.agency_id, c.unit_id, c.procedure_code, c.field, c.title, c.region_code,
             CASE WHEN e.kind = 'case.opened' THEN 'case.opened' ELSE e.step END, e.at,
             analysis_amount(e.inputs -> 'fineAmount'), analysis_amount(e.inputs -> 'confiscation')
        FROM analysis_new_entries e JOIN cases c ON c.id = e.case_id
       WHERE e.kind = 'case.opened' OR (e.kind = 'case.step' AND e.step IS NOT NULL);
      RETURN NULL;
    END $$;

    -- once per statement (a bulk append is one insert into the queue)
    CREATE TRIGGER case_events_analysis AFTER INSERT ON case_events
      REFERENCING NEW TABLE AS analysis_new_entries FOR EACH STATEMENT EXECUTE FUNCTION analysis_collect();

    -- the dimensions of a queued entry, one row each
    CREATE FUNCTION analysis_dims(unit_id uuid, field text, title text, region_code text)
      RETURNS TABLE (dim text, value text) LANGUAGE sql IMMUTABLE AS $$
      VALUES ('total', ''), ('unit', coalesce(unit_id::text, '')), ('field', field), ('title', title), ('region', region_code)
    $$;

    -- moves the queue into the summaries; returns how many entries it moved
    CREATE FUNCTION analysis_fold() RETURNS bigint LANGUAGE sql AS $$
      WITH moved AS (
        DELETE FROM analysis_pending RETURNING *
      ), m AS (
        INSERT INTO analysis_monthly AS s (agency_id, month, procedure_code, step, dim, value, n, fines, confiscations)
        SELECT agency_id, date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date, procedure_code, step, d.dim, d.value,
               count(*), sum(fine), sum(confiscation)
          FROM moved CROSS JOIN LATERAL analysis_dims(unit_id, field, title, region_code) d
         GROUP BY 1, 2, 3, 4, 5, 6
        ON CONFLICT ON CONSTRAINT analysis_monthly_key DO UPDATE
          SET n = s.n + EXCLUDED.n, fines = s.fines + EXCLUDED.fines, confiscations = s.confiscations + EXCLUDED.confiscations
      ), h AS (
        INSERT INTO analysis_hourly AS s (agency_id, month, procedure_code, dow, hour, n)
        SELECT agency_id, date_trunc('month', at AT TIME ZONE 'Asia/Shanghai')::date, procedure_code,
               extract(isodow FROM at AT TIME ZONE 'Asia/Shanghai')::smallint, extract(hour FROM at AT TIME ZONE 'Asia/Shanghai')::smallint, count(*)
          FROM moved GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT ON CONSTRAINT analysis_hourly_key DO UPDATE SET n = s.n + EXCLUDED.n
      )
      SELECT count(*) FROM moved
    $$;

    -- the log so far
    INSERT INTO analysis_pending (agency_id, unit_id, procedure_code, field, title, region_code, step, at, fine, confiscation)
    SELECT c.agency_id, c.unit_id, c.procedure_code, c.field, c.title, c.region_code,
           CASE WHEN e.kind = 'case.opened' THEN 'case.opened' ELSE e.step END, e.at,
           analysis_amount(e.inputs -> 'fineAmount'), analysis_amount(e.inputs -> 'confiscation')
      FROM case_events e JOIN cases c ON c.id = e.case_id
     WHERE e.kind = 'case.opened' OR (e.kind = 'case.step' AND e.step IS NOT NULL);
    SELECT analysis_fold();
  `.execute(db);
}
