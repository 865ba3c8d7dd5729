import { loadActor } from '../modules/auth/session.store.ts';
import { bindEvidence, type EvidenceView } from '../modules/evidence/evidence.service.ts';
import { putBytes } from '../adapters/blobs/put-bytes.ts';
import { demoPhoto, demoVideo } from '../demo/demo-media.ts';
import { penaltyCaseBody } from './filing.ts';
import type { Harness } from './harness.ts';

/** Stores a demo photo (or video) in the harness's blob store and binds it to a step of the case (R-REC-3). */
export async function attachMedia(
  h: Harness,
  userKey: string,
  caseId: string,
  step: string | null,
  kind: 'photo' | 'video' = 'photo',
): Promise<EvidenceView> {
  const media = kind === 'video' ? demoVideo(4) : demoPhoto(Math.floor(Math.random() * 1000));
  const d = await putBytes(h.blobs, media.bytes);
  const actor = await loadActor(h.tdb.db, h.user(userKey));
  return bindEvidence({ db: h.tdb.db, clock: h.clock }, actor, {
    caseId,
    step,
    filename: media.filename,
    mediaType: media.mediaType,
    ...d,
    capturedAt: new Date(h.clock.now().getTime() - 60_000).toISOString(),
    capturedPlace: '馆陶县惠民超市',
    capturedBy: actor.name,
    provesWhat: '现场情况',
  });
}

/** A 一般程序 case of 馆陶县市场监督管理局, just opened by the token's officer: somewhere to upload recordings to. */
export async function openUploadCase(h: Harness, token: string): Promise<string> {
  const opened = await h.request(token, 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-11-13'));
  if (opened.statusCode !== 201) throw new Error(`case not opened: ${opened.statusCode} ${opened.body}`);
  return opened.json().id as string;
}

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/** A tus Upload-Metadata header: each value base64-encoded (tus 1.0). */
export function tusMetadata(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',');
}
