import { describe, expect, it } from 'vitest';
import { isIdNumber15, isIdNumber18, luhnValid } from './checks.ts';
import { loadDecision, REDACTION_CORPUS, REDACTION_HELD_OUT } from './corpus/load-corpus.ts';
import { scoreCorpus, type CorpusScore } from './corpus/score.ts';
import { redact } from './engine.ts';
import { digitsOf } from './scan.ts';

function report(title: string, s: CorpusScore): string {
  const pct = (x: number) => x.toFixed(4);
  const lines = [
    `${title}: ${s.decisions} 份决定书，应隐去 ${s.expected} 处，规则隐去 ${s.found} 处，完全命中 ${s.truePositives} 处`,
    `  recall ${pct(s.recall)}  precision ${pct(s.precision)} (of the spans the engine is sure of ${pct(s.surePrecision)})  (characters: recall ${pct(s.charRecall)}, precision ${pct(s.charPrecision)})`,
    `  请确认 ${s.unsure} (${s.unsureRight} of them marked spans) = ${s.unsurePerDecision.toFixed(2)} per decision  keep-rate ${s.keptItems}/${s.keepItems}`,
    `  by kind: ${Object.entries(s.byKind)
      .map(([k, v]) => `${k} ${v.found}/${v.expected}`)
      .join(', ')}`,
    ...s.missed.map((m) => `  missed ${m.id} ${m.span.kind} 「${m.span.text}」`),
    ...s.wrong.map((w) => `  wrong  ${w.id} ${w.redaction.rule} 「${w.text}」→「${w.redaction.replacement}」`),
  ];
  return lines.join('\n');
}

describe('R-PUB-4 redaction measured on the corpus of decisions', () => {
  it('the corpus is well-formed: at least 30 decisions, numbers that pass their own checks', () => {
    expect(REDACTION_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(REDACTION_CORPUS.map((d) => d.id)).size).toBe(REDACTION_CORPUS.length);
    for (const d of [...REDACTION_CORPUS, ...REDACTION_HELD_OUT]) {
      const l = loadDecision(d);
      for (const s of l.expected) {
        const digits = digitsOf(s.text);
        if (s.kind === 'id') expect(digits.length === 18 ? isIdNumber18(digits) : isIdNumber15(digits), `${d.id} ${s.text}`).toBe(true);
        if (s.kind === 'card') expect(luhnValid(digits), `${d.id} ${s.text}`).toBe(true);
      }
    }
  });

  // precision is held on the spans the engine is sure of: since 2026.3 a broad tier of candidate names is
  // hidden as 请确认 and decided by the 公示管理员, so it is printed (with the 请确认 per decision) but not held
  it('recall and precision (of what the engine is sure of) are above 0.99, with the case context and without it (as the CLI reads)', () => {
    const withContext = scoreCorpus({ withContext: true });
    const textOnly = scoreCorpus({ withContext: false });
    console.log(`${report('脱敏评测（带案件信息）', withContext)}\n${report('脱敏评测（仅文本，同命令行）', textOnly)}`);
    for (const s of [withContext, textOnly]) {
      expect(s.recall).toBeGreaterThanOrEqual(0.99);
      expect(s.surePrecision).toBeGreaterThanOrEqual(0.99);
      expect(s.precision).toBeGreaterThanOrEqual(0.95);
    }
  });

  it('prints the held-out decisions apart (never used to tune the rules, so not held to 0.99)', () => {
    const heldOut = scoreCorpus({ withContext: true }, REDACTION_HELD_OUT);
    console.log(report('脱敏评测（留出集，未用于调整规则）', heldOut));
    expect(heldOut.decisions).toBeGreaterThan(0);
  });

  it('the published text equals the original outside the reported redactions, and every marked span is gone', () => {
    for (const d of REDACTION_CORPUS) {
      const l = loadDecision(d);
      const r = redact(l.text, { marks: l.marks, ...(l.context ? { context: l.context } : {}) });
      let pos = 0;
      let out = 0;
      for (const x of r.redactions) {
        const keptPart = l.text.slice(pos, x.start);
        expect(r.text.slice(out, out + keptPart.length)).toBe(keptPart);
        out += keptPart.length + x.replacement.length;
        pos = x.end;
      }
      expect(r.text.slice(out)).toBe(l.text.slice(pos));
      for (const m of l.marks) expect(r.text).not.toContain(l.text.slice(m.start, m.end));
    }
  });
});
