import { DATE_FIELD_CODES, FIELD_SETS, type FieldValues, type PublicationFieldSet } from '../publication/fields.ts';
import { isValidCreditCode } from '../people/party.ts';

/**
 * A decision pushed in by another agency's case system, in the 双公示 field codes (R-PUB-8,
 * R-X-6): the same format this product pushes upward, so one Sanxiang can feed another. Dates are
 * written as the data standard writes them, YYYY/MM/DD (toExchangeFields on the way out); on the way
 * in both YYYY/MM/DD and YYYY-MM-DD are taken and kept as YYYY-MM-DD (fromExchangeFields).
 */
export interface PushedDecision {
  fieldSet: PublicationFieldSet;
  fields: FieldValues;
  /** 'published' (default) or 'withdrawn' with a reason */
  status?: 'published' | 'withdrawn';
  reason?: string | null;
  /** the redacted or unredacted full text of the 决定书; redacted again on arrival */
  fullText?: string | null;
}

/** Per field set: the items every pushed record must carry, the 文号, the date, the authority, the party and the free-text items. */
export const PUSH_RULES: Readonly<
  Record<
    PublicationFieldSet,
    {
      required: readonly string[];
      docNumber: string;
      date: string;
      authority: string;
      authorityCode: string;
      party: string;
      partyCode: string;
      violation: string | null;
      facts: string;
      conclusion: string;
      free: readonly string[];
    }
  >
> = {
  penalty: {
    required: ['CF_XDR_MC', 'CF_WSH', 'CF_CFLB', 'CF_NR', 'CF_JDRQ', 'CF_CFJG', 'CF_CFJGDM', 'CF_SY', 'CF_YJ'],
    docNumber: 'CF_WSH',
    date: 'CF_JDRQ',
    authority: 'CF_CFJG',
    authorityCode: 'CF_CFJGDM',
    party: 'CF_XDR_MC',
    partyCode: 'CF_XDR_SHXYM',
    violation: 'CF_WFXW',
    facts: 'CF_SY',
    conclusion: 'CF_NR',
    free: ['CF_SY', 'CF_NR'],
  },
  license: {
    required: ['XK_XDR_MC', 'XK_WSH', 'XK_NR', 'XK_JDRQ', 'XK_XKJG', 'XK_XKJGDM'],
    docNumber: 'XK_WSH',
    date: 'XK_JDRQ',
    authority: 'XK_XKJG',
    authorityCode: 'XK_XKJGDM',
    party: 'XK_XDR_MC',
    partyCode: 'XK_XDR_SHXYM',
    violation: null,
    facts: 'XK_NR',
    conclusion: 'XK_NR',
    free: ['XK_NR'],
  },
  general: {
    required: ['ZF_XDR_MC', 'ZF_WSH', 'ZF_LB', 'ZF_JL', 'ZF_JDRQ', 'ZF_JG', 'ZF_JGDM'],
    docNumber: 'ZF_WSH',
    date: 'ZF_JDRQ',
    authority: 'ZF_JG',
    authorityCode: 'ZF_JGDM',
    party: 'ZF_XDR_MC',
    partyCode: 'ZF_XDR_SHXYM',
    violation: null,
    facts: 'ZF_SX',
    conclusion: 'ZF_JL',
    free: ['ZF_SX', 'ZF_JL'],
  },
};

const KIND_OF_SET: Readonly<Record<PublicationFieldSet, string | null>> = { penalty: '行政处罚', license: '行政许可', general: null };

export interface PushProblem {
  item: number;
  field: string | null;
  message: string;
}

/** The 行政许可/行政处罚 信息 data standard writes dates YYYY/MM/DD: the record as it leaves this product. */
export function toExchangeFields(fields: FieldValues): FieldValues {
  const out: FieldValues = {};
  for (const [code, v] of Object.entries(fields))
    out[code] = v !== null && DATE_FIELD_CODES.has(code) && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.replaceAll('-', '/') : v;
  return out;
}

/** A record as it arrives: its dates (YYYY/MM/DD of the standard, or YYYY-MM-DD) as this product keeps them, YYYY-MM-DD. */
export function fromExchangeFields(fields: FieldValues): FieldValues {
  const out: FieldValues = {};
  for (const [code, v] of Object.entries(fields))
    out[code] = typeof v === 'string' && DATE_FIELD_CODES.has(code) && /^\d{4}\/\d{2}\/\d{2}$/.test(v) ? v.replaceAll('/', '-') : v;
  return out;
}

const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) &&
  !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
  new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** Checks one pushed record; `agencyCredit` is the agency the pushing system speaks for. */
export function checkPushed(item: unknown, index: number, agencyCredit: string, today: string): PushProblem[] {
  const out: PushProblem[] = [];
  const add = (field: string | null, message: string) => out.push({ item: index, field, message: `第 ${index + 1} 条：${message}` });
  if (!item || typeof item !== 'object') return [{ item: index, field: null, message: `第 ${index + 1} 条：应为对象` }];
  const d = item as Partial<PushedDecision>;
  // own keys only: a fieldSet named __proto__ or toString is not a data set
  if (typeof d.fieldSet !== 'string' || !Object.hasOwn(FIELD_SETS, d.fieldSet))
    return [{ item: index, field: 'fieldSet', message: `第 ${index + 1} 条：fieldSet 应为 penalty、license 或 general` }];
  const rules = PUSH_RULES[d.fieldSet];
  const known = new Set(FIELD_SETS[d.fieldSet].map((f) => f.code));
  const fields = (d.fields ?? {}) as Record<string, unknown>;
  for (const [code, v] of Object.entries(fields)) {
    if (!known.has(code)) add(code, `数据项「${code}」不属于${d.fieldSet}数据集`);
    else if (v !== null && typeof v !== 'string') add(code, `数据项「${code}」应为文本`);
    else if (typeof v === 'string' && v.length > 5000) add(code, `数据项「${code}」过长`);
  }
  for (const code of rules.required)
    if (typeof fields[code] !== 'string' || !(fields[code] as string).trim()) add(code, `缺少必填数据项「${code}」`);
  for (const code of FIELD_SETS[d.fieldSet].filter((f) => f.date).map((f) => f.code)) {
    const raw = fields[code];
    if (typeof raw !== 'string' || raw === '') continue;
    const day = /^\d{4}\/\d{2}\/\d{2}$/.test(raw) ? raw.replaceAll('/', '-') : raw;
    if (code === rules.date) {
      if (!isDay(day) || day > today) add(code, `决定日期「${raw}」应为不晚于今天的 YYYY/MM/DD`);
    } else if (!isDay(day)) add(code, `日期「${raw}」应为 YYYY/MM/DD`);
  }
  const authority = fields[rules.authorityCode];
  if (typeof authority === 'string' && authority !== agencyCredit)
    add(rules.authorityCode, `机关统一社会信用代码「${authority}」不是本接入系统所属机关（${agencyCredit}）`);
  const party = fields[rules.partyCode];
  if (typeof party === 'string' && party && !isValidCreditCode(party.toUpperCase()))
    add(rules.partyCode, `当事人统一社会信用代码「${party}」校验不通过`);
  for (const code of ['CF_NR_FK', 'CF_NR_WFFF']) {
    const v = fields[code];
    if (typeof v === 'string' && v !== '' && !/^\d+(\.\d{1,6})?$/.test(v)) add(code, `金额「${v}」应为以万元计的数字`);
  }
  if (d.status !== undefined && d.status !== 'published' && d.status !== 'withdrawn') add('status', 'status 应为 published 或 withdrawn');
  if (d.status === 'withdrawn' && !(typeof d.reason === 'string' && d.reason.trim().length >= 2)) add('reason', '撤下须写明理由');
  if (d.fullText !== undefined && d.fullText !== null && (typeof d.fullText !== 'string' || d.fullText.length > 100_000))
    add('fullText', '全文应为不超过 10 万字的文本');
  return out;
}

/** The 执法类别 of a pushed record: from its field set, or the general set's own 执法类别 item. */
export function pushedKind(d: PushedDecision): string {
  return KIND_OF_SET[d.fieldSet] ?? d.fields['ZF_LB'] ?? '其他';
}
