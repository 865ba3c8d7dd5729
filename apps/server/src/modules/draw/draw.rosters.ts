import { sql, type Kysely } from 'kysely';
import {
  CERTIFICATE_STATUS_NAMES,
  DomainError,
  ROSTER_DEFS,
  chinaDate,
  effectiveStatus,
  validateRosterRows,
  type ListRow,
  type RosterCode,
  type RowProblem,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { peopleWithCurrentCertificate, userNamesSubquery } from '../people/people.queries.ts';

/**
 * 双随机 名录库 (R-X-2): 检查对象名录库, 执法检查人员名录库 and the 回避 pairs, kept per agency as
 * versions (append-only). A new version replaces the roster whole and is checked row by row first —
 * against the domain's column rules and against the record (an inspector holds a certificate in this
 * agency under that name; a 回避 pair names a listed inspector and a listed target): one wrong row
 * and nothing is saved.
 */
type Db = Kysely<Database>;

export interface RosterView {
  roster: RosterCode;
  name: string;
  agencyId: string;
  version: number;
  rows: ListRow[];
  note: string;
  at: string | null;
  by: string | null;
}

export async function currentRosterRows(db: Db, agencyId: string, roster: RosterCode): Promise<{ version: number; rows: ListRow[] }> {
  const r = await db
    .selectFrom('draw_rosters')
    .select(['version', 'rows'])
    .where('agency_id', '=', agencyId)
    .where('roster', '=', roster)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { version: r.version, rows: r.rows } : { version: 0, rows: [] };
}

/**
 * The roster in force. The 执法检查人员名录库 is shown with each certificate's facts as the draw will
 * read them (执法类别, 有效期至, status on `today`): derived for the screen, never stored in the roster.
 */
export async function getRoster(db: Db, actor: Actor, agencyId: string, roster: RosterCode, today?: string): Promise<RosterView> {
  authorize(actor, 'agency.read', { agencyId });
  const r = await db
    .selectFrom('draw_rosters as r')
    .innerJoin(userNamesSubquery(db).as('u'), 'u.id', 'r.created_by')
    .select(['r.version', 'r.rows', 'r.note', 'r.created_at', 'u.display_name'])
    .where('r.agency_id', '=', agencyId)
    .where('r.roster', '=', roster)
    .orderBy('r.version', 'desc')
    .limit(1)
    .executeTakeFirst();
  let rows = r?.rows ?? [];
  if (roster === 'inspectors' && today && rows.length) {
    const certs = await agencyCertificates(db, agencyId);
    rows = rows.map((row) => {
      const c = certs.get(row.certificate ?? '');
      if (!c) return { ...row, fields: '', validTo: '', status: '不属于本机关' };
      const view = {
        number: c.c_number!,
        fields: c.c_fields ?? [],
        regions: [],
        validFrom: c.c_valid_from!,
        validTo: c.c_valid_to!,
        status: c.c_status!,
      };
      return {
        ...row,
        fields: view.fields.join('、'),
        validTo: view.validTo,
        status: CERTIFICATE_STATUS_NAMES[effectiveStatus(view, today)],
      };
    });
  }
  return {
    roster,
    name: ROSTER_DEFS[roster].name,
    agencyId,
    version: r?.version ?? 0,
    rows,
    note: r?.note ?? '',
    at: r?.created_at.toISOString() ?? null,
    by: r?.display_name ?? null,
  };
}

/** The agency's staff holding certificates, by certificate number (the certificate in force of each). */
export async function agencyCertificates(db: Db, agencyId: string) {
  const rows = await peopleWithCurrentCertificate(db)
    .where('u.agency_id', '=', agencyId)
    .where('u.disabled', '=', false)
    .where('c.number', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.c_number!, r]));
}

async function recordProblems(db: Db, agencyId: string, roster: RosterCode, rows: ListRow[], offset: number): Promise<RowProblem[]> {
  const out: RowProblem[] = [];
  const n = (i: number) => i + 1 + offset;
  if (roster === 'inspectors') {
    const certs = await agencyCertificates(db, agencyId);
    rows.forEach((r, i) => {
      if (!r.certificate) return;
      const c = certs.get(r.certificate);
      if (!c) out.push({ row: n(i), column: '执法证号', message: `第 ${n(i)} 行执法证号 ${r.certificate} 不是本机关人员持有的执法证` });
      else if (!c.roles.includes('officer'))
        out.push({ row: n(i), column: '执法证号', message: `第 ${n(i)} 行 ${c.display_name} 不是本机关的执法人员` });
      else if (r.name && c.display_name !== r.name)
        out.push({
          row: n(i),
          column: '姓名',
          message: `第 ${n(i)} 行姓名「${r.name}」与执法证 ${r.certificate} 的持证人「${c.display_name}」不符`,
        });
    });
  }
  if (roster === 'conflicts') {
    const inspectors = new Set((await currentRosterRows(db, agencyId, 'inspectors')).rows.map((r) => r.certificate));
    const targets = new Set((await currentRosterRows(db, agencyId, 'targets')).rows.map((r) => r.code));
    rows.forEach((r, i) => {
      if (r.certificate && !inspectors.has(r.certificate))
        out.push({ row: n(i), column: '执法证号', message: `第 ${n(i)} 行执法证号 ${r.certificate} 不在执法检查人员名录库中` });
      if (r.target && !targets.has(r.target))
        out.push({ row: n(i), column: '检查对象统一社会信用代码', message: `第 ${n(i)} 行 ${r.target} 不在检查对象名录库中` });
    });
  }
  return out;
}

/**
 * Saves a new version of a roster. `rowOffset` 1 makes row numbers the spreadsheet's (header = row 1).
 * Nothing is saved when any row is wrong: 422 ROSTER_INVALID with every problem (row, column, reason).
 */
export async function putRoster(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  agencyId: string,
  roster: RosterCode,
  body: { rows: unknown[]; note: string },
  rowOffset = 0,
): Promise<RosterView> {
  authorize(actor, 'draw.manage', { agencyId });
  const note = body.note.trim();
  const { rows, problems } = validateRosterRows(roster, body.rows, rowOffset);
  if (!problems.length) problems.push(...(await recordProblems(deps.db, agencyId, roster, rows, rowOffset)));
  if (!note) problems.unshift({ row: 0, column: null, message: '请填写本次更新的说明' });
  if (problems.length) {
    problems.sort((a, b) => a.row - b.row);
    throw new DomainError(
      'ROSTER_INVALID',
      `${ROSTER_DEFS[roster].name}有 ${problems.length} 处错误，未导入任何一行：${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('；')}${problems.length > 3 ? '……' : ''}`,
      { problems },
    );
  }
  await deps.db.transaction().execute(async (tx) => {
    // one writer per roster at a time, so versions are gap-free
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`draw-roster:${agencyId}:${roster}`}, 0))`.execute(tx);
    const last = await tx
      .selectFrom('draw_rosters')
      .select(sql<number>`coalesce(max(version), 0)`.as('v'))
      .where('agency_id', '=', agencyId)
      .where('roster', '=', roster)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('draw_rosters')
      .values({
        agency_id: agencyId,
        roster,
        version: Number(last.v) + 1,
        rows: JSON.stringify(rows),
        note,
        created_by: actor.userId,
        created_at: deps.clock.now(),
      })
      .execute();
  });
  return getRoster(deps.db, actor, agencyId, roster, chinaDate(deps.clock.now()));
}
