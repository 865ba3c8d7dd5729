/**
 * Fills the search benchmark's database: reuses the records an earlier run kept, or bulk-loads N
 * generated records without the search indexes and then builds them (as a first import would);
 * either way returns a sample of the stored records for the query mix.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../apps/server/src/db/schema.ts';
import { fmt } from './lib/stats.ts';
import { rng } from './lib/rng.ts';
import { BATCH, FULL_TEXT, N } from './search.config.ts';
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

/** Loads (or reuses) the records; returns the samples and the set-up's report line. */
export async function loadRecords(db: Kysely<Database>, targetKind: string): Promise<{ samples: Sample[]; lines: string[] }> {
  const lines: string[] = [];
  const have = Number((await sql<{ n: string }>`SELECT count(*) AS n FROM public_decisions`.execute(db)).rows[0]!.n);
  const r = rng(20261123);
  const ag = agencies(r);
  const samples: Sample[] = [];
  if (have >= N) {
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
    await sql`DROP INDEX public_decisions_bigrams; DROP INDEX public_decisions_live_date; DROP INDEX public_decisions_agency; DROP INDEX public_decisions_decided; DROP INDEX public_decisions_party_credit; DROP INDEX public_decisions_doc_number; DROP INDEX public_decisions_kind_date`.execute(
      db,
    );
    const t0 = performance.now();
    const inFlight: Promise<unknown>[] = [];
    for (let i0 = 0; i0 < N; i0 += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, N - i0) }, (_, k) => record(i0 + k, r, ag));
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
    const loadSecs = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    await sql`SET maintenance_work_mem = '1GB'`.execute(db);
    await sql`CREATE INDEX public_decisions_bigrams ON public_decisions USING gin (bigrams) WHERE status IN ('published', 'corrected')`.execute(
      db,
    );
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
    await sql`VACUUM ANALYZE public_decisions`.execute(db);
    const indexSecs = (performance.now() - t1) / 1000;
    const size = await sql<{
      t: string;
      g: string;
    }>`SELECT pg_size_pretty(pg_total_relation_size('public_decisions')) AS t, pg_size_pretty(pg_relation_size('public_decisions_bigrams')) AS g`.execute(
      db,
    );
    lines.push(
      `setup: ${fmt(N, 0)} publication records (${fmt(FULL_TEXT, 0)} with full text) loaded in ${fmt(loadSecs, 0)} s, indexes built in ${fmt(indexSecs, 0)} s; table ${size.rows[0]!.t}, bigram index ${size.rows[0]!.g} [${targetKind}]`,
    );
  }
  return { samples, lines };
}
