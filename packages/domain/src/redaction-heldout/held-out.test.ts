import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../redaction/corpus/score.ts';
import type { CorpusDecision } from '../redaction/corpus/corpus-types.ts';
import { HELD_OUT_2026_12 } from './held-out-2026-12.ts';

/**
 * R-PUB-4, issue 19: the 2026-12 set, written from the README's rules only, measured as it stands.
 * The floors are today's figures (recall 0.720 with the case's context, 0.647 from the text alone),
 * so a change that loses ground fails; issue 19 raises them to 0.99 with the engine's next rule-set
 * version. Once the engine is tuned on this set it is a development set, and a new held-out set is
 * written after the last change.
 */
describe('R-PUB-4 脱敏 on the 2026-12 set written from the README only (issue 19)', () => {
  for (const withContext of [true, false]) {
    it(`recall and precision ${withContext ? 'with the case context' : 'from the text alone'}, printed; no worse than measured on 2026-12-06`, () => {
      const s = scoreCorpus({ withContext }, HELD_OUT_2026_12 as unknown as readonly CorpusDecision[]);
      const byKind = Object.entries(s.byKind)
        .map(([k, v]) => `${k} ${v.found}/${v.expected}`)
        .join(', ');
      console.log(
        `held-out 2026-12 ${withContext ? 'with context' : 'text only'}: ${s.decisions} decisions, ${s.expected} spans, recall ${s.recall.toFixed(3)}, precision ${s.precision.toFixed(3)} (${byKind})`,
      );
      expect(s.decisions).toBeGreaterThanOrEqual(60);
      expect(s.recall).toBeGreaterThanOrEqual(withContext ? 0.715 : 0.645);
      expect(s.precision).toBeGreaterThanOrEqual(withContext ? 0.86 : 0.82);
    });
  }
});
