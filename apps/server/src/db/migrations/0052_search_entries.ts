import { sql, type Kysely } from 'kysely';

/**
 * The search's own compact table (issue 23, issue 22 point 5): one row per live decision (已公示 /
 * 已更正) with only what search reads — the columns its conditions, facets and orders use, the
 * normalised text, and its keys: the bigrams plus the filter tokens (法律依据 law and article,
 * region and its ancestors, 违法行为类型, fine thresholds) in the one GIN index. The probe reads
 * records in date order and tests each on its text; on the portal's wide read model (6 GB at
 * 1,000,000 records: 双公示 fields, full text, history) each such record is a random page of that
 * table. Here the rows are a fraction of the width and written in date order (the backfill sorts
 * them; publications arrive in date order after it), so a probe of 5,000 records reads a few
 * hundred adjacent pages.
 *
 * Kept in step with `public_decisions` by statement-level triggers in the same transaction as the
 * write (publication acts, pushed decisions, bulk imports alike): a row that is not live is not
 * here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- 法律依据 as published (处罚依据 CF_YJ): each 《law》 (its name without 中华人民共和国) and each of its
    -- articles (第…条, as written) as 'law' and 'law第…条'
    CREATE FUNCTION search_law_refs(basis text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT r ORDER BY r), '{}')
        FROM (SELECT regexp_replace(btrim(m[1]), '^中华人民共和国', '') AS law, m[2] AS rest
                FROM regexp_matches(coalesce(basis, ''), '《([^》]+)》([^《]*)', 'g') m) t
        CROSS JOIN LATERAL (SELECT t.law UNION ALL
                            SELECT t.law || a[1] FROM regexp_matches(t.rest, '(第[零〇一二三四五六七八九十百千]+条)', 'g') a) x(r)
       WHERE t.law <> ''
    $$;
    -- the filter tokens beside the bigrams in the one GIN index (a bigram is two characters; every token is longer):
    -- l: law and law第…条, r: the region and those above it, v: the violation type, f:t a fine of at least t 元, g:t at most t 元
    CREATE FUNCTION search_tokens(law_refs text[], region text, violation text, fine numeric) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array(SELECT DISTINCT x FROM unnest(
          array(SELECT 'l:' || r FROM unnest(law_refs) r)
          || CASE WHEN region ~ '^[0-9]{6}' THEN
               ARRAY['r:' || left(region, 2) || '0000', 'r:' || left(region, 4) || '00', 'r:' || left(region, 6), 'r:' || region]
             ELSE '{}'::text[] END
          || CASE WHEN coalesce(violation, '') <> '' THEN ARRAY['v:' || violation] ELSE '{}'::text[] END
          || array(SELECT 'f:' || t FROM unnest(ARRAY[1, 1000, 10000, 100000, 1000000]) t WHERE fine >= t)
          || array(SELECT 'g:' || t FROM unnest(ARRAY[1000, 10000, 100000, 1000000]) t WHERE fine <= t)
        ) x ORDER BY x)
    $$;

    CREATE TABLE search_entries (
      id uuid PRIMARY KEY,
      decided_on date NOT NULL,
      agency_credit_code text NOT NULL,
      agency_name text NOT NULL,
      kind text NOT NULL,
      party_name text NOT NULL,
      party_credit_code text,
      doc_number text NOT NULL,
      title text NOT NULL,
      violation text,
      fine_amount numeric,
      region_code text,
      law_refs text[] NOT NULL,
      search_text text NOT NULL,
      keys text[] NOT NULL
    );
    ALTER TABLE search_entries ALTER COLUMN keys SET STATISTICS 1000;

    CREATE FUNCTION search_entries_upsert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM search_entries e USING changed n WHERE e.id = n.id AND n.status NOT IN ('published', 'corrected');
      INSERT INTO search_entries (id, decided_on, agency_credit_code, agency_name, kind, party_name, party_credit_code, doc_number, title,
                                  violation, fine_amount, region_code, law_refs, search_text, keys)
        SELECT n.id, n.decided_on, n.agency_credit_code, n.agency_name, n.kind, n.party_name, n.party_credit_code, n.doc_number, n.title,
               n.violation, n.fine_amount, n.region_code, r.refs, n.search_text,
               n.bigrams || search_tokens(r.refs, n.region_code, n.violation, n.fine_amount)
          FROM changed n CROSS JOIN LATERAL (SELECT search_law_refs(n.fields ->> 'CF_YJ') AS refs) r
         WHERE n.status IN ('published', 'corrected')
        ON CONFLICT (id) DO UPDATE SET decided_on = excluded.decided_on, agency_credit_code = excluded.agency_credit_code,
          agency_name = excluded.agency_name, kind = excluded.kind, party_name = excluded.party_name,
          party_credit_code = excluded.party_credit_code, doc_number = excluded.doc_number, title = excluded.title,
          violation = excluded.violation, fine_amount = excluded.fine_amount, region_code = excluded.region_code,
          law_refs = excluded.law_refs, search_text = excluded.search_text, keys = excluded.keys;
      RETURN NULL;
    END $$;
    CREATE FUNCTION search_entries_remove() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      DELETE FROM search_entries e USING gone o WHERE e.id = o.id;
      RETURN NULL;
    END $$;
    CREATE TRIGGER search_entries_insert AFTER INSERT ON public_decisions REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION search_entries_upsert();
    CREATE TRIGGER search_entries_update AFTER UPDATE ON public_decisions REFERENCING NEW TABLE AS changed
      FOR EACH STATEMENT EXECUTE FUNCTION search_entries_upsert();
    CREATE TRIGGER search_entries_delete AFTER DELETE ON public_decisions REFERENCING OLD TABLE AS gone
      FOR EACH STATEMENT EXECUTE FUNCTION search_entries_remove();

    -- the live decisions as they are, in date order (the order the probe reads them in)
    INSERT INTO search_entries (id, decided_on, agency_credit_code, agency_name, kind, party_name, party_credit_code, doc_number, title,
                                violation, fine_amount, region_code, law_refs, search_text, keys)
      SELECT n.id, n.decided_on, n.agency_credit_code, n.agency_name, n.kind, n.party_name, n.party_credit_code, n.doc_number, n.title,
             n.violation, n.fine_amount, n.region_code, r.refs, n.search_text,
             n.bigrams || search_tokens(r.refs, n.region_code, n.violation, n.fine_amount)
        FROM public_decisions n CROSS JOIN LATERAL (SELECT search_law_refs(n.fields ->> 'CF_YJ') AS refs) r
       WHERE n.status IN ('published', 'corrected')
       ORDER BY n.decided_on, n.id;
  `.execute(db);
  await createSearchEntryIndexes(db);
  await sql`ANALYZE search_entries`.execute(db);
}

/** The side table's indexes (also rebuilt by the bench after a bulk load). */
export async function createSearchEntryIndexes(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX search_entries_keys ON search_entries USING gin (keys);
    CREATE INDEX search_entries_date ON search_entries(decided_on DESC, id DESC);
    CREATE INDEX search_entries_agency ON search_entries(agency_credit_code, decided_on DESC, id DESC);
    CREATE INDEX search_entries_kind ON search_entries(kind, decided_on DESC, id DESC);
    CREATE INDEX search_entries_party_credit ON search_entries(party_credit_code) WHERE party_credit_code IS NOT NULL;
  `.execute(db);
}
