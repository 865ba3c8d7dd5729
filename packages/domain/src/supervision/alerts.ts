/**
 * 执法监督预警 (R-X-3 weak links, R-REC-8 use of records): which alerts the record calls for today.
 * Pure: the server gathers the facts, this decides; an alert is open exactly while its condition
 * holds, so an alert the rules no longer produce is closed by the caller.
 */

export interface AlertPerson {
  id: string;
  name: string;
}

export type AlertRule =
  | 'step-overdue'
  | 'step-due-soon'
  | 'publication-overdue'
  | 'publication-due-soon'
  | 'review-overdue'
  | 'review-return-rate'
  | 'decision-corrected'
  | 'recording-refused'
  | 'certificate-expiring'
  | 'acting-near-expiry'
  | 'complaint-overdue'
  | 'complaint-due-soon';

export const ALERT_RULE_NAMES: Record<AlertRule, string> = {
  'step-overdue': '办案环节逾期',
  'step-due-soon': '办案环节临期',
  'publication-overdue': '公示逾期',
  'publication-due-soon': '公示临期',
  'review-overdue': '法制审核逾期',
  'review-return-rate': '法制审核退回率偏高',
  'decision-corrected': '决定被复议或诉讼纠错',
  'recording-refused': '缺少音像记录被拒绝办理',
  'certificate-expiring': '执法证临期',
  'acting-near-expiry': '执法证临期仍在执法',
  'complaint-overdue': '投诉举报答复逾期',
  'complaint-due-soon': '投诉举报答复临期',
};

export interface AlertSpec {
  rule: AlertRule;
  /** the condition's key within its rule: one open alert per key */
  subject: string;
  agencyId: string;
  caseId: string | null;
  userId: string | null;
  unitId: string | null;
  level: 'red' | 'orange';
  title: string;
  detail: string;
  /** who must act */
  assignees: AlertPerson[];
  /** e.g. 承办人 张三、李四 */
  assigneeText: string;
  dueOn: string | null;
}

/** A case whose next time limit has passed or is near (the case row's next due date). */
export interface CaseDueFact {
  caseId: string;
  agencyId: string;
  unitId: string | null;
  number: string;
  title: string;
  stateName: string;
  dueOn: string;
  /** who carries the case on in its state (procedures/waiting.ts) and the label of what it waits for */
  waitingRole: 'officer' | 'reviewer' | 'head' | null;
  waitingLabel: string;
  officers: AlertPerson[];
  reviewers: AlertPerson[];
  heads: AlertPerson[];
}

/**
 * A decision to publish (R-PUB-3) or to take down (R-PUB-5), not yet done; or a party's 信用修复
 * application (issue 22 point 2) the 公示管理员 has not decided yet.
 */
export interface PublicationDueFact {
  publicationId: string;
  caseId: string;
  agencyId: string;
  caseNumber: string;
  docNumber: string;
  act: 'publish' | 'withdraw' | 'repair';
  /** the 信用修复 application's number (act 'repair') */
  application?: string | undefined;
  dueOn: string;
  publishers: AlertPerson[];
}

/** A pending review round (R-REV-7). */
export interface ReviewDueFact {
  caseId: string;
  agencyId: string;
  caseNumber: string;
  round: number;
  dueOn: string;
  reviewer: AlertPerson | null;
  reviewers: AlertPerson[];
}

/** Closed review rounds of a handling unit's cases, and how many came back with 存在问题 (R-REV-6). */
export interface UnitReviewFact {
  agencyId: string;
  unitId: string;
  unitName: string;
  closed: number;
  returned: number;
  heads: AlertPerson[];
}

/** A 行政复议 or 行政诉讼 outcome on a case's decision. */
export interface OutcomeFact {
  outcomeId: string;
  caseId: string;
  agencyId: string;
  caseNumber: string;
  channel: 'reconsideration' | 'litigation';
  body: string;
  decidedOn: string;
  result: 'upheld' | 'revoked' | 'changed' | 'confirmed-illegal';
  document: string;
  /** the agency recorded its 整改 */
  rectified: boolean;
  heads: AlertPerson[];
}

/** Refused attempts at a step for missing 音像记录 (R-REC-3), and whether the step has been taken since. */
export interface RefusalFact {
  caseId: string;
  agencyId: string;
  caseNumber: string;
  step: string;
  stepName: string;
  attempts: number;
  lastAt: string;
  attemptedBy: AlertPerson[];
  takenSince: boolean;
  caseClosed: boolean;
  officers: AlertPerson[];
}

/** A certificate valid today, with its end and the last day its holder acted on a case. */
export interface CertificateFact {
  userId: string;
  agencyId: string;
  holder: string;
  number: string;
  validTo: string;
  /** the last China date the holder took a step of a case, or null */
  lastActedOn: string | null;
  admins: AlertPerson[];
}

/** A complaint or report (R-X-4) not yet answered, with its answer limit. */
export interface ComplaintDueFact {
  complaintId: string;
  agencyId: string;
  /** 投诉 or 举报 */
  kindName: string;
  receivedOn: string;
  dueOn: string;
  handler: AlertPerson | null;
  heads: AlertPerson[];
}

export interface AlertSettings {
  /** a unit's share of reviews returned above this is alerted (0.3 = 30 %) */
  returnRate: number;
  /** no rate is judged on fewer closed reviews */
  minReviews: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { returnRate: 0.3, minReviews: 5 };
export const CERTIFICATE_WARNING_DAYS = 30;

export const OUTCOME_CHANNEL_NAMES = { reconsideration: '行政复议', litigation: '行政诉讼' } as const;
export const OUTCOME_RESULT_NAMES = { upheld: '维持', revoked: '撤销', changed: '变更', 'confirmed-illegal': '确认违法' } as const;

export interface AlertFacts {
  today: string;
  /** the last day still 临期 (three working days on, WORKBENCH.md) */
  soonUntil: string;
  cases: readonly CaseDueFact[];
  publications: readonly PublicationDueFact[];
  reviews: readonly ReviewDueFact[];
  units: readonly UnitReviewFact[];
  outcomes: readonly OutcomeFact[];
  refusals: readonly RefusalFact[];
  certificates: readonly CertificateFact[];
  /** unanswered complaints (R-X-4); none when the caller gathers none */
  complaints?: readonly ComplaintDueFact[];
  settings: (agencyId: string) => AlertSettings;
}

const names = (ps: readonly AlertPerson[]) => ps.map((p) => p.name).join('、');
const who = (role: string, ps: readonly AlertPerson[]) => (ps.length ? `${role} ${names(ps)}` : `${role}（未配备）`);

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function caseAlert(f: CaseDueFact, today: string, soonUntil: string): AlertSpec | null {
  const overdue = f.dueOn < today;
  if (!overdue && f.dueOn > soonUntil) return null;
  const [role, people] =
    f.waitingRole === 'head'
      ? ['机关负责人', f.heads]
      : f.waitingRole === 'reviewer'
        ? ['法制审核人员', f.reviewers]
        : ['承办人', f.officers];
  return {
    rule: overdue ? 'step-overdue' : 'step-due-soon',
    subject: `case:${f.caseId}:${f.dueOn}`,
    agencyId: f.agencyId,
    caseId: f.caseId,
    userId: null,
    unitId: f.unitId,
    level: overdue ? 'red' : 'orange',
    title: overdue ? `${f.number} 已超过办理期限` : `${f.number} 即将到期`,
    detail: `「${f.title}」处于「${f.stateName}」，${f.waitingLabel || '待办理'}；期限 ${f.dueOn}${
      overdue ? `，已逾期 ${days(f.dueOn, today)} 日` : '，临期'
    }。`,
    assignees: people,
    assigneeText: who(role, people),
    dueOn: f.dueOn,
  };
}

function publicationAlert(f: PublicationDueFact, today: string, soonUntil: string): AlertSpec | null {
  const overdue = f.dueOn < today;
  if (!overdue && f.dueOn > soonUntil) return null;
  const what = f.act === 'publish' ? '公示' : f.act === 'withdraw' ? '撤下公示' : '信用修复决定';
  const detail =
    f.act === 'repair'
      ? `${f.docNumber || f.caseNumber} 的信用修复申请 ${f.application ?? ''} 应于 ${f.dueOn} 前作出决定${overdue ? `，已逾期 ${days(f.dueOn, today)} 日` : ''}。`
      : `${f.docNumber || f.caseNumber} 应于 ${f.dueOn} 前${what}${overdue ? `，已逾期 ${days(f.dueOn, today)} 日` : ''}。`;
  return {
    rule: overdue ? 'publication-overdue' : 'publication-due-soon',
    subject: `publication:${f.publicationId}:${f.act}:${f.dueOn}`,
    agencyId: f.agencyId,
    caseId: f.caseId,
    userId: null,
    unitId: null,
    level: overdue ? 'red' : 'orange',
    title:
      f.act === 'repair'
        ? `${f.caseNumber} 的${what}${overdue ? '逾期' : '临期'}`
        : overdue
          ? `${f.caseNumber} 的决定${what}逾期`
          : `${f.caseNumber} 的决定${what}临期`,
    detail,
    assignees: f.publishers,
    assigneeText: who('公示管理员', f.publishers),
    dueOn: f.dueOn,
  };
}

function reviewAlert(f: ReviewDueFact, today: string): AlertSpec | null {
  if (f.dueOn >= today) return null;
  const people = f.reviewer ? [f.reviewer] : f.reviewers;
  return {
    rule: 'review-overdue',
    subject: `review:${f.caseId}:${f.round}`,
    agencyId: f.agencyId,
    caseId: f.caseId,
    userId: f.reviewer?.id ?? null,
    unitId: null,
    level: 'red',
    title: `${f.caseNumber} 第 ${f.round} 轮法制审核逾期`,
    detail: `法制审核应于 ${f.dueOn} 前完成，已逾期 ${days(f.dueOn, today)} 日（R-REV-7）。`,
    assignees: people,
    assigneeText: who('法制审核人员', people),
    dueOn: f.dueOn,
  };
}

/** The share of a unit's closed reviews returned with 存在问题, judged only on enough reviews. */
export function returnRateHigh(f: Pick<UnitReviewFact, 'closed' | 'returned'>, s: AlertSettings): boolean {
  return f.closed >= s.minReviews && f.returned / f.closed > s.returnRate;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

function unitAlert(f: UnitReviewFact, s: AlertSettings): AlertSpec | null {
  if (!returnRateHigh(f, s)) return null;
  return {
    rule: 'review-return-rate',
    subject: `unit:${f.unitId}`,
    agencyId: f.agencyId,
    caseId: null,
    userId: null,
    unitId: f.unitId,
    level: 'orange',
    title: `${f.unitName} 法制审核退回率 ${percent(f.returned / f.closed)}`,
    detail: `已审结 ${f.closed} 件，退回（存在问题）${f.returned} 件，高于预警线 ${percent(s.returnRate)}。`,
    assignees: f.heads,
    assigneeText: who('机关负责人', f.heads),
    dueOn: null,
  };
}

const CORRECTION_WORDS = {
  upheld: '维持原决定',
  revoked: '撤销原决定',
  changed: '变更原决定',
  'confirmed-illegal': '确认原决定违法',
} as const;

function outcomeAlert(f: OutcomeFact): AlertSpec | null {
  if (f.result === 'upheld' || f.rectified) return null;
  const channel = OUTCOME_CHANNEL_NAMES[f.channel];
  return {
    rule: 'decision-corrected',
    subject: `outcome:${f.outcomeId}`,
    agencyId: f.agencyId,
    caseId: f.caseId,
    userId: null,
    unitId: null,
    level: 'red',
    title: `${f.caseNumber} 的决定经${channel}被${OUTCOME_RESULT_NAMES[f.result]}`,
    detail: `${f.body}于 ${f.decidedOn} 以${f.document}${CORRECTION_WORDS[f.result]}。请登记整改情况。`,
    assignees: f.heads,
    assigneeText: who('机关负责人', f.heads),
    dueOn: null,
  };
}

function refusalAlert(f: RefusalFact): AlertSpec | null {
  if (f.takenSince || f.caseClosed) return null;
  return {
    rule: 'recording-refused',
    subject: `refusal:${f.caseId}:${f.step}`,
    agencyId: f.agencyId,
    caseId: f.caseId,
    userId: null,
    unitId: null,
    level: 'orange',
    title: `${f.caseNumber}「${f.stepName}」缺少音像记录被拒绝 ${f.attempts} 次`,
    detail: `${names(f.attemptedBy)} 试图在未上传音像记录时办理「${f.stepName}」，最近一次 ${f.lastAt}；补传音像记录后办理该环节即解除。`,
    assignees: f.officers,
    assigneeText: who('承办人', f.officers),
    dueOn: null,
  };
}

function certificateAlerts(f: CertificateFact, today: string): AlertSpec[] {
  const left = days(today, f.validTo);
  if (left < 0 || left > CERTIFICATE_WARNING_DAYS) return [];
  const holder = { id: f.userId, name: f.holder };
  const out: AlertSpec[] = [
    {
      rule: 'certificate-expiring',
      subject: `certificate:${f.number}:${f.validTo}`,
      agencyId: f.agencyId,
      caseId: null,
      userId: f.userId,
      unitId: null,
      level: 'orange',
      title: `${f.holder} 的执法证 ${left} 日后到期`,
      detail: `执法证 ${f.number} 有效期至 ${f.validTo}，请及时办理换证；到期后不得从事执法活动。`,
      assignees: [...f.admins, holder],
      assigneeText: `${who('系统管理员', f.admins)}；持证人 ${f.holder}`,
      dueOn: f.validTo,
    },
  ];
  const windowStart = new Date(Date.parse(`${f.validTo}T00:00:00Z`) - CERTIFICATE_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (f.lastActedOn && f.lastActedOn >= windowStart) {
    out.push({
      rule: 'acting-near-expiry',
      subject: `acting:${f.number}:${f.validTo}`,
      agencyId: f.agencyId,
      caseId: null,
      userId: f.userId,
      unitId: null,
      level: left <= 7 ? 'red' : 'orange',
      title: `${f.holder} 的执法证临期仍在办案`,
      detail: `执法证 ${f.number} 有效期至 ${f.validTo}（剩 ${left} 日），持证人 ${f.lastActedOn} 仍办理了案件环节；到期后其承办的案件须另行指派。`,
      assignees: [...f.admins, holder],
      assigneeText: `${who('系统管理员', f.admins)}；持证人 ${f.holder}`,
      dueOn: f.validTo,
    });
  }
  return out;
}

/**
 * A complaint near or past its answer limit: the handler must answer, the head must see to it (and
 * assign one while there is none); the 司法局 sees the agency's alerts as for every rule.
 */
function complaintAlert(f: ComplaintDueFact, today: string, soonUntil: string): AlertSpec | null {
  const overdue = f.dueOn < today;
  if (!overdue && f.dueOn > soonUntil) return null;
  const people = f.handler ? [f.handler, ...f.heads.filter((p) => p.id !== f.handler!.id)] : f.heads;
  return {
    rule: overdue ? 'complaint-overdue' : 'complaint-due-soon',
    subject: `complaint:${f.complaintId}:${f.dueOn}`,
    agencyId: f.agencyId,
    caseId: null,
    userId: f.handler?.id ?? null,
    unitId: null,
    level: overdue ? 'red' : 'orange',
    title: overdue ? `${f.receivedOn} 受理的${f.kindName}答复逾期` : `${f.receivedOn} 受理的${f.kindName}即将到答复期限`,
    detail: `${f.kindName}应于 ${f.dueOn} 前答复${overdue ? `，已逾期 ${days(f.dueOn, today)} 日` : '，临期'}${f.handler ? '' : '；尚未指派承办人'}。`,
    assignees: people,
    assigneeText: f.handler ? `承办人 ${f.handler.name}；${who('机关负责人', f.heads)}` : who('机关负责人', f.heads),
    dueOn: f.dueOn,
  };
}

/** Every alert the record calls for today. */
export function deriveAlerts(f: AlertFacts): AlertSpec[] {
  const out: AlertSpec[] = [];
  const push = (a: AlertSpec | null) => {
    if (a) out.push(a);
  };
  for (const c of f.cases) push(caseAlert(c, f.today, f.soonUntil));
  for (const p of f.publications) push(publicationAlert(p, f.today, f.soonUntil));
  for (const r of f.reviews) push(reviewAlert(r, f.today));
  for (const u of f.units) push(unitAlert(u, f.settings(u.agencyId)));
  for (const o of f.outcomes) push(outcomeAlert(o));
  for (const r of f.refusals) push(refusalAlert(r));
  for (const c of f.certificates) out.push(...certificateAlerts(c, f.today));
  for (const c of f.complaints ?? []) push(complaintAlert(c, f.today, f.soonUntil));
  return out;
}
