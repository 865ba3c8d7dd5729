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

/** 人工标注: a range a person marked for hiding, with the reason recorded. */
export interface ManualMark {
  start: number;
  end: number;
  /** e.g. 商业秘密, 个人隐私（健康状况）, 国家秘密 */
  reason: string;
}
