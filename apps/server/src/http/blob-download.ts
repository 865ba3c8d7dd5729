import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@sanxiang/domain';
import type { BlobStore } from '../adapters/blobs/blob-store.ts';

/** One byte range, both ends inclusive; null: send everything; 'unsatisfiable': answer 416. */
export type RangeRequest = { start: number; end: number } | 'unsatisfiable' | null;

/**
 * The `Range` header of a request for `size` bytes (RFC 9110 §14.2), as far as downloads of
 * evidence need it (players seek in long recordings; a broken download resumes): one `bytes=`
 * range, open-ended or a suffix. Another unit, or several ranges, get the whole file (which the
 * RFC allows); a malformed or unsatisfiable range gets 416.
 */
export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (header === undefined) return null;
  const m = /^\s*bytes\s*=(.*)$/i.exec(header);
  if (!m) return null;
  const specs = m[1]!.split(',').map((s) => s.trim());
  if (specs.length > 1) return specs.every((s) => /^\d*-\d*$/.test(s)) ? null : 'unsatisfiable';
  const r = /^(\d*)-(\d*)$/.exec(specs[0]!);
  if (!r || (r[1] === '' && r[2] === '')) return 'unsatisfiable';
  const first = r[1] === '' ? null : Number(r[1]);
  const last = r[2] === '' ? null : Number(r[2]);
  if ((first !== null && !Number.isSafeInteger(first)) || (last !== null && !Number.isSafeInteger(last))) return 'unsatisfiable';
  if (first === null) {
    // the last `last` bytes
    if (last === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - last!), end: size - 1 };
  }
  if (first >= size || (last !== null && last < first)) return 'unsatisfiable';
  return { start: first, end: last === null ? size - 1 : Math.min(last, size - 1) };
}

export interface BlobDownload {
  blobs: BlobStore;
  sha256: string;
  mediaType: string;
  /** file name offered to the browser */
  filename: string;
  /** extra headers, e.g. x-content-sm3 */
  headers?: Record<string, string>;
  /** message when the blob is not in the store */
  missing: string;
  /** runs once the request is known to be answered with content (e.g. the access log, 调阅留痕) */
  beforeSend: () => Promise<void>;
}

/**
 * Sends a stored blob, whole or one byte range. The blob is content-addressed, so its SHA-256 is a
 * strong entity tag that never changes (If-Range with it resumes safely).
 */
/**
 * The type a stored file is served with. The uploader states the type (tus metadata `filetype`), so
 * a file said to be text/html or image/svg+xml could run script in our origin if a browser rendered
 * it: only the kinds evidence and documents really are (photos, video, audio, PDF, Word, archives)
 * keep their type, anything else is application/octet-stream — with nosniff and an attachment.
 */
export function safeMediaType(stated: string): string {
  const t = stated.toLowerCase().split(';')[0]!.trim();
  return SAFE_TYPES.test(t) ? t : 'application/octet-stream';
}
const SAFE_TYPES =
  /^(image\/(jpeg|png|gif|webp|heic|heif|bmp|tiff)|video\/(mp4|quicktime|webm|mpeg|x-msvideo|3gpp)|audio\/(mpeg|mp4|aac|wav|x-wav|ogg|amr|webm|3gpp)|application\/(pdf|zip|x-tar|gzip|vnd\.openxmlformats-officedocument\.wordprocessingml\.document))$/;

export async function sendBlob(req: FastifyRequest, reply: FastifyReply, d: BlobDownload): Promise<FastifyReply> {
  const info = await d.blobs.stat(d.sha256);
  if (!info) throw new DomainError('NOT_FOUND', d.missing);
  const etag = `"${d.sha256}"`;
  const ifRange = req.headers['if-range'];
  const range = ifRange !== undefined && ifRange !== etag ? null : parseRange(req.headers.range, info.size);
  if (range === 'unsatisfiable') {
    return reply
      .status(416)
      .header('content-range', `bytes */${info.size}`)
      .header('accept-ranges', 'bytes')
      .send({
        error: {
          code: 'RANGE_NOT_SATISFIABLE',
          message: `请求的字节范围（${String(req.headers.range).slice(0, 100)}）无效或超出文件大小（${info.size} 字节）`,
        },
      });
  }
  await d.beforeSend();
  reply
    .type(safeMediaType(d.mediaType))
    .header('accept-ranges', 'bytes')
    .header('etag', etag)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.filename)}`)
    .header('x-content-sha256', d.sha256);
  for (const [k, v] of Object.entries(d.headers ?? {})) reply.header(k, v);
  if (!range) return reply.header('content-length', String(info.size)).send(await d.blobs.open(d.sha256));
  return reply
    .status(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${info.size}`)
    .header('content-length', String(range.end - range.start + 1))
    .send(await d.blobs.open(d.sha256, range));
}
