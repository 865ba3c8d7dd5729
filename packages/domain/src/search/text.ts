/**
 * Text for search (R-PUB-8): every Chinese substring of two or more characters that occurs in a
 * published text must be found, so the index holds every pair of adjacent characters (bigrams),
 * not words — word segmentation misses substrings. A query matches the records whose bigram set
 * contains all of the query's bigrams; a substring test on the normalised text then removes the
 * few whose bigrams occur apart, so the result equals a `LIKE '%…%'` scan exactly.
 */

/** Full-width to half-width, compatibility forms unified (NFKC), lower case, whitespace runs to one space. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The distinct bigrams of a normalised text, within runs of non-space characters. */
export function bigramsOf(normalized: string): string[] {
  const out = new Set<string>();
  for (const run of normalized.split(' ')) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

export interface SearchTerms {
  /** normalised terms of two or more characters, each matched as a substring */
  terms: string[];
  /** the bigrams every match must contain */
  bigrams: string[];
  /** terms of one character: too short to index, matched only against names and 文号 */
  short: string[];
}

/** A keyword query: terms separated by spaces, each a substring that must occur (AND). */
export function parseQuery(q: string): SearchTerms {
  const norm = normalizeForSearch(q);
  const words = norm ? [...new Set(norm.split(' '))] : [];
  const terms = words.filter((w) => [...w].length >= 2);
  const short = words.filter((w) => [...w].length === 1);
  return { terms, bigrams: [...new Set(terms.flatMap((t) => bigramsOf(t)))], short };
}
