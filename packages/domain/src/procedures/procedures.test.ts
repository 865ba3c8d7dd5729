import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { computeDeadlines } from './deadlines.ts';
import { availableSteps, checkOpening, decideStep } from './engine.ts';
import { toMermaid, toSvg } from './flowchart.ts';
import { PROCEDURES, getProcedure } from './registry.ts';
import { validateProcedure } from './validate.ts';
import { A, CLEARED, O1, O2, PACKS, calendar, codeOf, makeCase, officer, recordTimes, take, two } from './test-factories.ts';

const times = recordTimes();
import type { CaseView } from './engine.ts';
import type { ProcedureDef } from './types.ts';

const def = (code: string): ProcedureDef => getProcedure(code)!;

/** Tags nest and close in order (a stack check; attribute values never contain '>' after escaping). */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  for (const m of xml.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name!);
  }
  return stack.length === 0;
}

describe('R-REC-1 procedure definitions', () => {
  it('R-REC-1: every procedure definition is consistent', () => {
    expect(PROCEDURES.map((p) => p.code)).toEqual(['penalty-general', 'penalty-simple', 'inspection', 'coercion-seizure', 'license']);
    for (const p of PROCEDURES) expect(validateProcedure(p), p.code).toEqual([]);
  });

  it('R-REC-1: a broken definition is reported', () => {
    const g = def('penalty-general');
    const broken: ProcedureDef = {
      ...g,
      states: g.states.filter((s) => s.code !== 'heard'),
      steps: [...g.steps, { ...g.steps[0]!, code: 'inspect' }],
      deadlines: [...g.deadlines, { code: 'x', name: 'x', limit: 'penalty.payment', from: 'nope', until: ['deliver'] }],
    };
    const problems = validateProcedure(broken);
    expect(problems).toEqual(
      expect.arrayContaining(['环节代码重复：inspect', 'hold-hearing: 目标状态 heard 不存在', '期限 x: 起算环节 nope 不存在']),
    );
  });

  it('R-REC-3: steps that touch property carry full-process recording requirements', () => {
    const impose = def('coercion-seizure').steps.find((s) => s.code === 'impose')!;
    expect(impose.recordings).toContainEqual({ level: 'full-process', what: '查封扣押财产' });
    expect(def('penalty-general').steps.find((s) => s.code === 'decide')!.documents).toContain('行政处罚决定书');
  });
});

/** Each procedure's happy path, start to archive, through the one engine. */
const PATHS: Record<string, [keyof typeof A, string, Record<string, unknown>][]> = {
  'penalty-general': [
    ['o1', 'inspect', { ...two, place: '超市', ...times, findings: '过期食品' }],
    ['o1', 'conclude-investigation', { facts: 'f', evidence: 'e', violatedProvision: 'v', legalBasis: 'b', proposal: 'penalty' }],
    ['o1', 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
    ['o1', 'request-hearing', { requestedOn: '2026-08-04' }],
    ['o1', 'notify-hearing', { hearingOn: '2026-08-20', place: '听证室', host: '陈静' }],
    ['reviewer', 'hold-hearing', { ...times, record: '听证记录', opinion: '维持' }],
    [
      'o1',
      'submit-review',
      { round: '1', proposalVersion: '1', materialsSha256: 'a'.repeat(64), proposedDecision: '罚款 5000 元', proposedFine: 5000 },
    ],
    ['reviewer', 'review-return', { round: '1', problems: '证据不足' }],
    ['o2', 'inquire', { ...two, person: '法定代表人', ...times, summary: '补充询问' }],
    [
      'o1',
      'submit-review',
      { round: '2', proposalVersion: '2', materialsSha256: 'b'.repeat(64), proposedDecision: '罚款 4000 元', proposedFine: 4000 },
    ],
    ['reviewer', 'review-pass', { round: '2', opinion: '同意' }],
    ['head', 'collective-discussion', { participants: '局长、副局长', conclusion: '同意' }],
    [
      'head',
      'decide',
      {
        decisionType: 'penalty',
        facts: 'f',
        violatedProvision: 'v',
        legalBasis: 'b',
        penalty: '罚款 4000 元',
        fineAmount: 4000,
        defenceReasons: '复核理由',
      },
    ],
    ['o2', 'deliver', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' }],
    ['o1', 'execute', { performance: 'paid', paidAmount: 4000 }],
    ['head', 'close', { summary: '结案' }],
    ['o1', 'archive', { volumes: '1' }],
  ],
  'penalty-simple': [
    ['o1', 'notify-on-spot', { ...two, proposedPenalty: '罚款 100 元', proposedFine: 100 }],
    ['o1', 'decide-on-spot', { ...two, penaltyType: 'fine', fineAmount: 100, legalBasis: '条例第十条' }],
    ['o2', 'deliver-on-spot', { recipient: '刘某某', refused: false }],
    ['o1', 'execute', { performance: 'bank', paidAmount: 100 }],
    ['o1', 'file-report', { reportedTo: '法制科' }],
    ['head', 'close', { summary: '结案' }],
    ['o1', 'archive', { volumes: '1' }],
  ],
  inspection: [
    ['o1', 'inspect', { ...two, place: '食品厂', ...times, findings: '台账不全' }],
    ['o1', 'conclude', { result: 'rectify', conclusion: '责令整改' }],
    ['o1', 'order-rectification', { requirements: '补全进货台账', deadline: '2026-08-20' }],
    ['o2', 'recheck', { ...two, findings: '已补全', rectified: true }],
    ['head', 'close', { summary: '结案' }],
    ['o1', 'archive', { volumes: '1' }],
  ],
  'coercion-seizure': [
    ['head', 'approve', { opinion: '同意查封' }],
    ['o1', 'impose', { ...two, place: '仓库', items: '冻品 20 箱', partyPresent: false, witness: '村委会主任', ...times }],
    ['head', 'extend', { reason: '案情复杂' }],
    ['head', 'dispose', { disposal: 'confiscate', decision: '依法没收' }],
    ['head', 'close', { summary: '结案' }],
    ['o1', 'archive', { volumes: '1' }],
  ],
  license: [
    ['o1', 'request-supplement', { missing: '缺少场所平面图' }],
    ['o1', 'resubmit', { materials: '平面图' }],
    ['o1', 'accept', { acceptedOn: '2026-08-03' }],
    ['o1', 'verify-on-site', { ...two, ...times, findings: '场所符合要求' }],
    ['o1', 'examine', { opinion: '符合条件' }],
    ['head', 'grant', { licenceNumber: 'JY11304330001', scope: '预包装食品销售' }],
    ['o2', 'deliver', { deliveredOn: '2026-08-03', method: 'direct' }],
    ['head', 'close', { summary: '结案' }],
    ['o1', 'archive', { volumes: '1' }],
  ],
};

describe('R-REC-1 one engine runs every procedure', () => {
  for (const p of PROCEDURES) {
    it(`R-REC-1: ${p.name} from ${p.open.name} to 归档`, () => {
      let c = makeCase(p);
      for (const [who, step, inputs] of PATHS[p.code]!) {
        // After the notice, the hearing window must pass before review (checked separately below).
        const today = step === 'submit-review' ? '2026-08-20' : '2026-08-03';
        c = take(p, c, A[who], step, inputs, today);
      }
      expect(c.state).toBe('archived');
      expect(availableSteps(p, c, A.head)).toEqual([]);
      expect(codeOf(() => decideStep(p, c, A.head, 'close', { summary: 'x' }, { today: '2026-08-03', calendar }))).toBe('CASE_CLOSED');
    });
  }
});

describe('the engine refuses illegal steps with a clear error', () => {
  const g = def('penalty-general');
  const fresh = makeCase(g);
  const d = (c: CaseView, who: keyof typeof A, step: string, inputs: Record<string, unknown>, today = '2026-08-03') =>
    codeOf(() => decideStep(g, c, A[who], step, inputs, { today, calendar, ...CLEARED }));

  it('role, order, inputs', () => {
    expect(d(fresh, 'o1', 'terminate', { reason: 'x' })).toBe('FORBIDDEN_ROLE');
    expect(d(fresh, 'head', 'decide', { decisionType: 'penalty', facts: 'f', legalBasis: 'b', penalty: 'p' })).toBe('STEP_ORDER');
    expect(d(fresh, 'o1', 'nope', {})).toBe('STEP_NOT_ALLOWED');
    expect(d(fresh, 'o1', 'inspect', { ...two, place: 'x' })).toBe('STEP_INPUT_MISSING');
    expect(d(fresh, 'o1', 'inspect', { ...two, place: 'x', findings: 'y', extra: 1 })).toBe('STEP_INPUT_INVALID');
    expect(d(fresh, 'o1', 'inspect', { ...two, place: 'x'.repeat(201), findings: 'y' })).toBe('STEP_INPUT_INVALID');
    expect(d(fresh, 'o1', 'conclude-investigation', { facts: 'f', evidence: 'e', legalBasis: 'b', proposal: 'maybe' })).toBe(
      'STEP_INPUT_INVALID',
    );
    const c = take(g, fresh, A.o1, 'conclude-investigation', {
      facts: 'f',
      evidence: 'e',
      violatedProvision: 'v',
      legalBasis: 'b',
      proposal: 'penalty',
    });
    expect(d(c, 'o1', 'notify', { proposedPenalty: 'p', proposedFine: -1, hearingRight: true })).toBe('STEP_INPUT_INVALID');
    expect(d(c, 'o1', 'notify', { proposedPenalty: 'p', proposedFine: 1.005, hearingRight: true })).toBe('STEP_INPUT_INVALID');
  });

  it('§44, §59(三): the provision broken is stated where the case concludes that a penalty is due', () => {
    const conclude = (proposal: string, more: Record<string, unknown> = {}) => {
      try {
        decideStep(
          g,
          fresh,
          A.o1,
          'conclude-investigation',
          { facts: 'f', evidence: 'e', legalBasis: 'b', proposal, ...more },
          {
            today: '2026-08-03',
            calendar,
            ...CLEARED,
          },
        );
        return 'none';
      } catch (e) {
        return `${(e as { code: string }).code} ${(e as Error).message}`;
      }
    };
    expect(conclude('penalty')).toBe(
      'STEP_GUARD_FAILED 拟给予行政处罚的，应当写明当事人违反的法律、法规、规章的具体规定（《行政处罚法》第四十四条、第五十九条）',
    );
    expect(conclude('penalty', { violatedProvision: '《食品安全法》第三十四条第（十）项' })).toBe('none');
    expect(conclude('no-penalty')).toBe('none');
    expect(conclude('transfer')).toBe('none');
    // the penalty decision states it too (行政处罚法 §59(三)); 不予行政处罚 need not
    const decide = def('penalty-general').steps.find((s) => s.code === 'decide')!;
    expect(decide.inputs.find((i) => i.name === 'decisionType')?.choices?.map((c) => c.value)).toEqual(['penalty']);
    expect(decide.inputs.find((i) => i.name === 'violatedProvision')?.required).toBeUndefined();
    const noPenalty = def('penalty-general').steps.find((s) => s.code === 'decide-no-penalty')!;
    expect(noPenalty.inputs.find((i) => i.name === 'violatedProvision')?.required).toBe(false);
  });

  it('R-X-1: officers present and acting must hold valid certificates (§42)', () => {
    expect(d(fresh, 'o1', 'inspect', { officers: ['o1'], place: 'x', ...times, findings: 'y' })).toBe('OFFICERS_INSUFFICIENT');
    expect(d(fresh, 'o3', 'inspect', { ...two, place: 'x', ...times, findings: 'y' })).toBe('OFFICER_NOT_QUALIFIED');
    expect(d(fresh, 'o1', 'inspect', { officers: ['o1', 'o3'], place: 'x', ...times, findings: 'y' })).toBe('OFFICER_NOT_QUALIFIED');
    for (const [over, word] of [
      [{ status: 'suspended' as const }, '暂扣'],
      [{ status: 'revoked' as const }, '吊销'],
      [{ validTo: '2026-06-30' }, '过期'],
      [{ fields: ['生态环境'] }, '执法类别'],
      [{ regions: ['130432'] }, '执法区域'],
    ] as const) {
      const c = makeCase(g, { officers: [O1, officer('o2', '王芳', over)] });
      try {
        decideStep(g, c, A.o2, 'inquire', { ...two, person: 'p', ...times, summary: 's' }, { today: '2026-08-03', calendar });
        expect.unreachable();
      } catch (e) {
        expect((e as { code: string }).code).toBe('OFFICER_NOT_QUALIFIED');
        expect((e as Error).message).toContain('王芳');
        expect((e as Error).message).toContain(word);
      }
    }
  });

  it('R-X-1: opening needs two qualified officers and a kind the agency holds', () => {
    const check = {
      agencyKinds: ['行政处罚'],
      agencyFields: ['市场监管'],
      field: '市场监管',
      regionPath: fresh.regionPath,
      officers: [O1, O2],
      rulePack: PACKS.cf2021,
      today: '2026-08-03',
    };
    const inputs = { source: 'inspection', clueOn: '2026-08-01', summary: 's' };
    expect(checkOpening(g, A.o1, check, inputs)).toEqual(inputs);
    expect(codeOf(() => checkOpening(g, A.o1, { ...check, officers: [O1] }, inputs))).toBe('OFFICERS_INSUFFICIENT');
    expect(codeOf(() => checkOpening(g, A.o1, { ...check, officers: [O1, officer('o9', '赵强', null)] }, inputs))).toBe(
      'OFFICER_NOT_QUALIFIED',
    );
    expect(codeOf(() => checkOpening(def('license'), A.o1, check, { item: 'x', appliedOn: '2026-08-01', materials: 'm' }))).toBe(
      'AGENCY_KIND_NOT_HELD',
    );
    expect(codeOf(() => checkOpening(g, A.reviewer, check, inputs))).toBe('FORBIDDEN_ROLE');
    // 行政许可 may be received by one officer.
    expect(
      codeOf(() =>
        checkOpening(
          def('license'),
          A.o1,
          { ...check, agencyKinds: ['行政许可'], officers: [O1] },
          { item: 'x', appliedOn: '2026-08-01', materials: 'm' },
        ),
      ),
    ).toBe('none');
  });

  it('§62/§64: hearing window, no heavier penalty, hearing host not an investigator', () => {
    let c = take(g, fresh, A.o1, 'inspect', { ...two, place: 'x', ...times, findings: 'y' });
    c = take(g, c, A.o1, 'conclude-investigation', {
      facts: 'f',
      evidence: 'e',
      violatedProvision: 'v',
      legalBasis: 'b',
      proposal: 'penalty',
    });
    c = take(g, c, A.o1, 'notify', { proposedPenalty: 'p', proposedFine: 3000, hearingRight: true }, '2026-08-03');
    // §44, §64(1): the window runs from the party's receipt; an unserved 告知书 has not started it
    expect(
      d(
        c,
        'o1',
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: 3000 },
        '2026-09-30',
      ),
    ).toBe('STEP_GUARD_FAILED');
    c = take(g, c, A.o1, 'deliver-notice', { deliveredOn: '2026-08-03', method: 'direct', recipient: '钱立新' }, '2026-08-03');
    // 5 working days from receipt on 2026-08-03 end on 2026-08-10: review may start on 2026-08-11.
    expect(
      d(
        c,
        'o1',
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: 3000 },
        '2026-08-10',
      ),
    ).toBe('STEP_GUARD_FAILED');
    expect(
      d(
        c,
        'o1',
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: 3000 },
        '2026-08-11',
      ),
    ).toBe('none');
    expect(
      d(
        c,
        'o1',
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: 3500 },
        '2026-08-11',
      ),
    ).toBe('STEP_GUARD_FAILED');
    const waived = take(g, c, A.o1, 'waive', { statement: '放弃' });
    expect(
      d(
        waived,
        'o1',
        'submit-review',
        { round: '1', proposalVersion: '1', materialsSha256: 'x', proposedDecision: 'p', proposedFine: 3000 },
        '2026-08-04',
      ),
    ).toBe('none');
    let h = take(g, c, A.o1, 'request-hearing', { requestedOn: '2026-08-04' });
    h = take(g, h, A.o1, 'notify-hearing', { hearingOn: '2026-08-20', place: 'x', host: 'y' });
    expect(
      d(take(g, c, A.o1, 'request-hearing', { requestedOn: '2026-08-04' }), 'o1', 'notify-hearing', {
        hearingOn: '2026-08-11',
        place: 'x',
        host: 'y',
      }),
    ).toBe('STEP_GUARD_FAILED');
    expect(d(h, 'o1', 'hold-hearing', { ...times, record: 'r', opinion: 'o' })).toBe('STEP_GUARD_FAILED');
    expect(d(h, 'reviewer', 'hold-hearing', { ...times, record: 'r', opinion: 'o' })).toBe('none');
  });

  it('§51: 简易程序 fine limits by party kind and by the pack in force (200/3000, before 2021: 50/1000)', () => {
    const s = def('penalty-simple');
    const at = (partyKind: 'person' | 'org', pack = PACKS.cf2021) =>
      take(s, makeCase(s, { partyKind, rulePack: pack }), A.o1, 'notify-on-spot', { ...two, proposedPenalty: 'p' });
    const decide = (c: CaseView, fine: number) =>
      codeOf(() =>
        decideStep(
          s,
          c,
          A.o1,
          'decide-on-spot',
          { ...two, penaltyType: 'fine', fineAmount: fine, legalBasis: 'b' },
          { today: '2026-08-03', calendar },
        ),
      );
    expect(decide(at('person'), 200)).toBe('none');
    expect(decide(at('person'), 201)).toBe('STEP_GUARD_FAILED');
    expect(decide(at('org'), 3000)).toBe('none');
    expect(decide(at('org'), 3000.01)).toBe('STEP_GUARD_FAILED');
    expect(decide(at('person', PACKS.cf2017), 51)).toBe('STEP_GUARD_FAILED');
    expect(decide(at('org', PACKS.cf2017), 1000)).toBe('none');
    expect(
      codeOf(() =>
        decideStep(
          s,
          at('person'),
          A.o1,
          'decide-on-spot',
          { ...two, penaltyType: 'fine', legalBasis: 'b' },
          { today: '2026-08-03', calendar },
        ),
      ),
    ).toBe('STEP_GUARD_FAILED');
  });

  it('§45/§64 当事人 online: 陈述申辩 and 听证申请 only within the window, only what the party may do', () => {
    const party = { userId: 'p1', name: '当事人（网上办理）', roles: [] as const, party: true };
    const notified = (hearingRight: boolean, on = '2026-09-30') => {
      let c = take(g, fresh, A.o1, 'inspect', { ...two, place: 'x', ...times, findings: 'y' }, on);
      c = take(
        g,
        c,
        A.o1,
        'conclude-investigation',
        { facts: 'f', evidence: 'e', violatedProvision: 'v', legalBasis: 'b', proposal: 'penalty' },
        on,
      );
      c = take(g, c, A.o1, 'notify', { proposedPenalty: 'p', proposedFine: 3000, hearingRight }, on);
      return take(g, c, A.o1, 'deliver-notice', { deliveredOn: on, method: 'direct', recipient: '钱立新' }, on);
    };
    const p = (c: CaseView, step: string, inputs: Record<string, unknown>, today: string) =>
      codeOf(() => decideStep(g, c, party, step, inputs, { today, calendar, ...CLEARED }));
    const c = notified(true);
    // 5 working days from 2026-09-30 across 国庆 (10/1–10/7 off, 10/10 a make-up Saturday): the last day is 10/13
    expect(p(c, 'party-defence', { statement: '我方已整改' }, '2026-10-13')).toBe('none');
    expect(p(c, 'party-defence', { statement: '我方已整改' }, '2026-10-14')).toBe('STEP_GUARD_FAILED');
    expect(p(c, 'request-hearing', { requestedOn: '2026-10-13' }, '2026-10-13')).toBe('none');
    expect(p(c, 'request-hearing', { requestedOn: '2026-10-14' }, '2026-10-14')).toBe('STEP_GUARD_FAILED');
    expect(p(c, 'waive', { statement: '放弃' }, '2026-10-14')).toBe('STEP_GUARD_FAILED');
    // an officer entering a written request received in time may do so later; a request dated before the 告知 is refused
    expect(d(c, 'o1', 'request-hearing', { requestedOn: '2026-10-12' }, '2026-10-20')).toBe('none');
    expect(d(c, 'o1', 'request-hearing', { requestedOn: '2026-09-29' }, '2026-10-20')).toBe('STEP_GUARD_FAILED');
    // no hearing right told on the 告知书: no online request (officers can still record one)
    expect(p(notified(false), 'request-hearing', { requestedOn: '2026-10-08' }, '2026-10-08')).toBe('STEP_GUARD_FAILED');
    expect(d(notified(false), 'o1', 'request-hearing', { requestedOn: '2026-10-08' }, '2026-10-08')).toBe('none');
    // the party can do only its own acts, and officers' own steps stay theirs
    expect(p(c, 'record-defence', { statement: 's', adopted: true }, '2026-10-08')).toBe('FORBIDDEN_ROLE');
    expect(p(c, 'consent-e-delivery', { address: 'x' }, '2026-10-20')).toBe('none');
    expect(p(c, 'submit-review', { round: '1' }, '2026-10-20')).toBe('FORBIDDEN_ROLE');
    expect(d(c, 'o1', 'party-defence', { statement: 's' }, '2026-10-08')).toBe('FORBIDDEN_ROLE');
  });

  it('行政处罚法 §61: electronic delivery only after the party consented', () => {
    let c = { ...makeCase(g), state: 'decided' };
    const deliver = (x: CaseView) =>
      codeOf(() =>
        decideStep(
          g,
          x,
          A.o2,
          'deliver',
          {
            deliveredOn: '2026-08-03',
            method: 'electronic',
            recipient: '当事人',
            electronicAddress: 'qian@example.cn',
            reachedAt: '2026-08-03T10:15',
          },
          { today: '2026-08-03', calendar },
        ),
      );
    expect(deliver(c)).toBe('STEP_GUARD_FAILED');
    expect(
      codeOf(() =>
        decideStep(
          g,
          c,
          A.o2,
          'deliver',
          { deliveredOn: '2026-08-03', method: 'direct', recipient: '当事人' },
          { today: '2026-08-03', calendar },
        ),
      ),
    ).toBe('none');
    c = take(g, c, { userId: 'p1', name: '当事人（网上办理）', roles: [], party: true }, 'consent-e-delivery', {
      address: '公示平台当事人专区',
    });
    expect(deliver(c)).toBe('none');
  });

  it('行政强制法 §18: a witness is required when the party is absent', () => {
    const q = def('coercion-seizure');
    const c = take(q, makeCase(q), A.head, 'approve', { opinion: '同意' });
    const impose = (inputs: Record<string, unknown>) =>
      codeOf(() =>
        decideStep(q, c, A.o1, 'impose', { ...two, place: 'p', items: 'i', ...times, ...inputs }, { today: '2026-08-03', calendar }),
      );
    expect(impose({ partyPresent: false })).toBe('STEP_GUARD_FAILED');
    expect(impose({ partyPresent: false, witness: '村主任' })).toBe('none');
    expect(impose({ partyPresent: true })).toBe('none');
  });
});

describe('R-PUB-3 deadlines of a case', () => {
  const g = def('penalty-general');
  const at = (code: string, on: string, inputs: Record<string, unknown> = {}) => ({ code, on, actorId: 'h1', inputs });
  const byCode = (cc: CaseView, today: string, code: string) => computeDeadlines(g, cc, calendar, today).find((x) => x.code === code)!;
  const filedOn = (on: string, ...more: ReturnType<typeof at>[]) =>
    makeCase(g, { steps: [at('open', on), at('approve-filing', on), ...more] });

  it("行政处罚法 §60: decide within 90 natural days of 立案 (the head's approval), delivery 7 working days across 春节", () => {
    const c = filedOn('2026-08-03');
    // 2026-08-03 + 90 = 2026-11-01, a Sunday: the period ends on Monday 2026-11-02 (§85, 民法典 §203)
    expect(byCode(c, '2026-08-03', 'decide')).toMatchObject({
      code: 'decide',
      unit: 'natural',
      days: 90,
      dueOn: '2026-11-02',
      state: 'running',
    });
    expect(byCode(c, '2026-11-03', 'decide').state).toBe('overdue');
    // no clock before the head approves the 立案
    const pending = makeCase(g, { state: 'filing', steps: [at('open', '2026-08-03')] });
    expect(computeDeadlines(g, pending, calendar, '2026-08-03').find((x) => x.code === 'decide')).toBeUndefined();
    const decided = makeCase(g, { steps: [at('open', '2025-01-02'), at('approve-filing', '2025-01-02'), at('decide', '2025-01-24')] });
    expect(byCode(decided, '2025-02-11', 'deliver')).toMatchObject({ unit: 'working', days: 7, dueOn: '2025-02-10', state: 'overdue' });
    expect(byCode(decided, '2025-01-24', 'decide')).toMatchObject({ state: 'met', metOn: '2025-01-24' });
  });

  it('市场监管程序规定 §64: an extension counts from the original end, the rest-day roll-over happens once at the final end', () => {
    // original end 2026-11-01 (Sunday, not yet rolled); +30 days = 2026-12-01, a Tuesday — not 2026-12-02 (from the rolled 11-02)
    const extended = filedOn('2026-08-03', at('extend', '2026-10-20'));
    expect(byCode(extended, '2026-11-03', 'decide')).toMatchObject({
      dueOn: '2026-12-01',
      extended: true,
      extensions: 1,
      state: 'running',
    });
    // 2025-10-01 + 90 = 2025-12-30 (Tuesday): +30 = 2026-01-29 (Thursday)
    expect(byCode(filedOn('2025-10-01', at('extend', '2025-12-01')), '2025-12-31', 'decide').dueOn).toBe('2026-01-29');
    // ending in 春节 2026 (2/15–2/23 off): 2025-11-17 + 90 = 2026-02-15, +0 → rolls to 2026-02-24 once
    expect(byCode(filedOn('2025-11-17'), '2026-01-05', 'decide').dueOn).toBe('2026-02-24');
  });

  it('市场监管程序规定 §64, 行政强制法 §25: an extension is refused after the end, and a second one is refused', () => {
    const ok = filedOn('2026-08-03');
    const ext = (c: CaseView, today: string) =>
      codeOf(() => decideStep(g, c, A.head, 'extend', { reason: '案情复杂' }, { today, calendar }));
    expect(ext(ok, '2026-11-02')).toBe('none');
    expect(ext(ok, '2026-11-03')).toBe('EXTENSION_NOT_ALLOWED');
    expect(ext(filedOn('2026-08-03', at('extend', '2026-10-20')), '2026-10-21')).toBe('EXTENSION_NOT_ALLOWED');
  });

  it('市场监管程序规定 §18, §64: 检测、检验、检疫、鉴定 time is not counted, and the clock shows as paused meanwhile', () => {
    // out for testing from 2026-09-01 to 2026-09-11: 10 days added to the 90
    const tested = filedOn('2026-08-03', at('start-testing', '2026-09-01'), at('finish-testing', '2026-09-11'));
    expect(byCode(tested, '2026-09-12', 'decide')).toMatchObject({ pausedDays: 10, dueOn: '2026-11-11', state: 'running' });
    const out = filedOn('2026-08-03', at('start-testing', '2026-09-01'));
    expect(byCode(out, '2026-09-05', 'decide')).toMatchObject({ pausedDays: 4, state: 'paused' });
  });

  it('a due date in a year not loaded stays unknown instead of guessed', () => {
    expect(byCode(filedOn('2026-11-20'), '2026-11-20', 'decide')).toMatchObject({ dueOn: null, state: 'unknown' });
  });

  it("市场监管程序规定 §18: 立案 decided within 15 working days of the clue, +15 with the head's approval", () => {
    const open = (clueOn: string) => at('open', '2026-08-03', { clueOn });
    const onTime = makeCase(g, { steps: [open('2026-07-20'), at('approve-filing', '2026-08-03')] });
    expect(byCode(onTime, '2026-08-03', 'file')).toMatchObject({
      startedOn: '2026-07-20',
      dueOn: '2026-08-10',
      metOn: '2026-08-03',
      state: 'met',
    });
    const late = makeCase(g, { steps: [open('2026-07-01'), at('approve-filing', '2026-08-03')] });
    expect(byCode(late, '2026-08-03', 'file')).toMatchObject({ dueOn: '2026-07-22', state: 'met-late' });
    // pending: overdue on 2026-08-11 unless extended before; the extension adds 15 working days from 08-10
    const pending = makeCase(g, { state: 'filing', steps: [open('2026-07-20')] });
    expect(byCode(pending, '2026-08-11', 'file').state).toBe('overdue');
    const extended = { ...pending, steps: [...pending.steps, at('extend-filing', '2026-08-07')] };
    expect(byCode(extended, '2026-08-11', 'file')).toMatchObject({ dueOn: '2026-08-31', state: 'running' });
    const extend = (c: CaseView, today: string) =>
      codeOf(() => decideStep(g, c, A.head, 'extend-filing', { reason: '需核查' }, { today, calendar }));
    expect(extend(pending, '2026-08-10')).toBe('none');
    expect(extend(pending, '2026-08-11')).toBe('EXTENSION_NOT_ALLOWED');
  });

  it("行政处罚法 §67: the 15 days to pay run from the party's receipt of the 决定书; 公告送达 adds its period (民事诉讼法 §95)", () => {
    const delivered = (method: string) =>
      filedOn('2026-08-03', at('decide', '2026-09-01'), at('deliver', '2026-09-04', { deliveredOn: '2026-09-02', method }));
    // received 2026-09-02 + 15 = 2026-09-17 (Thursday)
    expect(byCode(delivered('direct'), '2026-09-04', 'payment')).toMatchObject({ startedOn: '2026-09-02', dueOn: '2026-09-17' });
    // 公告 on 2026-09-02: deemed received 30 days later, 2026-10-02; +15 = 2026-10-17 (Saturday) → Monday 2026-10-19
    expect(byCode(delivered('notice'), '2026-09-04', 'payment')).toMatchObject({ startedOn: '2026-10-02', dueOn: '2026-10-19' });
  });

  it("行政处罚法 §56: 先行登记保存 needs the head's approval first, and is dealt with within 7 working days", () => {
    const c = makeCase(g);
    const preserve = (x: CaseView) =>
      codeOf(() => decideStep(g, x, A.o1, 'preserve', { ...two, items: '酸奶 12 盒' }, { today: '2026-09-30', calendar }));
    expect(preserve(c)).toBe('STEP_GUARD_FAILED');
    const approved = take(g, c, A.head, 'approve-preserve', { items: '酸奶 12 盒', reason: '证据可能灭失' }, '2026-09-30');
    expect(preserve(approved)).toBe('none');
    const kept = take(g, approved, A.o1, 'preserve', { ...two, items: '酸奶 12 盒' }, '2026-09-30');
    // one approval, one preservation: a second needs a second approval
    expect(preserve(kept)).toBe('STEP_GUARD_FAILED');
    // 7 working days from 2026-09-30 across 国庆 (10/1–10/8 off, 9/28 and 10/11 make-up days): 2026-10-15
    expect(byCode(kept, '2026-10-16', 'preservation')).toMatchObject({ dueOn: '2026-10-15', state: 'overdue' });
    const handled = take(g, kept, A.head, 'handle-preserved', { measure: 'release', detail: '解除' }, '2026-10-09');
    expect(byCode(handled, '2026-10-16', 'preservation')).toMatchObject({ state: 'met', metOn: '2026-10-09' });
  });
});

describe('R-PUB-1 执法流程图 generated from the definitions', () => {
  for (const p of PROCEDURES) {
    it(`${p.name}: Mermaid and SVG name every state and step`, () => {
      const mmd = toMermaid(p, { current: p.open.to });
      const svg = toSvg(p, { current: p.open.to });
      expect(mmd.startsWith('flowchart TD')).toBe(true);
      for (const st of p.states) {
        expect(mmd).toContain(st.name);
        expect(svg).toContain(st.name);
      }
      for (const s of p.steps) {
        expect(mmd).toContain(s.name);
        expect(svg).toContain(s.name);
      }
      expect(svg).toContain('role="img"');
      expect(svg).toContain(`<title>${p.name}流程图`);
      expect(svg.match(/aria-current="step"/g)).toHaveLength(1);
      // Well-formed enough for an XML parser: tags balance and text is escaped.
      expect(wellFormed(svg)).toBe(true);
      expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    });
  }
});

describe('R-REV-2 the engine keeps the legal-review gate', () => {
  const g = def('penalty-general');
  const reviewed = { ...makeCase(g), state: 'reviewed' };
  const decision = { decisionType: 'penalty', facts: 'f', violatedProvision: 'v', legalBasis: 'b', penalty: 'p', fineAmount: 100 };

  it('R-REV-2: review steps are taken only through the review module', () => {
    const notified = { ...makeCase(g), state: 'notified' };
    for (const step of ['submit-review', 'review-pass', 'review-return', 'revise-proposal', 'collective-discussion', 'collective-return']) {
      expect(
        codeOf(() =>
          decideStep(
            g,
            { ...notified, state: g.steps.find((s) => s.code === step)!.from[0]! },
            A.head,
            step,
            {},
            { today: '2026-08-03', calendar },
          ),
        ),
      ).toBe('STEP_NOT_ALLOWED');
    }
    expect(availableSteps(g, { state: 'in-review' }, A.reviewer)).toEqual([]);
  });

  it('R-REV-2: a decision step fails closed without the review gate, and the gate decides', () => {
    expect(codeOf(() => decideStep(g, reviewed, A.head, 'decide', decision, { today: '2026-08-03', calendar }))).toBe('REVIEW_REQUIRED');
    const refusing = () => {
      throw new DomainError('REVIEW_STALE', 'changed');
    };
    expect(codeOf(() => decideStep(g, reviewed, A.head, 'decide', decision, { today: '2026-08-03', calendar, gate: refusing }))).toBe(
      'REVIEW_STALE',
    );
    const unstated = { ...decision, violatedProvision: undefined };
    expect(codeOf(() => decideStep(g, reviewed, A.head, 'decide', unstated, { today: '2026-08-03', calendar, ...CLEARED }))).toBe(
      'STEP_INPUT_MISSING',
    );
    const seen: unknown[] = [];
    decideStep(g, reviewed, A.head, 'decide', decision, { today: '2026-08-03', calendar, gate: (_s, inputs) => seen.push(inputs) });
    expect(seen).toEqual([decision]);
    for (const [p, step] of [
      ['license', 'grant'],
      ['license', 'deny'],
      ['coercion-seizure', 'approve'],
      ['coercion-seizure', 'dispose'],
    ] as const) {
      expect(def(p).steps.find((s) => s.code === step)!.gate).toBe('legal-review');
    }
    expect(def('penalty-simple').steps.some((s) => s.gate)).toBe(false);
    expect(CLEARED.viaReview).toBe(true);
  });
});
