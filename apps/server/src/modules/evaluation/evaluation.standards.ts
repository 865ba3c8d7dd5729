import type { Kysely } from 'kysely';
import {
  DEFAULT_EVALUATION_STANDARD,
  DEFAULT_EVALUATION_STANDARD_VERSION,
  DomainError,
  EVALUATION_GROUPS,
  evaluationStandardProblems,
  maxTotal,
  type EvaluationStandard,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { userNames } from '../people/people.queries.ts';

/**
 * 案卷评查标准 by version (R-REC-8): the 司法局's administrator saves a new version (never edits one);
 * until the first is saved the domain's default (version 0) is in force. A round copies the version
 * in force when it is created.
 */
type Db = Kysely<Database>;

export interface StandardVersion {
  agencyId: string;
  version: number;
  standard: EvaluationStandard;
  maxTotal: number;
  groups: Record<string, string>;
  note: string;
  at: string | null;
  by: string | null;
}

export async function currentStandard(db: Db, agencyId: string): Promise<StandardVersion> {
  const row = await db
    .selectFrom('evaluation_standards')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row)
    return {
      agencyId,
      version: DEFAULT_EVALUATION_STANDARD_VERSION,
      standard: DEFAULT_EVALUATION_STANDARD,
      maxTotal: maxTotal(DEFAULT_EVALUATION_STANDARD),
      groups: EVALUATION_GROUPS,
      note: '系统默认评查标准（依据行政处罚法及省级行政处罚案卷评查标准的通行扣分规则）',
      at: null,
      by: null,
    };
  const standard = row.standard as EvaluationStandard;
  const by = (await userNames(db, [row.created_by])).get(row.created_by) ?? null;
  return {
    agencyId,
    version: row.version,
    standard,
    maxTotal: maxTotal(standard),
    groups: EVALUATION_GROUPS,
    note: row.note,
    at: row.created_at.toISOString(),
    by,
  };
}

export async function getStandard(db: Db, actor: Actor, agencyId: string): Promise<StandardVersion> {
  authorize(actor, 'agency.read', { agencyId });
  return currentStandard(db, agencyId);
}

/** A new version of the standard; a wrong one is refused with each problem's path, and nothing is saved. */
export async function putStandard(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  agencyId: string,
  body: { standard: EvaluationStandard; note: string },
): Promise<StandardVersion> {
  authorize(actor, 'evaluation-standard.update', { agencyId });
  const standard: EvaluationStandard = {
    items: body.standard.items.map((i) => ({
      code: i.code.trim(),
      group: i.group,
      name: i.name.trim(),
      points: i.points,
      guidance: i.guidance.trim(),
      ...(i.veto ? { veto: true } : {}),
    })),
    grades: { ...body.standard.grades },
  };
  const problems = evaluationStandardProblems(standard);
  if (problems.length)
    throw new DomainError('VALIDATION_FAILED', problems.map((p) => p.message).join('；'), { problems, path: problems[0]!.path });
  if (!body.note.trim()) throw new DomainError('VALIDATION_FAILED', '请填写本次修订说明', { path: 'note' });
  await deps.db.transaction().execute(async (tx) => {
    const last = await tx
      .selectFrom('evaluation_standards')
      .select('version')
      .where('agency_id', '=', agencyId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    await tx
      .insertInto('evaluation_standards')
      .values({
        agency_id: agencyId,
        version: (last?.version ?? 0) + 1,
        standard: JSON.stringify(standard),
        note: body.note.trim(),
        created_by: actor.userId,
        created_at: deps.clock.now(),
      })
      .execute();
  });
  return currentStandard(deps.db, agencyId);
}
