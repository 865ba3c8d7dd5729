import { createHash, randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import {
  DomainError,
  OPENED_STEP,
  PROCEDURES,
  canonicalJson,
  chinaDate,
  chinaYear,
  computeReport,
  decisionResult,
  getProcedure,
  periodOf,
  reportDeadlines,
  type EnforcementKind,
  type StatisticsFacts,
  type StatisticsReport,
  type WorkingCalendar,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { caseIdsOfAgency, takenSteps } from '../cases/case.reads.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { enforcementAgenciesAmong } from '../org/org.queries.ts';
import { discussionsBetween, roundsSubmittedBetween } from '../review/review.records.ts';
import { correctionsAndWithdrawalsBetween, publicationsDecidedBetween } from '../publications/publication.records.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';
import { figuresOf } from './analysis.service.ts';
import { stepsByMonth } from './analysis.queries.ts';

/**
 * 行政执法统计 (R-PUB-7): the figures of an agency for a year or a quarter, read from its own
 * records (cases, decision steps, hearings, legal reviews, publications); the annual report
 * reported to the 司法局 and published as frozen, hashed snapshots, each marked on time or late.
 */
export interface StatisticsDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
}

const PUBLISHING = PROCEDURES.flatMap((def) => def.steps.filter((s) => s.publish).map((s) => [def.code, s.code] as const));
const num = (v: unknown) =>
  typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : 0;

/**
 * Whether a decision step's result (decisionResult) depends on what was entered: its first choice
 * offers more than one answer (检查结论 合格/整改/移送, 处置 没收/销毁/移交). The other steps' results
 * are fixed by the step, so their decisions are counted from the analysis summary without reading them.
 */
function resultVaries(procedure: string, step: string): boolean {
  if (procedure === 'penalty-simple') return false;
  const choice = getProcedure(procedure)
    ?.steps.find((s) => s.code === step)
    ?.inputs.find((i) => i.type === 'choice');
  return (choice?.choices?.length ?? 0) > 1;
}

function fixedResult(procedure: string, step: string): string {
  const def = getProcedure(procedure)!;
  const choice = def.steps.find((s) => s.code === step)?.inputs.find((i) => i.type === 'choice');
  return decisionResult(def, step, choice?.choices?.length === 1 ? { [choice.name]: choice.choices[0]!.value } : {});
}

const HEARING_STEPS = ['request-hearing', 'hold-hearing'] as const;

/**
 * The facts of one agency from `from` to `to` (China dates, whole months), each with its China
 * date. Cases opened, decisions and hearings are read from the analysis summary (the same query set
 * as the 统计分析 screen, analysis.queries.ts#stepsByMonth) as monthly counts; only the decisions
 * whose result depends on what was entered are read one by one, through the log's (agency, step,
 * time) index.
 */
async function gatherFacts(db: Kysely<Database>, agencyId: string, from: string, to: string): Promise<StatisticsFacts> {
  // a day's margin on each side in UTC; each row is then placed by its China date
  const lo = new Date(`${from}T00:00:00+08:00`);
  const hi = new Date(`${to}T23:59:59.999+08:00`);
  const kindOf = (code: string) => getProcedure(code)?.kind ?? ('行政处罚' as EnforcementKind);
  const fixed = PUBLISHING.filter(([p, s]) => !resultVaries(p, s));
  const varying = PUBLISHING.filter(([p, s]) => resultVaries(p, s));
  const isFixed = new Set(fixed.map(([p, s]) => `${p}|${s}`));
  const summed = await stepsByMonth(
    db,
    { agencyIds: [agencyId], period: { from: from.slice(0, 7), to: to.slice(0, 7) }, procedures: null },
    [OPENED_STEP, ...new Set(fixed.map(([, s]) => s)), ...HEARING_STEPS],
  );
  const pairs = varying.length ? sql.join(varying.map(([p, s]) => sql`(${p}, ${s})`)) : sql`(NULL, NULL)`;
  // the step codes alone as well: a condition on the log's own column, which its (agency_id, step, at) index answers (migration 0049)
  const codes = [...new Set(varying.map(([, s]) => s))];
  const steps = codes.length
    ? await sql<{ procedure_code: string; step: string; at: Date; inputs: Record<string, unknown> }>`
    SELECT e.procedure_code, e.step, e.at, e.inputs FROM ${takenSteps(db, { agencyId }).as('e')}
     WHERE e.at BETWEEN ${lo} AND ${hi} AND e.step = ANY(${sql.val(codes)}::text[]) AND (e.procedure_code, e.step) IN (${pairs})`.execute(
        db,
      )
    : { rows: [] };
  const rounds = await roundsSubmittedBetween(db, agencyId, lo, hi);
  const discussions = await discussionsBetween(db, caseIdsOfAgency(db, agencyId), lo, hi);
  const pubs = await publicationsDecidedBetween(db, agencyId, from, to);
  const acts = await correctionsAndWithdrawalsBetween(db, agencyId, lo, hi);
  const day = (d: Date) => chinaDate(d);
  const first = (month: string) => `${month}-01`;
  const dates = (step: string) => summed.filter((r) => r.step === step).flatMap((r) => Array<string>(Number(r.n)).fill(first(r.month)));
  return {
    opened: summed
      .filter((r) => r.step === OPENED_STEP)
      .map((r) => ({ kind: kindOf(r.procedure_code), on: first(r.month), count: Number(r.n) })),
    decisions: [
      ...summed
        .filter((r) => isFixed.has(`${r.procedure_code}|${r.step}`))
        .map((r) => ({
          kind: kindOf(r.procedure_code),
          result: fixedResult(r.procedure_code, r.step),
          fine: Number(r.fines),
          confiscation: Number(r.confiscations),
          on: first(r.month),
          count: Number(r.n),
        })),
      ...steps.rows.map((s) => ({
        kind: kindOf(s.procedure_code),
        result: decisionResult(getProcedure(s.procedure_code)!, s.step, s.inputs ?? {}),
        fine: num(s.inputs?.['fineAmount']),
        confiscation: num(s.inputs?.['confiscation']),
        on: day(s.at),
      })),
    ],
    hearings: { requested: dates('request-hearing'), held: dates('hold-hearing') },
    reviews: {
      submitted: rounds.map((r) => day(r.submitted_at)),
      returned: rounds.filter((r) => r.status === 'problems').map((r) => day(r.submitted_at)),
      passed: rounds.filter((r) => r.status === 'agreed').map((r) => day(r.submitted_at)),
      passedFirstTime: rounds.filter((r) => r.status === 'agreed' && r.round === 1).map((r) => day(r.submitted_at)),
      collective: discussions.map((d) => day(d.at)),
      overrides: discussions.filter((d) => d.overrides !== null).map((d) => day(d.at)),
    },
    publications: pubs.map((p) => ({
      decidedOn: p.decided_on,
      dueOn: p.due_on,
      publishedOn: p.published_on,
      state: p.state,
      corrected: acts.filter((a) => a.publication_id === p.id && a.kind === 'corrected').map((a) => day(a.at)),
      withdrawn: acts.filter((a) => a.publication_id === p.id && a.kind === 'withdrawn').map((a) => day(a.at)),
    })),
  };
}

function checkYear(deps: StatisticsDeps, year: number) {
  periodOf(year);
  if (year > chinaYear(deps.clock.now())) throw new DomainError('VALIDATION_FAILED', '不能统计尚未开始的年份', { year });
}

/** The live figures of an agency for a year or one quarter of it. */
export async function agencyFigures(
  deps: StatisticsDeps,
  agencyId: string,
  year: number,
  quarter: number | null = null,
): Promise<StatisticsReport> {
  checkYear(deps, year);
  const p = periodOf(year, quarter);
  return computeReport(await gatherFacts(deps.db, agencyId, p.from, p.to), year, quarter, chinaDate(deps.clock.now()));
}

async function latest(db: Kysely<Database>, agencyId: string, year: number, act: 'report' | 'publish') {
  return db
    .selectFrom('statistics_reports as s')
    .innerJoin(userNamesSubquery(db).as('u'), 'u.id', 's.by_user')
    .select(['s.id', 's.content', 's.sha256', 's.due_on', 's.late', 's.at', 'u.display_name'])
    .where('s.agency_id', '=', agencyId)
    .where('s.year', '=', year)
    .where('s.act', '=', act)
    .orderBy('s.at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

const view = (r: Awaited<ReturnType<typeof latest>>) =>
  r ? { at: r.at.toISOString(), by: r.display_name, dueOn: r.due_on, late: r.late, sha256: r.sha256 } : null;

export async function annualReport(deps: StatisticsDeps, actor: Actor, agencyId: string, year: number) {
  authorize(actor, 'agency.read', { agencyId });
  const [figures, analysis, reported, published] = await Promise.all([
    agencyFigures(deps, agencyId, year),
    // the breakdowns of the year by the one analysis query set (R-X-3), as the 统计分析 screen shows them
    figuresOf(deps, [agencyId], { from: `${year}-01`, to: `${year}-12`, agencyId }),
    latest(deps.db, agencyId, year, 'report'),
    latest(deps.db, agencyId, year, 'publish'),
  ]);
  return {
    agencyId,
    year,
    figures,
    analysis,
    deadlines: reportDeadlines(year, deps.calendar()),
    reported: view(reported),
    published: view(published),
  };
}

/**
 * 报送 (report to the 司法局) or 公开 (publish): freezes the figures as they are now, hashed, with
 * whether the deadline (Jan 10 / Jan 31 of the next year) was kept. Only a finished year.
 */
export async function freezeReport(deps: StatisticsDeps, actor: Actor, agencyId: string, year: number, act: 'report' | 'publish') {
  authorize(actor, 'statistics.report', { agencyId });
  checkYear(deps, year);
  const now = deps.clock.now();
  if (year >= chinaYear(now)) throw new DomainError('VALIDATION_FAILED', `${year} 年尚未结束，不能报送年报（可查看季度统计）`, { year });
  const figures = await agencyFigures(deps, agencyId, year);
  const deadlines = reportDeadlines(year, deps.calendar());
  const dueOn = act === 'report' ? deadlines.reportBy : deadlines.publishBy;
  const content = { agencyId, year, figures };
  const sha256 = createHash('sha256').update(canonicalJson(content)).digest('hex');
  const today = chinaDate(now);
  await deps.db
    .insertInto('statistics_reports')
    .values({
      id: randomUUID(),
      agency_id: agencyId,
      year,
      act,
      content: JSON.stringify(content),
      sha256,
      due_on: dueOn,
      late: today > dueOn,
      by_user: actor.userId,
      at: now,
    })
    .execute();
  return annualReport(deps, actor, agencyId, year);
}

/** The 司法局's view: which agencies in its scope reported and published, on time or late, or not yet. */
export async function reportingStatus(deps: StatisticsDeps, actor: Actor, year: number) {
  checkYear(deps, year);
  const deadlines = reportDeadlines(year, deps.calendar());
  const today = chinaDate(deps.clock.now());
  const agencies = await enforcementAgenciesAmong(deps.db, agenciesFor(actor, 'agency.read'));
  const out = [];
  let sum = { opened: 0, decided: 0, fines: 0, confiscations: 0 };
  for (const a of agencies) {
    const [reported, published] = await Promise.all([latest(deps.db, a.id, year, 'report'), latest(deps.db, a.id, year, 'publish')]);
    const figures = await agencyFigures(deps, a.id, year);
    sum = {
      opened: sum.opened + figures.totals.opened,
      decided: sum.decided + figures.totals.decided,
      fines: sum.fines + figures.totals.fines,
      confiscations: sum.confiscations + figures.totals.confiscations,
    };
    out.push({
      agency: { id: a.id, name: a.name, creditCode: a.credit_code },
      reported: view(reported),
      published: view(published),
      reportOverdue: !reported && today > deadlines.reportBy,
      publishOverdue: !published && today > deadlines.publishBy,
      totals: figures.totals,
    });
  }
  return { year, deadlines, agencies: out, region: sum };
}

/** Published annual reports of an agency, for the portal (only what was published). */
export async function publishedReports(db: Kysely<Database>, agencyId: string) {
  const rows = await sql<{ year: number; content: { figures: StatisticsReport }; at: Date; late: boolean; sha256: string }>`
    SELECT DISTINCT ON (year) year, content, at, late, sha256 FROM statistics_reports WHERE agency_id = ${agencyId} AND act = 'publish' ORDER BY year DESC, at DESC`.execute(
    db,
  );
  return rows.rows.map((r) => ({ year: r.year, figures: r.content.figures, at: r.at.toISOString(), late: r.late, sha256: r.sha256 }));
}
