import type { Kysely } from 'kysely';
import { canonicalJson, publicationEventHash } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Findings } from './verify-report.ts';
import { loadCaseFacts, redactionContext } from '../publications/publication.source.ts';
import { versionStillDerives } from '../publications/publication.version.ts';
import {
  localPublicDecisionsWithLatestText,
  publicationActsInOrder,
  publishedVersionsWithRecord,
} from '../publications/publication.records.ts';

/**
 * 公示 records (R-PUB-4, R-PUB-5): every act's hash recomputed; every published version re-derived
 * from its recorded original, rules and marks (a hand-edited text is named); the 决定书 text it was
 * derived from still equals the document as served; and the portal shows exactly the latest version.
 */
export async function verifyPublications(db: Kysely<Database>, f: Findings): Promise<{ acts: number; versions: number }> {
  const events = await publicationActsInOrder(db);
  for (const e of events) {
    const hash = publicationEventHash({
      type: 'publication',
      agencyId: e.agency_id,
      publicationId: e.publication_id,
      seq: e.seq,
      kind: e.kind,
      actorId: e.actor_id,
      at: e.at.toISOString(),
      details: e.details,
    });
    if (!hash.equals(e.hash))
      f.add(
        'publication-act',
        `publication_events.id=${e.id}`,
        `公示记录 ${e.publication_id} 的第 ${e.seq} 项操作（${e.kind}）与其哈希不符：该记录被改动`,
      );
  }
  // the marks (manual and 请确认 decisions) each version was published with, as its act sealed them
  const sealed = new Map<string, unknown>();
  for (const e of events) {
    const d = e.details as { version?: number; marks?: unknown };
    if ((e.kind === 'published' || e.kind === 'corrected') && typeof d.version === 'number')
      if (d.marks !== undefined) sealed.set(`${e.publication_id}/${d.version}`, d.marks);
  }
  const versions = await publishedVersionsWithRecord(db);
  const contexts = new Map<string, ReturnType<typeof redactionContext> | null>();
  for (const v of versions) {
    const where = `公示 ${v.doc_number} 第 ${v.version} 版`;
    const key = `${v.case_id}/${v.event_seq}`;
    if (!contexts.has(key)) {
      const facts = await loadCaseFacts(db, v.case_id);
      contexts.set(key, facts ? redactionContext(facts, v.event_seq) : null);
    }
    const context = contexts.get(key);
    const stored = v.marks as { body?: unknown[]; fields?: Record<string, unknown[]> };
    const marks = stored.body ?? [];
    if (
      !context ||
      !versionStillDerives({ original_text: v.original_text, published_text: v.published_text, marks, rule_set: v.rule_set }, context)
    ) {
      f.add('publication-text', where, `${where}的公示文本不能由记录的原文、规则和人工标注重新生成：公示文本被改动`);
    }
    const act = sealed.get(`${v.publication_id}/${v.version}`);
    const fields = Object.fromEntries(Object.entries(stored.fields ?? {}).filter(([, ms]) => ms.length));
    if (act !== undefined && canonicalJson(act) !== canonicalJson({ body: marks, fields }))
      f.add('publication-marks', where, `${where}记录的人工标注和确认与其公示操作所记不符：标注被改动`);
  }
  const views = await localPublicDecisionsWithLatestText(db);
  for (const d of views) {
    const expected = d.status === 'withdrawn' ? null : d.published_text;
    if (d.body !== expected)
      f.add('publication-view', `public_decisions ${d.doc_number}`, `公示平台上 ${d.doc_number} 的全文与其公示记录不符：页面内容被改动`);
  }
  return { acts: events.length, versions: versions.length };
}
