import { encodeCursor, type SearchPlan } from './search.plan.ts';
import type { Match, PublicDecisionRow, Row } from './search.repository.ts';
import type { SearchHit, SearchResult } from './search.schemas.ts';

/** What the search answers (the shapes of search.schemas.ts): hits with excerpts, the next cursor, the total, facets; one decision's JSON. */

/** A decision's permanent page: derived from its agency's 统一社会信用代码 and its 文号. */
export const decisionUrl = (creditCode: string, docNumber: string) =>
  `/decisions/${encodeURIComponent(creditCode)}/${encodeURIComponent(docNumber)}`;

/** The total and the matches the facets are counted over (all of them, or the newest 500). */
export interface Summary {
  total: { value: number; exact: boolean };
  counted: Match[];
}

/** A page of rows (`limit` + 1 of them when there is more) as the search's answer. */
export function searchResult(plan: SearchPlan, pageRows: Row[], { total, counted }: Summary): SearchResult {
  // facets on the first page only, over the matches counted (all of them, or the newest 500)
  const counts = facetCounts(plan.cursor ? [] : counted);
  const more = pageRows.length > plan.limit;
  const items = pageRows.slice(0, plan.limit);
  const lastItem = items[items.length - 1];
  return {
    items: items.map((r) => hitOf(r, plan.terms.terms)),
    nextCursor:
      more && lastItem
        ? encodeCursor({ d: lastItem.decided_on, i: lastItem.id, ...(plan.sort === 'relevance' ? { w: Number(lastItem.w) } : {}) })
        : null,
    total,
    facets: {
      ...counts,
      sampled: !total.exact,
    },
    terms: plan.terms.terms,
    partial: null,
  };
}

function hitOf(r: Row, terms: string[]): SearchHit {
  return {
    id: r.id,
    key: r.key,
    url: decisionUrl(r.agency_credit_code, r.doc_number),
    kind: r.kind,
    docNumber: r.doc_number,
    title: r.title,
    partyName: r.party_name,
    partyCreditCode: r.party_credit_code,
    agency: { name: r.agency_name, creditCode: r.agency_credit_code },
    violation: r.violation,
    decidedOn: r.decided_on,
    conclusion: r.conclusion,
    status: r.status,
    excerpt: excerpt(r.facts, terms),
    basis: r.basis,
    fineAmount: r.fine_amount === null ? null : Number(r.fine_amount),
  };
}

/** Facet counts over matches: kinds and agencies by count (the first 20 agencies), years newest first. */
function facetCounts(ms: Match[]): Omit<SearchResult['facets'], 'sampled'> {
  const count = <T>(key: (m: Match) => string, item: (m: Match, n: number) => T) => {
    const c = new Map<string, { m: Match; n: number }>();
    for (const m of ms) {
      const e = c.get(key(m));
      if (e) e.n++;
      else c.set(key(m), { m, n: 1 });
    }
    return [...c.values()].map(({ m, n }) => item(m, n));
  };
  return {
    kinds: count(
      (m) => m.kind,
      (m, n) => ({ value: m.kind, count: n }),
    ).sort((a, b) => b.count - a.count),
    agencies: count(
      (m) => m.agency_credit_code,
      (m, n) => ({ value: m.agency_credit_code, name: m.agency_name, count: n }),
    )
      .sort((a, b) => b.count - a.count)
      .slice(0, 20),
    violations: count(
      (m) => m.violation ?? '',
      (m, n) => ({ value: m.violation ?? '', count: n }),
    )
      .filter((v) => v.value !== '')
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, 20),
    years: count(
      (m) => m.decided_on.slice(0, 4),
      (m, n) => ({ value: m.decided_on.slice(0, 4), count: n }),
    ).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

/** Up to ~120 characters of the facts around the first term found. */
function excerpt(facts: string, terms: string[]): string {
  const norm = facts.normalize('NFKC').toLowerCase();
  const at =
    terms
      .map((t) => norm.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${facts.slice(start, start + 120)}${facts.length > start + 120 ? '…' : ''}`;
}

/** One decision's public JSON (PublicDecisionSchema): its 双公示 items and full text only while it is live. */
export function publicDecisionBody(d: PublicDecisionRow) {
  const live = d.status === 'published' || d.status === 'corrected';
  return {
    url: decisionUrl(d.agency_credit_code, d.doc_number),
    docNumber: d.doc_number,
    kind: d.kind,
    agency: { name: d.agency_name, creditCode: d.agency_credit_code },
    status: d.status,
    statusReason: d.status_reason,
    statusAt: d.status_at?.toISOString() ?? null,
    decidedOn: d.decided_on,
    publicUntil: d.public_until,
    version: d.version,
    history: d.history,
    source: d.source,
    fieldSet: d.field_set,
    fields: live ? d.fields : null,
    fullText: live ? d.body : null,
  };
}
