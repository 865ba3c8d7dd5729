import { randomUUID, sign } from 'node:crypto';
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import {
  DomainError,
  buildDocument,
  checkDocumentIssue,
  chinaDate,
  documentContentSha256,
  documentWord,
  formatDocumentNumber,
  getProcedure,
  type DocumentContext,
  type DocumentModel,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import type { Actor } from '../../http/actor.ts';
import { appendCaseRecord } from '../cases/case.records.ts';
import { caseHeader, caseLogEntries, casesWithParty, officerAssignments, takenSteps } from '../cases/case.reads.ts';
import { actorView, engineViewOf } from '../cases/case.service.ts';
import type { DocumentSeal } from './render/index.ts';
import { scheduleRender } from './document.render.ts';
import { currentSealImageSha256 } from '../seal/seal.service.ts';
import { agencyIdentitiesSubquery, agencyNumberingSubquery, regionNamesSubquery } from '../org/org.queries.ts';
import { documentsOfCase, documentsWithFiles } from './document.queries.ts';
import { documentAgencySettings } from './document-settings.service.ts';
import { evidenceOfCaseSubquery } from '../evidence/evidence.queries.ts';
import { userNamesSubquery, validCertificateNumbersSubquery } from '../people/people.queries.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * Issuing a 执法文书 (R-REC-2): the template is filled from the case, the content (the model's
 * canonical JSON) is hashed and sealed with the agency's key, PDF and Word are rendered from the
 * same model with the seal shown on them, both files are stored by content and the whole is
 * entered in the case's record in one transaction.
 */
export interface DocumentDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: KeyStore;
  blobs: BlobStore;
  /** told after a document is filed (e.g. a 决定书 a full-text publication waits for) */
  onIssued?: ((caseId: string, kind: string) => Promise<void>) | undefined;
}

/**
 * What issuing a document asks of the modules above documents, handed in by app.ts: the steps that
 * are decisions behind legal review (review's decisionStepsSubquery, joined in one statement) and
 * the party's access codes printed on a 告知书 (party/party-access.ts). Required: a 决定书 is never
 * issued without the decision check, nor a 告知书 without its code.
 */
export interface IssueDeps extends DocumentDeps {
  /** the portal's address printed with a party's access code (SANXIANG_PUBLIC_URL; never a request's Host) */
  portalUrl: string;
  decisionSteps: (db: Kysely<Database>) => SelectQueryBuilder<Database, keyof Database, { procedure_code: string; step_code: string }>;
  accessCodes: {
    /** the 告知书 kinds that carry the code */
    noticeKinds: ReadonlySet<string>;
    newCode: () => string;
    /** files the code of a newly issued 告知书 in the document's transaction */
    record: (
      tx: Transaction<Database>,
      a: { agencyId: string; caseId: string; documentId: string; code: string; issuedBy: string; at: Date },
    ) => Promise<string>;
  };
}

export interface DocumentView {
  id: string;
  caseId: string;
  kind: string;
  title: string;
  /** 文书编号 of a kind numbered on its own (null for a form) */
  number: string | null;
  contentSha256: string;
  /** null until the PDF and Word are rendered (shortly after filing; a download waits for them) */
  pdfSha256: string | null;
  docxSha256: string | null;
  seal: { algorithm: string; keyId: string; signature: string };
  issuedAt: string;
  eventSeq: number;
}

/**
 * The published decisions that carried the case's 案号 as their 文号 until they were numbered on
 * their own (document-numbers.ts): their documents issued before that have no number of their own
 * (documents.number NULL), and the 卷内文件目录 names them by the 案号 their text shows.
 */
const CASE_NUMBERED_BEFORE: ReadonlySet<string> = new Set([
  'penalty-decision',
  'on-spot-penalty-decision',
  'license-grant-decision',
  'license-denial-decision',
]);

/**
 * Everything a document is filled from, read in ONE statement (issue 20 item 7: each statement is a
 * round trip's CPU on both sides, and a document used to read these nine ways): the case with its
 * party, agency and regions, its officers with their certificates, its log's steps, its documents,
 * its evidence, the agency's 文书代字 and numbering rule, and its seal image in force.
 */
async function documentSources(db: Kysely<Database>, caseId: string) {
  return db
    .selectFrom(casesWithParty(db).as('c'))
    .innerJoin(agencyIdentitiesSubquery(db).as('a'), 'a.id', 'c.agency_id')
    .innerJoin(agencyNumberingSubquery(db).as('an'), 'an.id', 'c.agency_id')
    .innerJoin(regionNamesSubquery(db).as('ar'), 'ar.code', 'a.region_code')
    .innerJoin(regionNamesSubquery(db).as('r'), 'r.code', 'c.region_code')
    .select((eb) => [
      'c.number',
      'c.title',
      'c.procedure_code',
      'c.field',
      'c.opened_at',
      'c.agency_id',
      'r.name as region_name',
      'a.name as agency_name',
      'a.credit_code',
      'a.address',
      'a.phone',
      'ar.name as agency_region',
      'an.number_template',
      'an.short_name',
      'c.party_kind',
      'c.party_name',
      'c.party_credit_code as party_credit',
      'c.party_id_number as id_number',
      'c.party_legal_rep as legal_rep',
      'c.party_address',
      'c.party_phone',
      currentSealImageSha256('c.agency_id').as('seal_image_sha256'),
      jsonArrayFrom(
        eb
          .selectFrom(officerAssignments(db, caseId).as('co'))
          .innerJoin(userNamesSubquery(db).as('u'), 'u.id', 'co.user_id')
          .leftJoin(validCertificateNumbersSubquery(db).as('ce'), 'ce.user_id', 'u.id')
          .select(['u.id', 'u.display_name', 'ce.number'])
          .orderBy('co.lead', 'desc')
          .orderBy('co.assigned_at'),
      ).as('officers'),
      jsonArrayFrom(
        eb
          .selectFrom(caseLogEntries(db, caseId).as('e'))
          .innerJoin(userNamesSubquery(db).as('u'), 'u.id', 'e.actor_id')
          .select(['e.kind', 'e.step', 'e.at', 'e.inputs', 'u.display_name'])
          .where('e.step', 'is not', null)
          .orderBy('e.seq'),
      ).as('events'),
      // the 卷内文件目录 lists what the case issued, in order
      jsonArrayFrom(
        eb
          .selectFrom(documentsWithFiles(db).as('d'))
          .select(['d.kind', 'd.title', 'd.number', 'd.issued_at'])
          .where('d.case_id', '=', caseId)
          .orderBy('d.issued_at'),
      ).as('issued'),
      jsonArrayFrom(evidenceOfCaseSubquery(db, caseId).select(['filename', 'media_kind', 'captured_at', 'captured_place', 'proves'])).as(
        'evidence',
      ),
      jsonArrayFrom(
        eb.selectFrom('document_number_words as w').select(['w.kind', 'w.word']).whereRef('w.agency_id', '=', 'c.agency_id'),
      ).as('words'),
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirstOrThrow();
}

type DocumentSources = Awaited<ReturnType<typeof documentSources>>;

/** Timestamps inside the statement's JSON parts arrive as ISO text. */
const instant = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

export async function documentContext(db: Kysely<Database>, caseId: string, issuedOn: string): Promise<DocumentContext> {
  return contextOf(db, await documentSources(db, caseId), issuedOn);
}

async function contextOf(db: Kysely<Database>, c: DocumentSources, issuedOn: string): Promise<DocumentContext> {
  const def = getProcedure(c.procedure_code);
  const stepName = (code: string) => (def?.open.code === code ? def.open.name : (def?.steps.find((s) => s.code === code)?.name ?? code));
  // the 决定书's 缴款方式, 复议机关 and court (文书设置, defaulting to the agency's region)
  const settings = await documentAgencySettings(db, c.agency_id, c.agency_region);
  return {
    agency: {
      name: c.agency_name,
      creditCode: c.credit_code,
      address: c.address,
      phone: c.phone,
      ...settings,
    },
    case: {
      number: c.number,
      title: c.title,
      procedureName: def?.name ?? c.procedure_code,
      field: c.field,
      regionName: c.region_name,
      openedOn: chinaDate(c.opened_at),
    },
    party: {
      kind: c.party_kind,
      name: c.party_name,
      creditCode: c.party_credit,
      idNumber: c.id_number,
      legalRep: c.legal_rep,
      address: c.party_address,
      phone: c.party_phone,
    },
    officers: [
      ...new Map(
        c.officers.map((o) => [o.display_name, { name: o.display_name, certificateNumber: o.number ?? '', userId: o.id }]),
      ).values(),
    ],
    steps: c.events.map((e) => ({
      code: e.step!,
      name: stepName(e.step!),
      on: chinaDate(instant(e.at)),
      actorName: e.display_name,
      inputs: ((e.kind === 'case.opened' ? (e.inputs as { inputs?: unknown }).inputs : e.inputs) ?? {}) as Record<string, unknown>,
    })),
    issuedOn,
    evidence: c.evidence.map((e) => ({
      name: e.filename,
      kind: e.media_kind,
      capturedOn: e.captured_at === null ? null : chinaDate(instant(e.captured_at)),
      capturedPlace: e.captured_place,
      proves: e.proves,
    })),
    issuedDocuments: c.issued.map((d) => ({
      kind: d.kind,
      title: d.title,
      // a decision served before it was numbered on its own (number NULL) printed the 案号
      number: d.number ?? (CASE_NUMBERED_BEFORE.has(d.kind) ? c.number : null),
      issuedOn: chinaDate(instant(d.issued_at)),
    })),
  };
}

/** The electronic seal: the agency's Ed25519 key over the SHA-256 of the model's canonical JSON, shown on both renderings. */
export function sealOf(keys: KeyStore, agencyId: string, agencyName: string, contentSha256: string, signedAt: Date): DocumentSeal {
  const { key, signer } = keys.sealKey(agencyId);
  return {
    agencyName,
    algorithm: 'Ed25519',
    keyId: signer.keyId.toString('hex'),
    signatureBase64: sign(null, Buffer.from(contentSha256, 'hex'), key).toString('base64'),
    documentSha256Hex: contentSha256,
    signedAt: signedAt.toISOString(),
    certificateSerial: keys.documentSigningKey(agencyId, agencyName).serialHex,
  };
}

/**
 * A document about to be filed: everything read from the case, outside any transaction. Its
 * number, content and seal are made when it is filed (fileDocument), its PDF and Word after
 * (document.render.ts).
 */
export interface PreparedDocument {
  id: string;
  kind: string;
  agencyId: string;
  ctx: DocumentContext;
  /** the filled template, without the document's own number (given when it is filed) */
  model: DocumentModel;
  /** the 文书代字 of a kind numbered on its own, and the agency's rule that prints the number */
  numbering: { word: string; template: string; short: string } | null;
  /** the agency's seal image in force when the document is filed (its blob's SHA-256), shown on its renderings */
  sealImageSha256: string | null;
  at: Date;
}

/**
 * Reads what a document is filled from (outside any transaction). `extra` carries what a template
 * needs beyond the case, e.g. the review round of a 法制审核意见书.
 */
export async function prepareDocument(
  deps: DocumentDeps,
  agencyId: string,
  caseId: string,
  kind: string,
  extra: Partial<DocumentContext> = {},
  /** a step being taken in the same transaction as the filing, which the document records (送审表 of 提交法制审核) */
  takingStep?: DocumentContext['steps'][number],
): Promise<PreparedDocument> {
  const now = deps.clock.now();
  const sources = await documentSources(deps.db, caseId);
  if (sources.agency_id !== agencyId) throw new Error(`case ${caseId} is not of agency ${agencyId}`);
  const read = { ...(await contextOf(deps.db, sources, chinaDate(now))), ...extra };
  const ctx = takingStep ? { ...read, steps: [...read.steps, takingStep] } : read;
  // filled here, outside the transaction (an unknown kind is refused before anything is numbered or
  // written); the filing only adds the document's own number, which the template prints nowhere else
  const model = buildDocument(kind, ctx);
  const word = documentWord(kind, Object.fromEntries(sources.words.map((w) => [w.kind, w.word])));
  return {
    id: randomUUID(),
    kind,
    agencyId,
    ctx,
    model,
    numbering: word ? { word, template: sources.number_template, short: sources.short_name } : null,
    sealImageSha256: sources.seal_image_sha256,
    at: now,
  };
}

/** The agency's 文书代字 where it set its own (issue 20 item 2). */
export async function agencyDocumentWords(db: Kysely<Database>, agencyId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('document_number_words').select(['kind', 'word']).where('agency_id', '=', agencyId).execute();
  return Object.fromEntries(rows.map((r) => [r.kind, r.word]));
}

/** The next number of the agency's (word, year) series; the row stays locked until commit, so a rollback leaves no gap. */
async function nextDocumentSeq(tx: Transaction<Database>, agencyId: string, word: string, year: number): Promise<number> {
  const row = await tx
    .insertInto('document_number_counters')
    .values({ agency_id: agencyId, word, year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['agency_id', 'word', 'year']).doUpdateSet({ last_seq: sql`document_number_counters.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

/**
 * Files a prepared document in the case's record, inside the caller's transaction (R-REC-2): the
 * 文书编号 of its kind is taken from the gap-free series, the template filled with it, the
 * content hashed and sealed, and the record entry and the document row written. The PDF and Word
 * are rendered after the commit (scheduleRender), off the request path: they are made from the
 * filed model and seal alone, so they say exactly what was filed.
 */
export async function fileDocument(
  tx: Transaction<Database>,
  deps: Pick<DocumentDeps, 'keys'>,
  actor: Actor,
  caseId: string,
  d: PreparedDocument,
): Promise<DocumentView> {
  let number: string | null = null;
  if (d.numbering) {
    const year = Number(chinaDate(d.at).slice(0, 4));
    const seq = await nextDocumentSeq(tx, d.agencyId, d.numbering.word, year);
    number = formatDocumentNumber(d.numbering.template, { short: d.numbering.short, word: d.numbering.word, year, seq });
  }
  // the series' row stays locked from here to the commit: only hashing, sealing and the two writes follow
  const model: DocumentModel = { ...d.model, number: number ?? '' };
  const contentSha256 = documentContentSha256(model);
  const seal = sealOf(deps.keys, d.agencyId, model.agencyName, contentSha256, d.at);
  const sealEntry = { algorithm: seal.algorithm, keyId: seal.keyId, signature: seal.signatureBase64 };
  // what the renderings show beside the seal: the PDF signature's certificate and the seal image, fixed
  // at filing so that the files made after (and made again) are the same
  const filedSeal = { ...sealEntry, certificateSerial: seal.certificateSerial ?? null, imageSha256: d.sealImageSha256 };
  const { seq, agencyId } = await appendCaseRecord(tx, {
    caseId,
    actor,
    action: 'case.record',
    kind: 'case.document',
    at: d.at,
    data: { documentId: d.id, kind: d.kind, title: model.title, number, contentSha256, seal: filedSeal, model },
  });
  await tx
    .insertInto('documents')
    .values({
      id: d.id,
      agency_id: agencyId,
      case_id: caseId,
      event_seq: seq,
      kind: d.kind,
      title: model.title,
      number,
      content_sha256: contentSha256,
      pdf_sha256: null,
      docx_sha256: null,
      seal: JSON.stringify(filedSeal),
      issued_by: actor.userId,
      issued_at: d.at,
    })
    .execute();
  return {
    id: d.id,
    caseId,
    kind: d.kind,
    title: model.title,
    number,
    contentSha256,
    pdfSha256: null,
    docxSha256: null,
    seal: sealEntry,
    issuedAt: d.at.toISOString(),
    eventSeq: seq,
  };
}

/** R-REV-2: no 决定书 before the decision step (the database refuses it too, migration 0004). */
const DECISION_DOCUMENTS: Readonly<Record<string, string>> = { 'penalty-decision': '行政处罚决定书' };

export interface IssueOptions {
  /** a given access code instead of a random one (the demo data only) */
  accessCode?: string | undefined;
}

export async function issueDocument(
  deps: IssueDeps,
  actor: Actor,
  caseId: string,
  kind: string,
  opts: IssueOptions = {},
): Promise<DocumentView & { partyAccess?: { url: string; code: string } }> {
  const c = await caseHeader(deps.db, caseId);
  authorize(actor, 'case.record', { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  if (DECISION_DOCUMENTS[kind]) {
    const decided = await deps.db
      .selectFrom(takenSteps(deps.db, { caseId }).as('e'))
      .innerJoin(deps.decisionSteps(deps.db).as('d'), (j) =>
        j.onRef('d.step_code', '=', 'e.step').on('d.procedure_code', '=', c.procedure_code),
      )
      .select('e.seq')
      .executeTakeFirst();
    if (!decided)
      throw new DomainError(
        'REVIEW_REQUIRED',
        `尚未作出决定，不能制作${DECISION_DOCUMENTS[kind]}（未经法制审核或者审核未通过的，不得作出决定）`,
      );
  }
  // issued by whoever may take its step, at its stage or after it (R-REC-2): not by any member of
  // staff at any time (after R-REV-2's own refusal of a 决定书 before the decision, the more precise)
  const engine = await engineViewOf(deps.db, actor, caseId);
  if (engine) checkDocumentIssue(engine.procedure, kind, engine.view, actorView(actor), chinaDate(deps.clock.now()));
  // a 告知书 of a procedure in which the party may act online carries the party's access code
  const online = deps.accessCodes.noticeKinds.has(kind) && (getProcedure(c.procedure_code)?.steps.some((s) => s.partyMay) ?? false);
  const partyAccess = online ? { url: `${deps.portalUrl}/party`, code: opts.accessCode ?? deps.accessCodes.newCode() } : null;
  const prepared = await prepareDocument(deps, c.agency_id, caseId, kind, partyAccess ? { partyAccess } : {});
  const view = await deps.db.transaction().execute(async (tx) => {
    const filed = await fileDocument(tx, deps, actor, caseId, prepared);
    if (partyAccess)
      await deps.accessCodes.record(tx, {
        agencyId: c.agency_id,
        caseId,
        documentId: filed.id,
        code: partyAccess.code,
        issuedBy: actor.userId,
        at: prepared.at,
      });
    return filed;
  });
  scheduleRender(deps, view.id);
  await deps.onIssued?.(caseId, kind);
  return partyAccess ? { ...view, partyAccess } : view;
}

export async function listDocuments(db: Kysely<Database>, caseId: string): Promise<DocumentView[]> {
  const rows = await documentsOfCase(db, caseId);
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    title: r.title,
    number: r.number,
    contentSha256: r.content_sha256,
    pdfSha256: r.pdf_sha256,
    docxSha256: r.docx_sha256,
    seal: r.seal as DocumentView['seal'],
    issuedAt: r.issued_at.toISOString(),
    eventSeq: r.event_seq,
  }));
}
