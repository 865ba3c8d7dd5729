import type { CertificateRestriction } from '@sanxiang/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { agencyIdentitiesSubquery, publicAgencyProfiles, unitNamesSubquery } from '../org/org.queries.ts';
import { certificatesWithHoldersSubquery } from '../people/people.queries.ts';

/**
 * What the public portal reads (R-PUB-1, R-PUB-2). Only columns that are public by rule are
 * selected here — never usernames, password hashes, roles or anything personal beyond an
 * officer's name, post and certificate — so a page cannot leak what it never loaded.
 */
export interface PortalAgencyRow {
  id: string;
  name: string;
  credit_code: string;
  kind: 'enforcement' | 'justice';
  region_code: string;
  region_name: string | null;
  parent_name: string | null;
  parent_credit_code: string | null;
  fields: string[];
  legal_basis: string;
  address: string;
  phone: string;
}

export interface PortalCertificateRow {
  number: string;
  fields: string[];
  regions: string[];
  valid_from: string;
  valid_to: string;
  status: 'valid' | 'suspended' | 'revoked';
  restrictions: CertificateRestriction[];
  holder: string;
  post: string;
  unit_name: string | null;
  agency_name: string;
  agency_credit_code: string;
}

export async function listPortalAgencies(db: Kysely<Database>): Promise<PortalAgencyRow[]> {
  return publicAgencyProfiles(db).orderBy('a.region_code').orderBy('a.kind', 'desc').orderBy('a.name').execute();
}

export async function findPortalAgency(db: Kysely<Database>, creditCode: string): Promise<PortalAgencyRow | undefined> {
  return publicAgencyProfiles(db).where('a.credit_code', '=', creditCode).executeTakeFirst();
}

function certificates(db: Kysely<Database>) {
  return db
    .selectFrom(certificatesWithHoldersSubquery(db).as('c'))
    .innerJoin(agencyIdentitiesSubquery(db).as('a'), 'a.id', 'c.agency_id')
    .leftJoin(unitNamesSubquery(db).as('un'), 'un.id', 'c.unit_id')
    .select([
      'c.number',
      'c.fields',
      'c.regions',
      'c.valid_from',
      'c.valid_to',
      'c.status',
      'c.restrictions',
      'c.holder',
      'c.post',
      'un.name as unit_name',
      'a.name as agency_name',
      'a.credit_code as agency_credit_code',
    ]);
}

/** 执法人员清单: every certificate held by the agency's people, whatever its status. */
export async function listAgencyCertificates(db: Kysely<Database>, agencyId: string): Promise<PortalCertificateRow[]> {
  return certificates(db).where('c.agency_id', '=', agencyId).orderBy('c.number').execute();
}

export async function findCertificateByNumber(db: Kysely<Database>, number: string): Promise<PortalCertificateRow | undefined> {
  return certificates(db).where('c.number', '=', number).executeTakeFirst();
}
