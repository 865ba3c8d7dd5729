/**
 * 类案推送 (R-REV-10): the agency's past decided cases most like a proposal, by violation and by
 * the text of the facts. Chinese has no spaces, so texts are compared by their character bigrams
 * (Dice coefficient over the multiset of bigrams, punctuation and spaces dropped); the same
 * violation counts as much as identical facts.
 */

export interface CaseForComparison {
  caseId: string;
  violation: string | null;
  facts: string;
}

export interface SimilarCase<T extends CaseForComparison> {
  case: T;
  /** 0..1 */
  similarity: number;
  sameViolation: boolean;
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  if (chars.length === 1) out.set(chars[0]!, 1);
  return out;
}

/** Dice coefficient of two texts' character bigrams, 0..1. */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  let nx = 0;
  let ny = 0;
  let both = 0;
  for (const v of x.values()) nx += v;
  for (const [g, v] of y) {
    ny += v;
    both += Math.min(v, x.get(g) ?? 0);
  }
  return nx + ny === 0 ? 0 : (2 * both) / (nx + ny);
}

/** The `limit` most similar cases, best first; cases with nothing in common are left out. */
export function similarCases<T extends CaseForComparison>(
  target: { caseId?: string; violation: string | null; facts: string },
  candidates: readonly T[],
  limit = 5,
): SimilarCase<T>[] {
  return candidates
    .filter((c) => c.caseId !== target.caseId)
    .map((c) => {
      const sameViolation = target.violation !== null && c.violation === target.violation;
      const text = textSimilarity(target.facts, c.facts);
      return { case: c, sameViolation, similarity: Math.round(((sameViolation ? 0.5 : 0) + text * 0.5) * 1000) / 1000 };
    })
    .filter((s) => s.similarity > 0.05)
    .sort((a, b) => b.similarity - a.similarity || a.case.caseId.localeCompare(b.case.caseId))
    .slice(0, limit);
}
