import { COMPANY_A } from '../demo/demo-cases.ts';
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

/** What each 送达 method must record beyond date and recipient (procedures/delivery.ts). */
const deliveryDetails = (on: string): Record<string, Record<string, string>> => ({
  direct: { place: '当事人的经营场所' },
  left: { place: '当事人的住所', leftReason: '当事人拒绝签收', witnesses: '赵四（所在社区工作人员）' },
  mail: { mailAddress: '当事人的住所', trackingNumber: '1190012345678' },
  // the moment the message reached the party's system: the first minute of the day served, never later than now
  electronic: { electronicAddress: 'party@example.cn', reachedAt: `${on}T00:00` },
  notice: { noticeMedium: '本机关门户网站' },
});

/** 送达 of the last 告知书, received on `on` (default: the harness's day) by direct delivery. */
export async function deliverNotice(h: Harness, caseId: string, o: { by?: string; on?: string; method?: string } = {}): Promise<void> {
  const on = o.on ?? chinaDate(h.clock.now());
  const r = await h.request(await h.token(o.by ?? 'scjg.liming'), 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'deliver-notice',
    inputs: { deliveredOn: on, method: o.method ?? 'direct', recipient: '当事人', ...deliveryDetails(on)[o.method ?? 'direct'] },
  });
  if (r.statusCode !== 200) throw new Error(`deliver-notice: ${r.body}`);
}

/** The body that opens a 一般程序 case of 馆陶县市场监督管理局 against the demo company (销售过期食品), its clue found on `clueOn`. */
export function penaltyCaseBody(h: Harness, clueOn: string) {
  return {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
    inputs: { source: 'inspection', clueOn, summary: '检查发现过期食品。' },
  };
}
