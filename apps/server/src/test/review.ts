import { REVIEW_POINTS, chinaDate } from '@sanxiang/domain';
import type { Harness } from './harness.ts';
import { COMPANY_A } from '../demo/demo-cases.ts';
import { attachMedia } from './evidence.ts';
import { approveFiling } from './filing.ts';
import { recordTimes } from './record-times.ts';

/** Test helpers for the legal-review API (R-REV): propose, submit, answer, as people do. */

export const ALL_PASS = REVIEW_POINTS.map((p) => ({ point: p.code, result: 'pass' as const, comment: '' }));

export function penaltyProposal(fine: number, extra: Record<string, unknown> = {}) {
  return {
    step: 'decide',
    decision: {
      decisionType: 'penalty',
      facts: '销售过期食品。',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      penalty: `罚款 ${fine} 元`,
      fineAmount: fine,
    },
    sanctions: ['罚款'],
    discretion: { grade: '一般处罚', reasoning: '无从轻、从重情节，按一般情节裁量。' },
    ...extra,
  };
}

export const SUBMISSION = {
  summary: '检查发现当事人销售过期食品，调查终结并已告知。',
  facts: '当事人销售超过保质期的食品。',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
};

export async function propose(h: Harness, username: string, caseId: string, body: Record<string, unknown>) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/review/proposals`, body);
}

export async function submit(h: Harness, username: string, caseId: string, body: Record<string, unknown> = SUBMISSION) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/review/submissions`, body);
}

/** The materials hash of the case's pending round, as the reviewer's screen shows it. */
export async function pendingMaterials(h: Harness, username: string, caseId: string): Promise<string> {
  const r = (await h.request(await h.token(username), 'GET', `/api/v1/cases/${caseId}/review`)).json();
  const round = r.rounds.find((x: { status: string }) => x.status === 'pending');
  if (!round) throw new Error(`no pending round: ${JSON.stringify(r.phase)}`);
  return round.materialsSha256;
}

export async function opinion(
  h: Harness,
  username: string,
  caseId: string,
  conclusion: 'agree' | 'problems',
  text = conclusion === 'agree' ? '同意。' : '证据不足，请补充。',
) {
  const answers =
    conclusion === 'agree'
      ? ALL_PASS
      : ALL_PASS.map((a) => (a.point === 'evidence' ? { point: a.point, result: 'problem' as const, comment: '缺少进货单据' } : a));
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/review/opinions`, {
    materialsSha256: await pendingMaterials(h, username, caseId),
    answers,
    conclusion,
    opinion: text,
  });
}

/** A 一般程序 case of 市场监管局 investigated, notified and with the party's rights waived: ready for a proposal. */
export async function readyPenaltyCase(
  h: Harness,
  o: { officerIds?: string[]; opener?: string; notifiedFine?: number; notifiedConfiscation?: number; moreInquiries?: string[] } = {},
): Promise<string> {
  const officerIds = o.officerIds ?? [h.user('scjg.o1'), h.user('scjg.o2')];
  const opener = o.opener ?? 'scjg.liming';
  const notifiedFine = o.notifiedFine ?? 5000;
  const token = await h.token(opener);
  const res = await h.request(token, 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds,
    inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '检查发现过期食品。' },
  });
  if (res.statusCode !== 201) throw new Error(`open: ${res.body}`);
  const id = res.json().id as string;
  await approveFiling(h, id, opener);
  const two = { officers: officerIds };
  await attachMedia(h, 'scjg.o1', id, 'inspect');
  for (const [code, inputs] of [
    ['inspect', { ...two, place: '惠民超市', ...recordTimes(h.clock.now(), 40, 60), findings: '发现过期酸奶 12 盒。' }],
    ['inquire', { ...two, person: '钱立新', ...recordTimes(h.clock.now(), 30, 5), summary: '承认销售过期食品。' }],
    ...(o.moreInquiries ?? []).map(
      (person) => ['inquire', { ...two, person, ...recordTimes(h.clock.now(), 5, 1), summary: '证实相关事实。' }] as const,
    ),
    [
      'conclude-investigation',
      {
        facts: '销售过期食品。',
        evidence: '笔录、照片',
        violatedProvision: '食品安全法第三十四条第（十）项',
        legalBasis: '食品安全法第一百二十四条',
        proposal: 'penalty',
      },
    ],
    [
      'notify',
      {
        proposedPenalty: `罚款 ${notifiedFine} 元${o.notifiedConfiscation ? `，没收违法所得 ${o.notifiedConfiscation} 元` : ''}`,
        proposedFine: notifiedFine,
        hearingRight: true,
        ...(o.notifiedConfiscation
          ? {
              sanctions: [
                { kind: '罚款', amount: notifiedFine },
                { kind: '没收违法所得', amount: o.notifiedConfiscation },
              ],
            }
          : {}),
      },
    ],
    ['deliver-notice', { deliveredOn: chinaDate(h.clock.now()), method: 'direct', recipient: '钱立新' }],
    ['waive', { statement: '当事人放弃陈述申辩和听证。' }],
  ] as const) {
    const r = await h.request(token, 'POST', `/api/v1/cases/${id}/steps`, { step: code, inputs });
    if (r.statusCode !== 200) throw new Error(`${code}: ${r.body}`);
  }
  return id;
}
