import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { decideStep, type CaseView } from './engine.ts';
import { getProcedure } from './registry.ts';
import { hearingRightGrounds, heavierSanctions, normaliseSanctions, type SanctionItem } from './sanctions.ts';
import { A, CLEARED, PACKS, calendar, codeOf, makeCase, recordTimes, take, two } from './test-factories.ts';
import type { ProcedureDef } from './types.ts';

const g: ProcedureDef = getProcedure('penalty-general')!;
const party = { userId: 'p1', name: '当事人（网上办理）', roles: [] as const, party: true };

/** A 一般程序 case at 调查终结, for a person or an organisation, under a pack. */
function investigated(partyKind: 'person' | 'org', rulePack = PACKS.cf2021, on = '2026-08-03'): CaseView {
  let c = makeCase(g, { partyKind, rulePack });
  c = take(g, c, A.o1, 'inspect', { ...two, place: 'x', ...recordTimes(on), findings: 'y' }, on);
  return take(
    g,
    c,
    A.o1,
    'conclude-investigation',
    { facts: 'f', evidence: 'e', violatedProvision: 'v', legalBasis: 'b', proposal: 'penalty' },
    on,
  );
}

const notify = (c: CaseView, sanctions: SanctionItem[] | undefined, hearingRight: boolean, extra: Record<string, unknown> = {}) =>
  decideStep(
    g,
    c,
    A.o1,
    'notify',
    { proposedPenalty: 'p', ...(sanctions ? { sanctions } : {}), hearingRight, ...extra },
    {
      today: '2026-08-03',
      calendar,
      ...CLEARED,
    },
  );
const notifyCode = (c: CaseView, sanctions: SanctionItem[] | undefined, hearingRight: boolean, extra: Record<string, unknown> = {}) =>
  codeOf(() => notify(c, sanctions, hearingRight, extra));

const fine = (amount: number): SanctionItem => ({ kind: '罚款', amount });

describe('行政处罚法第六十三条: whether the 告知 must tell of the right to a hearing follows from the proposed penalty', () => {
  it('行政处罚法第六十三条: 对法人罚款 10 万元须告知听证权利 (听证办法第五条: 法人或者其他组织十万元以上)', () => {
    const c = investigated('org');
    expect(notifyCode(c, [fine(100_000)], false)).toBe('STEP_GUARD_FAILED');
    expect(notifyCode(c, [fine(100_000)], true)).toBe('none');
    // below 较大数额 the officer decides (§63(五) 其他较重 stays a judgement): either answer is taken
    expect(notifyCode(c, [fine(99_999.99)], false)).toBe('none');
    expect(notifyCode(c, [fine(99_999.99)], true)).toBe('none');
  });

  it('行政处罚法第六十三条: 对自然人罚款 1 万元须告知听证权利，9,999 元不必', () => {
    const c = investigated('person');
    expect(notifyCode(c, [fine(10_000)], false)).toBe('STEP_GUARD_FAILED');
    expect(notifyCode(c, [fine(9_999)], false)).toBe('none');
  });

  it('行政处罚法第六十三条第（二）项: 没收违法所得和非法财物价值合计达到较大数额须告知听证权利', () => {
    const c = investigated('person');
    const confiscate: SanctionItem[] = [
      { kind: '没收违法所得', amount: 6_000 },
      { kind: '没收非法财物', amount: 4_000, detail: '过期酸奶 20 盒' },
    ];
    expect(notifyCode(c, confiscate, false)).toBe('STEP_GUARD_FAILED');
    expect(notifyCode(c, confiscate.slice(0, 1), false)).toBe('none');
  });

  it('行政处罚法第六十三条第（三）（四）项: 吊销许可证件、降低资质等级、责令停产停业、责令关闭、限制从业 whatever the amount', () => {
    const c = investigated('org');
    for (const s of [
      { kind: '吊销许可证件', detail: '食品经营许可证' },
      { kind: '降低资质等级', detail: '建筑业企业资质由二级降为三级' },
      { kind: '责令停产停业', days: 30 },
      { kind: '责令关闭' },
      { kind: '限制从业', detail: '食品生产经营管理工作', days: 1825 },
    ] as SanctionItem[]) {
      expect(notifyCode(c, [{ kind: '警告' }, s], false), s.kind).toBe('STEP_GUARD_FAILED');
      expect(notifyCode(c, [{ kind: '警告' }, s], true), s.kind).toBe('none');
    }
    expect(notifyCode(c, [{ kind: '警告' }, { kind: '通报批评' }], false)).toBe('none');
    const e = (() => {
      try {
        notify(c, [{ kind: '吊销许可证件', detail: '食品经营许可证' }], false);
      } catch (x) {
        return x as DomainError;
      }
    })();
    expect(e?.message).toContain('（三）吊销许可证件');
  });

  it('行政处罚法第六十三条: a 告知 that gives 拟罚款金额 only (as cases recorded before the structure) is held to the same rule', () => {
    const c = investigated('org');
    expect(notifyCode(c, undefined, false, { proposedFine: 100_000 })).toBe('STEP_GUARD_FAILED');
    expect(notifyCode(c, undefined, false, { proposedFine: 3_000 })).toBe('none');
    // and when both are given they must agree
    expect(notifyCode(c, [fine(100_000)], true, { proposedFine: 3_000 })).toBe('STEP_GUARD_FAILED');
    expect(notifyCode(c, [fine(100_000)], true, { proposedFine: 100_000 })).toBe('none');
  });

  it('较大数额 is the pack’s value with its basis; the 2017-era pack cites the 2018 暂行办法', () => {
    expect(PACKS.cf2021.thresholds['hearing.fineMinOrg']).toMatchObject({ value: 100_000 });
    expect(PACKS.cf2021.thresholds['hearing.fineMinPerson'].basis).toBe('《市场监督管理行政处罚听证办法》第五条第一款');
    expect(PACKS.cf2017.thresholds['hearing.fineMinPerson'].basis).toContain('听证暂行办法');
    expect(hearingRightGrounds([fine(10_000)], 'person', PACKS.cf2017)).toHaveLength(1);
    expect(hearingRightGrounds([fine(10_000)], 'org', PACKS.cf2017)).toEqual([]);
  });

  it('行政处罚法第六十四条: the party may ask for a hearing online when the 告知书 told of it, or its penalty gives the right by law', () => {
    const ask = (c: CaseView) =>
      codeOf(() =>
        decideStep(g, c, party, 'request-hearing', { requestedOn: '2026-08-04' }, { today: '2026-08-04', calendar, ...CLEARED }),
      );
    const told = take(g, investigated('org'), A.o1, 'notify', { proposedPenalty: 'p', sanctions: [fine(5_000)], hearingRight: true });
    const notTold = take(g, investigated('org'), A.o1, 'notify', { proposedPenalty: 'p', sanctions: [fine(5_000)], hearingRight: false });
    expect(ask(told)).toBe('none');
    expect(ask(notTold)).toBe('STEP_GUARD_FAILED');
    // a case recorded before the rule, with a 告知 that wrongly said no: the law gives the right, so does the party area
    const old: CaseView = {
      ...notTold,
      steps: [
        ...notTold.steps.slice(0, -1),
        { ...notTold.steps.at(-1)!, inputs: { proposedPenalty: 'p', proposedFine: 200_000, hearingRight: false } },
      ],
    };
    expect(ask(old)).toBe('none');
  });

  it('the structure is checked: kinds, amounts, objects and terms', () => {
    expect(normaliseSanctions([{ kind: '罚款' }])).toMatch(/罚款金额/);
    expect(normaliseSanctions([{ kind: '罚款', amount: 1.005 }])).toMatch(/两位小数/);
    expect(normaliseSanctions([{ kind: '吊销许可证件' }])).toMatch(/许可证件名称/);
    expect(normaliseSanctions([{ kind: '警告', amount: 5 }])).toMatch(/没有金额/);
    expect(normaliseSanctions([{ kind: '拘役' }])).toMatch(/处罚种类应为/);
    expect(normaliseSanctions([fine(1), fine(2)])).toMatch(/重复/);
    expect(normaliseSanctions([{ kind: '责令停产停业', days: 30, detail: ' 全部 ' }])).toEqual([
      { kind: '责令停产停业', days: 30, detail: '全部' },
    ]);
    expect(notifyCode(investigated('org'), [{ kind: '罚款' } as SanctionItem], false)).toBe('STEP_INPUT_INVALID');
  });
});

describe('行政处罚法第四十五条第二款、第六十二条: no heavier penalty than notified, every sanction compared', () => {
  // the party waived on the notice: the window is no reason to refuse here (it is tested below)
  const waived = (c: CaseView) => take(g, c, A.o1, 'waive', { statement: '放弃' });
  const notified = (sanctions: SanctionItem[]) =>
    waived(take(g, investigated('org'), A.o1, 'notify', { proposedPenalty: 'p', sanctions, hearingRight: true }));
  const decide = (c: CaseView, inputs: Record<string, unknown>) =>
    codeOf(() =>
      decideStep(
        g,
        { ...c, state: 'reviewed' },
        A.head,
        'decide',
        { decisionType: 'penalty', facts: 'f', violatedProvision: 'v', legalBasis: 'b', penalty: 'p', ...inputs },
        {
          today: '2026-08-20',
          calendar,
          ...CLEARED,
        },
      ),
    );
  const base: SanctionItem[] = [fine(50_000), { kind: '没收非法财物', amount: 800, detail: '过期酸奶 20 盒、过期饼干 5 箱' }];

  it('行政处罚法第四十五条第二款: the same or a lighter penalty may be decided', () => {
    const c = notified(base);
    expect(decide(c, { sanctions: base, fineAmount: 50_000 })).toBe('none');
    expect(decide(c, { sanctions: [fine(30_000)], fineAmount: 30_000 })).toBe('none');
    expect(decide(c, { sanctions: [fine(50_000), { kind: '没收非法财物', amount: 500, detail: '过期酸奶 20 盒' }] })).toBe('none');
  });

  it('行政处罚法第四十五条第二款: a sanction not notified, a larger 没收, more goods or a longer term is heavier', () => {
    const c = notified([...base, { kind: '责令停产停业', days: 15 }]);
    const all = [...base, { kind: '责令停产停业', days: 15 }] as SanctionItem[];
    expect(decide(c, { sanctions: [...all, { kind: '吊销许可证件', detail: '食品经营许可证' }] })).toBe('STEP_GUARD_FAILED');
    expect(decide(c, { sanctions: [fine(50_000), { kind: '没收非法财物', amount: 900, detail: '过期酸奶 20 盒' }] })).toBe(
      'STEP_GUARD_FAILED',
    );
    expect(decide(c, { sanctions: [fine(50_000), { kind: '没收非法财物', amount: 800, detail: '过期酸奶 20 盒、临期面包 3 袋' }] })).toBe(
      'STEP_GUARD_FAILED',
    );
    expect(decide(c, { sanctions: [fine(50_000), { kind: '责令停产停业', days: 30 }] })).toBe('STEP_GUARD_FAILED');
    expect(decide(c, { sanctions: [fine(50_000), { kind: '责令停产停业' }] })).toBe('STEP_GUARD_FAILED');
    expect(decide(c, { sanctions: [fine(50_000.01)] })).toBe('STEP_GUARD_FAILED');
    // the money inputs must say what the list says
    expect(decide(c, { sanctions: [fine(50_000)], fineAmount: 40_000 })).toBe('STEP_GUARD_FAILED');
  });

  it('行政处罚法第四十五条第二款: decisions and notices recorded with amounts only are compared as their amounts say', () => {
    const old = waived(take(g, investigated('org'), A.o1, 'notify', { proposedPenalty: 'p', proposedFine: 5_000, hearingRight: false }));
    expect(decide(old, { fineAmount: 5_000 })).toBe('none');
    expect(decide(old, { fineAmount: 5_001 })).toBe('STEP_GUARD_FAILED');
    // 没收违法所得 was not on the old 告知 at all
    expect(decide(old, { fineAmount: 5_000, confiscation: 48 })).toBe('STEP_GUARD_FAILED');
    expect(decide(old, { sanctions: [fine(5_000), { kind: '警告' }] })).toBe('STEP_GUARD_FAILED');
    // 不予行政处罚 is an ending of its own (§57(二), step decide-no-penalty), not a kind of 处罚决定
    expect(decide(notified(base), { decisionType: 'no-penalty' })).toBe('STEP_INPUT_INVALID');
  });

  it('heavierSanctions names each point in Chinese', () => {
    const r = heavierSanctions([fine(100)], [fine(200), { kind: '吊销许可证件', detail: '营业执照' }]);
    expect(r).toEqual(['「罚款」200 元高于告知的 100 元', '增加了告知书未载明的「吊销许可证件（营业执照）」']);
  });
});

describe('行政处罚法第四十四条、第四十五条: a new 告知书 opens a new window', () => {
  const submit = (c: CaseView, today: string, fine = 200_000) =>
    codeOf(() =>
      decideStep(
        g,
        c,
        A.o1,
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: fine },
        { today, calendar, ...CLEARED },
      ),
    );
  const first = take(
    g,
    investigated('org'),
    A.o1,
    'notify',
    { proposedPenalty: 'p', sanctions: [fine(50_000)], hearingRight: true },
    '2026-08-03',
  );

  it('行政处罚法第四十五条: a waiver given to the earlier notice does not satisfy the new one', () => {
    const waived = take(g, first, A.o1, 'waive', { statement: '放弃' }, '2026-08-04');
    const renotified = take(
      g,
      waived,
      A.o1,
      'notify',
      { proposedPenalty: 'p2', sanctions: [fine(200_000)], hearingRight: true },
      '2026-08-05',
    );
    expect(renotified.state).toBe('notified');
    // not served yet: the new window has not begun, so it has not passed either
    expect(submit(renotified, '2026-09-30')).toBe('STEP_GUARD_FAILED');
    // a 送达 recorded for the FIRST notice does not serve the new one
    expect(
      submit(
        take(g, first, A.o1, 'deliver-notice', { deliveredOn: '2026-08-03', method: 'direct', recipient: 'x' }, '2026-08-03'),
        '2026-08-13',
        50_000,
      ),
    ).toBe('none');
    const served = take(
      g,
      renotified,
      A.o1,
      'deliver-notice',
      { deliveredOn: '2026-08-05', method: 'direct', recipient: 'x' },
      '2026-08-05',
    );
    // 5 working days from the receipt on 2026-08-05 end on 2026-08-12
    expect(submit(served, '2026-08-06')).toBe('STEP_GUARD_FAILED');
    expect(submit(served, '2026-08-12')).toBe('STEP_GUARD_FAILED');
    expect(submit(served, '2026-08-13')).toBe('none');
    // received later (邮寄, signed for on 08-10): the window runs to 08-17
    const mailed = take(
      g,
      renotified,
      A.o1,
      'deliver-notice',
      { deliveredOn: '2026-08-10', method: 'mail', recipient: 'x', mailAddress: '馆陶县陶山街 201 号', trackingNumber: '1190012345678' },
      '2026-08-11',
    );
    expect(submit(mailed, '2026-08-17')).toBe('STEP_GUARD_FAILED');
    expect(submit(mailed, '2026-08-18')).toBe('none');
    // a waiver to THIS notice does
    expect(submit(take(g, renotified, A.o1, 'waive', { statement: '放弃' }, '2026-08-06'), '2026-08-06')).toBe('none');
  });

  it('行政处罚法第六十四条: a hearing held on the earlier notice does not satisfy the new one either', () => {
    let c = take(g, first, A.o1, 'request-hearing', { requestedOn: '2026-08-04' }, '2026-08-04');
    c = take(g, c, A.o1, 'notify-hearing', { hearingOn: '2026-08-20', place: 'x', host: 'y' }, '2026-08-04');
    c = take(g, c, A.reviewer, 'hold-hearing', { ...recordTimes('2026-08-20'), record: 'r', opinion: 'o' }, '2026-08-20');
    expect(submit(c, '2026-08-20', 50_000)).toBe('none');
    // the submission is compared with the notice too: 200,000 yuan was never notified
    expect(submit(c, '2026-08-20')).toBe('STEP_GUARD_FAILED');
    c = take(g, c, A.o1, 'notify', { proposedPenalty: 'p2', sanctions: [fine(200_000)], hearingRight: true }, '2026-08-21');
    expect(submit(c, '2026-08-21')).toBe('STEP_GUARD_FAILED');
  });

  it('行政处罚法第四十五条第二款: after a re-notification the decision is compared with the new 告知书', () => {
    const renotified = take(
      g,
      first,
      A.o1,
      'notify',
      { proposedPenalty: 'p2', sanctions: [fine(200_000)], hearingRight: true },
      '2026-08-05',
    );
    const decide = (c: CaseView, amount: number) =>
      codeOf(() =>
        decideStep(
          g,
          { ...c, state: 'reviewed' },
          A.head,
          'decide',
          { decisionType: 'penalty', facts: 'f', violatedProvision: 'v', legalBasis: 'b', penalty: 'p', sanctions: [fine(amount)] },
          { today: '2026-08-20', calendar, ...CLEARED },
        ),
      );
    expect(decide(take(g, first, A.o1, 'waive', { statement: '放弃' }), 200_000)).toBe('STEP_GUARD_FAILED');
    // §62: no decision while the window of the new notice is open (not served, not waived)
    expect(decide(renotified, 200_000)).toBe('STEP_GUARD_FAILED');
    expect(decide(take(g, renotified, A.o1, 'waive', { statement: '放弃' }), 200_000)).toBe('none');
  });
});
