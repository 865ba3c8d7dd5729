import type { Transaction } from 'kysely';
import {
  DEFAULT_REDACTION_RULES,
  DomainError,
  checkPublished,
  fieldName,
  redact,
  ruleSetByVersion,
  ruleSetDigest,
  type FieldValues,
  type KeptMatch,
  type ManualMark,
  type PublicationDraft,
  type Redaction,
  type RedactionContext,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { decisionDocNumber, draftOf, loadCaseFacts, redactionContext, servedDocument, type CaseFacts } from './publication.source.ts';

/**
 * One published version (R-PUB-4, R-PUB-5): the 双公示 fields and, for 一般程序 处罚, the full text
 * of the 决定书 as served — both passed through the recorded redaction rules and the publisher's
 * recorded marks, and nothing else. The derivation is checked before anything is stored.
 */

/** Free-text items that may carry personal data and go through the engine like the full text. */
export const FREE_TEXT_FIELDS: ReadonlySet<string> = new Set(['CF_SY', 'CF_NR', 'XK_NR', 'XK_XKZS', 'ZF_SX', 'ZF_JL']);

export interface VersionInput {
  /** marks on the full text (商业秘密 …) */
  marks?: readonly ManualMark[] | undefined;
  /** marks on free-text fields, by field code */
  fieldMarks?: Readonly<Record<string, readonly ManualMark[]>> | undefined;
  /** corrected values of items that were wrong (a correction names each one; recorded in the version) */
  fieldCorrections?: Readonly<Record<string, string | null>> | undefined;
}

export interface DerivedVersion {
  facts: CaseFacts;
  /** the decision's 文号: the served document's number while the record is unpublished, the record's after */
  docNumber: string;
  draft: PublicationDraft;
  /** fields before redaction, after recorded corrections */
  originalFields: FieldValues;
  fields: FieldValues;
  fieldRedactions: Record<string, Redaction[]>;
  document: { id: string; text: string; sha256: string } | null;
  publishedText: string | null;
  redactions: Redaction[];
  kept: KeptMatch[];
  /** the public headline, 违法事实 and 执法结论, redacted the same way */
  title: string;
  factsText: string;
  conclusion: string;
  ruleSet: { name: string; version: string; digest: string };
  /** 请确认: uncertain spans of the full text and the free-text fields that no decision covers yet */
  unconfirmed: UnconfirmedSpan[];
}

/** One occurrence of a span the engine was not sure is personal data (请确认), hidden until decided. */
export interface UnconfirmedSpan {
  /** `body` (the 决定书 full text) or the field code */
  where: string;
  /** 决定书全文 or the field's name */
  whereName: string;
  start: number;
  end: number;
  text: string;
  rule: string;
  label: string;
}

const unconfirmedIn = (where: string, text: string, rs: readonly Redaction[]): UnconfirmedSpan[] =>
  rs.map((r) => ({
    where,
    whereName: where === 'body' ? '决定书全文' : fieldName(where),
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    rule: r.rule,
    label: r.label,
  }));

/**
 * Publishing and correcting wait until every 请确认 span is decided (hidden or published by the
 * 公示管理员's recorded decision): refused before anything is written.
 */
export function assertAllConfirmed(v: Pick<DerivedVersion, 'unconfirmed'>): void {
  const n = v.unconfirmed.length;
  if (!n) return;
  const first = v.unconfirmed
    .slice(0, 3)
    .map((u) => `${u.whereName}「${u.text}」（${u.label}）`)
    .join('、');
  throw new DomainError('REDACTION_UNCONFIRMED', `尚有 ${n} 处待确认的脱敏内容：${first}${n > 3 ? '等' : ''}，请逐项确认隐去或公开`, {
    count: n,
    items: v.unconfirmed.map(({ where, start, end, label }) => ({ where, start, end, label })),
  });
}

const redactText = (text: string, context: RedactionContext, marks: readonly ManualMark[] = []) =>
  redact(text, { rules: DEFAULT_REDACTION_RULES, marks, context });

export async function deriveVersion(
  tx: Transaction<Database> | import('kysely').Kysely<Database>,
  p: { case_id: string; event_seq: number; decided_on: string; full_text_document: string | null; doc_number: string; version: number },
  input: VersionInput,
): Promise<DerivedVersion> {
  const facts = await loadCaseFacts(tx, p.case_id);
  const decision = facts?.decisions.find((d) => d.seq === p.event_seq);
  if (!facts || !decision) throw new DomainError('NOT_FOUND', '公示记录所依据的执法决定不存在');
  // issue 20 item 2: the first version takes the 文号 of the 决定书 as served (its number may have been
  // issued after the record was made); a published record keeps the 文号 it is public under
  const docNumber = p.version === 0 ? await decisionDocNumber(tx, facts, decision) : p.doc_number;
  const draft = draftOf(facts, decision, p.decided_on, docNumber);
  const context = redactionContext(facts, p.event_seq);

  const corrections = input.fieldCorrections ?? {};
  for (const code of Object.keys(corrections)) {
    if (!(code in draft.fields)) throw new DomainError('VALIDATION_FAILED', `更正的数据项「${code}」不属于本条公示`, { code });
    if (['CF_WSH', 'XK_WSH', 'ZF_WSH', 'CF_CFJG', 'CF_CFJGDM', 'XK_XKJG', 'XK_XKJGDM', 'ZF_JG', 'ZF_JGDM'].includes(code)) {
      throw new DomainError('VALIDATION_FAILED', '文号和执法机关来自案件记录，不能在公示中更改', { code });
    }
  }
  const originalFields: FieldValues = { ...draft.fields, ...corrections };
  const fields: FieldValues = {};
  const fieldRedactions: Record<string, Redaction[]> = {};
  const unconfirmed: UnconfirmedSpan[] = [];
  for (const [code, value] of Object.entries(originalFields)) {
    const marks = input.fieldMarks?.[code] ?? [];
    if (marks.length && !FREE_TEXT_FIELDS.has(code))
      throw new DomainError('REDACTION_OVERREACH', `数据项「${code}」不是自由文本，不能人工隐去`, { code });
    if (value && FREE_TEXT_FIELDS.has(code)) {
      const r = redactText(value, context, marks);
      fields[code] = r.text;
      if (r.redactions.length) fieldRedactions[code] = r.redactions;
      unconfirmed.push(...unconfirmedIn(code, value, r.unconfirmed));
    } else fields[code] = value;
  }
  for (const code of Object.keys(input.fieldMarks ?? {}))
    if (!(code in originalFields)) throw new DomainError('VALIDATION_FAILED', `数据项「${code}」不属于本条公示`);

  let document: DerivedVersion['document'] = null;
  let publishedText: string | null = null;
  let redactions: Redaction[] = [];
  let kept: KeptMatch[] = [];
  if (p.full_text_document) {
    const served = await servedDocument(tx, p.case_id, p.full_text_document);
    if (!served) throw new DomainError('PUBLICATION_TEXT_MISSING', '一般程序行政处罚决定书须全文公开：本案尚未制作行政处罚决定书');
    const r = redactText(served.text, context, input.marks ?? []);
    // R-PUB-5: the published text equals the served 决定书 except for the recorded redactions
    const check = checkPublished(served.text, r.text, { rules: DEFAULT_REDACTION_RULES, marks: input.marks ?? [], context });
    if (!check.ok) throw new DomainError('PUBLICATION_MISMATCH', `公示文本与决定书不一致（第 ${check.firstDifference} 字起）`);
    assertNotOverRedacted(served.text, r.text, { ...facts, docNumber });
    document = { id: served.id, text: served.text, sha256: served.sha256 };
    publishedText = r.text;
    redactions = r.redactions;
    kept = r.kept;
    unconfirmed.unshift(...unconfirmedIn('body', served.text, r.unconfirmed));
  } else if (input.marks?.length) {
    throw new DomainError('VALIDATION_FAILED', '本条公示没有全文，不能标注全文');
  }
  return {
    facts,
    docNumber,
    draft,
    originalFields,
    fields,
    fieldRedactions,
    document,
    publishedText,
    redactions,
    kept,
    // the headline, 违法事实 and 执法结论 are derived without marks: a 请确认 span in them stays hidden
    // whatever the publisher decides for the full text and the fields (the safe side)
    title: redactText(draft.title, context).text,
    factsText: redactText(draft.facts, context).text,
    conclusion: redactText(draft.conclusion, context).text,
    ruleSet: {
      name: DEFAULT_REDACTION_RULES.name,
      version: DEFAULT_REDACTION_RULES.version,
      digest: ruleSetDigest(DEFAULT_REDACTION_RULES),
    },
    unconfirmed,
  };
}

/**
 * 过度隐去 is a defect too (R-PUB-5): the authority, the 文号 and the officials with their 执法证号
 * must read in the published text exactly as in the 决定书.
 */
export function assertNotOverRedacted(
  original: string,
  published: string,
  f: Pick<CaseFacts, 'agency' | 'number' | 'officials'> & { docNumber?: string },
): void {
  const must = [f.agency.name, f.docNumber ?? '', f.number, ...f.officials.flatMap((o) => [o.name, o.certificate ?? ''])].filter(
    (s) => s && original.includes(s),
  );
  const lost = must.filter((s) => !published.includes(s));
  if (lost.length)
    throw new DomainError('REDACTION_OVERREACH', `公示文本不得隐去执法机关、文号和执法人员信息：${lost.join('、')}`, { lost });
}

/**
 * Re-derives a stored version from its recorded original, rules and marks (the 请确认 decisions among
 * them): true when it still matches. The rules are the set the version was published under
 * (`rule_set.version`), never today's default: a text published under 2025.1 re-derives with 2025.1.
 * A version naming no rule set this build knows does not re-derive.
 */
export function versionStillDerives(
  v: { original_text: string | null; published_text: string | null; marks: unknown; rule_set: unknown },
  context: RedactionContext,
): boolean {
  if (v.original_text === null) return v.published_text === null;
  const version = (v.rule_set as { version?: unknown } | null)?.version;
  if (typeof version !== 'string') return false;
  let rules;
  try {
    rules = ruleSetByVersion(version);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'REDACTION_INVALID') return false;
    throw e;
  }
  // the case's questioned persons are read from rule set 2026.2 on: an older version re-derives with what it was told
  const told = (rules.engine ?? 1) >= 3 ? context : { ...context, protectedPersons: undefined };
  try {
    return checkPublished(v.original_text, v.published_text ?? '', { rules, marks: v.marks as ManualMark[], context: told }).ok;
  } catch (e) {
    // recorded marks the rules refuse (a decision where nothing is uncertain …): the record does not derive
    if (e instanceof DomainError && (e.code === 'REDACTION_INVALID' || e.code === 'REDACTION_OVERREACH')) return false;
    throw e;
  }
}
