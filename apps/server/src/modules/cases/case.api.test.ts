import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A, PERSON_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { SUBMISSION, opinion, penaltyProposal, propose, submit } from '../../test/review.ts';
import { penaltyCaseBody, approveFiling, deliverNotice } from '../../test/filing.ts';
import { recordTimes } from '../../test/record-times.ts';

/** The case API end to end on a real database: opening, every step, refusals, deadlines. */

let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-08-03T02:00:00Z' });
});
afterAll(async () => h?.close());

async function open(token: string, body: Record<string, unknown> = {}) {
  return h.request(token, 'POST', '/api/v1/cases', { ...penaltyCaseBody(h, '2026-07-31'), ...body });
}

async function step(username: string, caseId: string, step: string, inputs: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return h.request(await h.token(username), 'POST', `/api/v1/cases/${caseId}/steps`, { step, inputs, ...extra });
}

describe('opening a case (立案)', () => {
  it('R-REC-5: numbers follow the agency rule 馆市监罚〔2026〕N号 and the case keeps its rule pack', async () => {
    const res = await open(await h.token('scjg.liming'));
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c.number).toMatch(/^馆市监罚〔2026〕\d+号$/);
    // 市场监管 rules §20: the opening puts the 立案审批表 to the head; the case waits for the 立案
    expect(c.state.name).toBe('待批准立案');
    expect(c.rulePack.id).toBe('cf-2021');
    expect(c.officers.map((o: { name: string }) => o.name)).toEqual(['李明', '王芳']);
    // §60: the 90 days run from 立案, so none run before the head approves it; the 立案 period does
    expect(c.deadlines.find((d: { code: string }) => d.code === 'decide')?.state).not.toBe('running');
    expect(c.deadlines.find((d: { code: string }) => d.code === 'file')).toMatchObject({ state: 'running', unit: 'working' });
    await approveFiling(h, c.id);
    const filed = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${c.id}`)).json();
    expect(filed.state.name).toBe('调查取证');
    expect(filed.deadlines.find((d: { code: string }) => d.code === 'file')).toMatchObject({ state: 'met' });
    // 90 natural days from 2026-08-03 end on Sunday 2026-11-01, so the period ends on Monday 2026-11-02.
    expect(filed.deadlines.find((d: { code: string }) => d.code === 'decide')).toMatchObject({
      unit: 'natural',
      days: 90,
      startedOn: '2026-08-03',
      dueOn: '2026-11-02',
      state: 'running',
    });
  });

  it('R-X-1: refuses a single officer (行政处罚法 §42)', async () => {
    const res = await open(await h.token('scjg.liming'), { officerIds: [h.user('scjg.o1')] });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('OFFICERS_INSUFFICIENT');
    expect(res.json().error.message).toContain('不少于 2 名');
  });

  it('R-X-1: refuses an officer whose certificate is suspended, naming the officer and the reason', async () => {
    const res = await open(await h.token('scjg.liming'), { officerIds: [h.user('scjg.o1'), h.user('scjg.o3')] });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('OFFICER_NOT_QUALIFIED');
    expect(res.json().error.message).toContain('赵强');
    expect(res.json().error.message).toContain('暂扣');
    expect(res.json().error.details.officer).toBe(h.user('scjg.o3'));
  });

  it('R-X-1: refuses an expired certificate', async () => {
    const res = await open(await h.token('scjg.liming'), { officerIds: [h.user('scjg.o1'), h.user('scjg.o4')] });
    expect(errorCode(res)).toBe('OFFICER_NOT_QUALIFIED');
    expect(res.json().error.message).toMatch(/刘洋.*过期/);
  });

  it('R-X-1: refuses a certificate whose 执法区域 does not cover the place', async () => {
    await h.tdb.db
      .updateTable('certificates')
      .set({ regions: ['130433100'] })
      .where('number', '=', '13043301000105')
      .execute();
    try {
      const res = await open(await h.token('scjg.liming'), { regionCode: '130433101', officerIds: [h.user('scjg.o1'), h.user('scjg.o5')] });
      expect(res.statusCode).toBe(422);
      expect(errorCode(res)).toBe('OFFICER_NOT_QUALIFIED');
      expect(res.json().error.message).toMatch(/孙浩.*执法区域/);
    } finally {
      await h.tdb.db
        .updateTable('certificates')
        .set({ regions: ['130433'] })
        .where('number', '=', '13043301000105')
        .execute();
    }
  });

  it("R-X-5: refuses a place outside the agency's jurisdiction", async () => {
    // 市场监管所 holds 馆陶镇 only.
    const t = await h.token('scjgs.yangli');
    const res = await h.request(t, 'POST', '/api/v1/cases', {
      procedure: 'penalty-general',
      title: '跨区域案件',
      field: '市场监管',
      regionCode: '130433101',
      party: COMPANY_A,
      officerIds: [h.user('scjgs.o1'), h.user('scjgs.o2')],
      inputs: { source: 'inspection', clueOn: '2026-07-31', summary: '房寨镇的案件。' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('管辖区域');
  });

  it('R-X-1: refuses an officer of another agency', async () => {
    const res = await open(await h.token('scjg.liming'), { officerIds: [h.user('scjg.o1'), h.user('zhzf.o1')] });
    expect(errorCode(res)).toBe('OFFICER_NOT_QUALIFIED');
    expect(res.json().error.message).toContain('周杰');
  });

  it('refuses a kind of enforcement the agency does not hold', async () => {
    const t = await h.token('scjgs.yangli');
    const res = await h.request(t, 'POST', '/api/v1/cases', {
      procedure: 'license',
      title: '食品经营许可',
      field: '市场监管',
      regionCode: '130433100',
      party: COMPANY_A,
      officerIds: [h.user('scjgs.o1'), h.user('scjgs.o2')],
      inputs: {},
    });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('AGENCY_KIND_NOT_HELD');
  });

  it('refuses a party without a valid 统一社会信用代码, and a bad ID number', async () => {
    const t = await h.token('scjg.liming');
    const r1 = await open(t, { party: { kind: 'org', name: '某公司' } });
    expect(r1.statusCode).toBe(400);
    expect(errorCode(r1)).toBe('PARTY_INVALID');
    const r2 = await open(t, { party: { kind: 'org', name: '某公司', creditCode: '91130433MA0A1B2C30' } });
    expect(errorCode(r2)).toBe('PARTY_INVALID');
    const r3 = await open(t, { party: { ...PERSON_A, idNumber: '130433198506121230' } });
    expect(errorCode(r3)).toBe('PARTY_INVALID');
    expect(r3.json().error.message).toContain('身份证号码');
  });

  it('refuses a role that cannot open cases, an unknown procedure, and malformed bodies', async () => {
    const reviewer = await open(await h.token('scjg.chenjing'));
    expect(reviewer.statusCode).toBe(403);
    expect(errorCode(reviewer)).toBe('FORBIDDEN_ROLE');
    const unknown = await open(await h.token('scjg.liming'), { procedure: 'no-such' });
    expect(errorCode(unknown)).toBe('VALIDATION_FAILED');
    const missing = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', { title: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(errorCode(missing)).toBe('VALIDATION_FAILED');
    expect(missing.json().error.message).toContain('缺少必填字段');
    const badJson = await h.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { authorization: `Bearer ${await h.token('scjg.liming')}`, 'content-type': 'application/json' },
      payload: '{"procedure":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(errorCode(badJson)).toBe('VALIDATION_FAILED');
    const missingInput = await open(await h.token('scjg.liming'), { inputs: { source: 'inspection' } });
    expect(errorCode(missingInput)).toBe('STEP_INPUT_MISSING');
    expect(missingInput.json().error.message).toContain('案情摘要');
  });
});

describe('taking steps', () => {
  it('R-REC-1: a 一般程序 case goes from 立案 to 归档, every step recorded in a hash chain', async () => {
    const created = (await open(await h.token('scjg.liming'))).json();
    const id = created.id as string;
    await approveFiling(h, id);
    const two = { officers: [h.user('scjg.o1'), h.user('scjg.o2')] };
    const walk: [string, string, Record<string, unknown>][] = [
      ['scjg.liming', 'inspect', { ...recordTimes(h.clock.now()), ...two, place: '惠民超市', findings: '发现过期酸奶 12 盒。' }],
      ['scjg.wangfang', 'inquire', { ...recordTimes(h.clock.now()), ...two, person: '钱立新', summary: '承认销售过期食品。' }],
      [
        'scjg.liming',
        'conclude-investigation',
        {
          facts: '销售过期食品。',
          evidence: '笔录、照片',
          violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
          legalBasis: '食品安全法第一百二十四条',
          proposal: 'penalty',
        },
      ],
      ['scjg.liming', 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
      ['scjg.liming', 'waive', { statement: '当事人放弃陈述申辩和听证。' }],
      ['scjg.liming', 'review:propose', penaltyProposal(5000)],
      ['scjg.liming', 'review:submit', SUBMISSION],
      ['scjg.chenjing', 'review:agree', {}],
      ['scjg.juzhang', 'decide', {}],
      ['scjg.wangfang', 'deliver', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' }],
      ['scjg.liming', 'execute', { performance: 'paid', paidAmount: 5000 }],
      ['scjg.juzhang', 'close', { summary: '同意结案。' }],
      ['scjg.liming', 'archive', { volumes: '1' }],
    ];
    for (const [user, code, inputs] of walk) {
      if (code === 'inspect') await attachMedia(h, 'scjg.o1', id, 'inspect');
      if (code === 'archive') {
        // R-REC-6: the file must be complete before archiving; issue what the standard asks for
        const file = (await h.request(await h.token(user), 'GET', `/api/v1/cases/${id}/case-file`)).json();
        expect(file.complete).toBe(false);
        for (const item of file.items.filter((i: { present: boolean; kind: string }) => !i.present && i.kind === 'document')) {
          expect((await h.request(await h.token(user), 'POST', `/api/v1/cases/${id}/documents`, { kind: item.document })).statusCode).toBe(
            201,
          );
        }
      }
      const r =
        code === 'review:propose'
          ? await propose(h, user, id, inputs)
          : code === 'review:submit'
            ? await submit(h, user, id, inputs)
            : code === 'review:agree'
              ? await opinion(h, user, id, 'agree')
              : await step(user, id, code, inputs);
      expect(r.statusCode, `${code}: ${r.body}`).toBe(code.startsWith('review:') ? 201 : 200);
    }
    const c = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}`)).json();
    expect(c.state).toEqual({ code: 'archived', name: '已归档' });
    expect(c.terminal).toBe(true);
    expect(c.history.map((s: { name: string }) => s.name)).toEqual([
      '立案申请',
      '批准立案',
      '现场检查',
      '询问',
      '调查终结',
      '行政处罚告知',
      '放弃陈述申辩和听证',
      '提交法制审核',
      '法制审核通过',
      '作出处罚决定',
      '送达',
      '执行',
      '结案',
      '归档',
    ]);
    expect(c.availableSteps).toEqual([]);
    const ev = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/events`)).json();
    expect(ev.chainIntact).toBe(true);
    expect(ev.events.filter((e: { kind: string }) => e.kind === 'case.step' || e.kind === 'case.opened')).toHaveLength(14);
    expect(ev.events[1].kind).toBe('case.step');
    expect(ev.events[1].step).toBe('approve-filing');
    expect(ev.events[1].prevHash).toBe(ev.events[0].hash);
    // the last step is the 归档 (a document's files may be recorded after it: case.document.rendered)
    const steps = ev.events.filter((e: { step: string | null }) => e.step !== null);
    expect(steps.at(-1).actorName).toBe('李明');
    expect(steps.at(-1).step).toBe('archive');
    const after = await step('scjg.liming', id, 'inspect', { ...recordTimes(h.clock.now()), ...two, place: 'x', findings: 'y' });
    expect(after.statusCode).toBe(409);
    expect(errorCode(after)).toBe('CASE_CLOSED');
  });

  it('refuses every illegal transition with a clear error', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    await approveFiling(h, id);
    const two = { officers: [h.user('scjg.o1'), h.user('scjg.o2')] };

    const wrongRole = await step('scjg.liming', id, 'terminate', { reason: '无' });
    expect(wrongRole.statusCode).toBe(403);
    expect(errorCode(wrongRole)).toBe('FORBIDDEN_ROLE');
    expect(wrongRole.json().error.message).toContain('机关负责人');

    const wrongOrder = await step('scjg.wangfang', id, 'deliver', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' });
    expect(wrongOrder.statusCode).toBe(409);
    expect(errorCode(wrongOrder)).toBe('STEP_ORDER');
    expect(wrongOrder.json().error.message).toContain('调查取证');
    // a decision out of order is first of all a decision without legal review (R-REV-2)
    const early = await step('scjg.juzhang', id, 'decide', {
      decisionType: 'penalty',
      facts: 'x',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: 'y',
      penalty: 'z',
    });
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('REVIEW_REQUIRED');

    const unknownStep = await step('scjg.liming', id, 'fly', {});
    expect(errorCode(unknownStep)).toBe('STEP_NOT_ALLOWED');

    const missing = await step('scjg.liming', id, 'inspect', { ...recordTimes(h.clock.now()), ...two, place: '超市' });
    expect(missing.statusCode).toBe(400);
    expect(errorCode(missing)).toBe('STEP_INPUT_MISSING');
    expect(missing.json().error.message).toContain('检查情况');

    const extra = await step('scjg.liming', id, 'inspect', {
      ...recordTimes(h.clock.now()),
      ...two,
      place: '超市',
      findings: 'x',
      secret: 1,
    });
    expect(errorCode(extra)).toBe('STEP_INPUT_INVALID');

    const badType = await step('scjg.liming', id, 'inspect', { ...recordTimes(h.clock.now()), ...two, place: 42, findings: 'x' });
    expect(errorCode(badType)).toBe('STEP_INPUT_INVALID');

    // a NUL is refused before any handler runs (http/hardening.ts), naming the field
    const nul = await step('scjg.liming', id, 'inspect', { ...recordTimes(h.clock.now()), ...two, place: '超市\u0000', findings: 'x' });
    expect(nul.statusCode).toBe(400);
    expect(errorCode(nul)).toBe('VALIDATION_FAILED');
    expect(nul.json().error.details).toEqual({ field: 'inputs.place' });

    const alone = await step('scjg.liming', id, 'inspect', {
      ...recordTimes(h.clock.now()),
      officers: [h.user('scjg.o1')],
      place: '超市',
      findings: 'x',
    });
    expect(alone.statusCode).toBe(422);
    expect(errorCode(alone)).toBe('OFFICERS_INSUFFICIENT');

    const outsider = await step('scjg.sunhao', id, 'inspect', { ...recordTimes(h.clock.now()), ...two, place: '超市', findings: 'x' });
    expect(errorCode(outsider)).toBe('OFFICER_NOT_QUALIFIED');
    expect(outsider.json().error.message).toContain('孙浩');

    const stale = await step(
      'scjg.liming',
      id,
      'inspect',
      { ...recordTimes(h.clock.now()), ...two, place: '超市', findings: 'x' },
      { expectedVersion: 99 },
    );
    expect(stale.statusCode).toBe(409);
    expect(errorCode(stale)).toBe('CONFLICT');

    // Nothing above changed the case: it is as the head's 立案 left it.
    const c = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}`)).json();
    expect(c.version).toBe(2);
    expect(c.history).toHaveLength(2);
  });

  it('R-X-1: an officer whose certificate is suspended after opening can no longer act', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    const admin = await h.token('scjg.admin');
    const user = (await h.request(admin, 'GET', `/api/v1/users/${h.user('scjg.o2')}`)).json();
    const certId = user.certificates[0].id as string;
    const s = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, {
      status: 'suspended',
      reason: '涉嫌违纪，暂扣执法证',
    });
    expect(s.statusCode, s.body).toBe(200);
    expect(s.json().statusName).toBe('暂扣');
    const r = await step('scjg.wangfang', id, 'inquire', {
      ...recordTimes(h.clock.now()),
      officers: [h.user('scjg.o1'), h.user('scjg.o2')],
      person: '钱立新',
      summary: 'x',
    });
    expect(errorCode(r)).toBe('OFFICER_NOT_QUALIFIED');
    expect(r.json().error.message).toContain('暂扣');
    const restore = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, { status: 'valid', reason: '调查结束，恢复' });
    expect(restore.statusCode).toBe(200);
  });

  it('§62: no heavier fine than notified, and no review before the hearing window passes unless waived', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    await approveFiling(h, id);
    await step('scjg.liming', id, 'conclude-investigation', {
      facts: 'x',
      evidence: 'y',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: 'z',
      proposal: 'penalty',
    });
    const n = await step('scjg.liming', id, 'notify', { proposedPenalty: '罚款 3000 元', proposedFine: 3000, hearingRight: true });
    expect(n.statusCode, n.body).toBe(200);
    await deliverNotice(h, id);
    await attachMedia(h, 'scjg.o1', id, null);
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(8000))).statusCode).toBe(201);
    const early = await submit(h, 'scjg.liming', id);
    expect(early.statusCode).toBe(422);
    expect(errorCode(early)).toBe('STEP_GUARD_FAILED');
    expect(early.json().error.message).toContain('听证申请期限');
    h.clock.advanceDays(10);
    const heavier = await submit(h, 'scjg.liming', id);
    expect(errorCode(heavier)).toBe('STEP_GUARD_FAILED');
    expect(heavier.json().error.message).toContain('3000');
    expect((await propose(h, 'scjg.liming', id, penaltyProposal(3000))).statusCode).toBe(201);
    const ok = await submit(h, 'scjg.liming', id);
    expect(ok.statusCode, ok.body).toBe(201);
    const direct = await step('scjg.liming', id, 'submit-review', {
      round: '9',
      proposalVersion: '2',
      materialsSha256: 'x',
      proposedDecision: 'x',
    });
    expect(errorCode(direct)).toBe('STEP_NOT_ALLOWED');
    h.clock.advanceDays(-10);
  });
});

describe('R-REC-4 the event log is append-only', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE of case events, even for the application', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    await expect(h.tdb.db.updateTable('case_events').set({ kind: 'forged' }).where('case_id', '=', id).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(h.tdb.db.deleteFrom('case_events').where('case_id', '=', id).execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE case_events CASCADE`.execute(h.tdb.db)).rejects.toThrow(/append-only/);
    const ev = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/events`)).json();
    expect(ev.chainIntact).toBe(true);
    expect(ev.events[0].kind).toBe('case.opened');
  });

  it('an edited event (a DBA disabling the trigger) breaks the chain and is named', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    await attachMedia(h, 'scjg.o1', id, 'inspect');
    await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/steps`, {
      step: 'inspect',
      inputs: { ...recordTimes(h.clock.now()), officers: [h.user('scjg.o1'), h.user('scjg.o2')], place: '超市', findings: '原始记录' },
    });
    await sql`ALTER TABLE case_events DISABLE TRIGGER case_events_append_only`.execute(h.tdb.db);
    try {
      await sql`UPDATE case_events SET inputs = jsonb_set(inputs, '{findings}', '"篡改后的记录"') WHERE case_id = ${id} AND seq = 3`.execute(
        h.tdb.db,
      );
    } finally {
      await sql`ALTER TABLE case_events ENABLE TRIGGER case_events_append_only`.execute(h.tdb.db);
    }
    const ev = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${id}/events`)).json();
    expect(ev.chainIntact).toBe(false);
    expect(ev.problems).toContainEqual({ seq: 3, problem: 'hash-mismatch' });
  });
});

describe('deadlines and rule packs', () => {
  it('R-PUB-3: due dates name their unit, and an overdue case is listed as overdue', async () => {
    const id = (await open(await h.token('scjg.liming'))).json().id as string;
    await approveFiling(h, id);
    h.clock.advanceDays(100);
    try {
      const t = await h.token('scjg.liming');
      const c = (await h.request(t, 'GET', `/api/v1/cases/${id}`)).json();
      expect(c.overdue).toBe(true);
      expect(c.deadlines.find((d: { code: string }) => d.code === 'decide')).toMatchObject({ state: 'overdue', unit: 'natural' });
      expect(c.deadlines.find((d: { code: string }) => d.code === 'file')).toMatchObject({ state: 'met', unit: 'working', days: 15 });
      const list = (await h.request(t, 'GET', '/api/v1/cases?overdue=true&limit=200')).json();
      expect(list.items.some((i: { id: string }) => i.id === id)).toBe(true);
      expect(list.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
    } finally {
      h.clock.advanceDays(-100);
    }
  });

  it('a case keeps the rule pack it was opened under (cf-2017 before 2021-07-15)', async () => {
    await h.tdb.db.updateTable('certificates').set({ valid_from: '2020-01-01' }).execute();
    const saved = h.clock.now();
    h.clock.set('2021-06-01T02:00:00Z');
    try {
      const c = (
        await open(await h.token('scjg.liming'), {
          inputs: { source: 'inspection', clueOn: '2021-05-31', summary: '旧法期间立案。' },
        })
      ).json();
      expect(c.rulePack.id).toBe('cf-2017');
      expect(c.number).toMatch(/^馆市监罚〔2021〕1号$/);
      h.clock.set(saved);
      const again = (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${c.id}`)).json();
      expect(again.rulePack.id).toBe('cf-2017');
      const hearing = (await h.request(null, 'GET', '/api/v1/rule-packs/cf-2017')).json();
      expect(hearing.limits['penalty.hearingRequestWindow'].days).toBe(3);
    } finally {
      h.clock.set(saved);
    }
  });
});
