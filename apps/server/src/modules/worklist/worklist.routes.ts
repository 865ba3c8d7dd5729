import type { Static } from '@sinclair/typebox';
import { chinaDate, type WorkingCalendar } from '@sanxiang/domain';
import { actorOf } from '../../http/auth.ts';
import { errors, type App } from '../../http/typebox.ts';
import type { Actor } from '../../http/actor.ts';
import { caseWorklist, dueStateOf } from '../cases/case.worklist.ts';
import type { CaseDeps } from '../cases/case.service.ts';
import { reviewQueue } from '../review/review.queries.ts';
import { listPublications } from '../publications/publication.queries.ts';
import { complaintsWaitingOn } from '../complaints/complaint.queries.ts';
import { Worklist, type WorkItem } from './worklist.schemas.ts';

type Item = Static<typeof WorkItem>;
const RANK = { overdue: 0, soon: 1, normal: 2 } as const;
/** Items in one answer: the most urgent; the counts cover all. */
const LIMIT = 50;

/**
 * 待办: one list per person, from every role they hold — the cases they carry, the approvals, the
 * review rounds and the publications waiting — each with its due date and state, most urgent first.
 */
export async function worklist(deps: CaseDeps, actor: Actor): Promise<Static<typeof Worklist>> {
  const today = chinaDate(deps.clock.now());
  const calendar: WorkingCalendar = deps.calendar();
  const items: Item[] = [];
  const cases = await caseWorklist(deps, actor, LIMIT);
  for (const c of cases.assigned) {
    items.push({
      kind: 'case',
      role: 'officer',
      caseId: c.caseId,
      caseNumber: c.number,
      title: c.title,
      partyName: c.partyName,
      procedureName: c.procedure.name,
      stateName: c.state.name,
      what: c.waitingFor?.label ?? c.state.name,
      mine: c.mine,
      dueOn: c.nextDueOn,
      dueState: c.dueState,
      target: { kind: 'case', id: c.caseId },
    });
  }
  for (const c of cases.approvals) {
    items.push({
      kind: 'approval',
      role: 'head',
      caseId: c.caseId,
      caseNumber: c.number,
      title: c.title,
      partyName: c.partyName,
      procedureName: c.procedure.name,
      stateName: c.state.name,
      what: c.waitingFor?.label ?? c.state.name,
      mine: true,
      dueOn: c.nextDueOn,
      dueState: c.dueState,
      target: { kind: 'case', id: c.caseId },
    });
  }
  if (actor.roles.includes('reviewer')) {
    const rounds = await reviewQueue(deps, actor, { status: 'pending' });
    for (const r of rounds) {
      items.push({
        kind: 'review',
        role: 'reviewer',
        caseId: r.caseId,
        caseNumber: r.caseNumber,
        title: r.title,
        partyName: null,
        procedureName: null,
        stateName: null,
        what: `法制审核（第 ${r.round} 轮，${r.submittedBy} 提交）${r.remind ? '，即将到期' : ''}`,
        mine: true,
        dueOn: r.dueOn,
        dueState: dueStateOf(r.dueOn, today, calendar),
        target: { kind: 'review', id: r.caseId },
      });
    }
  }
  if (actor.roles.includes('publisher')) {
    for (const state of ['pending', 'withdrawal-pending'] as const) {
      // the publisher's own agency's records, not its subordinates'
      for (const p of await listPublications(deps.db, actor, today, { state, agencyId: actor.agencyId, limit: 200 })) {
        const due = state === 'pending' ? p.dueOn : p.withdrawalDueOn;
        items.push({
          kind: state === 'pending' ? 'publication' : 'withdrawal',
          role: 'publisher',
          caseId: p.caseId,
          caseNumber: null,
          title: p.title,
          partyName: null,
          procedureName: null,
          stateName: p.stateName,
          what: state === 'pending' ? `待公示：${p.docNumber}` : `待撤下：${p.docNumber}`,
          mine: true,
          dueOn: due,
          dueState: dueStateOf(due, today, calendar),
          target: { kind: 'publication', id: p.id },
        });
      }
    }
  }
  // 投诉举报 (R-X-4): those assigned to me to answer, and for a head those of the agency still to assign
  for (const c of await complaintsWaitingOn(deps.db, actor)) {
    items.push({
      kind: 'complaint',
      role: c.assigned ? (actor.roles.includes('officer') ? 'officer' : 'head') : 'head',
      caseId: null,
      caseNumber: null,
      title: `${c.kindName}：${c.summary}`,
      partyName: null,
      procedureName: null,
      stateName: c.assigned ? '办理中' : '已受理',
      what: c.assigned ? `答复${c.kindName}${c.subjectRef ? `（涉及 ${c.subjectRef}）` : ''}` : `指派承办人或答复（${c.receivedOn} 受理）`,
      mine: true,
      dueOn: c.dueOn,
      dueState: dueStateOf(c.dueOn, today, calendar),
      target: { kind: 'complaint', id: c.id },
    });
  }
  items.sort(
    (a, b) =>
      Number(b.mine) - Number(a.mine) ||
      RANK[a.dueState ?? 'normal'] - RANK[b.dueState ?? 'normal'] ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );
  // the cases were counted in the database (a person may carry thousands); the rest are short lists counted here
  const others = items.filter((i) => i.kind !== 'case' && i.kind !== 'approval' && i.mine);
  const c = cases.assignedCounts;
  const a = cases.approvalCounts;
  const shown = items.slice(0, LIMIT);
  return {
    today,
    items: shown,
    counts: {
      waitingOnMe: c.mine + a.mine + others.length,
      overdue: c.overdue + a.overdue + others.filter((i) => i.dueState === 'overdue').length,
      soon: c.soon + a.soon + others.filter((i) => i.dueState === 'soon').length,
      total: c.total + a.total + items.filter((i) => i.kind !== 'case' && i.kind !== 'approval').length,
    },
  };
}

export function registerWorklistRoutes(app: App, deps: CaseDeps): void {
  app.get('/api/v1/worklist', {
    schema: {
      tags: ['待办 worklist'],
      summary: '本人待办：承办的案件、待审批、待审核、待公示，按紧急程度排列（逾期、临期、正常）；列出最紧急的 50 项，计数覆盖全部',
      response: { 200: Worklist, ...errors() },
    },
    handler: async (req) => worklist(deps, actorOf(req)),
  });
}
