import type { Kysely } from 'kysely';
import { DomainError, type DocumentModel } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import { sealImageBytes } from '../seal/seal.service.ts';
import { signDocumentPdf } from './render/pdf-sign.ts';
import { putBytes } from '../../adapters/blobs/put-bytes.ts';
import { appendRenderedRecord } from '../cases/case.records.ts';
import { caseLogEntries } from '../cases/case.reads.ts';
import type { DocumentSeal } from './render/index.ts';
import { expediteRender, renderDocument } from './render/render-pool.ts';

/**
 * The PDF and Word of a filed document, made after its filing committed (issue 20 item 7): the
 * request that issues a document answers once the document, its number and its sealed content are
 * in the record; the renderings — tens of milliseconds of layout and font subsetting each — follow
 * in the render workers, at a lower CPU priority than the requests. They are made from the filed
 * model and seal alone, so the files say exactly what was filed and a second rendering gives the
 * same bytes. Their digests are entered in the case's record (case.document.rendered) and in
 * document_files.
 *
 * A download of a document not yet rendered waits for it; a document left unrendered by a crash is
 * rendered when the server starts again (renderPendingDocuments) or when it is first asked for.
 */
export interface RenderDeps {
  db: Kysely<Database>;
  clock: Clock;
  blobs: BlobStore;
  keys: KeyStore;
}

const inFlight = new Map<string, Promise<void>>();

async function renderFiled(deps: RenderDeps, documentId: string): Promise<void> {
  // the document, whether its files are recorded, and the entry that filed it (its model and seal): one read
  const d = await deps.db
    .selectFrom('documents as d')
    .leftJoin('document_files as f', 'f.document_id', 'd.id')
    .innerJoin(caseLogEntries(deps.db).as('e'), (j) => j.onRef('e.case_id', '=', 'd.case_id').onRef('e.seq', '=', 'd.event_seq'))
    .select(['d.id', 'd.agency_id', 'd.case_id', 'd.pdf_sha256', 'd.issued_by', 'd.issued_at', 'f.document_id as rendered', 'e.inputs'])
    .where('d.id', '=', documentId)
    .executeTakeFirst();
  if (!d) throw new DomainError('NOT_FOUND', '文书不存在');
  if (d.rendered || d.pdf_sha256) return;
  const filed = d.inputs as {
    model: DocumentModel;
    contentSha256: string;
    seal: { algorithm: string; keyId: string; signature: string; certificateSerial?: string | null; imageSha256?: string | null };
  };
  const seal: DocumentSeal = {
    agencyName: filed.model.agencyName,
    algorithm: filed.seal.algorithm,
    keyId: filed.seal.keyId,
    signatureBase64: filed.seal.signature,
    documentSha256Hex: filed.contentSha256,
    signedAt: d.issued_at.toISOString(),
    certificateSerial: filed.seal.certificateSerial ?? undefined,
    image: filed.seal.imageSha256 ? await sealImageBytes(deps.blobs, filed.seal.imageSha256) : undefined,
  };
  // the PDF's embedded signature (PAdES), made with the agency's key at the filing's time: the
  // recorded digest is the signed file's. The built-in key signs in the render worker, after the
  // layout and at its priority; a signer that cannot leave this thread signs here.
  const signingKey = deps.keys.documentSigningKey(d.agency_id, filed.model.agencyName);
  const signing = signingKey.portable ? { key: signingKey.portable, signedAt: d.issued_at } : undefined;
  const r = await renderDocument(filed.model, seal, d.id, signing);
  const signed = signing ? r.pdf : await signDocumentPdf(deps.keys, d.agency_id, filed.model.agencyName, r.pdf, d.issued_at);
  const pdf = await putBytes(deps.blobs, signed, signing ? { digests: r.pdfDigests } : {});
  const docx = await putBytes(deps.blobs, r.docx, { digests: r.docxDigests });
  await deps.db.transaction().execute(async (tx) => {
    await appendRenderedRecord(
      tx,
      {
        caseId: d.case_id,
        actorId: d.issued_by,
        at: deps.clock.now(),
        data: { documentId: d.id, pdfSha256: pdf.sha256, pdfSm3: pdf.sm3, docxSha256: docx.sha256, docxSm3: docx.sm3 },
      },
      // the files' row names the entry appended next; written first, so a second renderer finds it
      async (seq) =>
        (
          await tx
            .insertInto('document_files')
            .values({
              document_id: d.id,
              case_id: d.case_id,
              event_seq: seq,
              pdf_sha256: pdf.sha256,
              pdf_sm3: pdf.sm3,
              docx_sha256: docx.sha256,
              docx_sm3: docx.sm3,
              rendered_at: deps.clock.now(),
            })
            .onConflict((oc) => oc.column('document_id').doNothing())
            .executeTakeFirst()
        ).numInsertedOrUpdatedRows === 1n,
    );
  });
}

/** Renders a filed document after its transaction committed; failures are logged and retried on demand or at start. */
export function scheduleRender(deps: RenderDeps, documentId: string): Promise<void> {
  const running = inFlight.get(documentId);
  if (running) return running;
  const p = renderFiled(deps, documentId).finally(() => inFlight.delete(documentId));
  inFlight.set(documentId, p);
  p.catch((e: unknown) => process.stderr.write(`文书 ${documentId} 生成失败（下载或重启时重试）：${String(e)}\n`));
  return p;
}

/** Waits until the document's PDF and Word are rendered and recorded (rendering them now if no one is). */
export async function whenRendered(deps: RenderDeps, documentId: string): Promise<void> {
  const p = scheduleRender(deps, documentId);
  expediteRender(documentId);
  await p;
}

/** Waits for every document of the case (before an export or archive reads their files). */
export async function caseDocumentsRendered(deps: RenderDeps, caseId: string): Promise<void> {
  const rows = await unrendered(deps.db).where('d.case_id', '=', caseId).execute();
  await Promise.all(rows.map((r) => whenRendered(deps, r.id)));
}

function unrendered(db: Kysely<Database>) {
  return db
    .selectFrom('documents as d')
    .leftJoin('document_files as f', 'f.document_id', 'd.id')
    .select('d.id')
    .where('d.pdf_sha256', 'is', null)
    .where('f.document_id', 'is', null);
}

/** At start: the documents a stopped process filed but did not render. Returns how many were scheduled. */
export async function renderPendingDocuments(deps: RenderDeps): Promise<number> {
  const rows = await unrendered(deps.db).orderBy('d.issued_at').execute();
  for (const r of rows) scheduleRender(deps, r.id).catch(() => {});
  return rows.length;
}

/** Waits for every render under way (tests, shutdown). */
export async function rendersSettled(): Promise<void> {
  while (inFlight.size) await Promise.allSettled([...inFlight.values()]);
}
