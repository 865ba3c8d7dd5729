/**
 * Types of the redaction engine (R-PUB-4 脱敏). The published text of a decision is derived from
 * the original by a recorded rule set plus recorded manual marks — never edited by hand.
 *
 * Offsets are UTF-16 code-unit indexes into the original text (JavaScript string indexes), end
 * exclusive.
 */

/** What the engine may be told about the case; every field is optional (the CLI knows nothing). */
export interface RedactionContext {
  /** 执法机关: its name, and its own public phone numbers and bank accounts (收款账户) */
  agency?: { name: string; phones?: readonly string[]; accounts?: readonly string[] } | null;
  /** 行政相对人. An 个体工商户 is `individual-business` with its registered name and its 经营者. */
  party?:
    | { kind: 'person'; name: string }
    | { kind: 'org'; name: string }
    | { kind: 'individual-business'; name: string; operator?: string | null }
    | null;
  /** 执法人员 of the case: names and 执法证号 are public (R-PUB-2) and never masked. */
  officials?: readonly { name: string; certificate?: string | null }[] | null;
  /** Other natural persons of the case whose names are protected (证人, 举报人 …). */
  protectedPersons?: readonly string[] | null;
}

/**
 * 人工标注: a range a person marked for hiding, with the reason recorded. With `confirm` it is the
 * 公示管理员's decision on a span the engine was unsure of (请确认, engine 2): `hide` keeps it hidden
 * as the rule masks it, `publish` publishes it; the decision covers every occurrence of the same text.
 */
export interface ManualMark {
  start: number;
  end: number;
  /** e.g. 商业秘密, 个人隐私（健康状况）, 国家秘密; for a decision, why (系单位字号，非自然人姓名) */
  reason: string;
  confirm?: 'hide' | 'publish';
}

/** The rules the engine knows. Each is one detector plus one masking style. */
export type RedactionRuleId =
  | 'id-number'
  | 'mobile-phone'
  | 'fixed-phone'
  | 'bank-card'
  | 'bank-account'
  | 'vehicle-plate'
  | 'home-address'
  | 'person-name'
  | 'email'
  | 'im-account'
  | 'property-certificate'
  | 'travel-document'
  | 'personal-licence';

/** One rule as recorded data: which detector, with which parameters. */
export type RedactionRule =
  /** 居民身份证号码: 18 digits with the GB 11643 check character; 15-digit (一代证) ones only after a label */
  | { id: 'id-number'; keepStart: number; keepEnd: number; legacy15: boolean }
  /** 手机号码 1[3-9]x, 11 digits, with or without +86 and separators */
  | { id: 'mobile-phone'; keepStart: number; keepEnd: number }
  /** 固定电话: area code + 7–8 digits; the area code stays */
  | { id: 'fixed-phone' }
  /** 银行卡号: 16–19 digits passing the Luhn check */
  | { id: 'bank-card'; keepEnd: number }
  /** 银行账号: 8–30 digits after an account label (corporate accounts have no Luhn digit) */
  | { id: 'bank-account'; keepEnd: number }
  /** 车牌号码 (普通, 新能源, 挂, 学 …): province and letter stay */
  | { id: 'vehicle-plate' }
  /** 住址 of a natural person: province, city and county stay */
  | { id: 'home-address' }
  /**
   * 自然人姓名: the surname stays, each character of the given name becomes 某. Protected roles
   * (证人, 举报人 …) always; the party and an 个体工商户's 经营者 when `party` is true.
   */
  | { id: 'person-name'; party: boolean }
  /** 电子邮箱: the first character and the domain stay */
  | { id: 'email' }
  /** 不动产权证书号 and the like: the number goes */
  | { id: 'property-certificate' }
  /** 微信号, QQ号 after their label: the first character stays */
  | { id: 'im-account' }
  /** 护照, 港澳/台湾 通行证 numbers (engine 2): the letter and the last digits stay */
  | { id: 'travel-document'; keepStart: number; keepEnd: number }
  /** 个人资格证书编号 (engine 2): 医师执业证书编码, 导游证号 … after their label; the last digits stay */
  | { id: 'personal-licence'; keepEnd: number };

/**
 * A named, versioned list of rules; recorded beside every published text. `engine` is the generation
 * of the detectors the rules run with (absent: 1, the detectors of 2025.1); a generation once
 * published is never changed, so a text published under it re-derives to the same characters.
 */
export interface RedactionRuleSet {
  name: string;
  version: string;
  engine?: 2 | 3 | 4 | 5 | 6;
  /** the name recogniser, pinned: package, version and the SHA-256 of its dictionary */
  recogniser?: { package: string; version: string; dictSha256: string };
  rules: readonly RedactionRule[];
}

/** One replacement made. `start`/`end` index the original; `length` is the original length. */
export interface Redaction {
  start: number;
  end: number;
  length: number;
  rule: RedactionRuleId | 'manual';
  /** Chinese name of what was hidden (身份证号码, 商业秘密 …) */
  label: string;
  replacement: string;
  /**
   * 请确认 (engine 2): the rule was not sure this is personal data. Hidden until a person decides
   * (`confirmed` then says how); publishing waits for the decision.
   */
  uncertain?: true;
  confirmed?: 'hide';
}

/** Something a rule matched but the engine kept, and why (a 执法证号 that looks like a phone number …). */
export interface KeptMatch {
  start: number;
  end: number;
  rule: RedactionRuleId;
  why: string;
}

export interface RedactionResult {
  /** the text as published */
  text: string;
  /** in order of position, never overlapping */
  redactions: Redaction[];
  kept: KeptMatch[];
  /** 请确认: uncertain spans no recorded decision covers yet (hidden in `text`; publishing waits) */
  unconfirmed: Redaction[];
  /** which rule set made it */
  ruleSet: { name: string; version: string; digest: string };
}
