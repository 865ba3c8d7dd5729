import { sql, type Kysely } from 'kysely';
import {
  DomainError,
  assertBenchmarks,
  judgeProposal,
  similarCases,
  type DecisionProposal,
  type DiscretionBenchmark,
  type DiscretionBenchmarks,
  type DiscretionGrade,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { takenSteps } from '../cases/case.reads.ts';
import { appendVersion, versionHistory, versionInForce } from '../agency-versions/agency-versions.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { decisionStepsSubquery, proposalVersionsSubquery } from '../review/review.records.ts';
import type { SimilarDecision } from '../review/review.service.ts';
import { authorize } from '../../http/policy/authorize.ts';

/**
 * 行政处罚裁量基准 and 类案推送 (R-REV-10). Each agency keeps its benchmarks as versioned data; a
 * 派出机构 without its own follows its parent's. A proposal naming a violation is judged against
 * its benchmark, and the agency's most similar decided cases are listed with it.
 */

type Db = Kysely<Database>;

export async function agencyBenchmarks(
  db: Db,
  agencyId: string,
): Promise<{ version: number; agencyId: string | null; benchmarks: DiscretionBenchmark[] }> {
  const v = await versionInForce<DiscretionBenchmarks>(db, 'discretion_benchmarks', agencyId);
  return v
    ? { version: v.version, agencyId: v.agencyId, benchmarks: v.content.benchmarks }
    : { version: 0, agencyId: null, benchmarks: [] };
}

export async function getBenchmarks(db: Db, actor: Actor, agencyId: string) {
  authorize(actor, 'agency.read', { agencyId: agencyId });
  const current = await agencyBenchmarks(db, agencyId);
  return {
    agencyId,
    version: current.version,
    inheritedFrom: current.agencyId !== null && current.agencyId !== agencyId ? current.agencyId : null,
    benchmarks: current.benchmarks,
    history: await versionHistory(db, 'discretion_benchmarks', agencyId),
  };
}

/** A new version, by the agency's administrator, head or 法制审核人员; refused whole when invalid. */
export async function putBenchmarks(db: Db, clock: Clock, actor: Actor, agencyId: string, benchmarks: DiscretionBenchmark[], note: string) {
  authorize(actor, 'discretion.update', { agencyId });
  assertBenchmarks({ benchmarks });
  await appendBenchmarksVersion(db, agencyId, benchmarks, note, actor.userId, clock.now());
  return getBenchmarks(db, actor, agencyId);
}

/** Writes the agency's next benchmarks version as given (the caller has checked who may and what); returns its number. */
export async function appendBenchmarksVersion(
  db: Db,
  agencyId: string,
  benchmarks: DiscretionBenchmark[],
  note: string,
  by: string,
  at: Date,
): Promise<number> {
  return appendVersion(db, 'discretion_benchmarks', agencyId, { benchmarks }, note, by, at);
}

/** How many of the agency's latest decisions are compared (类案推送 looks at recent practice). */
const SIMILAR_POOL = 2000;

/** The agency's decided cases most like `target`, by violation and facts text. */
export async function similarDecisions(
  db: Db,
  agencyId: string,
  target: { caseId?: string; violation: string | null; facts: string },
  limit = 5,
): Promise<SimilarDecision[]> {
  const rows = await sql<{ case_id: string; number: string; title: string; at: Date; proposal: DecisionProposal }>`
    SELECT e.case_id, e.number, e.title, e.at, p.proposal
    FROM ${takenSteps(db, { agencyId }).as('e')}
    JOIN ${decisionStepsSubquery(db).as('d')} ON d.procedure_code = e.procedure_code AND d.step_code = e.step
    JOIN ${proposalVersionsSubquery(db).as('p')} ON p.case_id = e.case_id AND p.version = (e.inputs -> 'review' ->> 'proposalVersion')::int
    ORDER BY e.at DESC
    LIMIT ${SIMILAR_POOL}`.execute(db);
  const pool = rows.rows.map((r) => ({
    caseId: r.case_id,
    violation: r.proposal.discretion?.violation ?? null,
    facts: typeof r.proposal.decision['facts'] === 'string' ? (r.proposal.decision['facts'] as string) : '',
    row: r,
  }));
  return similarCases(target, pool, limit).map((s) => {
    const p = s.case.row.proposal;
    return {
      caseId: s.case.caseId,
      caseNumber: s.case.row.number,
      title: s.case.row.title,
      decidedOn: s.case.row.at.toISOString().slice(0, 10),
      violation: s.case.violation,
      grade: p.discretion?.grade ?? null,
      fineAmount: typeof p.decision['fineAmount'] === 'number' ? (p.decision['fineAmount'] as number) : null,
      penalty: typeof p.decision['penalty'] === 'string' ? (p.decision['penalty'] as string) : '',
      facts: s.case.facts,
      similarity: s.similarity,
      sameViolation: s.sameViolation,
    };
  });
}

function benchmarkOrThrow(list: readonly DiscretionBenchmark[], id: string): DiscretionBenchmark {
  const b = list.find((x) => x.id === id);
  if (!b) {
    throw new DomainError(
      'VALIDATION_FAILED',
      `本机关裁量基准中没有违法行为「${id}」${list.length ? `，可选：${list.map((x) => `${x.id}（${x.name}）`).join('、')}` : '（本机关尚未制定裁量基准）'}`,
      { violation: id },
    );
  }
  return b;
}

/**
 * The review module's discretion hook: a proposal that names a violation is judged against the
 * agency's benchmark (range, articles, whether a written reason is needed) and gets its 类案.
 */
export function discretionCheck(db: Db) {
  return async (agencyId: string, p: DecisionProposal, caseId?: string) => {
    const violation = p.discretion?.violation ?? null;
    if (!violation) return null;
    const current = await agencyBenchmarks(db, agencyId);
    const verdict = judgeProposal(benchmarkOrThrow(current.benchmarks, violation), p);
    const facts = typeof p.decision['facts'] === 'string' ? (p.decision['facts'] as string) : '';
    const similar = await similarDecisions(db, agencyId, { ...(caseId ? { caseId } : {}), violation, facts });
    return { version: current.version, ...verdict, similar };
  };
}

/** For a handler before proposing: the benchmark of a violation, a verdict on a fine, and the 类案. */
export async function consultBenchmark(
  db: Db,
  actor: Actor,
  agencyId: string,
  violation: string,
  q: {
    fine?: number | undefined;
    grade?: DiscretionGrade | undefined;
    baseAmount?: number | undefined;
    facts?: string | undefined;
    sanctions?: string[] | undefined;
  },
) {
  authorize(actor, 'agency.read', { agencyId: agencyId });
  const current = await agencyBenchmarks(db, agencyId);
  const b = current.benchmarks.find((x) => x.id === violation);
  if (!b) throw new DomainError('NOT_FOUND', `本机关裁量基准中没有违法行为「${violation}」`);
  const proposal = {
    step: 'decide',
    decision: { ...(q.fine !== undefined ? { fineAmount: q.fine } : {}), facts: q.facts ?? '' },
    caseAmount: null,
    sanctions: (q.sanctions ?? (q.fine ? ['罚款'] : [])) as DecisionProposal['sanctions'],
    flags: {},
    discretion: { violation, grade: (q.grade ?? null) as DiscretionGrade | null, baseAmount: q.baseAmount ?? null, reasoning: '' },
  } satisfies DecisionProposal;
  return {
    version: current.version,
    benchmark: b,
    verdict: q.fine !== undefined ? judgeProposal(b, proposal) : null,
    similar: await similarDecisions(db, agencyId, { violation, facts: q.facts ?? '' }),
  };
}
