import type { Kysely } from 'kysely';
import {
  DomainError,
  PUBLICATION_STATE_NAMES,
  chinaDate,
  earlyStopAvailability,
  fieldName,
  publicationRulesFor,
  type ManualMark,
  type PublicationState,
  type Redaction,
  type WithdrawalGround,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { caseSummaries, casesWithParty } from '../cases/case.reads.ts';
import type { Actor } from '../../http/actor.ts';
import type { Clock } from '../../adapters/clock.ts';
import { accessReason, logAccess } from '../access/access.service.ts';
import { agencyIdentitiesSubquery } from '../org/org.queries.ts';
import { deriveVersion, type VersionInput } from './publication.version.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

/**
 * What the 公示管理员 sees (R-PUB-3): the records due, with their deadlines and overdue flags; the
 * 司法局 sees the same over the agencies of its region. And one record with all its versions and
 * acts, and the side-by-side preview of original and redacted text before approval (R-PUB-4).
 */
export interface PublicationFilter {
  state?: PublicationState | undefined;
  agencyId?: string | undefined;
  /** only records past a deadline: not published in time, or not taken down in time */
  overdue?: boolean | undefined;
  limit?: number | undefined;
}

export async function listPublications(db: Kysely<Database>, actor: Actor, today: string, f: PublicationFilter) {
  const visible = agenciesFor(actor, 'publication.read');
  if (f.agencyId) authorize(actor, 'agency.read', { agencyId: f.agencyId });
  let q = db
    .selectFrom('publications as p')
    .innerJoin(agencyIdentitiesSubquery(db).as('a'), 'a.id', 'p.agency_id')
    .innerJoin(caseSummaries(db).as('c'), 'c.id', 'p.case_id')
    .select([
      'p.id',
      'p.case_id',
      'p.kind',
      'p.doc_number',
      'p.step_code',
      'p.decided_on',
      'p.due_on',
      'p.state',
      'p.version',
      'p.published_on',
      'p.public_until',
      'p.withdrawal_due_on',
      'p.full_text_document',
      'p.draft',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.credit_code',
      'c.title',
    ])
    .where('p.agency_id', 'in', visible);
  if (f.agencyId) q = q.where('p.agency_id', '=', f.agencyId);
  if (f.state) q = q.where('p.state', '=', f.state);
  if (f.overdue) {
    q = q.where((eb) =>
      eb.or([
        eb.and([eb('p.state', '=', 'pending'), eb('p.due_on', '<', today)]),
        eb.and([eb('p.state', '=', 'withdrawal-pending'), eb('p.withdrawal_due_on', '<', today)]),
      ]),
    );
  }
  const rows = await q
    .orderBy('p.due_on')
    .orderBy('p.id')
    .limit(Math.min(f.limit ?? 200, 500))
    .execute();
  return rows.map((r) => {
    const overdue =
      (r.state === 'pending' && r.due_on < today) ||
      (r.state === 'withdrawal-pending' && !!r.withdrawal_due_on && r.withdrawal_due_on < today);
    return {
      id: r.id,
      caseId: r.case_id,
      agency: { id: r.agency_id, name: r.agency_name, creditCode: r.credit_code },
      kind: r.kind,
      docNumber: r.doc_number,
      title: (r.draft as { title?: string }).title ?? r.title,
      decidedOn: r.decided_on,
      dueOn: r.due_on,
      state: r.state,
      stateName: PUBLICATION_STATE_NAMES[r.state],
      version: r.version,
      publishedOn: r.published_on,
      publishedLate: !!r.published_on && r.published_on > r.due_on,
      publicUntil: r.public_until,
      withdrawalDueOn: r.withdrawal_due_on,
      fullText: r.full_text_document !== null,
      overdue,
      url: r.version > 0 ? `/decisions/${r.credit_code}/${encodeURIComponent(r.doc_number)}` : null,
    };
  });
}

/** What a record and its versions keep in their JSON columns (written by publication.service.ts). */
interface StoredGround {
  ground: WithdrawalGround;
  groundOn: string;
  reason: string;
  /** the state before the ground was recorded (kept while the withdrawal is pending) */
  previousState?: PublicationState;
}
interface StoredMarks {
  body: ManualMark[];
  fields: Record<string, ManualMark[]>;
  corrections: Record<string, string | null>;
}
interface StoredRedactions {
  body: Redaction[];
  fields: Record<string, Redaction[]>;
}

export async function getPublication(db: Kysely<Database>, actor: Actor, id: string) {
  const p = await db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
  authorize(actor, 'publication.read', { agencyId: p?.agency_id });
  if (!p) throw new DomainError('NOT_FOUND', '公示记录不存在');
  const versions = await db
    .selectFrom('publication_versions as v')
    .leftJoin(userNamesSubquery(db).as('u'), 'u.id', 'v.approved_by')
    .select([
      'v.version',
      'v.fields',
      'v.document_id',
      'v.original_sha256',
      'v.published_text',
      'v.rule_set',
      'v.marks',
      'v.redactions',
      'v.reason',
      'v.approved_at',
      'u.display_name',
    ])
    .where('v.publication_id', '=', id)
    .orderBy('v.version')
    .execute();
  const events = await db
    .selectFrom('publication_events as e')
    .leftJoin(userNamesSubquery(db).as('u'), 'u.id', 'e.actor_id')
    .select(['e.seq', 'e.kind', 'e.at', 'e.details', 'e.hash', 'u.display_name'])
    .where('e.publication_id', '=', id)
    .orderBy('e.seq')
    .execute();
  // 提前停止公示 only where the sector's rules name it and for 行政处罚 (市场监管 公示规定 §14)
  const c = await db.selectFrom(casesWithParty(db).as('c')).select('c.field').where('c.id', '=', p.case_id).executeTakeFirst();
  const early = earlyStopAvailability(p.kind, publicationRulesFor(c?.field ?? ''));
  return {
    id: p.id,
    caseId: p.case_id,
    agencyId: p.agency_id,
    kind: p.kind,
    docNumber: p.doc_number,
    decidedOn: p.decided_on,
    dueOn: p.due_on,
    state: p.state,
    stateName: PUBLICATION_STATE_NAMES[p.state],
    version: p.version,
    publishedOn: p.published_on,
    publicUntil: p.public_until,
    withdrawalDueOn: p.withdrawal_due_on,
    ground: p.ground as StoredGround | null,
    fullTextDocument: p.full_text_document,
    earlyStop: { allowed: early.allowed, basis: early.basis, reason: early.reason },
    versions: versions.map((v) => ({
      version: v.version,
      fields: v.fields,
      documentId: v.document_id,
      originalSha256: v.original_sha256,
      publishedText: v.published_text,
      ruleSet: v.rule_set as { name: string; version: string; digest: string },
      marks: v.marks as StoredMarks,
      redactions: v.redactions as StoredRedactions,
      reason: v.reason,
      approvedBy: v.display_name ?? '系统（自动公示）',
      approvedAt: v.approved_at.toISOString(),
    })),
    events: events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      at: e.at.toISOString(),
      by: e.display_name ?? '系统',
      details: e.details,
      hash: e.hash.toString('hex'),
    })),
  };
}

/**
 * The publisher's side-by-side view: the original and what would be published, with every
 * redaction and why. The original holds unredacted personal data (身份证号码, phone numbers): only
 * the deciding agency's 公示管理员 and head see it (publication.preview), with a stated reason, and
 * every view is a 调阅 entry of the access log and the ledger (R-REC-7) — as the decision's PDF is.
 */
export async function previewPublication(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  id: string,
  input: VersionInput,
  rawReason: string | undefined,
) {
  const p = await deps.db.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst();
  authorize(actor, 'publication.preview', { agencyId: p?.agency_id });
  if (!p) throw new DomainError('NOT_FOUND', '公示记录不存在');
  const reason = accessReason(rawReason, { assignedOfficer: false });
  const v = await deriveVersion(deps.db, p, input);
  await logAccess(deps, actor, {
    agencyId: p.agency_id,
    action: 'view',
    targetKind: 'publication-preview',
    targetId: p.id,
    caseId: p.case_id,
    reason,
  });
  return {
    id: p.id,
    docNumber: v.docNumber,
    state: p.state,
    dueOn: p.due_on,
    fields: Object.keys(v.originalFields).map((code) => ({
      code,
      name: fieldName(code),
      original: v.originalFields[code] ?? null,
      published: v.fields[code] ?? null,
    })),
    fieldRedactions: v.fieldRedactions,
    original: v.document?.text ?? null,
    published: v.publishedText,
    documentSha256: v.document?.sha256 ?? null,
    redactions: v.redactions,
    kept: v.kept,
    ruleSet: v.ruleSet,
    title: v.title,
    unconfirmed: { count: v.unconfirmed.length, items: v.unconfirmed },
  };
}

export const todayOf = (now: Date) => chinaDate(now);
