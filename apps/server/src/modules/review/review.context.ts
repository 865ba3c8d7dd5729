import type { Kysely, Transaction } from 'kysely';
import {
  DomainError,
  RULE_PACKS,
  findRulePack,
  getProcedure,
  type CaseView,
  type ProcedureDef,
  type ReviewCatalog,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { casesWithParty } from '../cases/case.reads.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { KeyStore } from '../../adapters/keys/key-store.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import type { Actor } from '../../http/actor.ts';
import { appendCaseRecord } from '../cases/case.records.ts';
import type { CaseLogData, RecordKind } from '../cases/case-log.ts';
import { agencyCatalog, loadReview, type LoadedReview } from './review.state.ts';
import { authorize, type Action } from '../../http/policy/authorize.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What the review module's services need (explicit, as everywhere). */
export interface ReviewDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
  keys: KeyStore;
  blobs: BlobStore;
}

export interface ReviewCase {
  id: string;
  agencyId: string;
  number: string;
  title: string;
  state: string;
  field: string;
  regionCode: string;
  partyKind: 'person' | 'org';
  partyName: string;
  partyAddress: string;
  rulePackId: string;
  def: ProcedureDef;
  catalogVersion: number;
  catalog: ReviewCatalog;
  review: LoadedReview;
}

/** The case as the review sees it, if the access rule `action` allows the actor (R-X-5: outside its scope, 404). */
export async function reviewCase(db: Db, actor: Actor, caseId: string, action: ReviewAction = 'case.read'): Promise<ReviewCase> {
  const c = await db
    .selectFrom(casesWithParty(db).as('c'))
    .select([
      'c.id',
      'c.agency_id',
      'c.number',
      'c.title',
      'c.state',
      'c.field',
      'c.region_code',
      'c.procedure_code',
      'c.rule_pack_id',
      'c.party_kind',
      'c.party_name',
      'c.party_address',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  authorize(actor, action, { agencyId: c?.agency_id });
  if (!c) throw new DomainError('NOT_FOUND', '案件不存在');
  const def = getProcedure(c.procedure_code);
  if (!def) throw new Error(`procedure ${c.procedure_code} missing from this build`);
  const { version, catalog } = await agencyCatalog(db, c.agency_id);
  return {
    id: c.id,
    agencyId: c.agency_id,
    number: c.number,
    title: c.title,
    state: c.state,
    field: c.field,
    regionCode: c.region_code,
    partyKind: c.party_kind,
    partyName: c.party_name,
    partyAddress: c.party_address,
    rulePackId: c.rule_pack_id,
    def,
    catalogVersion: version,
    catalog,
    review: await loadReview(db, caseId, catalog.settings),
  };
}

export function rulePackOf(c: ReviewCase) {
  const pack = findRulePack(RULE_PACKS, c.rulePackId);
  if (!pack) throw new Error(`rule pack ${c.rulePackId} missing`);
  return pack;
}

/** The engine's view of the case, for the pre-checks. */
export function caseViewOf(
  c: ReviewCase,
  officers: CaseView['officers'],
  steps: CaseView['steps'],
  regionPath: readonly string[],
): CaseView {
  return {
    procedure: c.def.code,
    state: c.state,
    partyKind: c.partyKind,
    field: c.field,
    regionPath,
    officers,
    steps,
    rulePack: rulePackOf(c),
  };
}

/** The access rules a review act asks (http/policy/rules.ts): the handling agency's acts, or the reviewer's, who may sit in a superior agency. */
export type ReviewAction = Extract<
  Action,
  'case.read' | 'review.act' | 'review.opinion' | 'review.invite-adviser' | 'review.adviser-opinion'
>;

export type ReviewEventKind = Extract<RecordKind, `review.${string}`>;

/** A review act entered in the case's record (R-REC-2, R-REV-8), in the caller's transaction. */
export async function recordReviewEvent<K extends ReviewEventKind>(
  tx: Transaction<Database>,
  actor: Actor,
  c: ReviewCase,
  kind: K,
  at: Date,
  data: CaseLogData[K],
): Promise<number> {
  const { seq } = await appendCaseRecord(tx, {
    caseId: c.id,
    // a reviewer of a superior agency's 法制审核机构 records in the 派出机构's case
    actor,
    action: 'review.opinion',
    kind,
    at,
    data,
  });
  return seq;
}

export function hasStep(def: ProcedureDef, code: string, state: string): boolean {
  return def.steps.some((s) => s.code === code && s.from.includes(state));
}
