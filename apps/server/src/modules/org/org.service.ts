import type { Kysely } from 'kysely';
import { DomainError, DEFAULT_NUMBER_TEMPLATE, ENFORCEMENT_KINDS, isValidCreditCode, validateNumberTemplate } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/** Regions, agencies and units are set up by the installation's operator (CLI, demo loader). */

export async function addRegion(db: Kysely<Database>, r: { code: string; name: string; level: 'province' | 'city' | 'county' | 'township'; parentCode: string | null }): Promise<void> {
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

export async function addUnit(db: Kysely<Database>, agencyId: string, name: string, kind: 'handling' | 'legal' | 'office' | 'leadership'): Promise<string> {
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
