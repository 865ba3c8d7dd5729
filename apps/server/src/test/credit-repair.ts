import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { chinaDate } from '@sanxiang/domain';
import { COMPANY_A } from '../demo/demo-cases.ts';
import type { Harness } from './harness.ts';
import { attachMedia } from './evidence.ts';
import { approveFiling, deliverNotice } from './filing.ts';
import { recordTimes } from './record-times.ts';
import { penaltyProposal, propose, submit, opinion } from './review.ts';
import { publishCase } from './decisions.ts';

/**
 * 信用修复 fixtures: a 市场监管 行政处罚 of a company taken to publication, with the 当事人专区 access
 * code of its 告知书, and a client of the 当事人专区 that posts the multipart application form.
 */
export interface PublishedPenalty {
  caseId: string;
  number: string;
  code: string;
  pubId: string;
}

const as = async (h: Harness, user: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
  const r = await h.request(await h.token(user), method, url, body);
  if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
  return r;
};

const advance = (h: Harness, hours: number) => h.clock.set(new Date(h.clock.now().getTime() + hours * 3600_000));

/**
 * Opens, investigates, notifies (with the 告知书 and its code), decides as `decision` says (集体讨论
 * for a 吊销), serves the 决定书, records the payment (自觉履行) and publishes: one working day.
 */
export async function publishedPenalty(
  h: Harness,
  o: { title: string; decision: Record<string, unknown>; sanctions: string[]; collective?: boolean; notify: Record<string, unknown> },
): Promise<PublishedPenalty> {
  const officers = [h.user('scjg.o1'), h.user('scjg.o2')];
  const open = await as(h, 'scjg.liming', 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: o.title,
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: officers,
    inputs: { source: 'inspection', clueOn: chinaDate(h.clock.now()), summary: '检查发现违法行为。' },
  });
  const caseId = open.json().id as string;
  await approveFiling(h, caseId);
  await attachMedia(h, 'scjg.o1', caseId, 'inspect');
  const d = o.decision;
  for (const [step, inputs] of [
    ['inspect', { officers, place: '当事人经营场所', ...recordTimes(h.clock.now(), 40, 60), findings: String(d['facts']) }],
    ['inquire', { officers, person: '钱立新', ...recordTimes(h.clock.now(), 30, 5), summary: '承认违法事实。' }],
    [
      'conclude-investigation',
      {
        facts: d['facts'],
        evidence: '笔录、照片',
        violatedProvision: d['violatedProvision'],
        legalBasis: d['legalBasis'],
        proposal: 'penalty',
      },
    ],
    ['notify', o.notify],
  ] as const) {
    await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, { step, inputs });
  }
  const notice = await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' });
  const code = notice.json().partyAccess.code as string;
  await deliverNotice(h, caseId);
  await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'waive',
    inputs: { statement: '当事人放弃陈述申辩和听证。' },
  });
  advance(h, 1);
  const p = await propose(h, 'scjg.liming', caseId, penaltyProposal(Number(d['fineAmount']), { decision: d, sanctions: o.sanctions }));
  if (p.statusCode !== 201) throw new Error(`propose: ${p.body}`);
  if (p.json().evaluation.required) {
    if ((await submit(h, 'scjg.liming', caseId)).statusCode !== 201) throw new Error('submit');
    if ((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode !== 201) throw new Error('opinion');
  }
  if (o.collective)
    await as(h, 'scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/review/discussions`, {
      heldOn: chinaDate(h.clock.now()),
      recorder: '孙丽',
      participants: [
        { name: '张建国', post: '局长', opinion: '同意。', vote: 'agree' },
        { name: '马德华', post: '副局长', opinion: '同意。', vote: 'agree' },
        { name: '孙丽', post: '办公室主任', opinion: '同意。', vote: 'agree' },
      ],
      conclusion: '经集体讨论，同意按拟作出的决定作出。',
      outcome: 'decide-as-proposed',
    });
  advance(h, 1);
  await as(h, 'scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
  await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
  const pubId = await publishCase(h, caseId);
  advance(h, 1);
  await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'deliver',
    inputs: { deliveredOn: chinaDate(h.clock.now()), method: 'direct', recipient: '钱立新' },
  });
  // paid of the party's own accord (行政处罚法 §66): 自觉履行 on record
  const paid = Number(d['fineAmount']) + Number(d['confiscation'] ?? 0);
  await as(h, 'scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, {
    step: 'execute',
    inputs: { performance: 'paid', paidAmount: paid },
  });
  const number = (await as(h, 'scjg.liming', 'GET', `/api/v1/cases/${caseId}`)).json().number as string;
  return { caseId, number, code, pubId };
}

/** A non-food 市场监管 penalty of a company with a 3-year 公示期 (fine and confiscation): 6 months before repair. */
export const WIRE_DECISION = {
  decisionType: 'penalty',
  facts: '销售不符合国家标准的电线电缆。',
  violatedProvision: '《中华人民共和国产品质量法》第三十九条',
  legalBasis: '《中华人民共和国产品质量法》第五十条',
  penalty: '罚款 5000 元，没收违法所得 300 元',
  fineAmount: 5000,
  confiscation: 300,
};
export const WIRE_NOTIFY = {
  proposedPenalty: '罚款 5000 元，没收违法所得 300 元',
  proposedFine: 5000,
  hearingRight: true,
  sanctions: [
    { kind: '罚款', amount: 5000 },
    { kind: '没收违法所得', amount: 300 },
  ],
};

/** A 吊销 of a licence: excluded from early stop (市场监管公示规定 §14 三款). */
export const REVOKED_DECISION = {
  decisionType: 'penalty',
  facts: '伪造检验报告，以不合格产品冒充合格产品。',
  violatedProvision: '《中华人民共和国产品质量法》第三十二条',
  legalBasis: '《中华人民共和国产品质量法》第五十条',
  penalty: '罚款 5000 元，没收违法所得 300 元，吊销工业产品生产许可证',
  fineAmount: 5000,
  confiscation: 300,
};
export const REVOKED_NOTIFY = {
  proposedPenalty: '罚款 5000 元，没收违法所得 300 元，吊销工业产品生产许可证',
  proposedFine: 5000,
  hearingRight: true,
  sanctions: [
    { kind: '罚款', amount: 5000 },
    { kind: '没收违法所得', amount: 300 },
    { kind: '吊销许可证件', detail: '工业产品生产许可证' },
  ],
};

/** The 当事人专区 without JavaScript: its cookie, and the multipart form of an application. */
export function partyClient(h: Harness) {
  let cookie = '';
  const remember = (r: LightMyRequestResponse) => {
    const set = r.headers['set-cookie'];
    for (const c of Array.isArray(set) ? set : set ? [set] : []) {
      const [pair] = c.split(';');
      if (pair?.startsWith('sx_party=')) cookie = pair;
    }
    return r;
  };
  const headers = () => (cookie ? { cookie } : {});
  return {
    get cookie() {
      return cookie;
    },
    async signIn(caseNumber: string, code: string) {
      const r = remember(
        await h.app.inject({
          method: 'POST',
          url: '/party/sign-in',
          payload: new URLSearchParams({ caseNumber, code }).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      );
      if (r.statusCode !== 303) throw new Error(`sign-in: ${r.statusCode}`);
    },
    get: async (url: string) => h.app.inject({ method: 'GET', url, headers: headers() }),
    async csrf() {
      const r = await h.app.inject({ method: 'GET', url: '/party/case', headers: headers() });
      return /name="csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? '';
    },
    /** Posts the application form as a browser does (multipart); `json` asks for the machine-readable answer. */
    async apply(
      pubId: string,
      fields: Record<string, string>,
      files: { name: string; type: string; bytes: Buffer }[] = [],
      json = true,
    ): Promise<LightMyRequestResponse> {
      const boundary = `----sx${randomBytes(8).toString('hex')}`;
      const parts: Buffer[] = [];
      for (const [k, v] of Object.entries(fields))
        parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
      for (const f of files)
        parts.push(
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
          ),
          f.bytes,
          Buffer.from('\r\n'),
        );
      parts.push(Buffer.from(`--${boundary}--\r\n`));
      return h.app.inject({
        method: 'POST',
        url: `/party/credit-repair/${pubId}`,
        payload: Buffer.concat(parts),
        headers: {
          ...headers(),
          'content-type': `multipart/form-data; boundary=${boundary}`,
          ...(json ? { accept: 'application/json' } : {}),
        },
      });
    },
  };
}
