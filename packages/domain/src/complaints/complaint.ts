import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';

/**
 * 投诉举报 (R-X-4): what a complaint or report about an enforcement act must hold, the answer limit,
 * and what the complainant sees of its progress. Pure: the server files, routes and answers.
 *
 * - 投诉 (complaint): a person affected by an enforcement act asks for it to be looked at and answered;
 *   the complainant's name and a telephone number are required, so that the agency can reach them.
 * - 举报 (report): anyone reports unlawful enforcement; name and telephone may be left out (匿名举报),
 *   the tracking code (查询码) is then the only way to follow it.
 * Neither is ever public: the complainant's data is read by the handling agency and the 司法局 only.
 */
export type ComplaintKind = 'complaint' | 'report';
export const COMPLAINT_KIND_NAMES: Record<ComplaintKind, string> = { complaint: '投诉', report: '举报' };

export type ComplaintState = 'received' | 'assigned' | 'answered';
/** What a complainant is told: 已转办 while the receiving agency has not yet assigned it. */
export type ComplaintPublicState = 'received' | 'handling' | 'answered' | 'transferred';
export const COMPLAINT_PUBLIC_STATE_NAMES: Record<ComplaintPublicState, string> = {
  received: '已受理',
  handling: '办理中',
  answered: '已答复',
  transferred: '已转办',
};

export function complaintPublicState(state: ComplaintState, transferred: boolean): ComplaintPublicState {
  if (state === 'answered') return 'answered';
  if (state === 'assigned') return 'handling';
  return transferred ? 'transferred' : 'received';
}

/** The answer limit when an agency has set none: 15 working days from receipt. */
export const DEFAULT_COMPLAINT_ANSWER_DAYS = 15;
export const COMPLAINT_ANSWER_DAYS_RANGE = { min: 1, max: 60 } as const;

export const COMPLAINT_LIMITS = {
  facts: 5000,
  request: 2000,
  subjectRef: 60,
  name: 40,
  phone: 20,
  answer: 5000,
  attachments: 5,
  /** bytes per attachment */
  attachmentBytes: 10 * 1024 * 1024,
  /** bytes of all attachments together (the portal's form body is held in memory while it is read) */
  attachmentsTotalBytes: 20 * 1024 * 1024,
} as const;

/** Photos and PDF only: what a phone takes and what a scanner makes. */
export const COMPLAINT_MEDIA_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'application/pdf': 'PDF 文件',
};

export interface ComplaintInput {
  agencyId: string;
  kind: string;
  subjectRef: string;
  facts: string;
  request: string;
  name: string;
  phone: string;
}

export interface ComplaintFiling {
  agencyId: string;
  kind: ComplaintKind;
  subjectRef: string | null;
  facts: string;
  request: string;
  name: string | null;
  phone: string | null;
}

export interface FieldProblem {
  path: string;
  message: string;
}

const trimmed = (s: string) => s.normalize('NFC').trim();
/** Mainland mobile or fixed-line numbers as people write them: digits, optional +86, area code, dashes, spaces. */
const PHONE = /^(?:\+?86)?(?:1[3-9]\d{9}|0\d{9,11}|[2-9]\d{6,7})$/;
/** The digits (and a leading +) of a telephone number as written with spaces, dashes or brackets. */
const phoneDigits = (s: string) => s.replace(/[\s\-()（）]/g, '');

/** Every problem of a filing, field by field (the form shows each beside its field). */
export function complaintProblems(input: ComplaintInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  const kind = input.kind;
  if (kind !== 'complaint' && kind !== 'report') out.push({ path: 'kind', message: '请选择“投诉”或者“举报”' });
  if (!input.agencyId) out.push({ path: 'agencyId', message: '请选择被投诉举报的执法机关' });
  const facts = trimmed(input.facts);
  if (facts.length < 10) out.push({ path: 'facts', message: '请写明事实和理由（不少于 10 个字）' });
  else if (facts.length > COMPLAINT_LIMITS.facts) out.push({ path: 'facts', message: `事实和理由不能超过 ${COMPLAINT_LIMITS.facts} 字` });
  const request = trimmed(input.request);
  if (!request) out.push({ path: 'request', message: '请写明您的请求' });
  else if (request.length > COMPLAINT_LIMITS.request) out.push({ path: 'request', message: `请求不能超过 ${COMPLAINT_LIMITS.request} 字` });
  if (trimmed(input.subjectRef).length > COMPLAINT_LIMITS.subjectRef)
    out.push({ path: 'subjectRef', message: `文号或案件编号不能超过 ${COMPLAINT_LIMITS.subjectRef} 字` });
  const name = trimmed(input.name);
  const phone = trimmed(input.phone).normalize('NFKC');
  const anonymousAllowed = kind === 'report';
  if (!name && !anonymousAllowed) out.push({ path: 'name', message: '投诉须填写姓名或者名称（匿名请选择“举报”）' });
  else if (name.length > COMPLAINT_LIMITS.name) out.push({ path: 'name', message: `姓名或者名称不能超过 ${COMPLAINT_LIMITS.name} 字` });
  if (!phone && !anonymousAllowed) out.push({ path: 'phone', message: '投诉须填写联系电话，以便执法机关联系您' });
  else if (phone && !PHONE.test(phoneDigits(phone)))
    out.push({ path: 'phone', message: '联系电话格式不正确，请填写手机号码或者带区号的固定电话' });
  return out;
}

/** The filing as stored, or COMPLAINT_INVALID with each field's problem in `details.problems`. */
export function checkComplaint(input: ComplaintInput): ComplaintFiling {
  const problems = complaintProblems(input);
  if (problems.length)
    throw new DomainError('COMPLAINT_INVALID', problems.map((p) => p.message).join('；'), { path: problems[0]!.path, problems });
  const opt = (s: string) => trimmed(s) || null;
  return {
    agencyId: input.agencyId,
    kind: input.kind as ComplaintKind,
    subjectRef: opt(input.subjectRef),
    facts: trimmed(input.facts),
    request: trimmed(input.request),
    name: opt(input.name),
    phone: opt(input.phone)?.normalize('NFKC') ?? null,
  };
}

/** An attachment's own problem, or null: photos and PDF only, within the size limit, not empty. */
export function attachmentProblem(a: { filename: string; mediaType: string; size: number }): string | null {
  if (!(a.mediaType in COMPLAINT_MEDIA_TYPES)) return `附件「${a.filename}」不是照片（JPEG、PNG）或者 PDF 文件`;
  if (a.size === 0) return `附件「${a.filename}」是空文件`;
  if (a.size > COMPLAINT_LIMITS.attachmentBytes) return `附件「${a.filename}」超过 ${COMPLAINT_LIMITS.attachmentBytes / 1024 / 1024} MB`;
  return null;
}

/** The file's first bytes must be what its type says (a renamed file is refused). */
export function sniffMediaType(head: Uint8Array): string | null {
  const starts = (...b: number[]) => b.every((x, i) => head[i] === x);
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}

/**
 * The tracking code (查询码): 16 characters of Crockford's base-32 (80 bits; no I, L, O, U to
 * misread), shown in groups of four. The server draws the characters; this only normalises and checks.
 */
export const COMPLAINT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function formatComplaintCode(raw16: string): string {
  return raw16.match(/.{4}/g)!.join('-');
}

/** What a person typed, made comparable: case, spaces, dashes and the letters people confuse; null when it cannot be a code. */
export function normaliseComplaintCode(raw: string): string | null {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_—–]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{16}$/.test(s) ? s : null;
}

export function checkAnswer(text: string): string {
  const t = trimmed(text);
  if (t.length < 5) throw new DomainError('COMPLAINT_INVALID', '请填写答复内容（不少于 5 个字）', { path: 'answer' });
  if (t.length > COMPLAINT_LIMITS.answer)
    throw new DomainError('COMPLAINT_INVALID', `答复内容不能超过 ${COMPLAINT_LIMITS.answer} 字`, { path: 'answer' });
  return t;
}

/** The acts on a complaint, each an entry of the agency's ledger (no personal data in the entry). */
export type ComplaintEventKind = 'received' | 'assigned' | 'answered' | 'transferred-out' | 'transferred-in';
export const COMPLAINT_EVENT_NAMES: Record<ComplaintEventKind, string> = {
  received: '受理',
  assigned: '指派承办人',
  answered: '答复',
  'transferred-out': '转办',
  'transferred-in': '接收转办',
};

/** An entry of the agency's ledger for an act on a complaint: identifiers and digests only, never the complainant's data. */
export interface ComplaintEventBody {
  type: 'complaint';
  kind: ComplaintEventKind;
  complaintId: string;
  agencyId: string;
  actorId: string | null;
  at: string;
  details: Record<string, string | number | null>;
}

const COMPLAINT_EVENT_PREFIX = Buffer.from('sanxiang/complaint/v1\n', 'utf8');

/** The ledger leaf hash of a complaint act from its canonical JSON text: SHA-256(0x00 ‖ "sanxiang/complaint/v1\n" ‖ text). */
export function complaintEventLeafHash(canonicalBody: string): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(COMPLAINT_EVENT_PREFIX)
    .update(Buffer.from(canonicalBody, 'utf8'))
    .digest();
}
