import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  CREDIT_REPAIR_STATE_NAMES,
  DomainError,
  assertCreditRepairDecider,
  assertCreditRepairEligible,
  chinaDate,
  creditRepairRulesFor,
  type CreditRepairState,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import type { FormFile } from '../../http/multipart-form.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { putBytes } from '../../adapters/blobs/put-bytes.ts';
import { authorize } from '../../http/policy/authorize.ts';
import type { PublicationDeps } from '../publications/publication.service.ts';
import { stopEarlyIn } from '../publications/publication.withdrawal.ts';
import { recordRepairAct, repairTarget } from '../publications/publication.credit.ts';
import { partyChannelUser } from '../people/people.queries.ts';
import type { PartySession } from '../party/party.service.ts';

/**
 * 信用修复 online (issue 22 point 2): the party, signed in to the 当事人专区 with its case number and
 * access code (itself, its 法定代表人 or an agent), applies to end the publication of a 行政处罚 early
 * where its sector's rules allow it; the application is refused at once, with nothing stored, when
 * the record shows it cannot succeed (an excluded penalty, too early, a sector without the rule).
 * The agency's 公示管理员 decides within the limit: 准予 ends the publication through the
 * publications module's own stop (its conditions checked again there), 不予 records the reason. The
 * application, the refusal and the stop are sealed in the publication's hashed log, hence the ledger.
 */
export interface CreditRepairDeps extends PublicationDeps {
  blobs: BlobStore;
}

export const APPLICANT_ROLES = { party: '当事人本人', 'legal-representative': '法定代表人（负责人）', agent: '委托代理人' } as const;
export type ApplicantRole = keyof typeof APPLICANT_ROLES;

/** What a file may be: the evidence a party has at hand (scans, photos, PDF). */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};
export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface ApplicationInput {
  publicationId: string;
  applicantRole: string;
  applicantName: string;
  contact: string;
  reasons: string;
  commitment: string;
  files: FormFile[];
}

function validate(input: ApplicationInput) {
  const text = (v: string, label: string, field: string, min: number, max: number) => {
    const t = (v ?? '').replace(/\r\n/g, '\n').trim();
    if (t.length < min)
      throw new DomainError('VALIDATION_FAILED', min > 1 ? `请填写${label}（至少 ${min} 字）` : `请填写${label}`, { field });
    if (t.length > max) throw new DomainError('VALIDATION_FAILED', `${label}不能超过 ${max} 字`, { field });
    return t;
  };
  if (!(input.applicantRole in APPLICANT_ROLES))
    throw new DomainError('VALIDATION_FAILED', `请选择申请人身份：${Object.values(APPLICANT_ROLES).join('、')}`, {
      field: 'applicantRole',
    });
  const applicantName = text(input.applicantName, '申请人姓名', 'applicantName', 2, 50);
  const contact = text(input.contact, '联系电话', 'contact', 0, 40);
  if (contact && !/^[0-9+\-() ]{7,20}$/.test(contact))
    throw new DomainError('VALIDATION_FAILED', '请填写正确的联系电话，或者留空', { field: 'contact' });
  const reasons = text(input.reasons, '申请理由（履行义务、整改和消除影响的情况）', 'reasons', 10, 3000);
  if (input.commitment !== 'yes') throw new DomainError('VALIDATION_FAILED', '请阅读并勾选接受守信承诺书', { field: 'commitment' });
  if (input.files.length > MAX_ATTACHMENTS)
    throw new DomainError('VALIDATION_FAILED', `证明材料最多 ${MAX_ATTACHMENTS} 个文件`, { field: 'files' });
  for (const f of input.files) {
    if (!ATTACHMENT_TYPES[f.mediaType])
      throw new DomainError('VALIDATION_FAILED', `证明材料「${f.filename}」的格式不支持，请上传 PDF、JPEG 或 PNG 文件`, { field: 'files' });
    if (f.bytes.length === 0 || f.bytes.length > MAX_ATTACHMENT_BYTES)
      throw new DomainError('VALIDATION_FAILED', `证明材料「${f.filename}」应为 1 字节至 5 MB 的文件`, { field: 'files' });
    if (f.filename.length > 120) throw new DomainError('VALIDATION_FAILED', '证明材料的文件名不能超过 120 字', { field: 'files' });
  }
  return { applicantRole: input.applicantRole as ApplicantRole, applicantName, contact: contact || null, reasons };
}

/** The record the party applies for: one of its own case's publications, else it does not exist (404). */
async function ownTarget(tx: Transaction<Database>, s: PartySession, publicationId: string, today: string, lock: boolean) {
  const t = /^[0-9a-f-]{36}$/.test(publicationId) ? await repairTarget(tx, publicationId, today, lock) : null;
  if (!t || t.caseId !== s.caseId) throw new DomainError('NOT_FOUND', '公示记录不存在');
  return t;
}

async function nextNumber(tx: Transaction<Database>, agencyId: string, year: number): Promise<string> {
  const row = await tx
    .insertInto('credit_repair_counters')
    .values({ agency_id: agencyId, year, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_id', 'year']).doUpdateSet((eb) => ({ last_seq: eb('credit_repair_counters.last_seq', '+', 1) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return `XF${year}-${String(row.last_seq).padStart(5, '0')}`;
}

/**
 * 申请信用修复: checked first (nothing stored, not even the files, when the rules refuse it), then the
 * files stored, then checked again under the publication's lock and recorded with its due date.
 */
export async function applyForCreditRepair(
  deps: CreditRepairDeps,
  s: PartySession,
  input: ApplicationInput,
): Promise<{ id: string; number: string; dueOn: string }> {
  const v = validate(input);
  const today = chinaDate(deps.clock.now());
  await deps.db.transaction().execute(async (tx) => {
    const t = await ownTarget(tx, s, input.publicationId, today, false);
    assertCreditRepairEligible(t.eligibility);
  });
  const attachments: { name: string; mediaType: string; size: number; sha256: string; sm3: string }[] = [];
  for (const f of input.files) {
    const d = await putBytes(deps.blobs, f.bytes);
    attachments.push({ name: f.filename, mediaType: f.mediaType, size: f.bytes.length, sha256: d.sha256, sm3: d.sm3 });
  }
  return deps.db.transaction().execute(async (tx) => {
    const t = await ownTarget(tx, s, input.publicationId, today, true);
    if (t.state !== 'published') throw new DomainError('CREDIT_REPAIR_STATE', '该决定当前不在公示中，无需申请提前停止公示');
    assertCreditRepairEligible(t.eligibility);
    const pending = await tx
      .selectFrom('credit_repair_applications')
      .select('number')
      .where('publication_id', '=', t.id)
      .where('state', '=', 'pending')
      .executeTakeFirst();
    if (pending)
      throw new DomainError('CREDIT_REPAIR_STATE', `该决定已有待决定的信用修复申请（${pending.number}），请等待执法机关作出决定`, {
        number: pending.number,
      });
    const { repair } = creditRepairRulesFor(t.field);
    const limit = repair.decisionLimit!;
    const dueOn = deps.calendar().dueDate(today, limit);
    const at = deps.clock.now();
    const id = randomUUID();
    const number = await nextNumber(tx, t.agencyId, Number(today.slice(0, 4)));
    await tx
      .insertInto('credit_repair_applications')
      .values({
        id,
        number,
        agency_id: t.agencyId,
        publication_id: t.id,
        case_id: t.caseId,
        party_id: s.partyId,
        party_name: s.partyName,
        doc_number: t.docNumber,
        decision_title: t.title,
        access_id: s.accessId,
        applicant_name: v.applicantName,
        applicant_role: v.applicantRole,
        contact: v.contact,
        reasons: v.reasons,
        commitment: repair.commitment.text,
        attachments: JSON.stringify(attachments),
        // as checked on receipt, with what the record showed then (the decision page reads it once the record has ended)
        eligibility: JSON.stringify({ ...t.eligibility, penalty: t.penalty, performance: t.facts?.performance ?? null }),
        rules: JSON.stringify({ id: repair.id, name: repair.name, basis: repair.allowed.basis, decisionLimit: limit }),
        received_on: today,
        due_on: dueOn,
        state: 'pending',
        submitted_at: at,
      })
      .execute();
    await recordRepairAct(tx, t.id, 'repair-applied', await partyChannelUser(tx, t.agencyId), at, {
      application: { id, number, receivedOn: today, dueOn },
      applicant: { role: v.applicantRole, name: v.applicantName },
      commitmentAccepted: true,
      attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256, sm3: a.sm3 })),
      basis: repair.allowed.basis,
      limit: { name: limit.name, basis: limit.basis },
    });
    return { id, number, dueOn };
  });
}

export interface DecisionInput {
  decision: 'grant' | 'refuse';
  reason: string;
  confirmed?: { harmRemoved?: boolean; notListed?: boolean } | undefined;
}

/**
 * 准予 or 不予 (the 公示管理员 of the agency that made the decision). 准予 stops the publication in the
 * same transaction through the publications module, which checks every condition again (the
 * record's and those the 公示管理员 confirms); a condition unmet refuses the grant with nothing changed.
 */
export async function decideCreditRepair(deps: CreditRepairDeps, actor: Actor, id: string, input: DecisionInput): Promise<void> {
  const reason = (input.reason ?? '').trim();
  if (reason.length < 2 || reason.length > 1000)
    throw new DomainError(
      'VALIDATION_FAILED',
      input.decision === 'refuse' ? '不予信用修复须写明理由（2–1000 字）' : '请写明决定理由（2–1000 字）',
    );
  await deps.db.transaction().execute(async (tx) => {
    const a = await tx.selectFrom('credit_repair_applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    authorize(actor, 'publication.act', { agencyId: a?.agency_id });
    if (!a) throw new DomainError('NOT_FOUND', '信用修复申请不存在');
    assertCreditRepairDecider(actor.roles);
    if (a.state !== 'pending')
      throw new DomainError('CREDIT_REPAIR_STATE', `该申请已${CREDIT_REPAIR_STATE_NAMES[a.state]}，不能再次决定`, { state: a.state });
    const at = deps.clock.now();
    const application = { id: a.id, number: a.number, receivedOn: a.received_on, dueOn: a.due_on, late: chinaDate(at) > a.due_on };
    const confirmed = { harmRemoved: input.confirmed?.harmRemoved === true, notListed: input.confirmed?.notListed === true };
    if (input.decision === 'grant') {
      await stopEarlyIn(tx, deps, actor, a.publication_id, {
        reason: `准予信用修复：${reason}`,
        repairDecision: `信用修复申请${a.number}准予`,
        confirmed,
        application,
      });
    } else {
      await recordRepairAct(tx, a.publication_id, 'repair-refused', actor.userId, at, { application, reason });
    }
    const state: CreditRepairState = input.decision === 'grant' ? 'granted' : 'refused';
    await tx
      .updateTable('credit_repair_applications')
      .set({ state, decided_at: at, decided_by: actor.userId, decision_reason: reason, confirmed: JSON.stringify(confirmed) })
      .where('id', '=', id)
      .execute();
  });
}
