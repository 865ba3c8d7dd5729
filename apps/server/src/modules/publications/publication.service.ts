import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import {
  DomainError,
  PROCEDURES,
  RULE_PACKS,
  actReason,
  assertPublicationAct,
  chinaDate,
  correctionDue,
  findRulePack,
  getProcedure,
  publicUntil,
  publicationDue,
  publicationRequired,
  publicationRulesFor,
  publicationEventHash,
  type EnforcementKind,
  type PublicationAct,
  type PublicationState,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database, PublicationsTable } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { decisionDocNumber, draftOf, loadCaseFacts, servingDocument } from './publication.source.ts';
import { assertAllConfirmed, deriveVersion, type DerivedVersion, type VersionInput } from './publication.version.ts';
import { projectPublic } from './publication.project.ts';
import { takenSteps } from '../cases/case.reads.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * 事后公开 (R-PUB-3) and its corrections (R-PUB-5): a publication record is created for each
 * 执法决定 with its legal deadline; the 公示管理员 approves it (or the agency publishes
 * automatically); later acts correct, withdraw, expire or stop it. Every act is an append-only,
 * hashed entry of the agency's ledger and updates the portal's read model in the same transaction.
 */
export interface PublicationDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
  /** R-X-6: the upward outbox, written in the act's transaction (set when exchange is configured) */
  onPublicChange?: ((tx: Transaction<Database>, publicationId: string, act: PublicationAct) => Promise<void>) | undefined;
}

type Row = Selectable<PublicationsTable>;

/** (procedure, step) pairs whose taking is a decision to publish */
const PUBLISHING = PROCEDURES.flatMap((def) => def.steps.filter((s) => s.publish).map((s) => [def.code, s.code] as const));

export function packOf(id: string) {
  const pack = findRulePack(RULE_PACKS, id);
  if (!pack) throw new Error(`rule pack ${id} is missing from this build`);
  return pack;
}

/**
 * Creates the publication records of a case's decisions that have none yet (idempotent: one per
 * decision entry). Called right after a publishing step and by the sweep, so a record is never
 * missed even if the process stops in between.
 */
export async function ensurePublications(deps: PublicationDeps, caseId: string): Promise<string[]> {
  const created = await deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`publications:${caseId}`}))`.execute(tx);
    const facts = await loadCaseFacts(tx, caseId);
    if (!facts || !facts.decisions.length) return [];
    const have = new Set(
      (await tx.selectFrom('publications').select('event_seq').where('case_id', '=', caseId).execute()).map((r) => r.event_seq),
    );
    const ids: string[] = [];
    for (const d of facts.decisions) {
      if (have.has(d.seq)) continue;
      const decidedOn = chinaDate(d.on);
      // the 文号 of the document that served the decision, read in this transaction; the 案号 until
      // it is issued (settled by settleDocNumbers when it is, and again when the record is published)
      const docNumber = await decisionDocNumber(tx, facts, d);
      const draft = draftOf(facts, d, decidedOn, docNumber);
      const rules = publicationRulesFor(facts.field);
      // a decision its sector does not publish gets no record (市场监管 公示规定 §2: 普通程序 only, not 警告 only)
      if (!publicationRequired(draft, rules).required) continue;
      // the sector's own time limit where it has one (市场监管 公示规定 §9)
      const due = publicationDue(draft.kind, decidedOn, packOf(facts.rulePackId), deps.calendar(), rules);
      const id = randomUUID();
      const now = deps.clock.now();
      await tx
        .insertInto('publications')
        .values({
          id,
          agency_id: facts.agency.id,
          case_id: caseId,
          event_seq: d.seq,
          kind: draft.kind,
          procedure_code: facts.procedureCode,
          step_code: d.step,
          doc_number: docNumber,
          decided_on: decidedOn,
          due_on: due.dueOn,
          full_text_document: draft.fullTextDocument,
          draft: JSON.stringify({ title: draft.title, conclusion: draft.conclusion, fieldSet: draft.fieldSet }),
          state: 'pending',
          created_at: now,
          updated_at: now,
        })
        .execute();
      await appendAct(tx, { id, agency_id: facts.agency.id, last_event_seq: 0 }, 'created', null, now, {
        caseId,
        eventSeq: d.seq,
        decidedOn,
        dueOn: due.dueOn,
        limit: due.limit,
        basis: due.basis,
      });
      ids.push(id);
    }
    return ids;
  });
  for (const id of created) await tryAutoPublish(deps, id);
  return created;
}

/**
 * Publishes a pending record by itself when its agency chose automatic publication and nothing is
 * missing. It waits for the document that serves the decision (准予行政许可决定书 …) when its step
 * names one: the record goes out under that document's 文号 (issue 20 item 2), not the 案号.
 */
export async function tryAutoPublish(deps: PublicationDeps, id: string): Promise<boolean> {
  const p = await deps.db
    .selectFrom('publications as p')
    .leftJoin('publication_settings as s', 's.agency_id', 'p.agency_id')
    .select(['p.state', 's.auto_publish', 'p.case_id', 'p.event_seq'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!p || p.state !== 'pending' || !p.auto_publish) return false;
  const facts = await loadCaseFacts(deps.db, p.case_id);
  const decision = facts?.decisions.find((d) => d.seq === p.event_seq);
  if (facts && decision) {
    const serving = await servingDocument(deps.db, facts, decision);
    if (serving.kinds.length && !serving.issued) return false;
  }
  try {
    await publish(deps, 'system', id, {});
    return true;
  } catch (e) {
    // e.g. the 决定书 is not issued yet: it stays in the publisher's queue
    if (e instanceof DomainError) return false;
    throw e;
  }
}

/**
 * The records of a case not yet published take the 文号 of the documents issued since they were
 * made (decisionDocNumber): a record is made with its decision step, before the 决定书 is issued.
 * Once published a record keeps its 文号 (it is the decision's public key, pushed upward).
 */
export async function settleDocNumbers(deps: Pick<PublicationDeps, 'db'>, caseId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`publications:${caseId}`}))`.execute(tx);
    const pending = await tx
      .selectFrom('publications')
      .select(['id', 'event_seq', 'doc_number'])
      .where('case_id', '=', caseId)
      .where('version', '=', 0)
      .forUpdate()
      .execute();
    if (!pending.length) return;
    const facts = await loadCaseFacts(tx, caseId);
    for (const p of pending) {
      const d = facts?.decisions.find((x) => x.seq === p.event_seq);
      if (!facts || !d) continue;
      const docNumber = await decisionDocNumber(tx, facts, d);
      if (docNumber !== p.doc_number) await tx.updateTable('publications').set({ doc_number: docNumber }).where('id', '=', p.id).execute();
    }
  });
}

/**
 * After a document is issued: the case's unpublished records take its 文号, and a publication
 * waiting for it (its full text, its 文号) may go out automatically.
 */
export async function onDocumentIssued(deps: PublicationDeps, caseId: string): Promise<void> {
  // most documents are issued before the case has any record to publish (告知书, 笔录 …): one look, then
  // nothing. A record is made right after its decision step, before that step is answered, and the
  // document that serves a decision is issued only after the decision (决定书: the database refuses it
  // before), so a record this look misses serves no document issued now; publishing settles again.
  const records = await deps.db.selectFrom('publications').select(['id', 'state', 'version']).where('case_id', '=', caseId).execute();
  if (records.some((r) => r.version === 0)) await settleDocNumbers(deps, caseId);
  for (const r of records) if (r.state === 'pending') await tryAutoPublish(deps, r.id);
}

/** The record, locked for an act, if the access rules let the actor act on it (publication.act: the agency that made the decision). */
export async function lockPublication(tx: Transaction<Database>, actor: Actor | 'system', id: string): Promise<Row> {
  const p = (await tx.selectFrom('publications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst()) as Row | undefined;
  if (actor !== 'system') authorize(actor, 'publication.act', { agencyId: p?.agency_id });
  if (!p) throw new DomainError('NOT_FOUND', '公示记录不存在');
  return p;
}

/** Refuses an act the record's state or the actor's roles do not allow. */
export function check(act: PublicationAct, p: Row, actor: Actor | 'system') {
  assertPublicationAct(act, p.state as PublicationState, actor === 'system' ? 'system' : actor.roles);
}

const actorId = (actor: Actor | 'system') => (actor === 'system' ? null : actor.userId);

export async function appendAct(
  tx: Transaction<Database>,
  p: { id: string; agency_id: string; last_event_seq: number },
  kind: string,
  actor: string | null,
  at: Date,
  details: Record<string, unknown>,
): Promise<number> {
  const seq = p.last_event_seq + 1;
  const hash = publicationEventHash({
    type: 'publication',
    agencyId: p.agency_id,
    publicationId: p.id,
    seq,
    kind,
    actorId: actor,
    at: at.toISOString(),
    details,
  });
  await tx
    .insertInto('publication_events')
    .values({ agency_id: p.agency_id, publication_id: p.id, seq, kind, actor_id: actor, at, details: JSON.stringify(details), hash })
    .execute();
  await tx.updateTable('publications').set({ last_event_seq: seq, updated_at: at }).where('id', '=', p.id).execute();
  return seq;
}

async function writeVersion(tx: Transaction<Database>, p: Row, actor: Actor | 'system', input: VersionInput, reason: string, at: Date) {
  const v = await deriveVersion(tx, p, input);
  // 请确认: nothing goes public while a span the engine was unsure of is undecided (an automatic
  // publication is refused here too and stays in the publisher's queue)
  assertAllConfirmed(v);
  const version = p.version + 1;
  await tx
    .insertInto('publication_versions')
    .values({
      publication_id: p.id,
      version,
      fields: JSON.stringify(v.fields),
      document_id: v.document?.id ?? null,
      original_text: v.document?.text ?? null,
      original_sha256: v.document?.sha256 ?? null,
      published_text: v.publishedText,
      rule_set: JSON.stringify(v.ruleSet),
      marks: JSON.stringify({ body: input.marks ?? [], fields: input.fieldMarks ?? {}, corrections: input.fieldCorrections ?? {} }),
      redactions: JSON.stringify({ body: v.redactions, fields: v.fieldRedactions }),
      reason,
      approved_by: actorId(actor),
      approved_at: at,
    })
    .execute();
  return { version, derived: v };
}

/**
 * The marks a version is derived with — manual marks and the 公示管理员's 请确认 decisions (offsets,
 * reason, confirm; never the text) — in the act's hashed details, so the ledger seals them with the
 * act; `sanxiang verify` compares them with the version's stored marks (acts written before marks
 * were sealed have none and are not compared).
 */
export function marksOfAct(input: VersionInput): { marks: { body: unknown[]; fields: Record<string, unknown[]> } } {
  const fields = Object.fromEntries(
    Object.entries(input.fieldMarks ?? {})
      .filter(([, ms]) => ms.length)
      .map(([code, ms]) => [code, [...ms]]),
  );
  return { marks: { body: [...(input.marks ?? [])], fields } };
}

/** The public headline, facts and conclusion of a version (redacted), kept with the act for the read model. */
function publicSummary(v: DerivedVersion) {
  return { title: v.title, facts: v.factsText, conclusion: v.conclusion, violation: v.draft.violation };
}

/** 公示: the first version goes public (the 公示管理员's approval, or automatic). */
export async function publish(deps: PublicationDeps, actor: Actor | 'system', id: string, input: VersionInput): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const p = await lockPublication(tx, actor, id);
    check('publish', p, actor);
    const at = deps.clock.now();
    const today = chinaDate(at);
    const { version, derived } = await writeVersion(tx, p, actor, input, actor === 'system' ? '自动公示' : '审核通过，予以公示', at);
    const until = publicUntil(derived.draft, derived.facts.party.kind, today, publicationRulesFor(derived.facts.field));
    // the 文号 the version was derived with (the served 决定书's), fixed from now on
    await tx
      .updateTable('publications')
      .set({ state: 'published', version, published_on: today, public_until: until.until, doc_number: derived.docNumber })
      .where('id', '=', id)
      .execute();
    await appendAct(tx, p, 'published', actorId(actor), at, {
      version,
      // the 文号 it goes public under (the served 决定书's), sealed with the act
      docNumber: derived.docNumber,
      automatic: actor === 'system',
      late: today > p.due_on,
      dueOn: p.due_on,
      publicUntil: until.until,
      period: until.period,
      documentSha256: derived.document?.sha256 ?? null,
      ...marksOfAct(input),
      public: publicSummary(derived),
    });
    await projectPublic(tx, id, at);
    await deps.onPublicChange?.(tx, id, 'publish');
  });
}

/** 更正 (R-PUB-5): a new version from the current record with new marks or named item corrections; the old stays on record. */
export async function correct(
  deps: PublicationDeps,
  actor: Actor,
  id: string,
  input: VersionInput & { reason?: string; foundOn?: string | undefined },
): Promise<void> {
  const reason = actReason(input.reason, '更正');
  await deps.db.transaction().execute(async (tx) => {
    const p = await lockPublication(tx, actor, id);
    check('correct', p, actor);
    const at = deps.clock.now();
    const today = chinaDate(at);
    const foundOn = input.foundOn ?? today;
    if (foundOn > today) throw new DomainError('VALIDATION_FAILED', '发现错误的日期不能晚于今天');
    const facts = await loadCaseFacts(tx, p.case_id);
    const due = correctionDue(foundOn, packOf(facts!.rulePackId), deps.calendar());
    const { version, derived } = await writeVersion(tx, p, actor, input, reason, at);
    await tx.updateTable('publications').set({ version }).where('id', '=', id).execute();
    await appendAct(tx, p, 'corrected', actor.userId, at, {
      version,
      reason,
      foundOn,
      dueOn: due,
      late: today > due,
      corrected: Object.keys(input.fieldCorrections ?? {}),
      ...marksOfAct(input),
      public: publicSummary(derived),
    });
    await projectPublic(tx, id, at);
    await deps.onPublicChange?.(tx, id, 'correct');
  });
}

/**
 * The sweep: creates records for decisions that have none (a step taken while the process
 * stopped) and ends publications past their 公示截止期. Run by the worker every minute and at start.
 */
export async function sweepPublications(deps: PublicationDeps): Promise<{ created: number; expired: number }> {
  let created = 0;
  if (PUBLISHING.length) {
    const pairs = sql.join(PUBLISHING.map(([proc, step]) => sql`(${proc}, ${step})`));
    const missing = await sql<{ case_id: string }>`
      SELECT DISTINCT e.case_id FROM ${takenSteps(deps.db, 'all').as('e')}
       WHERE (e.procedure_code, e.step) IN (${pairs})
         AND NOT EXISTS (SELECT 1 FROM publications p WHERE p.case_id = e.case_id AND p.event_seq = e.seq)`.execute(deps.db);
    for (const m of missing.rows) created += (await ensurePublications(deps, m.case_id)).length;
  }
  const today = chinaDate(deps.clock.now());
  const due = await deps.db
    .selectFrom('publications')
    .select('id')
    .where('state', '=', 'published')
    .where('public_until', '<', today)
    .execute();
  for (const d of due) {
    await deps.db.transaction().execute(async (tx) => {
      const p = await lockPublication(tx, 'system', d.id);
      if (p.state !== 'published') return;
      const at = deps.clock.now();
      await tx.updateTable('publications').set({ state: 'expired' }).where('id', '=', p.id).execute();
      await appendAct(tx, p, 'expired', null, at, { publicUntil: p.public_until });
      await projectPublic(tx, p.id, at);
      await deps.onPublicChange?.(tx, p.id, 'expire');
    });
  }
  return { created, expired: due.length };
}

/** The 执法行为 kind of a procedure (for callers that only know the code). */
export function kindOfProcedure(code: string): EnforcementKind | null {
  return getProcedure(code)?.kind ?? null;
}

export async function setAutoPublish(deps: PublicationDeps, actor: Actor, agencyId: string, auto: boolean): Promise<void> {
  authorize(actor, 'publication-settings.update', { agencyId: agencyId });
  const now = deps.clock.now();
  await deps.db
    .insertInto('publication_settings')
    .values({ agency_id: agencyId, auto_publish: auto, updated_by: actor.userId, updated_at: now })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ auto_publish: auto, updated_by: actor.userId, updated_at: now }))
    .execute();
}
