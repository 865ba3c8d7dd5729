import { ROLE_NAMES, chinaDate, type Role } from '@sanxiang/domain/browser';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** YYYY-MM-DD with the weekday, for deadlines (WORKBENCH.md conventions). */
export function dateWithWeekday(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return `${iso.slice(0, 10)}（${WEEKDAYS[d.getUTCDay()]}）`;
}

/** An instant as Beijing date and time: 2026-11-16 10:00. */
export function dateTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const bj = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${bj.slice(0, 10)} ${bj.slice(11, 16)}`;
}

/** An instant's Beijing date. */
export function dateOf(instant: string | null | undefined): string {
  if (!instant) return '—';
  return chinaDate(new Date(instant));
}

/** ¥50,000.00 */
export function money(yuan: number | null | undefined): string {
  if (yuan === null || yuan === undefined) return '—';
  return `¥${yuan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function roleName(role: string): string {
  return ROLE_NAMES[role as Role] ?? role;
}

export function rolesText(roles: readonly string[]): string {
  return roles.map(roleName).join('、');
}

/** Today's date in Beijing, for comparisons with legal dates. */
export function todayInChina(): string {
  return chinaDate(new Date());
}

export function shortHash(hex: string, n = 12): string {
  return hex.length > n ? `${hex.slice(0, n)}…` : hex;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GB`;
}
