import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { attachMedia } from '../../test/evidence.ts';
import { penaltyCaseBody, approveFiling } from '../../test/filing.ts';
import { opinion, propose, submit } from '../../test/review.ts';
import { recordTimes } from '../../test/record-times.ts';

/**
 * The 行政处罚决定书 filled through the real flow (issue 20, item 3; 行政处罚法 §59), read back from
 * its PDF with poppler's pdftotext, and the agency's 文书设置 that feed it (migration 0030).
 */

let h: Harness;
const out = mkdtempSync(path.join(tmpdir(), 'sanxiang-decision-'));
const as = async (user: string, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  h.request(await h.token(user), method, url, body);

const DISCRETION = { violation: null, grade: '从轻处罚', baseAmount: null, reasoning: '当事人主动下架涉案食品，如实陈述违法事实' };

const SETTINGS = {
  payment: {
    method: 'account',
    accountName: '馆陶县财政局非税收入汇缴专户',
    bank: '中国农业银行股份有限公司馆陶县支行',
    accountNumber: '50-765001040006188',
    codeChannel: '',
  },
  reviewBody: '',
  court: '',
};

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-01T02:00:00Z' });
});
afterAll(async () => h?.close());

describe('文书设置: the agency administrator sets how 罚没款 are paid and whom the 决定书 name', () => {
  it('shows the settings in force with the region-derived bodies as defaults', async () => {
    const r = await as('scjg.admin', 'GET', `/api/v1/agencies/${h.agency('scjg')}/document-settings`);
    expect(r.statusCode, r.body).toBe(200);
    const v = r.json();
    expect(v.version).toBe(1);
    expect(v.settings.payment.method).toBe('account');
    expect(v.defaults).toEqual({ reviewBody: '馆陶县人民政府', court: '馆陶县人民法院' });
    expect(v.history[0]).toMatchObject({ version: 1, by: '郭鹏' });
  });

  it('refuses bad input with a code and Chinese reasons, and changes nothing', async () => {
    const url = `/api/v1/agencies/${h.agency('scjg')}/document-settings`;
    const bad = await as('scjg.admin', 'PUT', url, {
      settings: { ...SETTINGS, payment: { ...SETTINGS.payment, accountNumber: '见财政局通知' }, court: '县法庭' },
      note: '测试',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect(bad.json().error.message).toContain('账号应为 6 至 40 位数字');
    expect(bad.json().error.message).toContain('管辖法院应为人民法院的全称');
    const noChannel = await as('scjg.admin', 'PUT', url, {
      settings: { ...SETTINGS, payment: { ...SETTINGS.payment, method: 'code' } },
      note: '改用缴款码',
    });
    expect(noChannel.statusCode).toBe(400);
    expect(noChannel.json().error.message).toContain('须写明缴纳渠道');
    const unknownField = await as('scjg.admin', 'PUT', url, { settings: { ...SETTINGS, bankCode: 'x' }, note: '测试' });
    expect(unknownField.statusCode).toBe(400);
    // only the agency's own administrator: not an officer, not another agency's administrator
    expect((await as('scjg.liming', 'PUT', url, { settings: SETTINGS, note: '测试' })).statusCode).toBe(403);
    expect([403, 404]).toContain((await as('zhzf.admin', 'PUT', url, { settings: SETTINGS, note: '测试' })).statusCode);
    expect((await as('scjg.admin', 'GET', url)).json().version).toBe(1);
  });

  it('keeps each change as a version with who made it and why', async () => {
    const url = `/api/v1/agencies/${h.agency('scjg')}/document-settings`;
    const r = await as('scjg.admin', 'PUT', url, {
      settings: { ...SETTINGS, reviewBody: '邯郸市市场监督管理局' },
      note: '按市局垂直管理要求调整复议机关',
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().version).toBe(2);
    expect(r.json().history[0]).toMatchObject({ version: 2, note: '按市局垂直管理要求调整复议机关', by: '郭鹏' });
    expect(r.json().settings.reviewBody).toBe('邯郸市市场监督管理局');
  });
});

describe('行政处罚决定书 through the real flow, read from its PDF (行政处罚法 §59)', () => {
  let caseId: string;
  let pdfText: string;

  beforeAll(async () => {
    caseId = (await as('scjg.liming', 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-08-28'))).json().id;
    await approveFiling(h, caseId);
    const two = { officers: [h.user('scjg.o1'), h.user('scjg.o2')] };
    await attachMedia(h, 'scjg.o1', caseId, 'inspect');
    const steps: [string, Record<string, unknown>][] = [
      [
        'inspect',
        { ...recordTimes(h.clock.now()), ...two, place: '馆陶县陶山街 201 号惠民超市', findings: '冷柜内发现超过保质期的酸奶 12 盒。' },
      ],
      [
        'inquire',
        {
          ...recordTimes(h.clock.now()),
          ...two,
          person: '钱立新',
          summary: '问：酸奶从何处购进？答：邯郸某商贸公司，共 20 盒，已售 8 盒。',
        },
      ],
      [
        'conclude-investigation',
        {
          facts: '当事人销售超过保质期的酸奶 20 盒，违法所得 48 元。',
          evidence: '现场检查笔录、询问笔录、照片',
          violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
          legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
          proposal: 'penalty',
        },
      ],
      [
        'notify',
        {
          proposedPenalty: '没收违法所得 48 元，没收过期酸奶 12 盒，罚款 5000 元',
          sanctions: [
            { kind: '没收违法所得', amount: 48 },
            { kind: '没收非法财物', detail: '过期酸奶 12 盒', amount: 72 },
            { kind: '罚款', amount: 5000 },
          ],
          proposedFine: 5000,
          hearingRight: false,
        },
      ],
      ['deliver-notice', { deliveredOn: '2026-09-01', method: 'direct', recipient: '钱立新' }],
      ['record-defence', { ...recordTimes(h.clock.now()), statement: '当事人称系疏忽，请求从轻处罚。', adopted: false }],
    ];
    for (const [step, inputs] of steps) {
      const r = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/steps`, { step, inputs });
      expect(r.statusCode, r.body).toBe(200);
    }
    h.clock.advanceDays(10);
    const decision = {
      decisionType: 'penalty',
      facts: '当事人于2026年8月起销售超过保质期的酸奶 20 盒，货值金额 120 元，违法所得 48 元。',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
      penalty: '没收违法所得、没收过期酸奶、罚款',
      sanctions: [
        { kind: '没收违法所得', amount: 48 },
        { kind: '没收非法财物', detail: '过期酸奶 12 盒', amount: 72 },
        { kind: '罚款', amount: 5000 },
      ],
      fineAmount: 5000,
      confiscation: 48,
      evidenceProves: '询问笔录：当事人购进、销售涉案酸奶的数量和违法所得',
      discretionGrade: '从轻处罚',
      discretionReasons: '当事人主动下架涉案食品，如实陈述违法事实',
    };
    // the reasons for rejecting the party's statement are required once it spoke (§45, §62)
    const p1 = await propose(h, 'scjg.liming', caseId, {
      step: 'decide',
      decision,
      sanctions: ['罚款', '没收违法所得', '没收非法财物'],
      discretion: DISCRETION,
    });
    expect(p1.statusCode, p1.body).toBe(201);
    const sent = await submit(h, 'scjg.liming', caseId);
    expect(sent.statusCode, sent.body).toBe(201);
    const agreed = await opinion(h, 'scjg.chenjing', caseId, 'agree');
    expect(agreed.statusCode, agreed.body).toBe(201);
    const refused = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('须写明复核意见及采纳或者不予采纳的理由');
    const reasons = {
      ...decision,
      defenceReasons: '当事人未能证明其已履行进货查验和定期检查库存的义务，所称疏忽不属于法定从轻或者减轻情形',
    };
    expect(
      (
        await propose(h, 'scjg.liming', caseId, {
          step: 'decide',
          decision: reasons,
          sanctions: ['罚款', '没收违法所得', '没收非法财物'],
          discretion: DISCRETION,
        })
      ).statusCode,
    ).toBe(201);
    expect((await submit(h, 'scjg.liming', caseId)).statusCode).toBe(201);
    expect((await opinion(h, 'scjg.chenjing', caseId, 'agree')).statusCode).toBe(201);
    const decided = await as('scjg.juzhang', 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'decide', inputs: {} });
    expect(decided.statusCode, decided.body).toBe(200);

    const issued = await as('scjg.liming', 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-decision' });
    expect(issued.statusCode, issued.body).toBe(201);
    const pdf = (await as('scjg.liming', 'GET', `/api/v1/documents/${issued.json().id}/pdf`)).rawPayload;
    const file = path.join(out, 'penalty-decision.pdf');
    writeFileSync(file, pdf);
    pdfText = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8');
    // pages 1 and 2 as PNG, to look at as the 法制科 would
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', file, path.join(out, 'page')]);
    console.log(`决定书 PDF and pages: ${out}`);
  });

  // pdftotext breaks lines where the PDF does: compare without whitespace
  const flat = () => pdfText.replace(/\s+/g, '');

  it('(三) states the provision broken and the penalty provision apart, with the 裁量 grade and its reasons', () => {
    expect(flat()).toContain('违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定');
    expect(flat()).toContain('依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定');
    expect(flat()).toContain(
      '当事人主动下架涉案食品，如实陈述违法事实。依照本机关行政处罚裁量基准，本机关决定对你单位依法从轻处罚（裁量阶次：从轻处罚）',
    );
  });

  it('(二) lists the evidence with what each item proves: the 笔录 with dates, the photo from its metadata', () => {
    expect(flat()).toContain('现场检查笔录（2026年9月1日），证明现场检查发现的情况：冷柜内发现超过保质期的酸奶12盒');
    expect(flat()).toContain('询问笔录（2026年9月1日），证明当事人购进、销售涉案酸奶的数量和违法所得');
    expect(flat()).toMatch(/照片「[^」]+」（2026年9月1日，摄录于馆陶县惠民超市），证明现场情况/);
  });

  it('answers the party’s statement with reasons', () => {
    expect(flat()).toContain('你单位提出了陈述、申辩意见：当事人称系疏忽，请求从轻处罚。');
    expect(flat()).toContain('认为：当事人未能证明其已履行进货查验和定期检查库存的义务，所称疏忽不属于法定从轻或者减轻情形，不予采纳。');
  });

  it('(三) puts every sanction in the table, the confiscated goods by name and quantity', () => {
    for (const s of [
      '没收违法所得',
      '人民币48元（大写：肆拾捌元整）',
      '没收非法财物',
      '1.过期酸奶12盒',
      '人民币5000元（大写：伍仟元整）',
      '罚没款合计',
      '人民币5048元',
    ])
      expect(flat()).toContain(s);
  });

  it('(四) names the account from the agency’s settings, fifteen days and 加处罚款 3%; (五) the 复议机关 as configured and the court by default', () => {
    expect(flat()).toContain('户名：馆陶县财政局非税收入汇缴专户；开户行：中国农业银行股份有限公司馆陶县支行；账号：50-765001040006188');
    expect(flat()).toContain('十五日内');
    expect(flat()).toContain('每日按罚款数额的百分之三加处罚款');
    expect(flat()).not.toContain('指定的银行');
    expect(flat()).toContain('六十日内向邯郸市市场监督管理局申请行政复议');
    expect(flat()).toContain('六个月内依法向馆陶县人民法院提起行政诉讼');
    expect(flat()).toContain('通过国家企业信用信息公示系统向社会公示');
  });

  it('prints no telephone number and no 「（印章）」 under the seal', () => {
    expect(flat()).not.toContain('联系电话');
    expect(flat()).not.toContain('（印章）');
  });

  it('the 法制审核意见书 states the proposal in sentences, not a field dump', async () => {
    const docs = (await as('scjg.liming', 'GET', `/api/v1/cases/${caseId}/documents`)).json() as { id: string; kind: string }[];
    const opinionDoc = docs.filter((d) => d.kind === 'legal-review-opinion').at(-1)!;
    const pdf = (await as('scjg.liming', 'GET', `/api/v1/documents/${opinionDoc.id}/pdf`)).rawPayload;
    const file = path.join(out, 'legal-review-opinion.pdf');
    writeFileSync(file, pdf);
    // the text as read, without the page footers a sentence may run across
    const t = execFileSync('pdftotext', [file, '-'])
      .toString('utf8')
      .replace(/\s+/g, '')
      .replace(/第\d+页共\d+页/g, '');
    expect(t).toContain('拟作出行政处罚决定。经查，当事人于2026年8月起销售超过保质期的酸奶20盒');
    expect(t).toContain('当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。');
    expect(t).not.toMatch(/。；/);
    expect(t).not.toContain('处罚依据：');
  });
});
