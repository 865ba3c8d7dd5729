import type { Kysely } from 'kysely';
import { DomainError, DEFAULT_NUMBER_TEMPLATE, ENFORCEMENT_KINDS, isValidCreditCode, validateNumberTemplate } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../http/actor.ts';
import { regionExists, regionPath, unitByName } from './org.queries.ts';
import { authorize } from '../../http/policy/authorize.ts';

/** Regions, agencies and units are set up by the installation's operator (CLI, demo loader). */

export async function addRegion(
  db: Kysely<Database>,
  r: { code: string; name: string; level: 'province' | 'city' | 'county' | 'township'; parentCode: string | null },
): Promise<void> {
  await db
    .insertInto('regions')
    .values({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export interface NewAgency {
  name: string;
  creditCode: string;
  kind: 'enforcement' | 'justice';
  regionCode: string;
  parentId?: string | null;
  fields: string[];
  procedureKinds: string[];
  shortName: string;
  numberTemplate?: string;
  legalBasis?: string;
  address?: string;
  phone?: string;
}

export async function addAgency(db: Kysely<Database>, a: NewAgency): Promise<string> {
  const problems: string[] = [];
  if (!isValidCreditCode(a.creditCode)) problems.push(`统一社会信用代码「${a.creditCode}」校验不通过`);
  const template = a.numberTemplate ?? DEFAULT_NUMBER_TEMPLATE;
  problems.push(...validateNumberTemplate(template));
  const unknownKinds = a.procedureKinds.filter((k) => !(ENFORCEMENT_KINDS as readonly string[]).includes(k));
  if (unknownKinds.length) problems.push(`未知的执法行为类别：${unknownKinds.join('、')}`);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  const row = await db
    .insertInto('agencies')
    .values({
      name: a.name,
      credit_code: a.creditCode,
      kind: a.kind,
      region_code: a.regionCode,
      parent_id: a.parentId ?? null,
      fields: a.fields,
      procedure_kinds: a.procedureKinds,
      short_name: a.shortName,
      number_template: template,
      legal_basis: a.legalBasis ?? '',
      address: a.address ?? '',
      phone: a.phone ?? '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function addUnit(
  db: Kysely<Database>,
  agencyId: string,
  name: string,
  kind: 'handling' | 'legal' | 'office' | 'leadership',
): Promise<string> {
  const row = await db.insertInto('units').values({ agency_id: agencyId, name, kind }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** An agency by id, exact name or short name: what the CLI accepts. */
export async function findAgency(db: Kysely<Database>, ref: string) {
  const uuid = /^[0-9a-f-]{36}$/i.test(ref);
  return db
    .selectFrom('agencies')
    .selectAll()
    .where((eb) => (uuid ? eb('id', '=', ref) : eb.or([eb('name', '=', ref), eb('short_name', '=', ref)])))
    .executeTakeFirst();
}

/** Who may set up agencies: a 司法局 administrator in its region, or an agency administrator for its subordinate agencies. */
export async function createAgencyAs(db: Kysely<Database>, actor: Actor, a: NewAgency): Promise<string> {
  if (a.kind === 'justice') authorize(actor, 'agency.create-justice');
  if (a.parentId) authorize(actor, 'agency.create', { agencyId: a.parentId });
  else authorize(actor, 'agency.create-top');
  if (!(await regionExists(db, a.regionCode))) throw new DomainError('VALIDATION_FAILED', `行政区划代码「${a.regionCode}」不存在`);
  // The new agency must fall inside the actor's scope once created: a 司法局's region or below.
  const me = await db.selectFrom('agencies').select(['region_code', 'kind']).where('id', '=', actor.agencyId).executeTakeFirstOrThrow();
  if (me.kind === 'justice') {
    const path = await regionPath(db, a.regionCode);
    if (!path.includes(me.region_code)) throw new DomainError('VALIDATION_FAILED', '新机关的所在区划不在本司法行政部门辖区内');
  }
  const dup = await db
    .selectFrom('agencies')
    .select('id')
    .where((eb) => eb.or([eb('name', '=', a.name), eb('credit_code', '=', a.creditCode)]))
    .executeTakeFirst();
  if (dup) throw new DomainError('CONFLICT', '已有同名或同一统一社会信用代码的机关');
  return addAgency(db, a);
}

export interface AgencyPatch {
  fields?: string[] | undefined;
  procedureKinds?: string[] | undefined;
  shortName?: string | undefined;
  numberTemplate?: string | undefined;
  legalBasis?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
}

export async function updateAgencyAs(db: Kysely<Database>, actor: Actor, id: string, p: AgencyPatch): Promise<void> {
  authorize(actor, 'agency.update', { agencyId: id });
  const problems: string[] = [];
  if (p.numberTemplate !== undefined) problems.push(...validateNumberTemplate(p.numberTemplate));
  const unknownKinds = (p.procedureKinds ?? []).filter((k) => !(ENFORCEMENT_KINDS as readonly string[]).includes(k));
  if (unknownKinds.length) problems.push(`未知的执法行为类别：${unknownKinds.join('、')}`);
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  const set: Record<string, unknown> = {};
  if (p.fields) set['fields'] = p.fields;
  if (p.procedureKinds) set['procedure_kinds'] = p.procedureKinds;
  if (p.shortName !== undefined) set['short_name'] = p.shortName;
  if (p.numberTemplate !== undefined) set['number_template'] = p.numberTemplate;
  if (p.legalBasis !== undefined) set['legal_basis'] = p.legalBasis;
  if (p.address !== undefined) set['address'] = p.address;
  if (p.phone !== undefined) set['phone'] = p.phone;
  if (Object.keys(set).length) await db.updateTable('agencies').set(set).where('id', '=', id).execute();
}

export async function createUnitAs(
  db: Kysely<Database>,
  actor: Actor,
  agencyId: string,
  name: string,
  kind: 'handling' | 'legal' | 'office' | 'leadership',
): Promise<string> {
  authorize(actor, 'unit.create', { agencyId });
  if (await unitByName(db, agencyId, name)) throw new DomainError('CONFLICT', `已有内设机构「${name}」`);
  return addUnit(db, agencyId, name, kind);
}
