import type { WorkingCalendar } from '../calendar/calendar.ts';
import { certificateProblem } from '../people/certificate.ts';
import { computeDeadlines } from '../procedures/deadlines.ts';
import { findStep, type CaseView } from '../procedures/engine.ts';
import type { ProcedureDef } from '../procedures/types.ts';
import { heavierSanctions, sanctionsOf, sanctionsText } from '../procedures/sanctions.ts';
import type { ReviewPoint } from './checklist.ts';
import type { DecisionProposal } from './proposal.ts';

/**
 * What the system checks for the reviewer before they answer the checklist (issue 4 §5): officers'
 * certificates on the days they acted, time limits, the six contents of a 决定书 (行政处罚法 §59),
 * 告知 and 陈述申辩 before the decision (§44, §45, §62), no heavier penalty after the defence (§45),
 * and the discretion benchmark. Each finding names its checklist point; the reviewer still answers.
 */
export interface Finding {
  point: ReviewPoint;
  ok: boolean;
  message: string;
}

export interface PrecheckInput {
  def: ProcedureDef;
  case: CaseView;
  proposal: DecisionProposal;
  calendar: WorkingCalendar;
  today: string;
  party: { name: string; address: string };
  agency: { name: string; holdsKind: boolean; holdsField: boolean };
  /** the evidence entries the submission lists */
  evidenceCount: number;
  /** the discretion benchmark's verdict, when the agency has one for the violation */
  discretion?: { inRange: boolean; message: string; reasonGiven: boolean } | null;
}

const present = (v: unknown) => (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null);

function qualification(i: PrecheckInput): Finding[] {
  const out: Finding[] = [];
  const c = i.case;
  for (const s of c.steps) {
    const step = findStep(i.def, s.code);
    if (!step) continue;
    const ids = new Set<string>();
    if (step.officerAct || step === i.def.open) ids.add(s.actorId);
    if (step.presentOfficers && Array.isArray(s.inputs['officers'])) for (const id of s.inputs['officers'] as string[]) ids.add(id);
    for (const id of ids) {
      const officer = c.officers.find((o) => o.userId === id);
      if (!officer) continue;
      const problem = certificateProblem(officer.certificate, { field: c.field, regionPath: c.regionPath, on: s.on });
      if (problem) out.push({ point: 'qualification', ok: false, message: `${s.on}「${step.name}」：${officer.name}${problem}` });
    }
  }
  if (!out.length) out.push({ point: 'qualification', ok: true, message: '各环节执法人员在办理之日均持有有效执法证，执法类别和区域相符' });
  return out;
}

function procedure(i: PrecheckInput): Finding[] {
  const out: Finding[] = [];
  const deadlines = computeDeadlines(i.def, { steps: i.case.steps, rulePack: i.case.rulePack }, i.calendar, i.today);
  for (const d of deadlines) {
    if (d.state === 'overdue') out.push({ point: 'procedure', ok: false, message: `${d.name}已逾期（应于 ${d.dueOn} 前，${d.basis}）` });
    if (d.state === 'met-late')
      out.push({ point: 'procedure', ok: false, message: `${d.name}超过期限办理（应于 ${d.dueOn} 前，实际 ${d.metOn}）` });
  }
  const taken = (code: string) => i.case.steps.some((s) => s.code === code);
  const lastNotice = i.case.steps.findLastIndex((s) => s.code === 'notify');
  const sinceNotice = (code: string) => i.case.steps.slice(lastNotice + 1).some((s) => s.code === code);
  if (findStep(i.def, 'notify')) {
    if (!taken('notify'))
      out.push({
        point: 'procedure',
        ok: false,
        message: '未告知当事人拟作出的行政处罚及其陈述、申辩、听证权利（《行政处罚法》第四十四条）',
      });
    // what the party said or waived counts for the last 告知书 only: a new one opens a new window (§44, §45)
    else if (!sinceNotice('record-defence') && !sinceNotice('party-defence') && !sinceNotice('waive') && !sinceNotice('hold-hearing')) {
      const notified = i.case.steps.findLast((s) => s.code === 'notify')!;
      const end = i.calendar.tryDueDate(notified.on, i.case.rulePack.limits['penalty.hearingRequestWindow']);
      if (end && i.today <= end) out.push({ point: 'procedure', ok: false, message: `当事人陈述、申辩和申请听证的期限至 ${end} 尚未届满` });
      else out.push({ point: 'procedure', ok: true, message: '已告知，当事人在期限内未陈述、申辩' });
    } else out.push({ point: 'procedure', ok: true, message: '已告知，已听取当事人陈述、申辩或者当事人放弃' });
    // §45: what the party stated online must be checked (复核) and the result recorded before the decision
    const lastOnline = i.case.steps.findLastIndex((s) => s.code === 'party-defence');
    if (lastOnline >= 0 && !i.case.steps.slice(lastOnline).some((s) => s.code === 'record-defence')) {
      out.push({
        point: 'procedure',
        ok: false,
        message: '当事人在网上提出了陈述、申辩意见，尚未记录复核及是否采纳（《行政处罚法》第四十五条）',
      });
    }
    if (taken('request-hearing') && !taken('hold-hearing'))
      out.push({ point: 'procedure', ok: false, message: '当事人申请了听证，尚未举行听证（《行政处罚法》第六十四条）' });
  }
  if (!out.length) out.push({ point: 'procedure', ok: true, message: '各项期限均在期限内，程序环节齐备' });
  return out;
}

function noHeavier(i: PrecheckInput): Finding[] {
  // §45 二款, §62: every sanction of the proposal against the last 告知书, not the fine alone
  const notified = i.case.steps.findLast((s) => s.code === 'notify');
  if (!notified || i.proposal.step !== 'decide') return [];
  const before = sanctionsOf(notified.inputs, { sanctions: 'sanctions', fine: 'proposedFine' });
  const after = sanctionsOf(i.proposal.decision, { sanctions: 'sanctions', fine: 'fineAmount', confiscation: 'confiscation' });
  const heavier = heavierSanctions(before, after);
  if (heavier.length) {
    return [
      {
        point: 'discretion',
        ok: false,
        message: `拟作出的处罚重于告知书所载（${sanctionsText(before) || '未载明处罚种类'}）：${heavier.join('；')}。应当重新告知当事人（《行政处罚法》第四十五条第二款、第六十二条）`,
      },
    ];
  }
  return [{ point: 'discretion', ok: true, message: '拟处罚未重于告知的处罚' }];
}

function discretion(i: PrecheckInput): Finding[] {
  const d = i.discretion;
  if (!d)
    return i.proposal.sanctions.includes('罚款')
      ? [{ point: 'discretion', ok: true, message: '本机关裁量基准未列此违法行为，须人工审核裁量是否适当' }]
      : [];
  if (d.inRange) return [{ point: 'discretion', ok: true, message: d.message }];
  return [
    { point: 'discretion', ok: d.reasonGiven, message: `${d.message}${d.reasonGiven ? '；承办人已说明理由' : '；承办人未说明理由'}` },
  ];
}

/** 行政处罚法 §59: the six things a 行政处罚决定书 must say, from what the decision would be made of. */
function decisionContents(i: PrecheckInput): Finding[] {
  if (i.proposal.step !== 'decide') return [];
  const d = i.proposal.decision;
  const penalty = d['decisionType'] === 'penalty';
  const items: [boolean, string][] = [
    [present(i.party.name) && present(i.party.address), '（一）当事人的姓名或者名称、地址'],
    [present(d['facts']) && i.evidenceCount > 0, '（二）违反法律、法规、规章的事实和证据'],
    [!penalty || (present(d['penalty']) && present(d['legalBasis']) && i.proposal.sanctions.length > 0), '（三）行政处罚的种类和依据'],
    [!penalty || present(d['penalty']), '（四）行政处罚的履行方式和期限'],
    [true, '（五）申请行政复议、提起行政诉讼的途径和期限'],
    [present(i.agency.name), '（六）作出决定的行政机关名称和作出决定的日期'],
  ];
  const missing = items.filter(([ok]) => !ok).map(([, name]) => name);
  return missing.length
    ? [{ point: 'documents', ok: false, message: `决定书缺少《行政处罚法》第五十九条规定的内容：${missing.join('；')}` }]
    : [{ point: 'documents', ok: true, message: '决定书载明《行政处罚法》第五十九条规定的六项内容' }];
}

function subject(i: PrecheckInput): Finding[] {
  return [
    i.agency.holdsKind && i.agency.holdsField
      ? { point: 'subject', ok: true, message: `${i.agency.name}具有${i.def.kind}职权，执法类别包含「${i.case.field}」` }
      : { point: 'subject', ok: false, message: `${i.agency.name}的职权或执法类别不含本案（${i.def.kind}，${i.case.field}）` },
  ];
}

function evidence(i: PrecheckInput): Finding[] {
  return [
    i.evidenceCount > 0
      ? { point: 'evidence', ok: true, message: `送审材料列明证据 ${i.evidenceCount} 项，均在全过程记录中可查` }
      : { point: 'evidence', ok: false, message: '送审材料未列明证据' },
  ];
}

export function precheck(i: PrecheckInput): Finding[] {
  return [...subject(i), ...qualification(i), ...procedure(i), ...evidence(i), ...noHeavier(i), ...discretion(i), ...decisionContents(i)];
}
