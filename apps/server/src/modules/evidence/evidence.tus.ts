import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Server, type Upload } from '@tus/server';
import { DomainError, isDomainError } from '@sanxiang/domain';
import type { App } from '../../http/typebox.ts';
import { statusOf } from '../../http/errors.ts';
import { decide } from '../../http/policy/authorize.ts';
import { loadActor } from '../auth/session.store.ts';
import { caseHeader } from '../cases/case.reads.ts';
import { bindEvidence, checkCaptureFacts, evidenceView, type EvidenceDeps } from './evidence.service.ts';
import { evidenceBoundSince } from './evidence.queries.ts';
import { HashingFileStore } from './hashing-file-store.ts';
import { BlobConflictError, type BlobStore } from '../../adapters/blobs/blob-store.ts';

/**
 * Resumable uploads of 音像记录 (R-REC-2), tus 1.0 through @tus/server: an interrupted upload
 * continues where it stopped. Bytes are hashed (SHA-256 and SM3) as they arrive; on completion
 * the finished file is handed to the content-addressed store (taken over by a hard link when the
 * store is a folder on the same disk, sent by multipart upload when it is S3) and bound to its
 * case with its 采集 facts in a ledger entry. Only the user who created an upload may continue it.
 */
export interface UploadDeps extends EvidenceDeps {
  /** unfinished uploads live in `<dataDir>/uploads`, whatever the blob store */
  dataDir: string;
  blobs: BlobStore;
  maxSize?: number;
}

const USER_HEADER = 'x-sanxiang-uploader';
const REQUIRED = ['caseId', 'filename', 'filetype', 'capturedAt', 'capturedPlace', 'capturedBy', 'provesWhat'] as const;
const META_NAMES: Record<string, string> = {
  caseId: '案件',
  filename: '文件名',
  filetype: '文件类型',
  capturedAt: '采集时间',
  capturedPlace: '采集地点',
  capturedBy: '采集人',
  provesWhat: '证明对象',
};

function refuse(status: number, code: string, message: string): { status_code: number; body: string } {
  return { status_code: status, body: JSON.stringify({ error: { code, message } }) };
}

/** The blob store failed to take a finished upload (not a conflict): the client should retry. */
class StoreFailed extends Error {}

function asTusError(e: unknown): { status_code: number; body: string } {
  if (isDomainError(e)) return refuse(statusOf(e.code), e.code, e.message);
  if (e instanceof BlobConflictError) return refuse(409, 'BLOB_CONFLICT', e.message);
  if (e instanceof StoreFailed)
    return refuse(503, 'BLOB_STORE_UNAVAILABLE', '文件存储暂时不可用：上传已完整收到，稍后重试（查询上传进度）时将自动存入并登记');
  if (e && typeof e === 'object' && 'status_code' in e) return e as { status_code: number; body: string };
  return refuse(500, 'INTERNAL', '上传处理失败');
}

export function registerEvidenceUploads(app: App, deps: UploadDeps): void {
  const uploads = path.join(deps.dataDir, 'uploads');
  mkdirSync(uploads, { recursive: true, mode: 0o700 });
  const store = new HashingFileStore({ directory: uploads, expirationPeriodInMilliseconds: 7 * 24 * 3600_000 });
  const owner = (req: Request) => req.headers.get(USER_HEADER) ?? '';

  const tus = new Server({
    path: '/api/v1/uploads',
    datastore: store,
    maxSize: deps.maxSize ?? 8 * 1024 ** 3,
    relativeLocation: true,
    disableTerminationForFinishedUploads: true,
    respectForwardedHeaders: process.env['TRUST_PROXY'] === '1',
    namingFunction: () => randomBytes(16).toString('hex'),
    async onUploadCreate(req, upload) {
      const meta = upload.metadata ?? {};
      const missing = REQUIRED.filter((k) => !meta[k]?.trim());
      if (missing.length) throw refuse(400, 'EVIDENCE_INVALID', `上传须说明：${missing.map((k) => META_NAMES[k]).join('、')}`);
      const actor = await loadActor(deps.db, owner(req));
      const c = /^[0-9a-f-]{36}$/.test(meta['caseId']!) ? await caseHeader(deps.db, meta['caseId']!) : undefined;
      const refusal = decide(actor, 'case.record', { agencyId: c?.agency_id });
      if (refusal) throw refuse(statusOf(refusal.code), refusal.code, refusal.message);
      if (c!.archived_at) throw refuse(409, 'CASE_ARCHIVED', '案件已归档，案卷已锁定');
      // the 采集 facts are checked before a byte is sent, not after a 2 GB upload
      try {
        await checkCaptureFacts(deps, {
          caseId: meta['caseId']!,
          step: meta['step'] || null,
          filename: meta['filename']!,
          mediaType: meta['filetype']!,
          capturedAt: meta['capturedAt']!,
          capturedPlace: meta['capturedPlace']!,
          capturedBy: meta['capturedBy']!,
          provesWhat: meta['provesWhat']!,
        });
      } catch (e) {
        throw asTusError(e);
      }
      return { metadata: { ...meta, owner: actor.userId } };
    },
    async onIncomingRequest(req, uploadId) {
      if (req.method === 'POST' || req.method === 'OPTIONS') return;
      let up: Upload;
      try {
        up = await store.getUpload(uploadId);
      } catch {
        return; // tus answers 404 itself
      }
      if (up.metadata?.['owner'] !== owner(req)) throw refuse(403, 'FORBIDDEN_ROLE', '只有创建该上传的用户可以继续上传');
      // finished earlier but not stored and bound (the store failed then): finish it now
      const path0 = store.resolvePath(uploadId);
      if (up.size !== undefined && up.offset === up.size && existsSync(`${path0}.json`) && !existsSync(`${path0}.bound`)) {
        try {
          await complete(up, owner(req), false);
        } catch (e) {
          throw asTusError(e);
        }
      }
    },
    async onUploadFinish(req, upload) {
      try {
        const ev = await complete(upload, owner(req), true);
        return { headers: { 'Evidence-Id': ev.id, 'Evidence-Sha256': ev.sha256, 'Evidence-Sm3': ev.sm3 } };
      } catch (e) {
        throw asTusError(e);
      }
    },
  });

  /**
   * A finished upload goes into the blob store and is bound to its case; its info file is removed
   * only then. If the store fails (an S3 outage, say), the upload stays finished but unbound: the
   * next HEAD or PATCH for it completes it, so a client that retries does not lose the file. That
   * late completion copies the file (tus still answers for the upload from it until it expires)
   * and leaves a `.bound` mark so that it happens once.
   */
  const completing = new Map<string, Promise<Awaited<ReturnType<typeof bindEvidence>>>>();
  function complete(upload: Upload, ownerId: string, finishing: boolean) {
    const running = completing.get(upload.id);
    if (running) return running;
    const p = (async () => {
      const file = store.resolvePath(upload.id);
      const sidecar = `${file}.digests.json`;
      let digests: { sha256: string; sm3: string; size: number };
      const meta = upload.metadata ?? {};
      if (!existsSync(file) && existsSync(sidecar)) {
        // stored before, binding failed or the process stopped: the digests were kept beside the upload's info
        digests = JSON.parse(readFileSync(sidecar, 'utf8'));
        if (!(await deps.blobs.has(digests.sha256))) throw new DomainError('NOT_FOUND', '上传的文件已不在存储中，请重新上传');
      } else {
        digests = await store.digests(upload.id, upload.offset);
        writeFileSync(sidecar, JSON.stringify(digests));
        // an address already stored is compared byte for byte; the upload file is gone afterwards
        try {
          await deps.blobs.put(file, digests, { move: finishing });
        } catch (e) {
          if (e instanceof BlobConflictError) throw e;
          throw new StoreFailed(e instanceof Error ? e.message : String(e));
        }
      }
      // a binding committed before the process stopped (and before its marks were written) is not made twice
      const bound = finishing
        ? undefined
        : await evidenceBoundSince(deps.db, meta['caseId']!, digests.sha256, ownerId, new Date(upload.creation_date ?? 0));
      const ev = bound
        ? evidenceView(bound)
        : await bindEvidence(deps, await loadActor(deps.db, ownerId), {
            caseId: meta['caseId']!,
            step: meta['step'] || null,
            filename: meta['filename']!,
            mediaType: meta['filetype']!,
            ...digests,
            capturedAt: meta['capturedAt']!,
            capturedPlace: meta['capturedPlace']!,
            capturedBy: meta['capturedBy']!,
            provesWhat: meta['provesWhat']!,
          });
      if (finishing) rmSync(`${file}.json`, { force: true });
      else writeFileSync(`${file}.bound`, ev.id);
      rmSync(sidecar, { force: true });
      return ev;
    })().finally(() => completing.delete(upload.id));
    completing.set(upload.id, p);
    return p;
  }

  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    const handler = async (req: import('fastify').FastifyRequest, reply: import('fastify').FastifyReply) => {
      if (!req.actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
      // who is uploading travels to the tus hooks in a header only the server sets
      const raw = req.raw.rawHeaders;
      for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i]!.toLowerCase() === USER_HEADER) raw.splice(i, 2);
      raw.push(USER_HEADER, req.actor.userId);
      req.raw.headers[USER_HEADER] = req.actor.userId;
      reply.hijack();
      await tus.handle(req.raw, reply.raw);
    };
    for (const url of ['/api/v1/uploads', '/api/v1/uploads/*']) {
      scope.route({ method: ['POST', 'PATCH', 'HEAD', 'DELETE', 'OPTIONS'], url, schema: { hide: true }, handler });
    }
  });
}
