import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * What other modules ask of the organisation (regions, agencies, units: db/owners.ts): point
 * questions answered here, and named builders for the few columns a read model joins in its own
 * statement (`.innerJoin(agencyNamesSubquery(db).as('a'), 'a.id', 'c.agency_id')`), so lists and
 * the case's hot paths stay one query.
 */

type Db = Kysely<Database> | Transaction<Database>;

// ---- regions ----

/** A region and the regions above it, nearest first (the region's own code first); [] when the code is unknown. */
export async function regionPath(db: Db, code: string): Promise<string[]> {
  const rows = await sql<{ code: string }>`
    WITH RECURSIVE up AS (
      SELECT code, parent_code, 0 AS depth FROM regions WHERE code = ${code}
      UNION ALL
      SELECT r.code, r.parent_code, up.depth + 1 FROM regions r JOIN up ON r.code = up.parent_code
    ) SELECT code FROM up ORDER BY depth`.execute(db);
  return rows.rows.map((r) => r.code);
}

/** The region of an agency and the regions above it (where its 法律顾问、公职律师 may come from). */
export async function agencyRegionPath(db: Db, agencyId: string): Promise<string[]> {
  const rows = await sql<{ code: string }>`
    WITH RECURSIVE up AS (
      SELECT r.code, r.parent_code FROM regions r JOIN agencies a ON a.region_code = r.code WHERE a.id = ${agencyId}
      UNION ALL SELECT r.code, r.parent_code FROM regions r JOIN up ON r.code = up.parent_code
    ) SELECT code FROM up`.execute(db);
  return rows.rows.map((r) => r.code);
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
  return !!(await db.selectFrom('regions').select('code').where('code', '=', code).executeTakeFirst());
}

/** The names of the given regions by code; unknown codes are absent from the map. */
export async function regionNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/**
 * The regions where agencies sit and the regions above them (province, city, county; no township),
 * in code order: the choices of the portal search's 地区 filter.
 */
export async function regionsOfAgencies(db: Db): Promise<{ code: string; name: string; level: string }[]> {
  return (
    await sql<{ code: string; name: string; level: string }>`WITH RECURSIVE up AS (
        SELECT DISTINCT r.code, r.name, r.level, r.parent_code FROM regions r JOIN agencies a ON a.region_code = r.code
        UNION SELECT r.code, r.name, r.level, r.parent_code FROM regions r JOIN up ON r.code = up.parent_code)
      SELECT code, name, level FROM up WHERE level <> 'township' ORDER BY code`.execute(db)
  ).rows;
}

/** Region names to join on `code` in a read model. */
export function regionNamesSubquery(db: Db) {
  return db.selectFrom('regions').select(['code', 'name']);
}

// ---- agencies ----

export async function hasAnyAgency(db: Db): Promise<boolean> {
  return !!(await db.selectFrom('agencies').select('id').limit(1).executeTakeFirst());
}

/** An agency's whole row (its 执法类别, 职权, numbering rule …), or undefined. */
export async function agencyById(db: Db, id: string) {
  return db.selectFrom('agencies').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The name of the region an agency sits in (its 复议机关 and court are named after it), or null when the agency is unknown. */
export async function agencyRegionName(db: Db, id: string): Promise<string | null> {
  const r = await db
    .selectFrom('agencies as a')
    .innerJoin('regions as r', 'r.code', 'a.region_code')
    .select('r.name')
    .where('a.id', '=', id)
    .executeTakeFirst();
  return r?.name ?? null;
}

export async function agencyName(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('agencies').select('name').where('id', '=', id).executeTakeFirst())?.name;
}

/** The names of the given agencies by id. */
export async function agencyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((a) => [a.id, a.name]));
}

/** An agency's 统一社会信用代码, which names its ledger and its witness (the agency must exist). */
export async function agencyCreditCode(db: Db, id: string): Promise<string> {
  return (await db.selectFrom('agencies').select('credit_code').where('id', '=', id).executeTakeFirstOrThrow()).credit_code;
}

/** The agency a public address names by its 统一社会信用代码, or undefined. */
export async function agencyByCreditCode(db: Db, creditCode: string) {
  return db
    .selectFrom('agencies')
    .select(['id', 'name', 'kind', 'credit_code', 'procedure_kinds'])
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
}

/** Every 司法局 (justice agency) of the installation: the witnesses of the ledgers. */
export async function justiceAgencies(db: Db): Promise<{ id: string; credit_code: string }[]> {
  return db.selectFrom('agencies').select(['id', 'credit_code']).where('kind', '=', 'justice').execute();
}

/** The 司法局 in this installation whose region contains the agency's region (the agency itself excepted), by id. */
export async function justiceAgenciesOver(db: Db, agencyId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE up(code) AS (
      SELECT region_code FROM agencies WHERE id = ${agencyId}
      UNION SELECT r.parent_code FROM regions r JOIN up ON r.code = up.code WHERE r.parent_code IS NOT NULL
    )
    SELECT a.id FROM agencies a JOIN up ON a.region_code = up.code WHERE a.kind = 'justice' AND a.id <> ${agencyId} ORDER BY a.id`.execute(
    db,
  );
  return rows.rows.map((r) => r.id);
}

/** The enforcement agencies among the given ones, by name (what supervision and the 年报 status list). */
export async function enforcementAgenciesAmong(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('agencies')
    .select(['id', 'name', 'parent_id', 'credit_code'])
    .where('kind', '=', 'enforcement')
    .where('id', 'in', [...ids])
    .orderBy('name')
    .execute();
}

/**
 * The enforcement agencies among the given ones and their parents (a 派出机构 without its own
 * 法制审核机构 is reviewed by its parent's), each with whether it has a 法制审核机构, to count
 * reviewers against officers in one statement.
 */
export function enforcementAgenciesWithParentsSubquery(db: Db, ids: readonly string[]) {
  return db
    .selectFrom('agencies as a')
    .select((eb) => [
      'a.id',
      'a.name',
      'a.parent_id',
      eb
        .exists(eb.selectFrom('units as lu').select('lu.id').whereRef('lu.agency_id', '=', 'a.id').where('lu.kind', '=', 'legal'))
        .as('has_legal_unit'),
    ])
    .where('a.kind', '=', 'enforcement')
    .where((eb) =>
      eb.or([
        eb('a.id', 'in', [...ids]),
        eb(
          'a.id',
          'in',
          eb
            .selectFrom('agencies as c')
            .select('c.parent_id')
            .where('c.id', 'in', [...ids]),
        ),
      ]),
    );
}

/**
 * The agencies an agency's staff may see (R-X-5): the agency and its subordinate agencies; for a
 * 司法局 also every agency in its region and the regions below.
 */
export async function agenciesInScopeOf(db: Db, agencyId: string): Promise<Set<string>> {
  const rows = await sql<{ id: string }>`
    WITH RECURSIVE me AS (SELECT id, kind, region_code FROM agencies WHERE id = ${agencyId}),
    sub_regions AS (
      SELECT code FROM regions WHERE code = (SELECT region_code FROM me WHERE kind = 'justice')
      UNION ALL
      SELECT r.code FROM regions r JOIN sub_regions s ON r.parent_code = s.code
    ),
    sub_agencies AS (
      SELECT id FROM agencies WHERE id = ${agencyId}
      UNION ALL
      SELECT a.id FROM agencies a JOIN sub_agencies s ON a.parent_id = s.id
    )
    SELECT id FROM sub_agencies
    UNION
    SELECT a.id FROM agencies a WHERE a.region_code IN (SELECT code FROM sub_regions)
  `.execute(db);
  return new Set(rows.rows.map((r) => r.id));
}

/** At most this many agencies above one (a 派出机构's parent, its parent …) are followed. */
const LINE_DEPTH = 5;

/**
 * The agency and the agencies above it, as SQL rows `(id, depth)` (depth 0: the agency itself),
 * for a statement that takes the nearest one holding something (`FROM (${agencyLineRows(id)}) l`).
 */
export function agencyLineRows(agencyId: string): RawBuilder<{ id: string; depth: number }> {
  return sql<{ id: string; depth: number }>`
    WITH RECURSIVE line AS (
      SELECT id, parent_id, 0 AS depth FROM agencies WHERE id = ${agencyId}
      UNION ALL SELECT a.id, a.parent_id, l.depth + 1 FROM agencies a JOIN line l ON a.id = l.parent_id WHERE l.depth < ${LINE_DEPTH}
    ) SELECT id, depth FROM line`;
}

/** The agency and the agencies above it, nearest first. */
export async function agencyLine(db: Db, agencyId: string): Promise<string[]> {
  const rows = await sql<{ id: string }>`SELECT id FROM (${agencyLineRows(agencyId)}) l ORDER BY depth`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Agency names to join on `id` in a read model. */
export function agencyNamesSubquery(db: Db) {
  return db.selectFrom('agencies').select(['id', 'name']);
}

/** Agency kinds (enforcement | justice) to join on `id`: what a session needs of its user's agency. */
export function agencyKindsSubquery(db: Db) {
  return db.selectFrom('agencies').select(['id', 'kind']);
}

/** What names an agency on the records it issues and publishes: name, 统一社会信用代码, region, address, phone; to join on `id`. */
/** Each agency's numbering rule (编号规则) and short name, by id. */
export function agencyNumberingSubquery(db: Db) {
  return db.selectFrom('agencies').select(['id', 'number_template', 'short_name']);
}

export function agencyIdentitiesSubquery(db: Db) {
  return db.selectFrom('agencies').select(['id', 'name', 'credit_code', 'region_code', 'address', 'phone']);
}

/**
 * 执法主体 as the public portal shows them (R-PUB-1): public columns only, with the region's name
 * and the parent agency's name and 统一社会信用代码; aliases `a` (the agency), `r`, `p`.
 */
export function publicAgencyProfiles(db: Db) {
  return db
    .selectFrom('agencies as a')
    .leftJoin('regions as r', 'r.code', 'a.region_code')
    .leftJoin('agencies as p', 'p.id', 'a.parent_id')
    .select([
      'a.id',
      'a.name',
      'a.credit_code',
      'a.kind',
      'a.region_code',
      'r.name as region_name',
      'p.name as parent_name',
      'p.credit_code as parent_credit_code',
      'a.fields',
      'a.legal_basis',
      'a.address',
      'a.phone',
    ]);
}

// ---- units ----

/** The unit of this name in the agency, or undefined. */
export async function unitByName(db: Db, agencyId: string, name: string): Promise<{ id: string } | undefined> {
  return db.selectFrom('units').select('id').where('agency_id', '=', agencyId).where('name', '=', name).executeTakeFirst();
}

/** Whether the unit (内设机构) belongs to the agency. */
export async function isUnitOf(db: Db, agencyId: string, unitId: string): Promise<boolean> {
  return !!(await db.selectFrom('units').select('id').where('id', '=', unitId).where('agency_id', '=', agencyId).executeTakeFirst());
}

/** The names of units (内设机构) by id. */
export async function unitNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Unit names and kinds (handling, legal, office, leadership) to join on `id`. */
export function unitNamesSubquery(db: Db) {
  return db.selectFrom('units').select(['id', 'name', 'kind']);
}

/** The ids of 法制审核机构 (units of kind legal), for `where('u.unit_id', 'in', …)`. */
export function legalUnitIds(db: Db) {
  return db.selectFrom('units').select('id').where('kind', '=', 'legal');
}
