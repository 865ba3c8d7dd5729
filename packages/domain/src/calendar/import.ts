import { DomainError } from '../errors.ts';
import { dayNumber, type CalendarDay, type CalendarYear } from './calendar.ts';

/**
 * Reads a year's holiday notice typed in by an administrator, as JSON or CSV (format in
 * README.md beside this file). Every problem is reported at once, with its line for CSV.
 */
interface Problem {
  line?: number;
  message: string;
}

function isDate(s: string): boolean {
  try {
    dayNumber(s);
    return true;
  } catch {
    return false;
  }
}

function expand(from: string, to: string, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to) && out.length < 60; n++)
    out.push({ date: new Date(n * 86_400_000).toISOString().slice(0, 10), name });
  return out;
}

function fromJson(
  text: string,
  problems: Problem[],
): Partial<CalendarYear> & { entries: { date: string; kind: 'holiday' | 'workday'; name: string; line?: number }[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    problems.push({ message: '不是有效的 JSON' });
    return { entries: [] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ message: 'JSON 顶层应为对象' });
    return { entries: [] };
  }
  const o = raw as Record<string, unknown>;
  const entries: { date: string; kind: 'holiday' | 'workday'; name: string }[] = [];
  for (const kind of ['holidays', 'workdays'] as const) {
    const list = o[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problems.push({ message: `${kind} 应为数组` });
      continue;
    }
    list.forEach((item, i) => {
      const e = item as Record<string, unknown>;
      const name = typeof e?.['name'] === 'string' ? e['name'] : '';
      if (!name) problems.push({ message: `${kind}[${i}] 缺少名称 name` });
      const k: 'holiday' | 'workday' = kind === 'holidays' ? 'holiday' : 'workday';
      if (typeof e?.['date'] === 'string') {
        entries.push({ date: e['date'], kind: k, name });
      } else if (typeof e?.['from'] === 'string' && typeof e?.['to'] === 'string') {
        const from = e['from'];
        const to = e['to'];
        if (!isDate(from) || !isDate(to)) problems.push({ message: `${kind}[${i}] 的日期无效：${from}–${to}` });
        else if (to < from) problems.push({ message: `${kind}[${i}] 的结束日早于开始日` });
        else if (dayNumber(to) - dayNumber(from) > 30) problems.push({ message: `${kind}[${i}] 的区间超过 31 天` });
        else entries.push(...expand(from, to, name).map((d) => ({ ...d, kind: k })));
      } else {
        problems.push({ message: `${kind}[${i}] 应有 date，或 from 与 to` });
      }
    });
  }
  return {
    year: typeof o['year'] === 'number' ? o['year'] : undefined,
    source: typeof o['source'] === 'string' ? o['source'] : undefined,
    entries,
  } as Partial<CalendarYear> & { entries: { date: string; kind: 'holiday' | 'workday'; name: string }[] };
}

const KINDS: Record<string, 'holiday' | 'workday'> = {
  holiday: 'holiday',
  放假: 'holiday',
  休: 'holiday',
  workday: 'workday',
  上班: 'workday',
  班: 'workday',
};

function fromCsv(text: string, problems: Problem[]) {
  let year: number | undefined;
  let source: string | undefined;
  const entries: { date: string; kind: 'holiday' | 'workday'; name: string; line: number }[] = [];
  text.split(/\r?\n/).forEach((rawLine, i) => {
    const line = i + 1;
    const l = rawLine.replace(/^\uFEFF/, '').trim();
    if (!l) return;
    if (l.startsWith('#')) {
      const y = /year\s*=\s*(\d+)/.exec(l);
      const s = /source\s*=\s*(.+)$/.exec(l);
      if (y) year = Number(y[1]);
      if (s) source = s[1]!.trim();
      return;
    }
    const cells = l.split(',').map((c) => c.trim());
    if (cells[0] === 'year') {
      year = Number(cells[1]);
      return;
    }
    if (cells[0] === 'source') {
      source = cells.slice(1).join(',');
      return;
    }
    if (cells[0] === 'date') return; // header
    const [date = '', kindText = '', name = ''] = cells;
    const kind = KINDS[kindText];
    if (!kind) {
      problems.push({ line, message: `类型「${kindText}」应为 holiday/放假 或 workday/上班` });
      return;
    }
    if (!name) problems.push({ line, message: '缺少名称' });
    entries.push({ date, kind, name, line });
  });
  return { year, source, entries };
}

export function parseCalendarImport(text: string): CalendarYear {
  const problems: Problem[] = [];
  const parsed = text.trimStart().startsWith('{') ? fromJson(text, problems) : fromCsv(text, problems);
  const { year, source } = parsed;
  if (year === undefined || !Number.isInteger(year)) problems.push({ message: '缺少年份（year）' });
  else if (year < 2000 || year > 2100) problems.push({ message: `年份 ${year} 不在 2000–2100 之间` });
  if (!source || !source.trim()) problems.push({ message: '缺少来源（source），如国务院办公厅通知文号' });
  const seen = new Map<string, 'holiday' | 'workday'>();
  const holidays: CalendarDay[] = [];
  const workdays: CalendarDay[] = [];
  for (const e of parsed.entries) {
    const where = 'line' in e && e.line ? { line: e.line as number } : {};
    if (!isDate(e.date)) {
      problems.push({ ...where, message: `日期无效：${e.date}` });
      continue;
    }
    if (year !== undefined && Number.isInteger(year)) {
      const n = dayNumber(e.date);
      if (n < dayNumber(`${year}-01-01`) - 31 || n > dayNumber(`${year}-12-31`) + 31) {
        problems.push({ ...where, message: `${e.date} 不在 ${year} 年前后 31 天内` });
        continue;
      }
    }
    const prior = seen.get(e.date);
    if (prior) {
      problems.push({ ...where, message: prior === e.kind ? `${e.date} 重复` : `${e.date} 不能既放假又上班` });
      continue;
    }
    seen.set(e.date, e.kind);
    if (e.kind === 'workday') {
      const wd = new Date(`${e.date}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6) problems.push({ ...where, message: `${e.date} 是工作日，不能作为调休上班日` });
      workdays.push({ date: e.date, name: e.name });
    } else {
      holidays.push({ date: e.date, name: e.name });
    }
  }
  if (holidays.length === 0) problems.push({ message: '没有任何放假日期' });
  if (problems.length > 0) {
    throw new DomainError(
      'CALENDAR_IMPORT_INVALID',
      `节假日安排有 ${problems.length} 处问题：${problems.map((p) => (p.line ? `第 ${p.line} 行：` : '') + p.message).join('；')}`,
      { problems },
    );
  }
  const byDate = (a: CalendarDay, b: CalendarDay) => (a.date < b.date ? -1 : 1);
  return { year: year!, source: source!.trim(), holidays: holidays.sort(byDate), workdays: workdays.sort(byDate) };
}
