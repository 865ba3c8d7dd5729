import { DomainError } from '../errors.ts';
import type { CertificateRestriction, CertificateView } from './certificate.ts';

/**
 * 执法资格 over time (R-X-1): the life of a 执法证 — 核发, 换证（延续）, 暂扣, 恢复, 吊销, 年检 — as dated
 * restrictions that the engine reads through `effectiveStatus` on the day an officer acts, so a change
 * applies from the day it names, never before.
 */

/**
 * 每年进行不少于40学时的线上线下岗位培训，经考试合格且年度无执法过错的方能通过执法证件年检
 * (馆陶县市场监督管理局三项制度实施方案, 2019, task 7, after 冀政办字〔2019〕31号).
 */
export const TRAINING_HOURS_PER_YEAR = 40;
export const TRAINING_BASIS = '每年不少于40学时岗位培训，经考试合格方能通过执法证件年检（冀政办字〔2019〕31号）';

/** How many days before its end a certificate is 临期 (alerted). */
export const EXPIRY_WARNING_DAYS = 30;

export type CertificateChangeKind = 'issue' | 'renew' | 'suspend' | 'reinstate' | 'revoke' | 'inspection';

export const CERTIFICATE_CHANGE_NAMES: Record<CertificateChangeKind, string> = {
  issue: '核发',
  renew: '换证延期',
  suspend: '暂扣',
  reinstate: '恢复',
  revoke: '吊销',
  inspection: '年检',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireDate(on: string, what: string): void {
  if (!DATE.test(on) || Number.isNaN(Date.parse(`${on}T00:00:00Z`))) {
    throw new DomainError('VALIDATION_FAILED', `${what}不是有效日期（YYYY-MM-DD）`, { on });
  }
}

function requireReason(reason: string, what: string): string {
  const r = reason.trim();
  if (!r) throw new DomainError('VALIDATION_FAILED', `${what}须说明理由`);
  return r;
}

const open = (r: CertificateRestriction): boolean => r.to == null;

/**
 * 暂扣 / 恢复 / 吊销 from `on`: the restrictions after the change. A revoked certificate changes no more;
 * 恢复 ends the suspension in force (or planned) on that day.
 */
export function applyStatusChange(
  restrictions: readonly CertificateRestriction[],
  change: { kind: 'suspend' | 'reinstate' | 'revoke'; on: string; reason: string },
): CertificateRestriction[] {
  requireDate(change.on, '生效日期');
  const reason = requireReason(change.reason, CERTIFICATE_CHANGE_NAMES[change.kind]);
  if (restrictions.some((r) => r.kind === 'revoked')) {
    throw new DomainError('CONFLICT', '已吊销的执法证不能再变更状态');
  }
  const list = restrictions.map((r) => ({ ...r }));
  if (change.kind === 'reinstate') {
    const suspended = list.filter((r) => r.kind === 'suspended' && open(r));
    if (suspended.length === 0) throw new DomainError('CONFLICT', '该执法证没有暂扣，无需恢复');
    for (const r of suspended) {
      if (r.from > change.on) throw new DomainError('VALIDATION_FAILED', `恢复日期不能早于暂扣生效日期（${r.from}）`);
      r.to = change.on;
    }
    return list;
  }
  if (change.kind === 'suspend' && list.some((r) => r.kind === 'suspended' && open(r))) {
    throw new DomainError('CONFLICT', '该执法证已被暂扣');
  }
  list.push({ kind: change.kind === 'suspend' ? 'suspended' : 'revoked', from: change.on, to: null, reason });
  return list;
}

/**
 * 年检 of `year`, applying from `on`: passing needs the year's training hours (TRAINING_HOURS_PER_YEAR);
 * a failure restricts the certificate from `on` until a later 年检 passes.
 */
export function applyInspection(
  restrictions: readonly CertificateRestriction[],
  inspection: { year: number; passed: boolean; on: string; reason: string; trainingHours: number },
): CertificateRestriction[] {
  requireDate(inspection.on, '年检日期');
  if (!Number.isInteger(inspection.year) || inspection.year < 2000 || inspection.year > 2100) {
    throw new DomainError('VALIDATION_FAILED', '年检年度无效');
  }
  if (Number(inspection.on.slice(0, 4)) < inspection.year) {
    throw new DomainError('VALIDATION_FAILED', `${inspection.year} 年度的年检不能早于该年度进行`);
  }
  if (restrictions.some((r) => r.kind === 'revoked')) throw new DomainError('CONFLICT', '已吊销的执法证不能年检');
  const list = restrictions.map((r) => ({ ...r }));
  if (inspection.passed) {
    const short = trainingShortfall(inspection.trainingHours);
    if (short) {
      throw new DomainError('TRAINING_INSUFFICIENT', `${inspection.year} ${short}，不能通过年检`, {
        year: inspection.year,
        hours: inspection.trainingHours,
        required: TRAINING_HOURS_PER_YEAR,
      });
    }
    for (const r of list) if (r.kind === 'inspection-failed' && open(r) && r.from <= inspection.on) r.to = inspection.on;
    return list;
  }
  const reason = requireReason(inspection.reason, '年检不合格');
  for (const r of list) if (r.kind === 'inspection-failed' && open(r)) r.to = inspection.on;
  list.push({ kind: 'inspection-failed', from: inspection.on, to: null, reason: `${inspection.year} 年度年检不合格：${reason}` });
  return list;
}

/** The shortfall of a year's training, in words, or null when it reaches the required hours. */
export function trainingShortfall(hours: number): string | null {
  if (hours >= TRAINING_HOURS_PER_YEAR) return null;
  return `年度培训 ${formatHours(hours)} 学时，不足 ${TRAINING_HOURS_PER_YEAR} 学时`;
}

export function formatHours(hours: number): string {
  return Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
}

/** A training record's checks: hours in (0, 200], a date in the given year. */
export function checkTrainingRecord(t: { year: number; hours: number; course: string; completedOn: string }): void {
  const problems: string[] = [];
  if (!(t.hours > 0 && t.hours <= 200)) problems.push('学时须大于 0 且不超过 200');
  if (!t.course.trim()) problems.push('培训内容不能为空');
  if (!DATE.test(t.completedOn)) problems.push('完成日期无效');
  else if (Number(t.completedOn.slice(0, 4)) !== t.year) problems.push('完成日期不在所填年度内');
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
}

/** 换证延期: a new end after the present one; the certificate must not be revoked. */
export function checkRenewal(cert: Pick<CertificateView, 'validFrom' | 'validTo' | 'restrictions'>, validTo: string): void {
  requireDate(validTo, '新的有效期截止日');
  if ((cert.restrictions ?? []).some((r) => r.kind === 'revoked')) throw new DomainError('CONFLICT', '已吊销的执法证不能换证延期');
  if (validTo <= cert.validTo) throw new DomainError('VALIDATION_FAILED', `新的有效期截止日须晚于现截止日（${cert.validTo}）`);
}

/** Days from `on` to the certificate's last valid day (0 on that day, negative after it). */
export function daysToExpiry(cert: Pick<CertificateView, 'validTo'>, on: string): number {
  return Math.round((Date.parse(`${cert.validTo}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / 86_400_000);
}

/** 临期: valid now and ending within EXPIRY_WARNING_DAYS days. */
export function nearExpiry(cert: Pick<CertificateView, 'validTo'>, on: string, days = EXPIRY_WARNING_DAYS): boolean {
  const d = daysToExpiry(cert, on);
  return d >= 0 && d <= days;
}
