/**
 * Fills the search benchmark's database: reuses the records an earlier run kept, or bulk-loads N
 * generated records without the search indexes and then builds them (as a first import would);
 * either way returns a sample of the stored records for the query mix.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../apps/server/src/db/schema.ts';
import { createSearchEntryIndexes } from '../apps/server/src/db/migrations/0052_search_entries.ts';
import { fmt } from './lib/stats.ts';
import { rng } from './lib/rng.ts';
import { BATCH, N } from './search.config.ts';
import { agencies, record } from './search.records.ts';

/** A stored record the queries are drawn from. */
export interface Sample {
  facts: string;
  party: string;
  credit: string | null;
  doc: string;
  agency: string;
  key: [string, string];
}

const arrayLiteral = (xs: string[]) => `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;

/**
 * Loads (or reuses) the records; returns the samples and the set-up's report line.
 * `copies` > 1 (the abuse bench, on a busy machine): only n / copies records are generated (the
 * generator's record numbers 0, copies, 2·copies …, so a tenth keep their full text as with
 * copies = 1), and PostgreSQL copies each of them copies − 1 times with a new id, a 文号 of the
 * numbers in between (search text and bigrams extended to it) and the date moved on by k × 293
 * days within 2019–2026. Generating in Node and computing bigrams is the slow part of a load.
 */
export async function loadRecords(
  db: Kysely<Database>,
  targetKind: string,
  opts: { n?: number; copies?: number } = {},
): Promise<{ samples: Sample[]; lines: string[] }> {
  const total = opts.n ?? N;
  const copies = Math.max(1, opts.copies ?? 1);
  const lines: string[] = [];
  const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM public_decisions`.execute(db)).rows[0]!.n);
  const r = rng(20261123);
  const ag = agencies(r);
  const samples: Sample[] = [];
  if (have >= total) {
    const rows = await sql<{
      facts: string;
      party_name: string;
      party_credit_code: string | null;
      doc_number: string;
      agency_credit_code: string;
    }>`
        SELECT facts, party_name, party_credit_code, doc_number, agency_credit_code FROM public_decisions TABLESAMPLE SYSTEM (0.1) LIMIT 500`.execute(
      db,
    );
    for (const x of rows.rows)
      samples.push({
        facts: x.facts,
        party: x.party_name,
        credit: x.party_credit_code,
        doc: x.doc_number,
        agency: x.agency_credit_code,
        key: [x.agency_credit_code, x.doc_number],
      });
    lines.push(`setup: reusing ${fmt(have, 0)} records already loaded [${targetKind}]`);
  } else {
    // bulk load without the search indexes, then build them (as a first import would)
    await sql`DROP INDEX public_decisions_live_date; DROP INDEX public_decisions_agency; DROP INDEX public_decisions_decided; DROP INDEX public_decisions_party_credit; DROP INDEX public_decisions_doc_number; DROP INDEX public_decisions_kind_date;
              DROP INDEX search_entries_keys; DROP INDEX search_entries_date; DROP INDEX search_entries_agency; DROP INDEX search_entries_kind; DROP INDEX search_entries_party_credit`.execute(
      db,
    );
    const t0 = performance.now();
    const inFlight: Promise<unknown>[] = [];
    const seeds = Math.ceil(total / copies);
    for (let i0 = 0; i0 < seeds; i0 += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, seeds - i0) }, (_, k) => record((i0 + k) * copies, r, ag));
      for (const x of rows)
        if (r(2000) === 0)
          samples.push({
            facts: x.facts,
            party: x.partyName,
            credit: x.partyCreditCode,
            doc: x.docNumber,
            agency: x.agency.creditCode,
            key: [x.agency.creditCode, x.docNumber],
          });
      const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((x) => x[k]);
      const q =
        sql`INSERT INTO public_decisions (id, key, source, agency_name, agency_credit_code, kind, doc_number, title, party_name, party_credit_code, violation, facts, conclusion, fine_amount, decided_on,
                  published_at, status, version, history, field_set, fields, body, updated_at, search_text, bigrams)
        SELECT id, key, 'local', an, ac, kd, dn, tt, pn, pc, vi, fa, co, fi, dd, dd::timestamptz + interval '3 days', 'published', 1, '[]'::jsonb, 'penalty',
               jsonb_build_object('CF_XDR_MC', pn, 'CF_WSH', dn, 'CF_WFXW', vi, 'CF_SY', fa, 'CF_NR', co, 'CF_JDRQ', dd, 'CF_CFJG', an, 'CF_CFJGDM', ac), bo, now(), st, bg::text[]
          FROM unnest(${col('id')}::uuid[], ${col('key')}::text[], ${rows.map((x) => x.agency.name)}::text[], ${rows.map((x) => x.agency.creditCode)}::text[], ${col('kind')}::text[], ${col('docNumber')}::text[],
                      ${col('title')}::text[], ${col('partyName')}::text[], ${col('partyCreditCode')}::text[], ${col('violation')}::text[], ${col('facts')}::text[], ${col('conclusion')}::text[],
                      ${col('fine')}::numeric[], ${col('decidedOn')}::date[], ${col('body')}::text[], ${col('search_text')}::text[], ${rows.map((x) => arrayLiteral(x.bigrams))}::text[])
               AS t(id, key, an, ac, kd, dn, tt, pn, pc, vi, fa, co, fi, dd, bo, st, bg)`.execute(db);
      inFlight.push(q);
      if (inFlight.length >= 3) await inFlight.shift();
    }
    await Promise.all(inFlight);
    for (let k = 1; k < copies; k++) await copyRecords(db, k, copies);
    const loadSecs = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await buildIndexes(db);
    const indexSecs = (performance.now() - t1) / 1000;
    const size = await sql<{
      t: string;
      g: string;
      e: string;
    }>`SELECT pg_size_pretty(pg_total_relation_size('public_decisions')) AS t, pg_size_pretty(pg_total_relation_size('search_entries')) AS e,
              pg_size_pretty(pg_relation_size('search_entries_keys')) AS g`.execute(db);
    lines.push(
      `setup: ${fmt(total, 0)} publication records (${fmt(Math.round(total / 10), 0)} with full text${copies > 1 ? `; ${fmt(seeds, 0)} generated, each copied ${copies - 1} times by PostgreSQL` : ''}) loaded in ${fmt(loadSecs, 0)} s, indexes built in ${fmt(indexSecs, 0)} s; table ${size.rows[0]!.t}, search table ${size.rows[0]!.e} with its key index ${size.rows[0]!.g} [${targetKind}]`,
    );
  }
  return { samples, lines };
}

/**
 * The k-th copy of every generated record (see loadRecords): a new id, the 文号 number + k, the date
 * k × 293 days on; the bigrams gain those of the 文号's end (its number changed; a repeated bigram
 * in the array is one key in the index).
 */
export async function copyRecords(db: Kysely<Database>, k: number, copies: number): Promise<void> {
  await sql`INSERT INTO public_decisions (id, key, source, agency_name, agency_credit_code, kind, doc_number, title, party_name, party_credit_code, violation, facts, conclusion, fine_amount, decided_on,
                  published_at, status, version, history, field_set, fields, body, updated_at, search_text, bigrams)
      SELECT gen_random_uuid(), d.agency_credit_code || '/' || n.doc, source, agency_name, agency_credit_code, kind, n.doc, title, party_name, party_credit_code, violation, facts, conclusion,
             fine_amount, n.day, n.day::timestamptz + interval '3 days', status, version, history, field_set, fields || jsonb_build_object('CF_WSH', n.doc, 'CF_JDRQ', n.day), body, now(),
             replace(search_text, lower(d.doc_number), lower(n.doc)),
             d.bigrams || array(SELECT lower(substr(n.doc, g, 2)) FROM generate_series(length(n.doc) - 4, length(n.doc) - 1) g)
        FROM public_decisions d,
             LATERAL (SELECT regexp_replace(d.doc_number, '〕[0-9]+号$', '〕' || ((substring(d.doc_number FROM '〕([0-9]+)号$'))::int + ${k}) || '号') AS doc,
                             date '2019-01-01' + ((d.decided_on - date '2019-01-01') + ${k} * 293) % 2920 AS day) n
       WHERE (substring(d.doc_number FROM '〕([0-9]+)号$'))::int % ${copies} = 0`.execute(db);
}

/** The search indexes, built after a bulk load (as a first import would), and the statistics. */
export async function buildIndexes(db: Kysely<Database>): Promise<void> {
  await sql`SET maintenance_work_mem = '1GB'`.execute(db);
  await sql`CREATE INDEX public_decisions_live_date ON public_decisions(decided_on DESC, id DESC) WHERE status IN ('published', 'corrected')`.execute(
    db,
  );
  await sql`CREATE INDEX public_decisions_agency ON public_decisions(agency_credit_code, decided_on DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX public_decisions_decided ON public_decisions(decided_on DESC, id)`.execute(db);
  await sql`CREATE INDEX public_decisions_party_credit ON public_decisions(party_credit_code) WHERE party_credit_code IS NOT NULL`.execute(
    db,
  );
  await sql`CREATE INDEX public_decisions_doc_number ON public_decisions(doc_number)`.execute(db);
  await sql`CREATE INDEX public_decisions_kind_date ON public_decisions(kind, decided_on DESC, id DESC) WHERE status IN ('published', 'corrected')`.execute(
    db,
  );
  // the search's table in date order, as migration 0052's backfill writes it (and publications, arriving in date order, keep it)
  await createSearchEntryIndexes(db as Kysely<unknown>);
  await sql`CLUSTER search_entries USING search_entries_date`.execute(db);
  await sql`VACUUM ANALYZE public_decisions`.execute(db);
  await sql`VACUUM ANALYZE search_entries`.execute(db);
}
