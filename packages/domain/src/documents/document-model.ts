/**
 * 执法文书 as data (R-REC-2 文字记录): a template fills a model from the case; PDF and Word are
 * rendered from the same model, so the paper and electronic versions say the same thing. The
 * model's canonical JSON is what the agency's electronic seal signs.
 */
export type DocumentBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: readonly { label: string; value: string }[] }
  | { type: 'signatures'; lines: readonly string[] };

export interface DocumentModel {
  kind: string;
  /** 文书名称, e.g. 行政处罚决定书 */
  title: string;
  agencyName: string;
  /** 文书编号, e.g. 馆市监罚〔2026〕42号 */
  number: string;
  /** YYYY-MM-DD, China date */
  issuedOn: string;
  blocks: DocumentBlock[];
}

export interface DocumentStep {
  code: string;
  name: string;
  /** YYYY-MM-DD, China date */
  on: string;
  actorName: string;
  inputs: Record<string, unknown>;
}

/** What templates are filled from. */
export interface DocumentContext {
  agency: { name: string; creditCode: string; address: string; phone: string; reviewBody: string; court: string };
  case: { number: string; title: string; procedureName: string; field: string; regionName: string; openedOn: string };
  party: { kind: 'person' | 'org'; name: string; creditCode: string | null; idNumber: string | null; legalRep: string | null; address: string | null; phone: string | null };
  officers: readonly { name: string; certificateNumber: string }[];
  steps: readonly DocumentStep[];
  issuedOn: string;
}

/** A blank to fill by hand, as on paper forms, where the case has no value yet. */
export const BLANK = '＿＿＿＿＿＿';

export function text(v: unknown): string {
  if (v === undefined || v === null || v === '') return BLANK;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.length ? v.map(text).join('、') : BLANK;
  return String(v);
}

/** The last time a step was taken, or null. */
export function lastStep(ctx: DocumentContext, ...codes: string[]): DocumentStep | null {
  for (let i = ctx.steps.length - 1; i >= 0; i--) if (codes.includes(ctx.steps[i]!.code)) return ctx.steps[i]!;
  return null;
}

export function input(ctx: DocumentContext, codes: string | string[], name: string): string {
  const s = lastStep(ctx, ...(Array.isArray(codes) ? codes : [codes]));
  return text(s?.inputs[name]);
}

export function chineseDate(iso: string | null | undefined): string {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '＿＿年＿＿月＿＿日';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

export function partyRows(ctx: DocumentContext): { label: string; value: string }[] {
  const p = ctx.party;
  return p.kind === 'org'
    ? [
        { label: '当事人', value: text(p.name) },
        { label: '统一社会信用代码', value: text(p.creditCode) },
        { label: '法定代表人（负责人）', value: text(p.legalRep) },
        { label: '住所（地址）', value: text(p.address) },
        { label: '联系电话', value: text(p.phone) },
      ]
    : [
        { label: '当事人', value: text(p.name) },
        { label: '公民身份号码', value: text(p.idNumber) },
        { label: '住址', value: text(p.address) },
        { label: '联系电话', value: text(p.phone) },
      ];
}

export function officerLine(ctx: DocumentContext): string {
  return ctx.officers.length ? ctx.officers.map((o) => `${o.name}（执法证号 ${o.certificateNumber}）`).join('、') : BLANK;
}
