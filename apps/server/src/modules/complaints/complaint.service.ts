import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  COMPLAINT_CODE_ALPHABET,
  COMPLAINT_LIMITS,
  DEFAULT_COMPLAINT_ANSWER_DAYS,
  DomainError,
  attachmentProblem,
  canonicalJson,
  checkAnswer,
  checkComplaint,
  chinaDate,
  complaintEventLeafHash,
  formatComplaintCode,
  sniffMediaType,
  type ComplaintEventBody,
  type ComplaintEventKind,
  type ComplaintInput,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { BlobStore } from '../../adapters/blobs/blob-store.ts';
import { putBytes } from '../../adapters/blobs/put-bytes.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyIdentitiesSubquery, agencyKindsSubquery } from '../org/org.queries.ts';
import { enabledUsersSubquery } from '../people/people.queries.ts';

/**
 * 投诉举报 (R-X-4): a complaint or report filed on the portal is received by the chosen agency at
 * once, with its answer limit (the agency's working days, by default 15) and a tracking code
 * (查询码) shown once to the complainant; the agency's head assigns a handler or transfers it to the
 * agency that has jurisdiction, the handler (or the head) answers. Every act is an entry of the
 * agency's ledger written in the same transaction (leaf source 'complaint'); the entry holds ids
 * and digests, never the complainant's name, telephone, text or files.
 */
type Db = Kysely<Database>;
type Tx = Transaction<Database>;

export interface ComplaintDeps {
  db: Db;
  clock: Clock;
  calendar: () => WorkingCalendar;
  blobs: BlobStore;
}

export interface UploadedFile {
  filename: string;
  mediaType: string;
  bytes: Buffer;
}

/** 16 characters of Crockford's base-32 from 80 random bits. */
export function newComplaintCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let s = '';
  for (let i = 0; i < 16; i++) s += COMPLAINT_CODE_ALPHABET[Number((bits >> BigInt(75 - 5 * i)) & 31n)];
  return s;
}

/** Only the SHA-256 of the normalised code is kept: whoever reads the table cannot follow a complaint. */
export function complaintCodeHash(normalised: string): Buffer {
  return createHash('sha256').update(`sanxiang-complaint\n${normalised}`).digest();
}

const sha256Hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export async function appendComplaintEvent(
  tx: Tx,
  e: {
    kind: ComplaintEventKind;
    complaintId: string;
    agencyId: string;
    actorId: string | null;
    at: Date;
    details: ComplaintEventBody['details'];
  },
): Promise<void> {
  const body: ComplaintEventBody = {
    type: 'complaint',
    kind: e.kind,
    complaintId: e.complaintId,
    agencyId: e.agencyId,
    actorId: e.actorId,
    at: e.at.toISOString(),
    details: e.details,
  };
  const text = canonicalJson(body);
  await tx
    .insertInto('complaint_events')
    .values({
      agency_id: e.agencyId,
      complaint_id: e.complaintId,
      kind: e.kind,
      body: text,
      hash: complaintEventLeafHash(text),
      actor_id: e.actorId,
      at: e.at,
    })
    .execute();
}

/** The agency's answer limit in working days (its setting, else the default). */
export async function answerDays(db: Db | Tx, agencyId: string): Promise<number> {
  const row = await db.selectFrom('complaint_settings').select('answer_days').where('agency_id', '=', agencyId).executeTakeFirst();
  return row?.answer_days ?? DEFAULT_COMPLAINT_ANSWER_DAYS;
}

async function dueOn(deps: Pick<ComplaintDeps, 'calendar'>, db: Db | Tx, agencyId: string, from: string): Promise<string | null> {
  return deps.calendar().tryDueDate(from, { days: await answerDays(db, agencyId), unit: 'working' });
}

/** An enforcement agency by id, or null (a 司法局 does not receive complaints about enforcement acts here). */
async function enforcementAgency(db: Db | Tx, id: string): Promise<{ id: string; name: string } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db
    .selectFrom(agencyIdentitiesSubquery(db).as('a'))
    .innerJoin(agencyKindsSubquery(db).as('k'), 'k.id', 'a.id')
    .select(['a.id', 'a.name', 'k.kind'])
    .where('a.id', '=', id)
    .executeTakeFirst();
  return row && row.kind === 'enforcement' ? { id: row.id, name: row.name } : null;
}

/** Each file's problem, checked on its bytes (type sniffed, size), before anything is stored. */
export function checkAttachments(files: readonly UploadedFile[]): { filename: string; mediaType: string; bytes: Buffer }[] {
  if (files.length > COMPLAINT_LIMITS.attachments)
    throw new DomainError('COMPLAINT_INVALID', `附件最多 ${COMPLAINT_LIMITS.attachments} 个`, { path: 'attachments' });
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > COMPLAINT_LIMITS.attachmentsTotalBytes)
    throw new DomainError('COMPLAINT_INVALID', `附件合计不能超过 ${COMPLAINT_LIMITS.attachmentsTotalBytes / 1024 / 1024} MB`, {
      path: 'attachments',
    });
  return files.map((f) => {
    const filename =
      f.filename
        .normalize('NFC')
        .replace(/[\\/\u0000-\u001f]/g, '_')
        .slice(-100) || '附件';
    const sniffed = sniffMediaType(f.bytes.subarray(0, 16));
    const problem = attachmentProblem({ filename, mediaType: sniffed ?? f.mediaType, size: f.bytes.length });
    if (problem) throw new DomainError('COMPLAINT_INVALID', problem, { path: 'attachments' });
    if (!sniffed)
      throw new DomainError('COMPLAINT_INVALID', `附件「${filename}」不是照片（JPEG、PNG）或者 PDF 文件`, { path: 'attachments' });
    return { filename, mediaType: sniffed, bytes: f.bytes };
  });
}

/**
 * Files a complaint: checks everything first (nothing is stored for a bad filing), stores the
 * attachments by content, then the complaint, its attachments and its 'received' entry in one
 * transaction. Returns the tracking code, which exists nowhere else afterwards.
 */
export async function fileComplaint(
  deps: ComplaintDeps,
  input: ComplaintInput,
  files: readonly UploadedFile[],
): Promise<{ id: string; code: string; agencyName: string; receivedOn: string; dueOn: string | null }> {
  const filing = checkComplaint(input);
  const agency = await enforcementAgency(deps.db, filing.agencyId);
  if (!agency) throw new DomainError('COMPLAINT_INVALID', '请选择被投诉举报的执法机关', { path: 'agencyId' });
  const attachments = checkAttachments(files);
  const stored: { filename: string; mediaType: string; bytes: Buffer; sha256: string }[] = [];
  for (const a of attachments) stored.push({ ...a, sha256: (await putBytes(deps.blobs, a.bytes)).sha256 });
  const now = deps.clock.now();
  const receivedOn = chinaDate(now);
  const code = newComplaintCode();
  const id = randomUUID();
  const contentSha256 = sha256Hex(
    canonicalJson({ ...filing, attachments: stored.map((s) => ({ filename: s.filename, sha256: s.sha256 })) }),
  );
  const due = await dueOn(deps, deps.db, agency.id, receivedOn);
  await deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('complaints')
      .values({
        id,
        agency_id: agency.id,
        filed_agency_id: agency.id,
        kind: filing.kind,
        subject_ref: filing.subjectRef,
        facts: filing.facts,
        request: filing.request,
        name: filing.name,
        phone: filing.phone,
        code_sha256: complaintCodeHash(code),
        content_sha256: contentSha256,
        state: 'received',
        received_at: now,
        received_on: receivedOn,
        due_on: due,
        updated_at: now,
      })
      .execute();
    if (stored.length)
      await tx
        .insertInto('complaint_attachments')
        .values(
          stored.map((s, i) => ({
            complaint_id: id,
            seq: i + 1,
            filename: s.filename,
            media_type: s.mediaType,
            size: s.bytes.length,
            sha256: s.sha256,
          })),
        )
        .execute();
    await appendComplaintEvent(tx, {
      kind: 'received',
      complaintId: id,
      agencyId: agency.id,
      actorId: null,
      at: now,
      details: { complaintKind: filing.kind, contentSha256, attachments: stored.length, dueOn: due },
    });
  });
  return { id, code: formatComplaintCode(code), agencyName: agency.name, receivedOn, dueOn: due };
}

/** The complaint row locked for an act, with the act's access rule checked (404 outside the actor's scope). */
async function lockedForAct(tx: Tx, actor: Actor, id: string, act: 'complaint.assign' | 'complaint.answer') {
  const row = await tx.selectFrom('complaints').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  authorize(actor, act, { agencyId: row?.agency_id });
  if (!row) throw new DomainError('NOT_FOUND', '投诉举报不存在');
  if (row.state === 'answered') throw new DomainError('COMPLAINT_STATE', '该投诉举报已答复，不能再办理');
  return row;
}

/** 指派承办人: the head names an officer or head of the agency. */
export async function assignComplaint(deps: ComplaintDeps, actor: Actor, id: string, handlerId: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockedForAct(tx, actor, id, 'complaint.assign');
    const handler = await tx
      .selectFrom(enabledUsersSubquery(tx).as('u'))
      .select(['u.id', 'u.roles'])
      .where('u.id', '=', handlerId)
      .where('u.agency_id', '=', row.agency_id)
      .executeTakeFirst();
    if (!handler || !handler.roles.some((r) => r === 'officer' || r === 'head'))
      throw new DomainError('COMPLAINT_INVALID', '承办人须是本机关的执法人员或者负责人', { path: 'handlerId' });
    const now = deps.clock.now();
    await tx.updateTable('complaints').set({ handler_id: handler.id, state: 'assigned', updated_at: now }).where('id', '=', id).execute();
    await appendComplaintEvent(tx, {
      kind: 'assigned',
      complaintId: id,
      agencyId: row.agency_id,
      actorId: actor.userId,
      at: now,
      details: { handlerId: handler.id },
    });
  });
}

/** 答复: the assigned handler or the head writes the answer the complainant reads with the code. */
export async function answerComplaint(deps: ComplaintDeps, actor: Actor, id: string, rawAnswer: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    // the access rule answers first (404 outside the scope, 403 for the role), then the text
    const row = await lockedForAct(tx, actor, id, 'complaint.answer');
    const answer = checkAnswer(rawAnswer);
    const isHead = actor.roles.includes('head');
    if (!isHead && row.handler_id !== actor.userId)
      throw new DomainError(
        'COMPLAINT_STATE',
        row.handler_id ? '只有承办人或者机关负责人可以答复' : '尚未指派承办人：请由机关负责人指派或者直接答复',
      );
    const now = deps.clock.now();
    await tx
      .updateTable('complaints')
      .set({ answer, answered_at: now, answered_by: actor.userId, state: 'answered', updated_at: now })
      .where('id', '=', id)
      .execute();
    await appendComplaintEvent(tx, {
      kind: 'answered',
      complaintId: id,
      agencyId: row.agency_id,
      actorId: actor.userId,
      at: now,
      details: { answerSha256: sha256Hex(answer), answeredOn: chinaDate(now), dueOn: row.due_on },
    });
  });
}

/**
 * 转办: the complaint goes to the agency that has jurisdiction; it is received there today with that
 * agency's limit, and both ledgers record the move (out of one, into the other).
 */
export async function transferComplaint(deps: ComplaintDeps, actor: Actor, id: string, toAgencyId: string, rawNote: string): Promise<void> {
  await deps.db.transaction().execute(async (tx) => {
    const row = await lockedForAct(tx, actor, id, 'complaint.assign');
    const note = rawNote.trim();
    if (note.length < 2 || note.length > 500)
      throw new DomainError('COMPLAINT_INVALID', '请写明转办理由（2–500 字），如“不属于本机关管辖”', { path: 'note' });
    const to = await enforcementAgency(tx, toAgencyId);
    if (!to || to.id === row.agency_id) throw new DomainError('COMPLAINT_INVALID', '请选择本机关以外的执法机关', { path: 'agencyId' });
    const now = deps.clock.now();
    const today = chinaDate(now);
    const due = await dueOn(deps, tx, to.id, today);
    await tx
      .updateTable('complaints')
      .set({ agency_id: to.id, state: 'received', handler_id: null, transferred: true, due_on: due, updated_at: now })
      .where('id', '=', id)
      .execute();
    const noteSha256 = sha256Hex(note);
    await appendComplaintEvent(tx, {
      kind: 'transferred-out',
      complaintId: id,
      agencyId: row.agency_id,
      actorId: actor.userId,
      at: now,
      details: { toAgencyId: to.id, noteSha256 },
    });
    await appendComplaintEvent(tx, {
      kind: 'transferred-in',
      complaintId: id,
      agencyId: to.id,
      actorId: actor.userId,
      at: now,
      details: { fromAgencyId: row.agency_id, noteSha256, dueOn: due, note },
    });
  });
}

/** 答复期限: the agency's working days for new complaints (those already received keep theirs). */
export async function setAnswerDays(deps: ComplaintDeps, actor: Actor, agencyId: string, days: number): Promise<{ answerDays: number }> {
  authorize(actor, 'complaint.settings', { agencyId });
  const now = deps.clock.now();
  await deps.db
    .insertInto('complaint_settings')
    .values({ agency_id: agencyId, answer_days: days, updated_by: actor.userId, updated_at: now })
    .onConflict((oc) => oc.column('agency_id').doUpdateSet({ answer_days: days, updated_by: actor.userId, updated_at: now }))
    .execute();
  return { answerDays: days };
}

export async function getAnswerDays(deps: Pick<ComplaintDeps, 'db'>, actor: Actor, agencyId: string): Promise<{ answerDays: number }> {
  authorize(actor, 'complaint.read', { agencyId });
  return { answerDays: await answerDays(deps.db, agencyId) };
}
