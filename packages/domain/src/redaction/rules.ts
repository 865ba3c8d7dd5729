import { createHash } from 'node:crypto';
import { DomainError } from '../errors.ts';
import { canonicalJson } from '../events/event-hash.ts';
import type { RedactionRule, RedactionRuleId, RedactionRuleSet } from './types.ts';

/** Chinese names of what each rule hides, for reports and reviewers. */
export const REDACTION_RULE_LABELS: Record<RedactionRuleId, string> = {
  'id-number': '身份证号码',
  'mobile-phone': '手机号码',
  'fixed-phone': '固定电话',
  'bank-card': '银行卡号',
  'bank-account': '银行账号',
  'vehicle-plate': '车牌号码',
  'home-address': '住址',
  'person-name': '自然人姓名',
  email: '电子邮箱',
  'im-account': '微信号/QQ号',
  'property-certificate': '不动产权证书号',
  'travel-document': '护照/通行证号码',
  'personal-licence': '个人资格证书编号',
};

const RULES_2025 = [
  { id: 'id-number', keepStart: 6, keepEnd: 4, legacy15: true },
  { id: 'mobile-phone', keepStart: 3, keepEnd: 4 },
  { id: 'fixed-phone' },
  { id: 'bank-card', keepEnd: 4 },
  { id: 'bank-account', keepEnd: 4 },
  { id: 'vehicle-plate' },
  { id: 'home-address' },
  { id: 'person-name', party: true },
  { id: 'email' },
  { id: 'im-account' },
  { id: 'property-certificate' },
] as const satisfies readonly RedactionRule[];

/**
 * The rules published decisions used until 2026-12 (engine generation 1). Kept unchanged: a text
 * published under it re-derives with it. Masking styles: 身份证号码 keeps the first 6 digits
 * (region) and the last 4 (130433********1219); 手机号码 the first 3 and last 4 (138****1234);
 * 固定电话 its area code (0310-*******); 银行卡号 and 银行账号 the last 4; 车牌 province and letter
 * (冀D*****); 住址 province, city and county (河北省邯郸市馆陶县***); names keep the surname
 * (张某某); 邮箱 its first character and domain. The party's name is hidden when a natural person
 * (`party: true`): some local rules publish it, and a rule set with `party: false` does that.
 */
export const REDACTION_RULES_2025_1: RedactionRuleSet = {
  name: '行政处罚决定书公开·默认脱敏规则',
  version: '2025.1',
  rules: RULES_2025,
};

/**
 * The rules for publishing a 行政处罚决定书 (R-PUB-4) from 2026-12 (engine generation 2): the same
 * masking styles, detectors that read more shapes (full-width and spaced numbers, passports and
 * 通行证, IDs inside other numbers), names found with the pinned recogniser, 请确认 spans, and names
 * that share a masked form numbered (王某甲, 王某乙).
 */
export const REDACTION_RULES_2026_1: RedactionRuleSet = {
  name: '行政处罚决定书公开·默认脱敏规则',
  version: '2026.1',
  engine: 2,
  recogniser: {
    package: '@node-rs/jieba',
    version: '2.0.3',
    dictSha256: '139519822fe8ab9e10d9d07e68ea0451045380aedaf54ecc51e2a28c6b42a13f',
  },
  rules: [...RULES_2025, { id: 'travel-document', keepStart: 1, keepEnd: 2 }, { id: 'personal-licence', keepEnd: 2 }],
};

/**
 * From 2026-12-06 (engine generation 3): the rules of 2026.1 with names read in more places — after a
 * title and an opening quote (患者“何秀英”), the 联系人/经办人/负责人 of another party (发货方联系人,
 * 施工方负责人), Tibetan and Mongolian names from their name parts (次仁多吉, 敖日格乐), names that are
 * also ordinary words after a title or in a list (请确认), a role in brackets after a name
 * (路海英（举报人）) — and numbers and addresses in a few more shapes. 2026.1 stays as it was.
 */
export const REDACTION_RULES_2026_2: RedactionRuleSet = {
  ...REDACTION_RULES_2026_1,
  version: '2026.2',
  engine: 3,
};

/**
 * From 2026-12-07 (engine generation 4): the rules of 2026.2 and a broad tier of candidate names read
 * from the recogniser's words — a word of two to four characters that begins with a surname, is no
 * word of the dictionary and stands where a person can stand (before a verb people do, after 对/向/与/由
 * and the like, after a word for a person, in a list or brackets) is hidden as 请确认 when no rule is
 * sure of it; the surname list covers the 百家姓. 2026.2 stays as it was.
 */
export const REDACTION_RULES_2026_3: RedactionRuleSet = {
  ...REDACTION_RULES_2026_1,
  version: '2026.3',
  engine: 4,
};

/**
 * From 2026-12-07 (engine generation 5): the rules of 2026.3 with the candidate tier widened — more
 * places where a person can stand and a second signal for what reads as a name (see the README) — and
 * the tier computed faster. 2026.3 stays as it was.
 */
export const REDACTION_RULES_2026_4: RedactionRuleSet = {
  ...REDACTION_RULES_2026_1,
  version: '2026.4',
  engine: 5,
};

/**
 * From 2026-12-07 (engine generation 6): the rules of 2026.4 with the candidate tier reading names where a
 * person stands for sure however the recogniser splits them, nicknames and names given as aliases,
 * traditional characters and Yi family names (see the README). 2026.4 stays as it was.
 */
export const REDACTION_RULES_2026_5: RedactionRuleSet = {
  ...REDACTION_RULES_2026_1,
  version: '2026.5',
  engine: 6,
};

/** The rules new publications use. */
export const DEFAULT_REDACTION_RULES: RedactionRuleSet = REDACTION_RULES_2026_5;

/** Every rule set a text may have been published under, by version. */
export const REDACTION_RULE_SETS: readonly RedactionRuleSet[] = [
  REDACTION_RULES_2025_1,
  REDACTION_RULES_2026_1,
  REDACTION_RULES_2026_2,
  REDACTION_RULES_2026_3,
  REDACTION_RULES_2026_4,
  REDACTION_RULES_2026_5,
];

/** The rule set of a recorded version; an unknown version cannot re-derive anything and is refused. */
export function ruleSetByVersion(version: string): RedactionRuleSet {
  const set = REDACTION_RULE_SETS.find((s) => s.version === version);
  if (!set) throw new DomainError('REDACTION_INVALID', `没有版本为「${version}」的脱敏规则集`, { version });
  return set;
}

const KNOWN = new Set(Object.keys(REDACTION_RULE_LABELS));

/** A rule set read from storage is checked before it is used: unknown rules are refused. */
export function validateRuleSet(set: RedactionRuleSet): RedactionRuleSet {
  const problems: string[] = [];
  if (!set.name?.trim()) problems.push('脱敏规则集须有名称');
  if (!set.version?.trim()) problems.push('脱敏规则集须有版本号');
  const seen = new Set<string>();
  for (const r of set.rules ?? []) {
    if (!KNOWN.has(r.id) || ((r.id === 'travel-document' || r.id === 'personal-licence') && !set.engine))
      problems.push(`未知的脱敏规则「${String(r.id)}」`);
    else if (seen.has(r.id)) problems.push(`脱敏规则「${REDACTION_RULE_LABELS[r.id]}」重复`);
    seen.add(r.id);
    for (const k of ['keepStart', 'keepEnd'] as const) {
      const v = (r as Record<string, unknown>)[k];
      if (v !== undefined && (!Number.isInteger(v) || (v as number) < 0 || (v as number) > 8))
        problems.push(`规则「${r.id}」的 ${k} 应为 0–8 的整数`);
    }
  }
  if (problems.length) throw new DomainError('REDACTION_INVALID', problems.join('；'), { problems });
  return set;
}

/** SHA-256 of the rule set's canonical JSON: recorded with every published text. */
export function ruleSetDigest(set: RedactionRuleSet): string {
  return createHash('sha256').update(canonicalJson(set)).digest('hex');
}

export function ruleById<T extends RedactionRuleId>(set: RedactionRuleSet, id: T): Extract<RedactionRule, { id: T }> | undefined {
  return set.rules.find((r) => r.id === id) as Extract<RedactionRule, { id: T }> | undefined;
}
