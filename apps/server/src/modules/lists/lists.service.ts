import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { DomainError, chinaDate, diffRows, listDef, listUpdateDue, validateListRows } from '@sanxiang/domain';
import type { ListCode, ListRow, WorkingCalendar } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { agencyLineRows, agencyNamesSubquery } from '../org/org.queries.ts';
import { userNamesSubquery } from '../people/people.queries.ts';
import { agenciesFor, authorize } from '../../http/policy/authorize.ts';

/**
 * 事前公开 lists (R-PUB-1): versions kept append-only; a 派出机构 without its own shows its parent
 * agency's; each version may name the day the underlying change took effect, and whether it came
 * within the rule pack's limit (domain listUpdateDue: 20 working days) is recorded; changes
 * recorded ahead of a new version are tracked until a version reflects them, overdue ones shown to
 * the agency and to the 司法局.
 */
export interface ListDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: () => WorkingCalendar;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface ListView {
  list: ListCode;
  name: string;
  agencyId: string;
  /** the agency whose version is shown (a parent's when the 派出机构 has none) */
  ownerId: string | null;
  version: number;
  rows: ListRow[];
  note: string;
  changedOn: string | null;
  dueOn: string | null;
  late: boolean;
  at: string | null;
  history: {
    version: number;
    note: string;
    by: string;
    at: string;
    changedOn: string | null;
    dueOn: string | null;
    late: boolean;
    added: string[];
    removed: string[];
    changed: string[];
  }[];
}

/** The version in force (own, else the nearest ancestor's) and the owner's history. */
export async function getList(db: Kysely<Database>, agencyId: string, code: string, version?: number): Promise<ListView> {
  const def = listDef(code);
  const owner = await sql<{ agency_id: string }>`
    SELECT l.id AS agency_id FROM (${agencyLineRows(agencyId)}) l
     WHERE EXISTS (SELECT 1 FROM agency_lists x WHERE x.agency_id = l.id AND x.list = ${def.code}) ORDER BY l.depth LIMIT 1`.execute(db);
  const ownerId = owner.rows[0]?.agency_id ?? null;
  const versions = ownerId
    ? await db
        .selectFrom('agency_lists as l')
        .innerJoin(userNamesSubquery(db).as('u'), 'u.id', 'l.created_by')
        .select(['l.version', 'l.rows', 'l.note', 'l.changed_on', 'l.due_on', 'l.late', 'l.created_at', 'u.display_name'])
        .where('l.agency_id', '=', ownerId)
        .where('l.list', '=', def.code)
        .orderBy('l.version')
        .execute()
    : [];
  const history = versions
    .map((v, i) => ({
      version: v.version,
      note: v.note,
      by: v.display_name,
      at: v.created_at.toISOString(),
      changedOn: v.changed_on,
      dueOn: v.due_on,
      late: v.late,
      ...diffRows(def, i ? versions[i - 1]!.rows : [], v.rows),
    }))
    .reverse();
  const shown = version === undefined ? versions[versions.length - 1] : versions.find((v) => v.version === version);
  if (version !== undefined && !shown) throw new DomainError('NOT_FOUND', `${def.name}没有第 ${version} 版`);
  return {
    list: def.code,
    name: def.name,
    agencyId,
    ownerId,
    version: shown?.version ?? 0,
    rows: shown?.rows ?? [],
    note: shown?.note ?? '',
    changedOn: shown?.changed_on ?? null,
    dueOn: shown?.due_on ?? null,
    late: shown?.late ?? false,
    at: shown?.created_at.toISOString() ?? null,
    history,
  };
}

function assertEditor(actor: Actor, agencyId: string) {
  authorize(actor, 'lists.update', { agencyId: agencyId });
}

function checkDay(deps: ListDeps, day: string | undefined, what: string): string | null {
  if (day === undefined || day === '') return null;
  if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || day > chinaDate(deps.clock.now()))
    throw new DomainError('VALIDATION_FAILED', `${what}应为不晚于今天的日期（YYYY-MM-DD）`);
  return day;
}

/** Publishes a new version; rows are checked first (422 with every problem, nothing written). */
export async function putList(
  deps: ListDeps,
  actor: Actor,
  agencyId: string,
  code: string,
  input: { rows: unknown[]; note?: string; changedOn?: string },
  rowOffset = 0,
): Promise<ListView> {
  const def = listDef(code);
  assertEditor(actor, agencyId);
  const { rows, problems } = validateListRows(def, input.rows, rowOffset);
  if (problems.length) throw new DomainError('LIST_INVALID', `${def.name}有 ${problems.length} 处错误，未保存`, { problems });
  const note = (input.note ?? '').trim();
  if (note.length < 2 || note.length > 200) throw new DomainError('VALIDATION_FAILED', '须写明本次更新的说明（2–200 字）');
  const changedOn = checkDay(deps, input.changedOn, '变化生效日期');
  const now = deps.clock.now();
  const today = chinaDate(now);
  const dueOn = changedOn ? listUpdateDue(changedOn, deps.calendar()) : null;
  await deps.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${`agency_lists:${agencyId}:${def.code}`}))`.execute(tx);
    const last = await sql<{
      v: number | null;
    }>`SELECT max(version) AS v FROM agency_lists WHERE agency_id = ${agencyId} AND list = ${def.code}`.execute(tx);
    const version = Number(last.rows[0]?.v ?? 0) + 1;
    await tx
      .insertInto('agency_lists')
      .values({
        agency_id: agencyId,
        list: def.code,
        version,
        rows: JSON.stringify(rows),
        note,
        changed_on: changedOn,
        due_on: dueOn,
        late: !!dueOn && today > dueOn,
        created_by: actor.userId,
        created_at: now,
      })
      .execute();
    // the changes recorded as waiting are reflected by this version
    await tx
      .updateTable('list_changes')
      .set({ reflected_version: version, reflected_at: now })
      .where('agency_id', '=', agencyId)
      .where('list', '=', def.code)
      .where('reflected_version', 'is', null)
      .execute();
  });
  return getList(deps.db, agencyId, def.code);
}

/** Records that the law, organisation or staff changed on a day: the list must reflect it within the rule pack's limit. */
export async function recordChange(
  deps: ListDeps,
  actor: Actor,
  agencyId: string,
  code: string,
  input: { reason?: string; changedOn?: string },
) {
  const def = listDef(code);
  assertEditor(actor, agencyId);
  const reason = (input.reason ?? '').trim();
  if (reason.length < 2 || reason.length > 500)
    throw new DomainError('VALIDATION_FAILED', '须写明变化的内容（2–500 字），如“《食品安全法》修订”');
  const changedOn = checkDay(deps, input.changedOn, '变化生效日期');
  if (!changedOn) throw new DomainError('VALIDATION_FAILED', '须写明变化生效日期');
  const dueOn = listUpdateDue(changedOn, deps.calendar());
  const id = randomUUID();
  await deps.db
    .insertInto('list_changes')
    .values({
      id,
      agency_id: agencyId,
      list: def.code,
      reason,
      changed_on: changedOn,
      due_on: dueOn,
      recorded_by: actor.userId,
      recorded_at: deps.clock.now(),
    })
    .execute();
  return { id, list: def.code, reason, changedOn, dueOn };
}

/** Changes waiting to be reflected (and, with all, those reflected), with due dates and overdue flags, over the actor's scope. */
export async function listChanges(deps: ListDeps, actor: Actor, opts: { overdue?: boolean | undefined }) {
  const today = chinaDate(deps.clock.now());
  let q = deps.db
    .selectFrom('list_changes as c')
    .innerJoin(agencyNamesSubquery(deps.db).as('a'), 'a.id', 'c.agency_id')
    .select([
      'c.id',
      'c.list',
      'c.reason',
      'c.changed_on',
      'c.due_on',
      'c.reflected_version',
      'c.reflected_at',
      'a.name as agency',
      'a.id as agency_id',
    ])
    .where('c.agency_id', 'in', agenciesFor(actor, 'agency.read'))
    .where('c.reflected_version', 'is', null);
  if (opts.overdue) q = q.where('c.due_on', '<', today);
  const rows = await q.orderBy('c.due_on').execute();
  return rows.map((r) => {
    const def = listDef(r.list);
    return {
      id: r.id,
      agency: { id: r.agency_id, name: r.agency },
      list: def.code,
      listName: def.name,
      reason: r.reason,
      changedOn: r.changed_on,
      dueOn: r.due_on,
      overdue: r.due_on < today,
    };
  });
}
