import { redact } from '../engine.ts';
import type { Redaction, RedactionRuleSet } from '../types.ts';
import { loadDecision, REDACTION_CORPUS, type CorpusDecision, type ExpectedSpan } from './load-corpus.ts';

/**
 * Recall and precision of the rules over the corpus, by span: a redaction counts when it hides
 * exactly a marked span (same start and end). Manual marks are handed in and not counted.
 */
export interface CorpusScore {
  decisions: number;
  expected: number;
  found: number;
  truePositives: number;
  recall: number;
  precision: number;
  /** character level: marked characters hidden / all hidden characters that were marked */
  charRecall: number;
  charPrecision: number;
  /** items that look personal but must stay (⟦keep⟧, officials): how many came out unchanged */
  keepItems: number;
  keptItems: number;
  keepRate: number;
  /** 请确认: spans hidden until the 公示管理员 decides, how many of them are marked spans, and per decision */
  unsure: number;
  unsureRight: number;
  unsurePerDecision: number;
  /** precision of the spans the engine is sure of (请确认 spans left out: a person decides them) */
  surePrecision: number;
  overHidden: { id: string; span: ExpectedSpan }[];
  /** recall by kind of span: found / expected */
  byKind: Record<string, { expected: number; found: number }>;
  missed: { id: string; span: ExpectedSpan }[];
  wrong: { id: string; redaction: Redaction; text: string }[];
}

export function scoreCorpus(
  options: {
    withContext: boolean;
    rules?: RedactionRuleSet;
    /**
     * The writers marked a person's address from below the county (the part the rule hides), not
     * the whole address as the other sets do: such a mark is found by an address redaction that ends
     * where it ends and begins on the Chinese characters just before it (the province, city and county,
     * which the rule's masking publishes).
     */
    addressBelowCounty?: boolean;
  },
  decisions: readonly CorpusDecision[] = REDACTION_CORPUS,
): CorpusScore {
  let expected = 0;
  let found = 0;
  let tp = 0;
  let markedChars = 0;
  let hiddenChars = 0;
  let hiddenMarkedChars = 0;
  const missed: CorpusScore['missed'] = [];
  const byKind: CorpusScore['byKind'] = {};
  const wrong: CorpusScore['wrong'] = [];
  const overHidden: CorpusScore['overHidden'] = [];
  let keepItems = 0;
  let keptItems = 0;
  let unsure = 0;
  let unsureRight = 0;
  const hits = (x: Redaction, s: ExpectedSpan, text: string) =>
    (x.start === s.start && x.end === s.end) ||
    // a certificate number that is a letter of its kind and a person's ID (特种作业操作证 T + 身份证号码): writers
    // mark it with or without the letter (24 and 16 marks in the blind sets up to 2026-12p), and the engine hides
    // the ID whichever way — the letter says only which certificate it is. Both marks are the same item.
    (s.kind === 'id' && x.start === s.start + 1 && x.end === s.end && s.end - s.start === 19 && /^[A-Z]$/.test(text[s.start]!)) ||
    (options.addressBelowCounty === true &&
      s.kind === 'address' &&
      x.end === s.end &&
      x.start < s.start &&
      s.start - x.start <= 24 &&
      /^[\u4e00-\u9fff]+$/.test(text.slice(x.start, s.start)));
  for (const d of decisions) {
    const l = loadDecision(d);
    const ctx = {
      ...(options.withContext && l.context ? { context: l.context } : {}),
      ...(options.rules ? { rules: options.rules } : {}),
    };
    // the writers' manual marks (健康状况, 商业秘密) are inputs, not scored; one that reaches over a
    // date or an article is refused by the engine (REDACTION_OVERREACH), and the text is then scored
    // without the marks
    let r: ReturnType<typeof redact>;
    try {
      r = redact(l.text, { marks: l.marks, ...ctx });
    } catch (e) {
      if ((e as { code?: string }).code !== 'REDACTION_OVERREACH') throw e;
      r = redact(l.text, ctx);
    }
    const auto = r.redactions.filter((x) => x.rule !== 'manual');
    expected += l.expected.length;
    found += auto.length;
    const marked = new Set<number>();
    for (const s of l.expected) for (let i = s.start; i < s.end; i++) marked.add(i);
    markedChars += marked.size;
    for (const x of auto) {
      for (let i = x.start; i < x.end; i++) {
        hiddenChars++;
        if (marked.has(i)) hiddenMarkedChars++;
      }
    }
    for (const s of l.expected) {
      const k = (byKind[s.kind] ??= { expected: 0, found: 0 });
      k.expected++;
      if (auto.some((x) => hits(x, s, l.text))) {
        tp++;
        k.found++;
      } else missed.push({ id: l.id, span: s });
    }
    for (const k of l.keeps) {
      keepItems++;
      if (r.redactions.some((x) => x.start < k.end && k.start < x.end)) overHidden.push({ id: l.id, span: k });
      else keptItems++;
    }
    for (const x of auto) {
      const right = l.expected.some((s) => hits(x, s, l.text));
      if (x.uncertain) {
        unsure++;
        if (right) unsureRight++;
      }
      if (!right) wrong.push({ id: l.id, redaction: x, text: l.text.slice(x.start, x.end) });
    }
  }
  return {
    decisions: decisions.length,
    expected,
    found,
    truePositives: tp,
    recall: expected ? tp / expected : 1,
    precision: found ? tp / found : 1,
    charRecall: markedChars ? hiddenMarkedChars / markedChars : 1,
    charPrecision: hiddenChars ? hiddenMarkedChars / hiddenChars : 1,
    keepItems,
    keptItems,
    keepRate: keepItems ? keptItems / keepItems : 1,
    unsure,
    unsureRight,
    unsurePerDecision: decisions.length ? unsure / decisions.length : 0,
    surePrecision: found - unsure ? (tp - unsureRight) / (found - unsure) : 1,
    overHidden,
    byKind,
    missed,
    wrong,
  };
}
