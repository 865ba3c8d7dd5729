import type { WorkingCalendar } from '../calendar/calendar.ts';
import { ENFORCEMENT_KINDS, type EnforcementKind } from '../procedures/types.ts';
import { DomainError } from '../errors.ts';

/**
 * 行政执法统计年报 (R-PUB-7): each agency's figures for a year (or a quarter) — cases by kind and
 * result, fines, hearings, legal reviews, publications — computed from the product's own records,
 * reported to the 司法局 by Jan 10 and published by Jan 31 of the next year.
 */
export interface DecisionFact {
  kind: EnforcementKind;
  /** e.g. 给予行政处罚, 不予行政处罚, 准予许可, 实施查封扣押, 责令整改 */
  result: string;
  fine: number;
  confiscation: number;
  /** YYYY-MM-DD */
  on: string;
  /** how many decisions this fact stands for (a month's sum from the analysis summary); 1 when absent, `fine` and `confiscation` are their total */
  count?: number;
}

export interface StatisticsFacts {
  /** `count`: how many cases the fact stands for (1 when absent) */
  opened: { kind: EnforcementKind; on: string; count?: number }[];
  decisions: DecisionFact[];
  hearings: { requested: string[]; held: string[] };
  reviews: {
    submitted: string[];
    returned: string[];
    passed: string[];
    passedFirstTime: string[];
    collective: string[];
    overrides: string[];
  };
  publications: { decidedOn: string; dueOn: string; publishedOn: string | null; state: string; corrected: string[]; withdrawn: string[] }[];
}

export interface KindFigures {
  kind: EnforcementKind;
  opened: number;
  decided: number;
  results: Record<string, number>;
}

export interface StatisticsReport {
  period: { year: number; quarter: number | null; from: string; to: string };
  kinds: KindFigures[];
  totals: { opened: number; decided: number; fines: number; confiscations: number };
  hearings: { requested: number; held: number };
  reviews: { submitted: number; passed: number; passedFirstTime: number; returned: number; collective: number; overrides: number };
  publications: { due: number; onTime: number; late: number; overdue: number; corrected: number; withdrawn: number; rate: number | null };
  quarters: { quarter: number; opened: number; decided: number; fines: number }[];
}

export function periodOf(year: number, quarter: number | null = null): { from: string; to: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new DomainError('VALIDATION_FAILED', '年份应为 2000–2100 之间的整数', { year });
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4))
    throw new DomainError('VALIDATION_FAILED', '季度应为 1–4', { quarter });
  if (quarter === null) return { from: `${year}-01-01`, to: `${year}-12-31` };
  const m = (quarter - 1) * 3 + 1;
  const end = new Date(Date.UTC(year, m + 2, 0)).getUTCDate();
  return { from: `${year}-${String(m).padStart(2, '0')}-01`, to: `${year}-${String(m + 2).padStart(2, '0')}-${end}` };
}

const within = (d: string, p: { from: string; to: string }) => d >= p.from && d <= p.to;
const quarterOf = (d: string) => Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1;
const yuan = (n: number) => Math.round(n * 100) / 100;
const n = (xs: readonly { count?: number }[]) => xs.reduce((a, x) => a + (x.count ?? 1), 0);

/** The figures of a period; `today` decides which undone publications are already overdue. */
export function computeReport(f: StatisticsFacts, year: number, quarter: number | null, today: string): StatisticsReport {
  const period = periodOf(year, quarter);
  const opened = f.opened.filter((o) => within(o.on, period));
  const decisions = f.decisions.filter((d) => within(d.on, period));
  const kinds = ENFORCEMENT_KINDS.map((kind) => {
    const ds = decisions.filter((d) => d.kind === kind);
    const results: Record<string, number> = {};
    for (const d of ds) results[d.result] = (results[d.result] ?? 0) + (d.count ?? 1);
    return { kind, opened: n(opened.filter((o) => o.kind === kind)), decided: n(ds), results };
  }).filter((k) => k.opened || k.decided);
  const count = (xs: string[]) => xs.filter((d) => within(d, period)).length;
  const pubs = f.publications.filter((p) => within(p.decidedOn, period));
  const cutoff = today < period.to ? today : period.to;
  const onTime = pubs.filter((p) => p.publishedOn !== null && p.publishedOn <= p.dueOn).length;
  const late = pubs.filter((p) => p.publishedOn !== null && p.publishedOn > p.dueOn).length;
  const overdue = pubs.filter((p) => p.publishedOn === null && p.state === 'pending' && p.dueOn < cutoff).length;
  return {
    period: { year, quarter, ...period },
    kinds,
    totals: {
      opened: n(opened),
      decided: n(decisions),
      fines: yuan(decisions.reduce((a, d) => a + d.fine, 0)),
      confiscations: yuan(decisions.reduce((a, d) => a + d.confiscation, 0)),
    },
    hearings: { requested: count(f.hearings.requested), held: count(f.hearings.held) },
    reviews: {
      submitted: count(f.reviews.submitted),
      passed: count(f.reviews.passed),
      passedFirstTime: count(f.reviews.passedFirstTime),
      returned: count(f.reviews.returned),
      collective: count(f.reviews.collective),
      overrides: count(f.reviews.overrides),
    },
    publications: {
      due: pubs.length,
      onTime,
      late,
      overdue,
      corrected: f.publications.flatMap((p) => p.corrected).filter((d) => within(d, period)).length,
      withdrawn: f.publications.flatMap((p) => p.withdrawn).filter((d) => within(d, period)).length,
      rate: pubs.length ? Math.round(((onTime + late) / pubs.length) * 1000) / 10 : null,
    },
    quarters:
      quarter === null
        ? [1, 2, 3, 4].map((q) => {
            const ds = decisions.filter((d) => quarterOf(d.on) === q);
            return {
              quarter: q,
              opened: n(opened.filter((o) => quarterOf(o.on) === q)),
              decided: n(ds),
              fines: yuan(ds.reduce((a, d) => a + d.fine, 0)),
            };
          })
        : [],
  };
}

/**
 * R-PUB-7: reported to the 司法局 by Jan 10 and published by Jan 31 of the next year (the
 * seeds' calendar days; a deadline on a rest day moves to the next working day).
 */
export function reportDeadlines(year: number, calendar: WorkingCalendar): { reportBy: string; publishBy: string; calendarKnown: boolean } {
  const next = year + 1;
  try {
    const firstWorking = (d: string) => (calendar.isWorkingDay(d) ? d : calendar.addWorkingDays(d, 1));
    return { reportBy: firstWorking(`${next}-01-10`), publishBy: firstWorking(`${next}-01-31`), calendarKnown: true };
  } catch (e) {
    // the next year's holiday notice not yet imported: the plain dates stand
    if (e instanceof DomainError && e.code === 'CALENDAR_YEAR_UNKNOWN')
      return { reportBy: `${next}-01-10`, publishBy: `${next}-01-31`, calendarKnown: false };
    throw e;
  }
}

/** What a decision step concluded, for the figures by result: the choice made, else the step's own name. */
export function decisionResult(
  def: {
    code: string;
    steps: readonly {
      code: string;
      name: string;
      inputs: readonly { name: string; type: string; choices?: readonly { value: string; label: string }[] }[];
    }[];
  },
  stepCode: string,
  inputs: Record<string, unknown>,
): string {
  const step = def.steps.find((s) => s.code === stepCode);
  if (!step) return stepCode;
  if (def.code === 'penalty-simple') return '给予行政处罚';
  const choice = step.inputs.find((i) => i.type === 'choice');
  return (choice && choice.choices?.find((c) => c.value === inputs[choice.name])?.label) || step.name;
}
