import { chinaDate } from '@sanxiang/domain';
import type { Harness } from './harness.ts';

/** The head of each demo agency, by the prefix of its users' names. */
const HEADS: Record<string, string> = { scjg: 'scjg.juzhang', scjgs: 'scjgs.suozhang', zhzf: 'zhzf.juzhang' };

/**
 * 立案 by the head in the system (市场监管 rules §20; issue 18 item 8): a 一般程序 case opened by
 * `opener` is approved by its agency's head, and investigation proper may begin.
 */
export async function approveFiling(h: Harness, caseId: string, opener = 'scjg.liming', head?: string): Promise<void> {
  const by = head ?? HEADS[opener.split('.')[0]!] ?? 'scjg.juzhang';
  const r = await h.request(await h.token(by), 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'approve-filing',
    inputs: { opinion: '经核查，符合立案条件，同意立案。' },
  });
  if (r.statusCode !== 200) throw new Error(`approve-filing: ${r.body}`);
}

/** 送达 of the last 告知书, received on `on` (default: the harness's day) by direct delivery. */
export async function deliverNotice(h: Harness, caseId: string, o: { by?: string; on?: string; method?: string } = {}): Promise<void> {
  const on = o.on ?? chinaDate(h.clock.now());
  const r = await h.request(await h.token(o.by ?? 'scjg.liming'), 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'deliver-notice',
    inputs: { deliveredOn: on, method: o.method ?? 'direct', recipient: '当事人' },
  });
  if (r.statusCode !== 200) throw new Error(`deliver-notice: ${r.body}`);
}
