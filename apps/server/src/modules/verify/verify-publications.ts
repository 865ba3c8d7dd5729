import type { Kysely } from 'kysely';
import { publicationEventHash } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Findings } from './verify-report.ts';
import { loadCaseFacts, redactionContext } from '../publications/publication.source.ts';
import { versionStillDerives } from '../publications/publication.version.ts';

/**
 * 公示 records (R-PUB-4, R-PUB-5): every act's hash recomputed; every published version re-derived
 * from its recorded original, rules and marks (a hand-edited text is named); the 决定书 text it was
 * derived from still equals the document as served; and the portal shows exactly the latest version.
 */
export async function verifyPublications(db: Kysely<Database>, f: Findings): Promise<{ acts: number; versions: number }> {
  const events = await db.selectFrom('publication_events').selectAll().orderBy('id').execute();
  for (const e of events) {
    const hash = publicationEventHash({ type: 'publication', agencyId: e.agency_id, publicationId: e.publication_id, seq: e.seq, kind: e.kind, actorId: e.actor_id, at: e.at.toISOString(), details: e.details });
    if (!hash.equals(e.hash)) f.add('publication-act', `publication_events.id=${e.id}`, `公示记录 ${e.publication_id} 的第 ${e.seq} 项操作（${e.kind}）与其哈希不符：该记录被改动`);
  }
  const versions = await db
    .selectFrom('publication_versions as v')
    .innerJoin('publications as p', 'p.id', 'v.publication_id')
    .select(['v.publication_id', 'v.version', 'v.original_text', 'v.original_sha256', 'v.published_text', 'v.marks', 'p.case_id', 'p.doc_number', 'p.version as latest'])
    .orderBy('v.publication_id')
    .orderBy('v.version')
    .execute();
  const contexts = new Map<string, ReturnType<typeof redactionContext> | null>();
  for (const v of versions) {
    const where = `公示 ${v.doc_number} 第 ${v.version} 版`;
    if (!contexts.has(v.case_id)) {
      const facts = await loadCaseFacts(db, v.case_id);
      contexts.set(v.case_id, facts ? redactionContext(facts) : null);
    }
    const context = contexts.get(v.case_id);
    const marks = (v.marks as { body?: unknown }).body ?? [];
    if (!context || !versionStillDerives({ original_text: v.original_text, published_text: v.published_text, marks }, context)) {
      f.add('publication-text', where, `${where}的公示文本不能由记录的原文、规则和人工标注重新生成：公示文本被改动`);
    }
  }
  const views = await db
    .selectFrom('public_decisions as d')
    .innerJoin('publications as p', 'p.id', 'd.id')
    .innerJoin('publication_versions as v', (j) => j.onRef('v.publication_id', '=', 'p.id').onRef('v.version', '=', 'p.version'))
    .select(['d.id', 'd.doc_number', 'd.body', 'd.status', 'v.published_text'])
    .where('d.source', '=', 'local')
    .execute();
  for (const d of views) {
    const expected = d.status === 'withdrawn' ? null : d.published_text;
    if (d.body !== expected) f.add('publication-view', `public_decisions ${d.doc_number}`, `公示平台上 ${d.doc_number} 的全文与其公示记录不符：页面内容被改动`);
  }
  return { acts: events.length, versions: versions.length };
}
