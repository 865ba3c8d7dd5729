import type { Kysely, Selectable } from 'kysely';
import {
  CREDIT_REPAIR_STATE_NAMES,
  DomainError,
  chinaDate,
  creditRepairRulesFor,
  type CreditRepairEligibility,
  type CreditRepairState,
} from '@sanxiang/domain';
import type { CreditRepairApplicationsTable, Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { agencyNamesSubquery } from '../org/org.queries.ts';
import { userNames } from '../people/people.queries.ts';
import { repairTarget, type RepairTarget } from '../publications/publication.credit.ts';
import { APPLICANT_ROLES, type CreditRepairDeps } from './credit-repair.service.ts';

/** The reads of 信用修复 applications: the agency's list with due dates, one application, the party's own. */

type Row = Selectable<CreditRepairApplicationsTable>;

export interface ApplicationSummary {
  id: string;
  number: string;
  agency: { id: string; name: string };
  publicationId: string;
  caseId: string;
  docNumber: string;
  decisionTitle: string;
  partyName: string;
  applicantName: string;
  applicantRole: string;
  receivedOn: string;
  dueOn: string;
  state: CreditRepairState;
  stateName: string;
  /** pending past its due date */
  overdue: boolean;
  decidedAt: string | null;
}

const summary = (r: Row & { agency_name: string }, today: string): ApplicationSummary => ({
  id: r.id,
  number: r.number,
  agency: { id: r.agency_id, name: r.agency_name },
  publicationId: r.publication_id,
  caseId: r.case_id,
  docNumber: r.doc_number,
  decisionTitle: r.decision_title,
  partyName: r.party_name,
  applicantName: r.applicant_name,
  applicantRole: APPLICANT_ROLES[r.applicant_role],
  receivedOn: r.received_on,
  dueOn: r.due_on,
  state: r.state,
  stateName: CREDIT_REPAIR_STATE_NAMES[r.state],
  overdue: r.state === 'pending' && today > r.due_on,
  decidedAt: r.decided_at ? r.decided_at.toISOString() : null,
});

function withAgency(db: Kysely<Database>) {
  return db
    .selectFrom('credit_repair_applications as a')
    .innerJoin(agencyNamesSubquery(db).as('ag'), 'ag.id', 'a.agency_id')
    .selectAll('a')
    .select('ag.name as agency_name');
}

/** The applications of the agencies the actor may see (pending first, by due date). */
export async function listApplications(
  db: Kysely<Database>,
  actor: Actor,
  today: string,
  q: { state?: CreditRepairState | undefined },
): Promise<ApplicationSummary[]> {
  const agencies = agenciesFor(actor, 'publication.read');
  if (!agencies.length) return [];
  let query = withAgency(db).where('a.agency_id', 'in', agencies);
  if (q.state) query = query.where('a.state', '=', q.state);
  const rows = await query.orderBy('a.state', 'desc').orderBy('a.due_on').orderBy('a.number').limit(500).execute();
  // pending first: 'pending' > 'granted'/'refused' in text order, hence desc above; then the most urgent
  return rows.map((r) => summary(r, today));
}

export interface ApplicationDetail extends ApplicationSummary {
  contact: string | null;
  reasons: string;
  commitment: string;
  attachments: { index: number; name: string; mediaType: string; size: number; sha256: string }[];
  /** the eligibility as checked on receipt */
  eligibilityOnReceipt: unknown;
  rules: { name: string; basis: string; decisionLimit: { days: number; unit: string; name: string; basis: string } | null };
  /** the record now: its state and the conditions (what the record shows, what the 公示管理员 confirms) */
  publication: Pick<RepairTarget, 'state' | 'publishedOn' | 'publicUntil' | 'penalty' | 'eligibility'> & {
    performance: string | null;
    repeatedBy: string | null;
  };
  decision: { by: string; at: string; reason: string; confirmed: unknown } | null;
}

export async function getApplication(deps: CreditRepairDeps, actor: Actor, id: string): Promise<ApplicationDetail> {
  const today = chinaDate(deps.clock.now());
  const r = /^[0-9a-f-]{36}$/.test(id) ? await withAgency(deps.db).where('a.id', '=', id).executeTakeFirst() : undefined;
  authorize(actor, 'publication.read', { agencyId: r?.agency_id });
  if (!r) throw new DomainError('NOT_FOUND', '信用修复申请不存在');
  const t = await deps.db.transaction().execute((tx) => repairTarget(tx, r.publication_id, today));
  const { repair } = creditRepairRulesFor(t?.field ?? '');
  const names = r.decided_by ? await userNames(deps.db, [r.decided_by]) : new Map<string, string>();
  const receipt = r.eligibility as CreditRepairEligibility & { penalty?: string; performance?: string | null };
  const files = r.attachments as { name: string; mediaType: string; size: number; sha256: string }[];
  return {
    ...summary(r, today),
    contact: r.contact,
    reasons: r.reasons,
    commitment: r.commitment,
    attachments: files.map((f, index) => ({ index, name: f.name, mediaType: f.mediaType, size: f.size, sha256: f.sha256 })),
    eligibilityOnReceipt: r.eligibility,
    rules: { name: repair.name, basis: repair.allowed.basis, decisionLimit: repair.decisionLimit },
    publication: {
      state: t?.state ?? 'unknown',
      publishedOn: t?.publishedOn ?? null,
      publicUntil: t?.publicUntil ?? null,
      // while public, the record now; once it has ended, what it showed when the application was received
      ...(t?.state === 'published'
        ? {
            penalty: t.penalty,
            eligibility: t.eligibility,
            performance: t.facts?.performance ?? null,
            repeatedBy: t.facts?.repeatedBy ?? null,
          }
        : {
            penalty: receipt.penalty ?? '',
            eligibility: {
              eligible: receipt.eligible,
              refusals: receipt.refusals,
              toVerify: receipt.toVerify,
              from: receipt.from,
              minimum: receipt.minimum,
            },
            performance: receipt.performance ?? null,
            repeatedBy: null,
          }),
    },
    decision:
      r.decided_at && r.decided_by
        ? { by: names.get(r.decided_by) ?? '', at: r.decided_at.toISOString(), reason: r.decision_reason ?? '', confirmed: r.confirmed }
        : null,
  };
}

/** An attachment of an application the actor may read: its stored digests and name. */
export async function applicationAttachment(deps: CreditRepairDeps, actor: Actor, id: string, index: number) {
  const r = /^[0-9a-f-]{36}$/.test(id)
    ? await deps.db
        .selectFrom('credit_repair_applications')
        .select(['agency_id', 'case_id', 'attachments'])
        .where('id', '=', id)
        .executeTakeFirst()
    : undefined;
  authorize(actor, 'publication.read', { agencyId: r?.agency_id });
  const f = (r?.attachments as { name: string; mediaType: string; sha256: string }[] | undefined)?.[index];
  if (!r || !f) throw new DomainError('NOT_FOUND', '证明材料不存在');
  return { ...f, agencyId: r.agency_id, caseId: r.case_id };
}

/** The applications of the party's case, newest first (the 当事人专区 shows them with their state). */
export async function applicationsOfCase(db: Kysely<Database>, caseId: string, today: string) {
  const rows = await withAgency(db).where('a.case_id', '=', caseId).orderBy('a.submitted_at', 'desc').execute();
  return rows.map((r) => ({ ...summary(r, today), decisionReason: r.decision_reason, attachments: (r.attachments as unknown[]).length }));
}
