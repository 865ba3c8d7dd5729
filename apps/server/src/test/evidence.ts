import { loadActor } from '../modules/auth/session.store.ts';
import { bindEvidence, type EvidenceView } from '../modules/evidence/evidence.service.ts';
import { putBytes } from '../adapters/blobs/put-bytes.ts';
import { demoPhoto, demoVideo } from '../demo/demo-media.ts';
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
