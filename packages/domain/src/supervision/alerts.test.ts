import { describe, expect, it } from 'vitest';
import { DEFAULT_ALERT_SETTINGS, deriveAlerts, returnRateHigh, type AlertFacts } from './alerts.ts';

const zhang = { id: 'u1', name: '张三' };
const li = { id: 'u2', name: '李四' };
const head = { id: 'h1', name: '王局长' };
const admin = { id: 'a1', name: '管理员' };

function facts(over: Partial<AlertFacts>): AlertFacts {
  return {
    today: '2026-12-07',
    soonUntil: '2026-12-10',
    cases: [],
    publications: [],
    reviews: [],
    units: [],
    outcomes: [],
    refusals: [],
    certificates: [],
    settings: () => DEFAULT_ALERT_SETTINGS,
    ...over,
  };
}

const caseFact = {
  caseId: 'c1',
  agencyId: 'A',
  unitId: null,
  number: '馆市监罚〔2026〕1号',
  title: '某超市销售过期食品案',
  stateName: '调查取证',
  waitingRole: 'officer' as const,
  waitingLabel: '待承办人办理：调查终结',
  officers: [zhang, li],
  reviewers: [],
  heads: [head],
};

describe('R-X-3 weak-link alerts from the record', () => {
  it('a step past its limit is red and names the officers; near it orange; far from it nothing', () => {
    const [over] = deriveAlerts(facts({ cases: [{ ...caseFact, dueOn: '2026-12-04' }] }));
    expect(over).toMatchObject({ rule: 'step-overdue', level: 'red', caseId: 'c1', assigneeText: '承办人 张三、李四' });
    expect(over!.detail).toContain('已逾期 3 日');
    expect(deriveAlerts(facts({ cases: [{ ...caseFact, dueOn: '2026-12-10' }] }))[0]).toMatchObject({
      rule: 'step-due-soon',
      level: 'orange',
    });
    expect(deriveAlerts(facts({ cases: [{ ...caseFact, dueOn: '2026-12-11' }] }))).toEqual([]);
    const waitingHead = deriveAlerts(facts({ cases: [{ ...caseFact, waitingRole: 'head', dueOn: '2026-12-01' }] }))[0]!;
    expect(waitingHead.assignees).toEqual([head]);
  });

  it('publications near or past their deadline name the publishers; a take-down too', () => {
    const pub = { publicationId: 'p1', caseId: 'c1', agencyId: 'A', caseNumber: 'X', docNumber: '馆市监罚〔2026〕1号', publishers: [li] };
    const out = deriveAlerts(
      facts({
        publications: [
          { ...pub, act: 'publish', dueOn: '2026-12-01' },
          { ...pub, publicationId: 'p2', act: 'withdraw', dueOn: '2026-12-09' },
        ],
      }),
    );
    expect(out.map((a) => a.rule)).toEqual(['publication-overdue', 'publication-due-soon']);
    expect(out[1]!.title).toContain('撤下公示');
    expect(out[0]!.assigneeText).toBe('公示管理员 李四');
  });

  it('a review overdue names its reviewer, or the reviewers when nobody has taken it', () => {
    const r = { caseId: 'c1', agencyId: 'A', caseNumber: 'X', round: 2, dueOn: '2026-12-06', reviewer: null, reviewers: [li] };
    expect(deriveAlerts(facts({ reviews: [r] }))[0]).toMatchObject({ rule: 'review-overdue', subject: 'review:c1:2', assignees: [li] });
    expect(deriveAlerts(facts({ reviews: [{ ...r, dueOn: '2026-12-07' }] }))).toEqual([]);
  });

  it('R-REV-6 a unit returning more than the threshold, on enough reviews, is alerted; the threshold is per agency', () => {
    expect(returnRateHigh({ closed: 10, returned: 4 }, DEFAULT_ALERT_SETTINGS)).toBe(true);
    expect(returnRateHigh({ closed: 10, returned: 3 }, DEFAULT_ALERT_SETTINGS)).toBe(false);
    expect(returnRateHigh({ closed: 4, returned: 4 }, DEFAULT_ALERT_SETTINGS)).toBe(false);
    const unit = { agencyId: 'A', unitId: 'U', unitName: '稽查队', closed: 10, returned: 4, heads: [head] };
    expect(deriveAlerts(facts({ units: [unit] }))[0]!.title).toBe('稽查队 法制审核退回率 40%');
    expect(deriveAlerts(facts({ units: [unit], settings: () => ({ returnRate: 0.5, minReviews: 5 }) }))).toEqual([]);
  });

  it('a decision 撤销 by 复议 is alerted to the heads until the 整改 is recorded; 维持 never', () => {
    const o = {
      outcomeId: 'o1',
      caseId: 'c1',
      agencyId: 'A',
      caseNumber: 'X',
      channel: 'reconsideration' as const,
      body: '馆陶县人民政府',
      decidedOn: '2026-12-01',
      result: 'revoked' as const,
      document: '馆政复决〔2026〕3号',
      rectified: false,
      heads: [head],
    };
    expect(deriveAlerts(facts({ outcomes: [o] }))[0]).toMatchObject({ rule: 'decision-corrected', title: 'X 的决定经行政复议被撤销' });
    expect(deriveAlerts(facts({ outcomes: [{ ...o, rectified: true }] }))).toEqual([]);
    expect(deriveAlerts(facts({ outcomes: [{ ...o, result: 'upheld' }] }))).toEqual([]);
  });

  it('R-REC-3 a refusal for missing recordings stays alerted until the step is taken', () => {
    const r = {
      caseId: 'c1',
      agencyId: 'A',
      caseNumber: 'X',
      step: 'seize',
      stepName: '查封扣押',
      attempts: 2,
      lastAt: '2026-12-06 10:00',
      attemptedBy: [zhang],
      takenSince: false,
      caseClosed: false,
      officers: [zhang, li],
    };
    expect(deriveAlerts(facts({ refusals: [r] }))[0]).toMatchObject({ rule: 'recording-refused', assigneeText: '承办人 张三、李四' });
    expect(deriveAlerts(facts({ refusals: [{ ...r, takenSince: true }] }))).toEqual([]);
  });

  it('R-X-1 a certificate within 30 days of its end is alerted; its holder acting in that window too', () => {
    const c = {
      userId: 'u1',
      agencyId: 'A',
      holder: '张三',
      number: '13043300001',
      validTo: '2026-12-20',
      lastActedOn: null,
      admins: [admin],
    };
    expect(deriveAlerts(facts({ certificates: [c] })).map((a) => a.rule)).toEqual(['certificate-expiring']);
    const acting = deriveAlerts(facts({ certificates: [{ ...c, lastActedOn: '2026-12-05' }] }));
    expect(acting.map((a) => a.rule)).toEqual(['certificate-expiring', 'acting-near-expiry']);
    expect(acting[1]!.assignees).toEqual([admin, { id: 'u1', name: '张三' }]);
    // acted before the window: only the expiry
    expect(deriveAlerts(facts({ certificates: [{ ...c, lastActedOn: '2026-11-01' }] })).length).toBe(1);
    expect(deriveAlerts(facts({ certificates: [{ ...c, validTo: '2027-01-07' }] }))).toEqual([]);
    expect(deriveAlerts(facts({ certificates: [{ ...c, validTo: '2026-12-06' }] }))).toEqual([]);
  });
});
