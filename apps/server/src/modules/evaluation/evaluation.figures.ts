import type { Kysely } from 'kysely';
import { EVALUATION_GRADE_NAMES, agencyResult, type EvaluationGrade, type EvaluationStandard } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * 案卷评查 in each agency's figures (R-REC-8, R-X-3): the rounds returned to it, its latest result
 * (mean score and grade), how many of its files failed, and whether it has replied. Counted from
 * the scores, never stored.
 */
export interface EvaluationFigures {
  rounds: number;
  latest: {
    roundId: string;
    title: string;
    mean: number;
    grade: EvaluationGrade;
    gradeName: string;
    files: number;
    failed: number;
    replied: boolean;
  } | null;
}

export async function evaluationFigures(db: Kysely<Database>, agencyIds: readonly string[]): Promise<Map<string, EvaluationFigures>> {
  const out = new Map<string, EvaluationFigures>(agencyIds.map((id) => [id, { rounds: 0, latest: null }]));
  if (!agencyIds.length) return out;
  const scores = await db
    .selectFrom('evaluation_scores as s')
    .innerJoin('evaluation_rounds as r', 'r.id', 's.round_id')
    .select(['s.agency_id', 's.round_id', 's.total', 's.grade', 'r.title', 'r.standard', 'r.returned_at'])
    .where('r.state', '=', 'returned')
    .where('s.agency_id', 'in', [...agencyIds])
    .orderBy('r.returned_at', 'desc')
    .execute();
  const replies = await db
    .selectFrom('evaluation_replies')
    .select(['round_id', 'agency_id'])
    .where('agency_id', 'in', [...agencyIds])
    .execute();
  const replied = new Set(replies.map((r) => `${r.round_id}/${r.agency_id}`));
  const byAgency = new Map<string, typeof scores>();
  for (const s of scores) byAgency.set(s.agency_id, [...(byAgency.get(s.agency_id) ?? []), s]);
  for (const [agencyId, rows] of byAgency) {
    const rounds = new Set(rows.map((r) => r.round_id));
    const latestId = rows[0]!.round_id;
    const latest = rows.filter((r) => r.round_id === latestId);
    const res = agencyResult(
      (rows[0]!.standard as EvaluationStandard).grades,
      latest.map((r) => Number(r.total)),
    )!;
    out.set(agencyId, {
      rounds: rounds.size,
      latest: {
        roundId: latestId,
        title: rows[0]!.title,
        mean: res.mean,
        grade: res.grade,
        gradeName: EVALUATION_GRADE_NAMES[res.grade],
        files: latest.length,
        failed: latest.filter((r) => r.grade === 'fail').length,
        replied: replied.has(`${latestId}/${agencyId}`),
      },
    });
  }
  return out;
}
