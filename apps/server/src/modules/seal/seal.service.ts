import { sql, type Kysely } from 'kysely';
import { PNG } from 'pngjs';
import { DomainError } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { putBytes } from '../../adapters/blobs/put-bytes.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { agencyName } from '../org/org.queries.ts';

/**
 * The agency's seal image (issue 20 item 6): the PNG its administrator uploads as the 政务电子印章
 * system issued it, shown at the 落款 of its documents, 42 mm across. Append-only versions (who,
 * when, why), the image a blob named by its SHA-256; a removal is a version without an image.
 */

export const SEAL_IMAGE_MAX_BYTES = 1024 * 1024;
const MIN_SIDE = 120;
const MAX_SIDE = 3000;

export interface SealImageInfo {
  version: number;
  sha256: string;
  width: number;
  height: number;
  bytes: number;
}

const invalid = (problem: string, message: string): never => {
  throw new DomainError('SEAL_IMAGE_INVALID', message, { problem });
};

/**
 * Checks an uploaded seal image: a PNG that decodes (every chunk's CRC, the image data complete),
 * at most 1 MB, 120–3000 pixels a side and roughly round or square (a seal, not a banner), with a
 * transparent background (an alpha channel, the corners clear), so that the text under it shows as
 * under a stamp. Each refusal says what is wrong, in Chinese, with a machine-readable `problem`.
 */
export function checkSealImage(png: Buffer): { width: number; height: number } {
  if (png.length === 0) invalid('empty', '没有收到印章图片');
  if (png.length > SEAL_IMAGE_MAX_BYTES) invalid('too-large', `印章图片不能超过 1 MB（收到 ${(png.length / 1024 / 1024).toFixed(2)} MB）`);
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    invalid('not-png', '印章图片须为 PNG 格式（请上传政务电子印章系统导出的 PNG 文件）');
  let image: PNG;
  try {
    image = PNG.sync.read(png, { checkCRC: true });
  } catch (e) {
    return invalid('corrupt', `印章图片已损坏，无法读取（${(e as Error).message}）`);
  }
  const { width, height, data } = image;
  if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE)
    invalid('dimensions', `印章图片的宽和高须在 ${MIN_SIDE}–${MAX_SIDE} 像素之间（收到 ${width}×${height}）`);
  const ratio = width / height;
  if (ratio < 0.6 || ratio > 1 / 0.6) invalid('proportions', `印章图片的宽高比不像印章（${width}×${height}），请上传完整的印章图片`);
  // the four corners of a round or oval seal are outside it: they must be transparent
  const alphaAt = (x: number, y: number) => data[(y * width + x) * 4 + 3]!;
  const corners = [alphaAt(0, 0), alphaAt(width - 1, 0), alphaAt(0, height - 1), alphaAt(width - 1, height - 1)];
  if (corners.some((a) => a > 16)) invalid('not-transparent', '印章图片须为透明背景（四角应为透明），请上传政务电子印章系统导出的透明 PNG');
  return { width, height };
}

/** The seal image in force for an agency, or null when none is configured. */
/** The SHA-256 of the agency's seal image in force (null when it has none), for the agency id in `agencyIdColumn` of the outer query. */
export function currentSealImageSha256(agencyIdColumn: string) {
  return sql<
    string | null
  >`(SELECT s.image_sha256 FROM agency_seal_images s WHERE s.agency_id = ${sql.ref(agencyIdColumn)} ORDER BY s.version DESC LIMIT 1)`;
}

export async function currentSealImage(db: Kysely<Database>, agencyId: string): Promise<SealImageInfo | null> {
  const r = await db
    .selectFrom('agency_seal_images')
    .select(['version', 'image_sha256', 'width', 'height', 'bytes'])
    .where('agency_id', '=', agencyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!r?.image_sha256) return null;
  return { version: r.version, sha256: r.image_sha256, width: r.width!, height: r.height!, bytes: r.bytes! };
}

async function readAll(blobs: BlobStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await blobs.open(sha256)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The PNG bytes of the agency's seal image (for documents), or null when none is configured. */
/** A seal image by its blob's SHA-256 (the one a document was filed with). */
export async function sealImageBytes(blobs: BlobStore, sha256: string): Promise<Buffer> {
  return readAll(blobs, sha256);
}

export async function agencySealPng(db: Kysely<Database>, blobs: BlobStore, agencyId: string): Promise<Buffer | null> {
  const info = await currentSealImage(db, agencyId);
  return info ? readAll(blobs, info.sha256) : null;
}

/** The history of the agency's seal image, newest first: what was set or removed, by whom, when. */
export async function sealImageHistory(db: Kysely<Database>, agencyId: string) {
  const rows = await db
    .selectFrom('agency_seal_images as s')
    .leftJoin(userNamesSubquery(db).as('u'), 'u.id', 's.created_by')
    .select(['s.version', 's.image_sha256', 's.width', 's.height', 's.note', 's.created_at', 'u.display_name'])
    .where('s.agency_id', '=', agencyId)
    .orderBy('s.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    action: r.image_sha256 ? ('set' as const) : ('removed' as const),
    sha256: r.image_sha256,
    width: r.width,
    height: r.height,
    note: r.note,
    by: r.display_name ?? '',
    at: r.created_at.toISOString(),
  }));
}

async function appendSealVersion(
  db: Kysely<Database>,
  agencyId: string,
  row: { image_sha256: string | null; width: number | null; height: number | null; bytes: number | null },
  note: string,
  actorId: string,
  at: Date,
): Promise<number> {
  return db.transaction().execute(async (tx) => {
    // one writer at a time per agency, so versions stay gap-free
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`agency_seal_images:${agencyId}`}))`.execute(tx);
    const last = await tx
      .selectFrom('agency_seal_images')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('agency_id', '=', agencyId)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    await tx
      .insertInto('agency_seal_images')
      .values({ agency_id: agencyId, version, ...row, note: note.trim(), created_by: actorId, created_at: at })
      .execute();
    return version;
  });
}

async function agencyExists(db: Kysely<Database>, agencyId: string): Promise<void> {
  if ((await agencyName(db, agencyId)) === undefined) throw new DomainError('NOT_FOUND', '机关不存在');
}

/** Sets the agency's seal image (系统管理员 of the agency): checked, stored as a blob, a new version. */
export async function setSealImageAs(
  deps: { db: Kysely<Database>; blobs: BlobStore },
  actor: Actor,
  agencyId: string,
  png: Buffer,
  note: string,
  at: Date,
): Promise<SealImageInfo> {
  authorize(actor, 'agency.update', { agencyId });
  await agencyExists(deps.db, agencyId);
  const { width, height } = checkSealImage(png);
  const { sha256 } = await putBytes(deps.blobs, png);
  const version = await appendSealVersion(
    deps.db,
    agencyId,
    { image_sha256: sha256, width, height, bytes: png.length },
    note,
    actor.userId,
    at,
  );
  return { version, sha256, width, height, bytes: png.length };
}

/** Removes the agency's seal image: documents issued from now on carry the signed note instead. */
export async function removeSealImageAs(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
  note: string,
  at: Date,
): Promise<number | null> {
  authorize(actor, 'agency.update', { agencyId });
  await agencyExists(db, agencyId);
  if (!(await currentSealImage(db, agencyId))) return null;
  return appendSealVersion(db, agencyId, { image_sha256: null, width: null, height: null, bytes: null }, note, actor.userId, at);
}
