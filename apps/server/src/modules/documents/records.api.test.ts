import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { approveFiling } from '../../test/filing.ts';

/**
 * R-REC-2 (issue 20 item 4): 笔录 and 送达回证 tell the truth about time, place and persons. A real case
 * through the API: the officers record the real times, the place and who was present; the documents are
 * issued, their PDFs read back with poppler's pdftotext, and page 1 of each rendered to PNG with pdftoppm
 * (written to ARTIFACTS, to be looked at).
 */

const ARTIFACTS = path.join(tmpdir(), 'sanxiang-records');
let h: Harness;
let caseId: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  // 2026-09-01 10:00 Beijing
  h = await createHarness({ now: '2026-09-01T02:00:00Z' });
  const t = await h.token('scjg.liming');
  const opened = await h.request(t, 'POST', '/api/v1/cases', {
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    regionCode: '130433100',
    party: COMPANY_A,
    officerIds: [h.user('scjg.o1'), h.user('scjg.o2'), h.user('scjg.o5')],
    inputs: { source: 'inspection', clueOn: '2026-08-28', summary: '检查发现过期食品。' },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  caseId = opened.json().id;
  await approveFiling(h, caseId);
});
afterAll(async () => h?.close());

async function step(step: string, inputs: Record<string, unknown>, user = 'scjg.liming') {
  return h.request(await h.token(user), 'POST', `/api/v1/cases/${caseId}/steps`, { step, inputs });
}

async function taken(s: string, inputs: Record<string, unknown>, user = 'scjg.liming'): Promise<void> {
  const r = await step(s, inputs, user);
  expect(r.statusCode, r.body).toBe(200);
}

/** Issues a document of the case and reads its PDF back as text (pdftotext); page 1 goes to ARTIFACTS as PNG. */
async function issued(kind: string, name: string): Promise<string> {
  const t = await h.token('scjg.liming');
  const res = await h.request(t, 'POST', `/api/v1/cases/${caseId}/documents`, { kind });
  expect(res.statusCode, res.body).toBe(201);
  const pdf = (await h.request(t, 'GET', `/api/v1/documents/${res.json().id}/pdf`)).rawPayload;
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  const png = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, name)]);
  expect(png.status, String(png.stderr)).toBe(0);
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  // table cells wrap: compare without white space
  return out.stdout.replace(/\s+/g, '');
}

const eventCount = async () =>
  (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/events`)).json().events.length as number;

describe('R-REC-2 笔录 carry the real times, place and persons', () => {
  it('现场检查笔录: the times the inspection took, the place, the party present, the officers present, the recorder, the refusal and its witness', async () => {
    await attachMedia(h, 'scjg.o1', caseId, 'inspect');
    await taken('inspect', {
      officers: [h.user('scjg.o1'), h.user('scjg.o2')],
      place: '馆陶县陶山街 201 号惠民超市',
      presentPerson: '钱立新（法定代表人）',
      startedAt: '2026-08-31T15:00',
      endedAt: '2026-08-31T16:10',
      recorder: '王芳',
      othersPresent: '孙丽（超市店长）',
      refusedToSign: true,
      witness: '赵四（馆陶镇南街社区工作人员）',
      findings: '冷柜内发现超过保质期的酸奶 12 盒。',
    });
    const text = await issued('inspection-record', 'inspection-record');
    // the inspection of 31 August, recorded on 1 September: the record says 31 August, with the hours
    expect(text).toContain('2026年8月31日15时00分至16时10分');
    for (const s of [
      '馆陶县陶山街201号惠民超市',
      '钱立新（法定代表人）',
      '李明（执法证号：13043301000101）、王芳（执法证号：13043301000102）',
      '孙丽（超市店长）',
      '执法人员注明：当事人拒绝签名或者盖章，见证人赵四（馆陶镇南街社区工作人员）在场见证并签名。',
    ])
      expect(text).toContain(s);
    // 孙浩 is a case officer but was not there
    expect(text).not.toContain('孙浩');
    expect(text).not.toContain('＿＿时＿＿分');
  });

  it('询问笔录: the times and place of the interview, the person questioned with ID, relation and work, the officers who asked', async () => {
    await taken(
      'inquire',
      {
        officers: [h.user('scjg.o1'), h.user('scjg.o5')],
        person: '钱立新',
        personIdNumber: '130433198001011234',
        personRelation: '当事人的法定代表人',
        personWork: '馆陶县惠民超市有限公司法定代表人',
        personPhone: '13903107001',
        place: '馆陶县市场监督管理局二楼询问室',
        startedAt: '2026-09-01T08:30',
        endedAt: '2026-09-01T09:20',
        recorder: '孙浩',
        summary: '问：酸奶从何处购进？答：从邯郸某商贸公司购进。',
      },
      'scjg.sunhao',
    );
    const text = await issued('inquiry-record', 'inquiry-record');
    for (const s of [
      '2026年9月1日8时30分至9时20分',
      '馆陶县市场监督管理局二楼询问室',
      '130433198001011234',
      '当事人的法定代表人',
      '馆陶县惠民超市有限公司法定代表人',
      '13903107001',
      '李明（执法证号：13043301000101）、孙浩（执法证号：',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('王芳');
    expect(text).not.toContain('拒绝签名');
    expect(text).not.toContain('＿＿时＿＿分');
  });

  it('refuses times that cannot be true, with a Chinese message, and records nothing', async () => {
    const before = await eventCount();
    const base = { officers: [h.user('scjg.o1'), h.user('scjg.o2')], person: '孙丽', summary: '问：……' };
    const backwards = await step('inquire', { ...base, startedAt: '2026-09-01T09:30', endedAt: '2026-09-01T09:00' });
    expect(backwards.statusCode).toBe(422);
    expect(errorCode(backwards)).toBe('STEP_GUARD_FAILED');
    expect(backwards.json().error.message).toContain('「询问结束时间」 2026-09-01 09:00 应晚于「询问开始时间」');
    // 10:30 Beijing is later than now (10:00): an interview is recorded after it happened
    const future = await step('inquire', { ...base, startedAt: '2026-09-01T09:45', endedAt: '2026-09-01T10:30' });
    expect(errorCode(future)).toBe('STEP_GUARD_FAILED');
    expect(future.json().error.message).toContain('晚于现在');
    // an instant with its zone is read in China time: 02:30Z is 10:30 Beijing, later than now too
    expect(errorCode(await step('inquire', { ...base, startedAt: '2026-09-01T01:00:00Z', endedAt: '2026-09-01T02:30:00Z' }))).toBe(
      'STEP_GUARD_FAILED',
    );
    const invalid = await step('inquire', { ...base, startedAt: '2026-09-31T09:00' });
    expect(errorCode(invalid)).toBe('STEP_INPUT_INVALID');
    expect(invalid.json().error.message).toContain('应为北京时间的日期和时刻');
    expect(await eventCount()).toBe(before);
  });

  it('R-REC-2: refuses a 笔录 that does not state when it began and ended (400, STEP_INPUT_MISSING, the missing times named)', async () => {
    const before = await eventCount();
    const base = { officers: [h.user('scjg.o1'), h.user('scjg.o2')], person: '孙丽', summary: '问：……' };
    const none = await step('inquire', base);
    expect(none.statusCode).toBe(400);
    expect(errorCode(none)).toBe('STEP_INPUT_MISSING');
    expect(none.json().error.message).toBe('「询问」缺少必填内容：询问开始时间、询问结束时间');
    expect(none.json().error.details).toMatchObject({ step: 'inquire', missing: ['询问开始时间', '询问结束时间'] });
    const noEnd = await step('inquire', { ...base, startedAt: '2026-09-01T09:00' });
    expect(noEnd.statusCode).toBe(400);
    expect(noEnd.json().error.details.missing).toEqual(['询问结束时间']);
    expect(await eventCount()).toBe(before);
  });
});

describe('R-REC-2 送达回证 follows the method of delivery', () => {
  beforeAll(async () => {
    await taken('conclude-investigation', {
      facts: '销售超过保质期的酸奶 12 盒。',
      evidence: '现场检查笔录、询问笔录',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      proposal: 'penalty',
    });
  });
  const notify = () => taken('notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true });
  const base = { deliveredOn: '2026-09-01', recipient: '钱立新' };

  it('直接送达: place and date, the recipient signs and dates it', async () => {
    await notify();
    await taken('deliver-notice', { ...base, method: 'direct', place: '馆陶县陶山街 201 号惠民超市' });
    const text = await issued('delivery-receipt', 'receipt-direct');
    for (const s of [
      '《行政处罚告知书》',
      '直接送达',
      '馆陶县陶山街201号惠民超市',
      '2026年9月1日',
      '受送达人（签名或者盖章）',
      '第八十七条',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('见证人');
    // 送达人 is the officer who served it, not every officer of the case
    expect(text).toContain('送达人李明（执法证号：13043301000101）');
    expect(text).not.toContain('孙浩');
  });

  it('留置送达: refused without its witnesses; with them, the reason, place and witnesses, signed by officer and witness (民事诉讼法 §89)', async () => {
    await notify();
    const before = await eventCount();
    const missing = await step('deliver-notice', { ...base, method: 'left', place: '馆陶县陶山街 201 号', leftReason: '当事人拒绝签收' });
    expect(errorCode(missing)).toBe('STEP_GUARD_FAILED');
    expect(missing.json().error.message).toBe('受送达人拒绝接收、留置送达的，应当记明见证人（《民事诉讼法》第八十九条）');
    expect(await eventCount()).toBe(before);
    await taken('deliver-notice', {
      ...base,
      method: 'left',
      place: '馆陶县陶山街 201 号',
      leftReason: '2026年9月1日当事人拒绝签收',
      witnesses: '赵四（馆陶镇南街社区居委会）',
    });
    const text = await issued('delivery-receipt', 'receipt-left');
    for (const s of [
      '留置送达',
      '留置地点',
      '馆陶县陶山街201号',
      '2026年9月1日当事人拒绝签收',
      '赵四（馆陶镇南街社区居委会）',
      '见证人（签名或者盖章）',
      '第八十九条',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('受送达人（签名');
  });

  it('邮寄送达: the mailing address and the tracking number, no signature of the recipient (民事诉讼法 §91)', async () => {
    await notify();
    const missing = await step('deliver-notice', { ...base, method: 'mail', mailAddress: '馆陶县陶山街 201 号' });
    expect(missing.json().error.message).toBe('邮寄送达的，应当记明邮件号码（《民事诉讼法》第九十一条）');
    await taken('deliver-notice', { ...base, method: 'mail', mailAddress: '馆陶县陶山街 201 号', trackingNumber: '1190012345678' });
    const text = await issued('delivery-receipt', 'receipt-mail');
    for (const s of ['邮寄送达', '邮寄地址', '馆陶县陶山街201号', '邮件号码', '1190012345678', '回执上注明的收件日期', '第九十一条'])
      expect(text).toContain(s);
    expect(text).not.toContain('受送达人（签名');
  });

  it('电子送达: the consent, the electronic address, the moment it arrived; no street address, no line for a handwritten signature', async () => {
    await notify();
    // §61: only with the party's consent (送达地址确认书)
    const without = await step('deliver-notice', {
      ...base,
      method: 'electronic',
      electronicAddress: 'qian@example.cn',
      reachedAt: '2026-09-01T09:05',
    });
    expect(errorCode(without)).toBe('STEP_GUARD_FAILED');
    await taken('consent-e-delivery', { address: 'qian@example.cn' });
    const noArrival = await step('deliver-notice', { ...base, method: 'electronic', electronicAddress: 'qian@example.cn' });
    expect(noArrival.json().error.message).toContain('应当记明送达信息到达对方特定系统的时间');
    await taken('deliver-notice', { ...base, method: 'electronic', electronicAddress: 'qian@example.cn', reachedAt: '2026-09-01T09:05' });
    const text = await issued('delivery-receipt', 'receipt-electronic');
    for (const s of [
      '电子送达',
      '受送达人于2026年9月1日确认同意电子送达（送达地址确认书）',
      'qian@example.cn',
      '2026年9月1日9时05分',
      '第九十条',
    ])
      expect(text).toContain(s);
    // no street address, and nothing to sign by hand
    expect(text).not.toContain(COMPANY_A.address!.replace(/\s+/g, ''));
    expect(text).not.toContain('送达地点');
    expect(text).not.toContain('（签名');
  });

  it('公告送达: where the notice was published and the day (民事诉讼法 §95)', async () => {
    await notify();
    const missing = await step('deliver-notice', { ...base, method: 'notice' });
    expect(missing.json().error.message).toContain('应当记明公告方式');
    await taken('deliver-notice', { ...base, method: 'notice', noticeMedium: '馆陶县人民政府门户网站' });
    const text = await issued('delivery-receipt', 'receipt-notice');
    for (const s of ['公告送达', '馆陶县人民政府门户网站', '发出公告日期', '2026年9月1日', '第九十五条']) expect(text).toContain(s);
    expect(text).not.toContain('受送达人（签名');
  });

  it('陈述申辩笔录: the sitting as recorded, with the speaker and place', async () => {
    await taken('record-defence', {
      speaker: '钱立新（法定代表人）',
      place: '馆陶县市场监督管理局二楼询问室',
      startedAt: '2026-09-01T09:10',
      endedAt: '2026-09-01T09:40',
      recorder: '王芳',
      statement: '当事人称系员工疏忽，请求从轻处罚。',
      adopted: false,
    });
    const text = await issued('defence-record', 'defence-record');
    for (const s of ['2026年9月1日9时10分至9时40分', '馆陶县市场监督管理局二楼询问室', '钱立新（法定代表人）', '当事人称系员工疏忽'])
      expect(text).toContain(s);
    expect(text).not.toContain('＿＿时＿＿分');
  });
});
