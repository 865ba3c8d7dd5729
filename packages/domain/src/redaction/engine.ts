import { DomainError } from '../errors.ts';
import { detect, type Candidate, type DetectEnv } from './detect.ts';
import { manualReplacement, MASK } from './masks.ts';
import { partyKindOf } from './names.ts';
import { addresseeKind6 } from './party-block.ts';
import { officialCertificates, PROTECTED_NAMES, protectedSpans, STRONG_PROTECTION, type ProtectedSpan } from './protected.ts';
import { DEFAULT_REDACTION_RULES, REDACTION_RULE_LABELS, ruleSetDigest, validateRuleSet } from './rules.ts';
import { checkRecogniser, Words } from './recogniser.ts';
import { Cues, digitsOf, type PartyKind } from './scan.ts';
import type { KeptMatch, ManualMark, Redaction, RedactionContext, RedactionResult, RedactionRuleSet } from './types.ts';

/**
 * The one redaction engine (R-PUB-4): published text = derive(original, rule set, manual marks,
 * context). Nothing else changes the published text, so anyone holding the original and the
 * record can re-derive it and see that it was not edited by hand (`checkPublished`).
 */
export interface RedactOptions {
  rules?: RedactionRuleSet;
  marks?: readonly ManualMark[];
  context?: RedactionContext;
}

export function redact(text: string, options: RedactOptions = {}): RedactionResult {
  const rules = validateRuleSet(options.rules ?? DEFAULT_REDACTION_RULES);
  const allMarks = checkMarks(text, options.marks ?? []);
  const decisions = allMarks.filter((m) => m.confirm);
  const marks = allMarks.filter((m) => !m.confirm);
  const context = options.context;

  const gen = rules.engine ?? 1;
  const inferred = partyKindOf(text);
  // (2026.5: a decision addressed to an organisation by its name on a line of its own is an organisation's)
  const partyKind: PartyKind =
    context?.party?.kind ?? (inferred.kind === 'unknown' && gen >= 6 ? (addresseeKind6(text) ?? 'unknown') : inferred.kind);
  const cues = new Cues(text, partyKind);
  const guarded = protectedSpans(text, context, cues, gen);
  refuseOverreach(text, marks, guarded);

  if (gen >= 2) checkRecogniser(rules);
  let words: Words | null = null;
  const kept: KeptMatch[] = [];
  const env: DetectEnv = {
    gen,
    words: () => (words ??= Words.of(text)),
    text,
    context,
    cues,
    guarded,
    partyName: partyKind === 'person' ? inferred.name : null,
    certificates: officialCertificates(context),
    publicNumbers: new Set((context?.agency?.phones ?? []).map(digitsOf).filter((d) => d.length >= 5)),
    publicAccounts: new Set((context?.agency?.accounts ?? []).map(digitsOf).filter((d) => d.length >= 5)),
    keep: (k) => kept.push(k),
  };

  const candidates: Candidate[] = [];
  for (const rule of rules.rules) {
    for (const c of detect(rule, env)) {
      const hit = guarded.find((p) => overlaps(p, c) && (p.kind !== 'official' || (c.start >= p.start && c.end <= p.end)));
      if (hit) kept.push({ start: c.start, end: c.end, rule: c.rule, why: `属于${PROTECTED_NAMES[hit.kind]}，不隐去` });
      else candidates.push(c);
    }
  }

  if (decisions.length && gen < 2)
    throw new DomainError('REDACTION_INVALID', `脱敏规则集 ${rules.version} 没有待确认的内容，不能记录确认`, { version: rules.version });
  const decided = decide(text, candidates, decisions, kept);
  const redactions = settle(text, decided, marks);
  return {
    text: applyRedactions(text, redactions),
    redactions,
    kept: dedupeKept(kept, redactions),
    unconfirmed: redactions.filter((r) => r.uncertain && !r.confirmed),
    ruleSet: { name: rules.name, version: rules.version, digest: ruleSetDigest(rules) },
  };
}

/** The published text from the original and a list of redactions (sorted, not overlapping). */
export function applyRedactions(original: string, redactions: readonly Redaction[]): string {
  let out = '';
  let pos = 0;
  for (const r of redactions) {
    if (r.start < pos || r.end > original.length || r.end <= r.start)
      throw new DomainError('REDACTION_INVALID', '脱敏记录的位置无效或相互重叠', { start: r.start, end: r.end });
    out += original.slice(pos, r.start) + r.replacement;
    pos = r.end;
  }
  return out + original.slice(pos);
}

/**
 * Does `published` equal what the recorded rules and marks derive from `original`? Returns the
 * expected text and the first position where they differ (null when equal).
 */
export function checkPublished(
  original: string,
  published: string,
  options: RedactOptions = {},
): { ok: boolean; expected: string; firstDifference: number | null } {
  const expected = redact(original, options).text;
  if (expected === published) return { ok: true, expected, firstDifference: null };
  let i = 0;
  while (i < expected.length && i < published.length && expected[i] === published[i]) i++;
  return { ok: false, expected, firstDifference: i };
}

/**
 * 请确认 decisions (engine 2): a decision names one occurrence of an uncertain span; it covers every
 * occurrence of the same text. `publish` drops them (kept, with the reason), `hide` keeps them hidden
 * as decided. A decision where nothing is uncertain is refused: it would not be a decision on anything.
 */
function decide(text: string, candidates: readonly Candidate[], decisions: readonly ManualMark[], kept: KeptMatch[]): Candidate[] {
  const byText = new Map<string, ManualMark>();
  const problems: string[] = [];
  for (const d of decisions) {
    const hit = candidates.find((c) => c.uncertain && c.start === d.start && c.end === d.end);
    if (!hit) problems.push(`${d.start}–${d.end}「${text.slice(d.start, d.end)}」不是待确认的内容`);
    else byText.set(text.slice(d.start, d.end), d);
  }
  if (problems.length) throw new DomainError('REDACTION_INVALID', problems.join('；'), { problems });
  const out: Candidate[] = [];
  for (const c of candidates) {
    const d = c.uncertain ? byText.get(text.slice(c.start, c.end)) : undefined;
    if (!d) out.push(c);
    else if (d.confirm === 'hide') out.push({ ...c, confirmed: 'hide' });
    else kept.push({ start: c.start, end: c.end, rule: c.rule, why: `公示管理员确认公开：${d.reason.trim()}` });
  }
  return out;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

function checkMarks(text: string, marks: readonly ManualMark[]): ManualMark[] {
  const problems: string[] = [];
  for (const m of marks) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.end <= m.start) {
      problems.push(`人工标注位置无效：${m.start}–${m.end}（全文 ${text.length} 字符）`);
    } else if (
      (m.start > 0 && isHighSurrogate(text.charCodeAt(m.start - 1))) ||
      (m.end < text.length && isHighSurrogate(text.charCodeAt(m.end - 1)))
    ) {
      problems.push(`人工标注 ${m.start}–${m.end} 切断了一个字符`);
    }
    if (!m.reason?.trim()) problems.push(`人工标注 ${m.start}–${m.end} 须写明理由（如 商业秘密）`);
  }
  if (problems.length) throw new DomainError('REDACTION_INVALID', problems.join('；'), { problems });
  return [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** 过度隐去: a mark may not hide the authority, the 文号, a date, an official, an article or the penalty. */
function refuseOverreach(text: string, marks: readonly ManualMark[], guarded: readonly ProtectedSpan[]): void {
  const problems: string[] = [];
  for (const m of marks) {
    for (const p of guarded) {
      if (STRONG_PROTECTION.has(p.kind) && overlaps(m, p))
        problems.push(`人工标注（${m.reason}）不得隐去${PROTECTED_NAMES[p.kind]}「${text.slice(p.start, p.end)}」`);
    }
  }
  if (problems.length) throw new DomainError('REDACTION_OVERREACH', problems.join('；'), { problems });
}

/**
 * Overlapping spans become one: a manual mark wins (its reason is the recorded one), otherwise the
 * longest match. When the winner does not cover the union, the whole union is masked.
 */
function settle(text: string, candidates: readonly Candidate[], marks: readonly ManualMark[]): Redaction[] {
  type Item = { start: number; end: number; redaction: Redaction; manual: boolean; order: number };
  const items: Item[] = [
    ...marks.map((m, order) => ({
      start: m.start,
      end: m.end,
      manual: true,
      order,
      redaction: {
        start: m.start,
        end: m.end,
        length: m.end - m.start,
        rule: 'manual' as const,
        label: m.reason.trim(),
        replacement: manualReplacement(m.reason.trim()),
      },
    })),
    ...candidates.map((c, order) => ({
      start: c.start,
      end: c.end,
      manual: false,
      order,
      redaction: {
        start: c.start,
        end: c.end,
        length: c.end - c.start,
        rule: c.rule,
        label: REDACTION_RULE_LABELS[c.rule],
        replacement: c.replacement,
        ...(c.uncertain ? { uncertain: true as const } : {}),
        ...(c.confirmed ? { confirmed: c.confirmed } : {}),
      },
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);

  const out: Redaction[] = [];
  let cluster: Item[] = [];
  let clusterEnd = -1;
  const flush = () => {
    if (!cluster.length) return;
    const start = cluster[0]!.start;
    const end = Math.max(...cluster.map((i) => i.end));
    const winner = [...cluster].sort(
      (a, b) => Number(b.manual) - Number(a.manual) || b.end - b.start - (a.end - a.start) || a.order - b.order,
    )[0]!;
    // a span is uncertain only when everything overlapping it is: a sure rule or a mark settles it
    const sure = cluster.some((i) => !i.redaction.uncertain || i.redaction.confirmed);
    const { uncertain: _u, confirmed: _c, ...plain } = winner.redaction;
    const r = sure && !winner.redaction.confirmed ? plain : winner.redaction;
    if (r.start === start && r.end === end) out.push(r);
    else {
      const replacement = winner.manual ? r.replacement : [...text.slice(start, end)].map((c) => (/\s/.test(c) ? c : MASK)).join('');
      out.push({ ...r, start, end, length: end - start, replacement });
    }
    cluster = [];
  };
  for (const it of items) {
    if (it.start >= clusterEnd) flush();
    cluster.push(it);
    clusterEnd = Math.max(clusterEnd, it.end);
  }
  flush();
  return out;
}

/** A kept match inside a redaction of another rule is no news; one per span is enough. */
function dedupeKept(kept: readonly KeptMatch[], redactions: readonly Redaction[]): KeptMatch[] {
  const seen = new Set<string>();
  return kept
    .filter((k) => !redactions.some((r) => overlaps(r, k)))
    .filter((k) => {
      const key = `${k.start}:${k.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}
