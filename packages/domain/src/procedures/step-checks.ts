import { DomainError } from '../errors.ts';
import { certificateProblem } from '../people/certificate.ts';
import type { Guard, StepDef } from './types.ts';
import { ROLE_NAMES } from './types.ts';
import { hasTaken, lastTaken, type ActorView, type CaseView, type Inputs, type StepContext, type TakenStep } from './case-view.ts';
import { noticeReceipt } from './delivery.ts';
import { chinaMoment } from '../time/china-time.ts';
import { hearingRightGrounds, heavierSanctions, moneyInputMismatch, sanctionsOf, sanctionsText } from './sanctions.ts';

/** The checks of one step: who may act, the officers present, and the step's declarative guards. */

/** Role check: the actor needs one of the step's roles. */
export function checkRole(step: StepDef, actor: ActorView): void {
  if (actor.party) {
    if (!step.partyMay)
      throw new DomainError('FORBIDDEN_ROLE', `「${step.name}」由执法机关办理，当事人不能在网上办理`, { step: step.code });
    return;
  }
  if (!step.roles.some((r) => actor.roles.includes(r))) {
    const need = step.roles.map((r) => ROLE_NAMES[r]).join('或');
    throw new DomainError('FORBIDDEN_ROLE', `「${step.name}」只能由${need}办理`, { step: step.code, roles: step.roles });
  }
}

/** R-X-1: the acting officer must be assigned to the case and hold a valid certificate. */
export function checkActingOfficer(step: StepDef, c: CaseView, actor: ActorView, today: string): void {
  const officer = c.officers.find((o) => o.userId === actor.userId);
  if (!officer) {
    throw new DomainError('OFFICER_NOT_QUALIFIED', `「${step.name}」须由本案承办执法人员办理，${actor.name}不是本案承办人`, {
      step: step.code,
      officer: actor.userId,
    });
  }
  const problem = certificateProblem(officer.certificate, { field: c.field, regionPath: c.regionPath, on: today });
  if (problem) {
    throw new DomainError('OFFICER_NOT_QUALIFIED', `${officer.name}不能办理「${step.name}」：${problem}`, {
      step: step.code,
      officer: officer.userId,
      reason: problem,
    });
  }
}

/** §42: at least officers.min qualified case officers present. */
export function checkPresentOfficers(step: StepDef, c: CaseView, inputs: Inputs, today: string): void {
  const min = c.rulePack.thresholds['officers.min'].value;
  const ids = (inputs['officers'] as string[] | undefined) ?? [];
  for (const id of ids) {
    const officer = c.officers.find((o) => o.userId === id);
    if (!officer) {
      throw new DomainError('OFFICER_NOT_QUALIFIED', `「${step.name}」的在场执法人员须为本案承办人`, { step: step.code, officer: id });
    }
    const problem = certificateProblem(officer.certificate, { field: c.field, regionPath: c.regionPath, on: today });
    if (problem) {
      throw new DomainError('OFFICER_NOT_QUALIFIED', `${officer.name}不能参与「${step.name}」：${problem}`, {
        step: step.code,
        officer: id,
        reason: problem,
      });
    }
  }
  if (ids.length < min) {
    throw new DomainError(
      'OFFICERS_INSUFFICIENT',
      `「${step.name}」须有不少于 ${min} 名执法人员在场（${c.rulePack.thresholds['officers.min'].basis}）`,
      {
        step: step.code,
        min,
        given: ids.length,
      },
    );
  }
}

export function checkGuard(guard: Guard, step: StepDef, c: CaseView, actor: ActorView, inputs: Inputs, ctx: StepContext): void {
  const fail = (message: string, extra: Record<string, unknown> = {}): never => {
    throw new DomainError('STEP_GUARD_FAILED', message, { step: step.code, guard: guard.type, ...extra });
  };
  if ('appliesTo' in guard && guard.appliesTo === 'party' && !actor.party) return;
  switch (guard.type) {
    case 'maxFineForParty': {
      const amount = inputs[guard.input];
      if (typeof amount !== 'number') return;
      const key = c.partyKind === 'person' ? guard.person : guard.org;
      const t = c.rulePack.thresholds[key];
      if (amount > t.value) {
        fail(`罚款 ${amount} 元超过${t.name} ${t.value} 元（${t.basis}），应适用一般程序`, { limit: t.value });
      }
      return;
    }
    case 'notHeavierThan': {
      const amount = inputs[guard.input];
      const earlier = lastTaken(c, guard.earlier.step)?.inputs[guard.earlier.input];
      if (typeof amount === 'number' && typeof earlier === 'number' && amount > earlier) {
        fail(`${guard.reason}（拟处罚 ${earlier} 元，本次 ${amount} 元）`, { earlier, amount });
      }
      return;
    }
    case 'sanctionsNotHeavier': {
      const label = (f?: string) => step.inputs.find((i) => i.name === f)?.label;
      const mismatch = moneyInputMismatch(inputs, guard.fields, {
        fine: label(guard.fields.fine),
        confiscation: label(guard.fields.confiscation),
      });
      if (mismatch) fail(mismatch);
      const notice = lastTaken(c, guard.notice.step);
      if (!notice) return;
      const before = sanctionsOf(notice.inputs, guard.notice.fields);
      const reasons = heavierSanctions(before, sanctionsOf(inputs, guard.fields));
      if (reasons.length)
        fail(`${guard.reason}：${reasons.join('；')}（告知书所载：${sanctionsText(before) || '未载明处罚种类'}）`, { heavier: reasons });
      return;
    }
    case 'hearingRightFollows': {
      const label = (f?: string) => step.inputs.find((i) => i.name === f)?.label;
      const mismatch = moneyInputMismatch(inputs, guard.fields, {
        fine: label(guard.fields.fine),
        confiscation: label(guard.fields.confiscation),
      });
      if (mismatch) fail(mismatch);
      const grounds = hearingRightGrounds(sanctionsOf(inputs, guard.fields), c.partyKind, c.rulePack);
      if (grounds.length && inputs[guard.input] !== true) fail(`${guard.reason}：${grounds.join('；')}`, { grounds });
      return;
    }
    case 'hearingRightGiven': {
      const notice = lastTaken(c, guard.notice.step);
      if (!notice) return;
      if (notice.inputs[guard.notice.input] === true) return;
      if (hearingRightGrounds(sanctionsOf(notice.inputs, guard.notice.fields), c.partyKind, c.rulePack).length) return;
      fail(guard.reason);
      return;
    }
    case 'actorNotFrom': {
      if (c.steps.some((s) => guard.steps.includes(s.code) && s.actorId === actor.userId)) fail(guard.reason);
      const present = c.steps.some(
        (s) =>
          guard.steps.includes(s.code) && Array.isArray(s.inputs['officers']) && (s.inputs['officers'] as string[]).includes(actor.userId),
      );
      if (present) fail(guard.reason);
      return;
    }
    case 'stepTaken': {
      if (!hasTaken(c, [guard.step])) fail(guard.reason);
      return;
    }
    case 'windowPassed': {
      const w = windowOf(c, guard);
      if (!w) return;
      // only what the party did after THIS notice counts: a new 告知书 opens a new window (§44, §45, §64)
      if (c.steps.slice(w.at + 1).some((s) => guard.unless.includes(s.code))) return;
      const limit = c.rulePack.limits[guard.limit];
      if (w.from === null) return fail(`${guard.reason}（告知书尚未送达，${limit.name}自当事人收到告知书之日起计算）`, { served: false });
      const end = ctx.calendar.dueDate(w.from, limit);
      if (ctx.today <= end) fail(`${guard.reason}（${limit.name}自 ${w.from} 起算，至 ${end} 届满）`, { from: w.from, until: end });
      return;
    }
    case 'approvalHeld': {
      const since = c.steps.findLastIndex((s) => s.code === step.code);
      if (!c.steps.slice(since + 1).some((s) => s.code === guard.approval)) fail(guard.reason, { approval: guard.approval });
      return;
    }
    case 'dateSince': {
      const v = inputs[guard.input];
      if (typeof v !== 'string') return;
      const after = lastTaken(c, guard.after);
      if (after && v < after.on) fail(`${guard.reason}（不能早于 ${after.on}）`, { earliest: after.on });
      if (v > ctx.today) fail(`${guard.reason}（不能晚于今日 ${ctx.today}）`, { latest: ctx.today });
      return;
    }
    case 'dateNotBefore': {
      const v = inputs[guard.input];
      if (typeof v !== 'string') return;
      const limit = c.rulePack.limits[guard.limit];
      const earliest = ctx.calendar.dueDate(ctx.today, limit);
      if (v < earliest) fail(`${guard.reason}（最早为 ${earliest}）`, { earliest });
      return;
    }
    case 'requiredWhen': {
      const v = inputs[guard.input];
      if (inputs[guard.when.input] === guard.when.equals && (v === undefined || v === '')) fail(guard.reason);
      return;
    }
    case 'requiredIfTaken': {
      const v = inputs[guard.input];
      if (typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null) return;
      let since = -1;
      for (let i = c.steps.length - 1; i >= 0 && since < 0; i--) if (c.steps[i]!.code === guard.since) since = i;
      if (c.steps.slice(since + 1).some((s) => guard.steps.includes(s.code))) fail(guard.reason, { input: guard.input });
      return;
    }
    case 'withinWindow': {
      const w = windowOf(c, guard);
      if (!w) return;
      const on = guard.input ? inputs[guard.input] : ctx.today;
      if (typeof on !== 'string') return;
      if (on < w.notice.on) fail(`${guard.reason}（${on} 早于告知日 ${w.notice.on}）`, { from: w.notice.on });
      // before the 送达 is recorded the window has not begun to run: the party may act
      if (w.from === null) return;
      const limit = c.rulePack.limits[guard.limit];
      const end = ctx.calendar.dueDate(w.from, limit);
      if (on > end) fail(`${guard.reason}（${limit.name}自 ${w.from} 起算，已于 ${end} 届满）`, { from: w.from, until: end });
      return;
    }
    case 'earlierInputEquals': {
      if (lastTaken(c, guard.step)?.inputs[guard.input] !== guard.equals) fail(guard.reason);
      return;
    }
    case 'timeSpan': {
      const start = inputs[guard.start];
      const end = guard.end ? inputs[guard.end] : undefined;
      if (typeof start !== 'string') {
        if (typeof end === 'string')
          fail(`${guard.reason}（填写了${labelOf(step, guard.end!)}，也应填写${labelOf(step, guard.start)}）`, { field: guard.start });
        return;
      }
      if (typeof end === 'string' && end <= start)
        fail(`${guard.reason}（${labelOf(step, guard.end!)}${moment(end)}应晚于${labelOf(step, guard.start)}${moment(start)}）`, {
          field: guard.end,
          start,
          end,
        });
      // the 笔录 is entered after the interview: its times are not later than now (China time)
      const now = ctx.now ? chinaMomentOf(ctx.now) : `${ctx.today}T23:59`;
      for (const [name, v] of [
        [guard.start, start],
        [guard.end, end],
      ] as const)
        if (name && typeof v === 'string' && v > now)
          fail(`${guard.reason}（${labelOf(step, name)}${moment(v)}晚于现在${moment(now)}）`, { field: name, latest: now });
      return;
    }
    case 'stepTakenWhen': {
      if (inputs[guard.when.input] === guard.when.equals && !hasTaken(c, [guard.step])) fail(guard.reason);
      return;
    }
    case 'inputIn': {
      const v = inputs[guard.input];
      if (typeof v === 'string' && !guard.values.includes(v)) fail(guard.reason);
      return;
    }
  }
}

/**
 * The window a notice opened: the notice, where it sits among the steps, and the day the window
 * runs from — the party's receipt of THAT notice when the guard names its 送达 step (null until it
 * is served), else the day of the notice.
 */
function windowOf(c: CaseView, guard: { step: string; delivery?: string }): { notice: TakenStep; at: number; from: string | null } | null {
  if (guard.delivery) {
    const r = noticeReceipt(c.steps, guard.step, guard.delivery, c.rulePack);
    return r ? { notice: r.notice, at: r.at, from: r.receivedOn } : null;
  }
  const at = c.steps.findLastIndex((s) => s.code === guard.step);
  if (at < 0) return null;
  return { notice: c.steps[at]!, at, from: c.steps[at]!.on };
}

function labelOf(step: StepDef, name: string): string {
  return `「${step.inputs.find((i) => i.name === name)?.label ?? name}」`;
}

/** 2026-08-20T09:30 → 2026-08-20 09:30, as people read a moment in an error */
function moment(v: string): string {
  return ` ${v.replace('T', ' ')} `;
}

/** An ISO instant as a China moment (YYYY-MM-DDTHH:mm). */
function chinaMomentOf(iso: string): string {
  return chinaMoment(iso) ?? new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(0, 16);
}
