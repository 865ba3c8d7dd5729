import type { InputDef } from '../procedures/types.ts';
import { PROCEDURES } from '../procedures/registry.ts';
import { yuanText } from './amount-in-words.ts';
import { chinaDay } from '../time/china-time.ts';
import type { DocumentBlock, DocumentContext, DocumentStep, FieldRow } from './document-model.ts';

/**
 * Filling templates from the case. Whatever the case does not hold yet becomes a blank line to fill
 * by hand, as on paper forms — never "undefined" or "null".
 */
export const BLANK = '＿＿＿＿＿＿＿＿';
export const BLANK_DATE = '＿＿＿＿年＿＿月＿＿日';
const BLANK_TIME = '＿＿时＿＿分';
/** about one printed line of blank */
const BLANK_LINE = '＿'.repeat(34);

/** Blank lines for a passage to be written by hand. */
export function blankLines(n: number): string {
  return BLANK_LINE.repeat(n);
}

export function isPresent(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.some(isPresent);
  return typeof v === 'boolean';
}

/** A plain value as text, or the blank. */
export function text(v: unknown, blank = BLANK): string {
  if (!isPresent(v)) return blank;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v))
    return v
      .filter(isPresent)
      .map((x) => text(x))
      .join('、');
  return String(v).trim();
}

const OFFSET_MS = 8 * 3600 * 1000;
/** Parts of an ISO instant in China time (UTC+8), or null. */
function chinaParts(iso: string | null | undefined): { date: string; hour: number; minute: number } | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const s = new Date(t + OFFSET_MS).toISOString();
  return { date: s.slice(0, 10), hour: Number(s.slice(11, 13)), minute: Number(s.slice(14, 16)) };
}

/**
 * 2026-09-01 → 2026年9月1日; an instant → its Beijing date (2026-11-05T17:30:00Z → 2026年11月6日, never
 * the UTC day); anything else → the blank date.
 */
export function chineseDate(iso: string | null | undefined): string {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return BLANK_DATE;
  // a day with words after it ('2026-09-01 上午') is that day
  const day = chinaDay(iso) ?? iso.slice(0, 10);
  const [y, m, d] = day.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The China date of a step (its `on`, else the date of its `at`), or null. */
export function stepDay(step: DocumentStep | null): string | null {
  if (!step) return null;
  if (step.on && /^\d{4}-\d{2}-\d{2}$/.test(step.on)) return step.on;
  return chinaParts(step.at)?.date ?? null;
}

/** 2026年8月20日9时30分 from the step's instant; the time is left blank when only the day is known. */
export function stepDateTime(step: DocumentStep | null): string {
  const p = chinaParts(step?.at);
  if (p) return `${chineseDate(p.date)}${p.hour}时${String(p.minute).padStart(2, '0')}分`;
  return `${chineseDate(stepDay(step))}${BLANK_TIME}`;
}

export function openedOn(ctx: DocumentContext): string | null {
  // a 一般程序 case is 立案 on the day the head approved it (市场监管程序规定 §20), not the day it was put forward
  const approval = ctx.steps.find((s) => s.code === 'approve-filing');
  if (approval) return stepDay(approval);
  return ctx.case.openedOn ?? chinaParts(ctx.case.openedAt)?.date ?? null;
}

/** The last time one of the steps was taken, or null. */
/**
 * The 文书编号 of the last document the case issued under `title` (e.g. the 决定书 a 送达回证 serves,
 * the 责令改正通知书 a 复查意见书 follows): never the 案号, which is no document's number. A blank to
 * fill by hand when the case has issued none, or one without a number of its own.
 */
export function issuedNumber(ctx: DocumentContext, title: string, blank = BLANK): string {
  const d = [...(ctx.issuedDocuments ?? [])].reverse().find((x) => x.title === title);
  return d?.number ? d.number : blank;
}

export function lastStep(ctx: DocumentContext, ...codes: string[]): DocumentStep | null {
  for (let i = ctx.steps.length - 1; i >= 0; i--) if (codes.includes(ctx.steps[i]!.code)) return ctx.steps[i]!;
  return null;
}

/** An input's raw value at the last of these steps. */
export function rawInput(ctx: DocumentContext, codes: string | readonly string[], name: string): unknown {
  return lastStep(ctx, ...(typeof codes === 'string' ? [codes] : codes))?.inputs[name];
}

/** The definition of a step's input, from the case's procedure first, to show choices by their labels. */
function inputDef(ctx: DocumentContext, stepCode: string, name: string): InputDef | undefined {
  const own = PROCEDURES.filter((p) => p.name === ctx.case.procedureName);
  for (const p of [...own, ...PROCEDURES]) {
    const d = [p.open, ...p.steps].find((s) => s.code === stepCode)?.inputs.find((i) => i.name === name);
    if (d) return d;
  }
  return undefined;
}

/** A value as people read it: choices by label, dates in Chinese, money with its 大写. */
export function describe(v: unknown, def: InputDef | undefined, blank = BLANK): string {
  if (!isPresent(v)) return blank;
  switch (def?.type) {
    case 'choice':
      return def.choices?.find((c) => c.value === v)?.label ?? text(v, blank);
    case 'date':
      return chineseDate(String(v));
    case 'money':
      return typeof v === 'number' ? yuanText(v) : text(v, blank);
    case 'officers':
      // stored as user ids; documents name officers from the case's officer list
      return blank;
    default:
      return text(v, blank);
  }
}

/** An input of the last of these steps, described for people, or the blank. */
export function input(ctx: DocumentContext, codes: string | readonly string[], name: string, blank = BLANK): string {
  const list = typeof codes === 'string' ? [codes] : codes;
  const step = lastStep(ctx, ...list);
  return step ? describe(step.inputs[name], inputDef(ctx, step.code, name), blank) : blank;
}

/** A free-text passage (事实, 情况, 意见): the text, or blank lines to write on. */
export function passage(ctx: DocumentContext, codes: string | readonly string[], name: string, lines = 3): string {
  return input(ctx, codes, name, blankLines(lines));
}

export function isOrganization(ctx: DocumentContext): boolean {
  return ctx.party.kind !== 'person';
}

/**
 * 当事人 rows: 行政处罚法 §59(1) 当事人的姓名或者名称、地址. `phone: false` leaves out the party's
 * 联系电话: only the forms whose 2021 市场监管 范本 has the row (笔录, internal 审批表) print it;
 * decisions, notices sent to other authorities and the review's papers do not need it.
 */
export function partyRows(ctx: DocumentContext, { phone = true }: { phone?: boolean } = {}): FieldRow[] {
  const p = ctx.party;
  const rows = isOrganization(ctx)
    ? [
        { label: '当事人（单位名称）', value: text(p.name) },
        { label: '统一社会信用代码', value: text(p.creditCode) },
        { label: '法定代表人（负责人）', value: text(p.legalRep) },
        { label: '住所（经营场所）', value: text(p.address) },
      ]
    : [
        { label: '当事人（姓名）', value: text(p.name) },
        { label: '公民身份号码', value: text(p.idNumber) },
        { label: '住址', value: text(p.address) },
      ];
  return phone ? [...rows, { label: '联系电话', value: text(p.phone) }] : rows;
}

/** 「馆陶县惠民超市有限公司：」 — the person a notice is addressed to. */
export function addressee(ctx: DocumentContext): string {
  return `${text(ctx.party.name)}：`;
}

/** 你（单位） or 你, as notices address the party. */
export function you(ctx: DocumentContext): string {
  return isOrganization(ctx) ? '你单位' : '你';
}

/** Officers with their 执法证 numbers (行政处罚法 §42: at least two, certified). */
export function officerText(ctx: DocumentContext): string {
  const named = ctx.officers.filter((o) => isPresent(o.name));
  if (!named.length) return `${BLANK}（执法证号：${BLANK}）、${BLANK}（执法证号：${BLANK}）`;
  return named.map((o) => `${o.name.trim()}（执法证号：${text(o.certificateNumber)}）`).join('、');
}

/** 「当事人（签名）：＿＿＿＿　＿＿＿＿年＿＿月＿＿日」: signed and dated by hand */
export function signLine(label: string): string {
  return `${label}：${BLANK}　　${BLANK_DATE}`;
}

/** 签名栏, e.g. signatures('当事人（签名）', '执法人员（签名）') */
export function signatures(...labels: string[]): DocumentBlock {
  return { type: 'signatures', lines: labels.map(signLine) };
}

/**
 * 落款: the agency's name and the date, under its seal. The seal itself is what the renderer places
 * there (the agency's seal image, or the note that the document is electronically signed), never a
 * printed 「（印章）」 beside the name (issue 20).
 */
export function sealBlock(ctx: DocumentContext, day: string | null): DocumentBlock {
  const date = chineseDate(day ?? ctx.issuedOn);
  return { type: 'seal', agencyName: ctx.agency.name, date, lines: [text(ctx.agency.name), date] };
}

export const heading = (t: string): DocumentBlock => ({ type: 'heading', text: t });
export const paragraph = (t: string): DocumentBlock => ({ type: 'paragraph', text: t });
/** The addressee line of a notice, flush left: 「馆陶县惠民超市有限公司：」 */
export const addresseeLine = (ctx: DocumentContext): DocumentBlock => ({ type: 'paragraph', text: addressee(ctx), indent: false });
export const fields = (...rows: FieldRow[]): DocumentBlock => ({ type: 'fields', rows });
export const row = (label: string, value: string): FieldRow => ({ label, value });

/** The agency's contact for replies (地址, 电话), as notices state it. */
export function agencyContact(ctx: DocumentContext): DocumentBlock {
  return fields(row('本机关地址', text(ctx.agency.address)), row('联系电话', text(ctx.agency.phone)));
}

/** A template: its title and a pure function from the case to the blocks. */
export interface DocumentTemplate {
  title: string;
  /** a title that depends on the case, e.g. 不予行政处罚决定书 */
  titleFor?: (ctx: DocumentContext) => string;
  build: (ctx: DocumentContext) => DocumentBlock[];
}
