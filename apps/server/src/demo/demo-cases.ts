import type { Kysely } from 'kysely';
import {
  documentKindOfName,
  getProcedure,
  requirementFor,
  type Inputs,
  type ReviewOpinionInput,
  type StepDef,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../db/schema.ts';
import { ManualClock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { takeStep } from '../modules/cases/case.service.ts';
import { openCase } from '../modules/cases/case.open.ts';
import { DEFAULT_PUBLIC_URL, caseEngineLinks, documentIssueLinks } from '../app.ts';
import type { SqlPool } from '../modules/cases/case.repository.ts';
import type { DemoOrg } from './demo-org.ts';
import type { KeyStore } from '../adapters/keys/key-store.ts';
import type { Actor } from '../http/actor.ts';
import { rendersSettled } from '../modules/documents/document.render.ts';
import { issueDocument } from '../modules/documents/document.service.ts';
import { demoAccessCode } from './demo-party.ts';
import { agencyRecordingList } from '../modules/cases/recording-rules.ts';
import { knownCaseHeader } from '../modules/cases/case.reads.ts';
import { bindEvidence } from '../modules/evidence/evidence.service.ts';
import type { BlobStore } from '../adapters/blobs/blob-store.ts';
import { putBytes } from '../adapters/blobs/put-bytes.ts';
import { demoPhoto, demoRecording, demoVideo, type DemoMedia } from './demo-media.ts';
import { disagree, propose, submitForReview, type ProposeDeps, type SubmissionInput } from '../modules/review/review.service.ts';
import { giveOpinion } from '../modules/review/review.opinion.ts';
import { pendingRoundMaterialsHash } from '../modules/review/review.records.ts';
import { holdDiscussion, type DiscussionInput } from '../modules/review/review.collective.ts';
import { discretionCheck } from '../modules/discretion/discretion.service.ts';
import type { ReviewAct, Scenario, ScenarioStep } from './demo-scenarios.ts';

/** Demo cases, taken step by step through the real services so their records are genuine. */

// the scenarios and their parties, imported from here by tests, the e2e set-up and the benches
export { demoScenarios, type ReviewAct, type Scenario, type ScenarioStep } from './demo-scenarios.ts';
export { COMPANY_A, COMPANY_B, PERSON_A, idNumber } from './demo-scenario-parties.ts';

export interface DemoStore {
  db: Kysely<Database>;
  pool: SqlPool;
  /** where demo photos, recordings, videos and documents are stored */
  blobs: BlobStore;
  /** the agencies' seal keys, for the documents each step produces */
  keys: KeyStore;
}

/** The documents a step produces that the product has templates for (立案审批表, 询问笔录, 决定书 …). */
async function issueStepDocuments(store: DemoStore, clock: ManualClock, actor: Actor, caseId: string, step: StepDef): Promise<void> {
  for (const name of step.documents) {
    const kind = documentKindOfName(name);
    if (!kind) continue;
    const number = (await knownCaseHeader(store.db, caseId)).number;
    await issueDocument(
      { ...documentIssueLinks, db: store.db, clock, keys: store.keys, blobs: store.blobs, portalUrl: DEFAULT_PUBLIC_URL },
      actor,
      caseId,
      kind,
      {
        accessCode: demoAccessCode(number),
      },
    );
  }
}

async function reviewAct(deps: ProposeDeps, actor: Actor, caseId: string, act: ReviewAct, inputs: Inputs): Promise<void> {
  switch (act) {
    case 'propose':
      await propose(deps, actor, caseId, inputs);
      return;
    case 'submit':
      await submitForReview(deps, actor, caseId, inputs as unknown as SubmissionInput);
      return;
    case 'opinion': {
      // the reviewer answers the round's exact materials
      const materials = await pendingRoundMaterialsHash(deps.db, caseId);
      await giveOpinion(deps, actor, caseId, { ...(inputs as unknown as ReviewOpinionInput), materialsSha256: materials.toString('hex') });
      return;
    }
    case 'disagree':
      await disagree(deps, actor, caseId, String(inputs['reason']));
      return;
    case 'discuss':
      await holdDiscussion(deps, actor, caseId, inputs as unknown as DiscussionInput);
      return;
  }
}

/** What one scenario runs with: its store, its clock (set to each step's day), the services' deps and the demo users. */
interface ScenarioRun {
  store: DemoStore;
  clock: ManualClock;
  deps: Parameters<typeof takeStep>[0];
  reviewDeps: ProposeDeps;
  user: (key: string) => string;
  /** photos taken so far in this case (numbers the demo photos) */
  photos: number;
}

/**
 * R-REC-3: a step on the agency's 音像记录事项清单 gets its photos, recordings or video first,
 * bound as evidence of the step half an hour before it.
 */
async function recordStepMedia(
  run: ScenarioRun,
  s: Scenario,
  step: ScenarioStep,
  actor: Actor,
  caseId: string,
  c: { agency_id: string; procedure_code: string },
): Promise<void> {
  const { store, clock } = run;
  const req = step.step ? requirementFor(await agencyRecordingList(store.db, c.agency_id), c.procedure_code, step.step) : null;
  if (!req) return;
  const media: DemoMedia[] =
    req.level === 'full-process'
      ? [demoVideo(), demoPhoto(++run.photos)]
      : /听证|询问|告知/.test(req.what)
        ? [demoRecording()]
        : [demoPhoto(++run.photos)];
  for (const m of media) {
    const d = await putBytes(store.blobs, m.bytes);
    await bindEvidence({ db: store.db, clock }, actor, {
      caseId,
      step: step.step!,
      filename: m.filename,
      mediaType: m.mediaType,
      ...d,
      capturedAt: new Date(clock.now().getTime() - 30 * 60_000).toISOString(),
      capturedPlace: s.party.address ?? '执法现场',
      capturedBy: actor.name,
      provesWhat: `${req.what}的现场情况`,
    });
  }
}

/** One scenario step: its media, then the legal-review act or the procedure step with the documents it produces. */
async function runStep(run: ScenarioRun, s: Scenario, step: ScenarioStep, caseId: string): Promise<void> {
  const { db } = run.store;
  const actor = await loadActor(db, run.user(step.actor));
  const c = await knownCaseHeader(db, caseId);
  await recordStepMedia(run, s, step, actor, caseId, c);
  if (step.review) {
    await reviewAct(run.reviewDeps, actor, caseId, step.review, step.inputs);
    return;
  }
  const def = getProcedure(c.procedure_code)!;
  const stepDef = def.steps.find((x) => x.code === step.step)!;
  // the 案卷 forms are made before archiving locks the file; every other document records its step
  if (step.step === 'archive') await issueStepDocuments(run.store, run.clock, actor, caseId, stepDef);
  await takeStep(run.deps, actor, caseId, { step: step.step!, inputs: step.inputs });
  if (step.step !== 'archive') await issueStepDocuments(run.store, run.clock, actor, caseId, stepDef);
}

/**
 * Runs one scenario to its end. With `settle` (the default) it returns when the case's documents are
 * rendered too; the demo loader passes false and waits once after all its cases, so that the render
 * worker makes one case's PDFs while the next case is being recorded.
 */
export async function runScenario(
  store: DemoStore,
  calendar: () => WorkingCalendar,
  org: DemoOrg,
  s: Scenario,
  { settle = true }: { settle?: boolean } = {},
): Promise<string> {
  const { db } = store;
  const user = (k: string) => {
    const id = org.users.get(k);
    if (!id) throw new Error(`demo user ${k} missing`);
    return id;
  };
  const clock = new ManualClock(`${s.openedOn}T02:00:00Z`);
  const deps = { ...caseEngineLinks, db, pool: store.pool, clock, calendar };
  const reviewDeps = { db, clock, calendar, keys: store.keys, blobs: store.blobs, discretion: discretionCheck(db) };
  const run: ScenarioRun = { store, clock, deps, reviewDeps, user, photos: 0 };
  const opener = await loadActor(db, user(s.opener));
  const caseId = await openCase(deps, opener, {
    procedure: s.procedure,
    title: s.title,
    field: s.field,
    regionCode: s.region,
    party: s.party,
    officerIds: s.officers.map(user),
    inputs: s.openInputs,
  });
  await issueStepDocuments(store, clock, opener, caseId, getProcedure(s.procedure)!.open);
  let minute = 0;
  for (const step of s.steps) {
    clock.set(`${step.on}T02:${String(10 + (minute++ % 40)).padStart(2, '0')}:00Z`);
    await runStep(run, s, step, caseId);
  }
  // the documents' PDF and Word are made after filing: the demo case is complete when they are
  if (settle) await rendersSettled();
  return caseId;
}
