import { decisionUrl } from './search.present.ts';
import type { PublicDecisionRow } from './search.repository.ts';

/** Atom (RFC 4287) of the newest 50 changes: each decision an entry at its permanent URL (issue 5 point 10). */
const x = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const STATUS: Record<string, string> = {
  published: '',
  corrected: '【已更正】',
  withdrawn: '【已撤下】',
  expired: '【公示期满】',
  stopped: '【已停止公示】',
};

export function atomFeed(o: { title: string; self: string; base: string; rows: PublicDecisionRow[] }): string {
  const updated = (o.rows[0]?.updated_at ?? new Date(0)).toISOString();
  const entries = o.rows
    .map((d) => {
      const url = `${o.base}${decisionUrl(d.agency_credit_code, d.doc_number)}`;
      const summary =
        d.status === 'withdrawn' || d.status === 'stopped'
          ? `${STATUS[d.status]}${d.status_reason ?? ''}`
          : `${STATUS[d.status] ?? ''}当事人：${d.party_name}；执法结论：${d.conclusion}`;
      return `<entry><id>${x(url)}</id><title>${x(`${STATUS[d.status] ?? ''}${d.doc_number} ${d.title}`)}</title><updated>${d.updated_at.toISOString()}</updated><published>${d.published_at.toISOString()}</published>
<link rel="alternate" type="text/html" href="${x(url)}"/><author><name>${x(d.agency_name)}</name></author><category term="${x(d.kind)}"/><summary>${x(summary)}</summary></entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN"><id>${x(o.self)}</id><title>${x(o.title)}</title><updated>${updated}</updated>
<link rel="self" href="${x(o.self)}"/><link rel="alternate" type="text/html" href="${x(`${o.base}/search`)}"/>
${entries}
</feed>`;
}
