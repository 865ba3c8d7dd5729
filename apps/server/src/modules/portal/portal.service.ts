import type { Kysely } from 'kysely';
import { chinaDate, effectiveStatus, restrictionOn, type EffectiveCertificateStatus } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import {
  findCertificateByNumber,
  findPortalAgency,
  listAgencyCertificates,
  listPortalAgencies,
  type PortalAgencyRow,
  type PortalCertificateRow,
} from './portal.repository.ts';
import { regionNames } from '../org/org.queries.ts';

export interface PortalDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** What the public reads for each status; anything but 有效 means the holder may not enforce (R-X-1). */
export const PUBLIC_STATUS_NAMES: Record<EffectiveCertificateStatus, string> = {
  valid: '有效',
  suspended: '暂扣',
  revoked: '吊销',
  'inspection-failed': '年检未通过',
  expired: '已过期',
  'not-yet-valid': '未生效',
};

/** 执法证号 as issued (see people.service.ts#issueCertificate). */
export const CERTIFICATE_NUMBER = /^[0-9A-Za-z-]{6,30}$/;
/** 统一社会信用代码 (GB 32100-2015 alphabet). */
export const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

export interface PublicAgency {
  name: string;
  creditCode: string;
  kind: 'enforcement' | 'justice';
  kindName: string;
  region: { code: string; name: string };
  parent: { name: string; creditCode: string } | null;
  fields: string[];
  legalBasis: string;
  address: string;
  phone: string;
}

export interface PublicOfficer {
  number: string;
  holder: string;
  post: string;
  unit: string | null;
  agency: { name: string; creditCode: string };
  fields: string[];
  regions: { code: string; name: string }[];
  validFrom: string;
  validTo: string;
  status: EffectiveCertificateStatus;
  statusName: string;
  /** the day the 暂扣/吊销/年检未通过 in force began; null otherwise */
  statusSince: string | null;
  /** the China date the status was computed for */
  checkedOn: string;
}

const KIND_NAMES = { enforcement: '行政执法机关', justice: '司法行政机关' } as const;

function presentAgency(a: PortalAgencyRow): PublicAgency {
  return {
    name: a.name,
    creditCode: a.credit_code,
    kind: a.kind,
    kindName: KIND_NAMES[a.kind],
    region: { code: a.region_code, name: a.region_name ?? a.region_code },
    parent: a.parent_name && a.parent_credit_code ? { name: a.parent_name, creditCode: a.parent_credit_code } : null,
    fields: a.fields,
    legalBasis: a.legal_basis,
    address: a.address,
    phone: a.phone,
  };
}

function presentOfficer(c: PortalCertificateRow, names: Map<string, string>, today: string): PublicOfficer {
  const status = effectiveStatus(
    {
      number: c.number,
      fields: c.fields,
      regions: c.regions,
      validFrom: c.valid_from,
      validTo: c.valid_to,
      status: c.status,
      restrictions: c.restrictions,
    },
    today,
  );
  const restricted = status === 'valid' ? null : restrictionOn({ restrictions: c.restrictions }, today);
  return {
    number: c.number,
    holder: c.holder,
    post: c.post,
    unit: c.unit_name,
    agency: { name: c.agency_name, creditCode: c.agency_credit_code },
    fields: c.fields,
    regions: c.regions.map((code) => ({ code, name: names.get(code) ?? code })),
    validFrom: c.valid_from,
    validTo: c.valid_to,
    status,
    statusName: PUBLIC_STATUS_NAMES[status],
    statusSince: restricted && restricted.kind === status ? restricted.from : null,
    checkedOn: today,
  };
}

export async function publicAgencies(deps: PortalDeps): Promise<PublicAgency[]> {
  return (await listPortalAgencies(deps.db)).map(presentAgency);
}

/** 执法主体 and its 执法人员清单 (R-PUB-1); null when no agency has that code. */
export async function publicAgency(
  deps: PortalDeps,
  creditCode: string,
): Promise<{ agency: PublicAgency; officers: PublicOfficer[] } | null> {
  if (!CREDIT_CODE.test(creditCode)) return null;
  const row = await findPortalAgency(deps.db, creditCode);
  if (!row) return null;
  const certs = await listAgencyCertificates(deps.db, row.id);
  const names = await regionNames(
    deps.db,
    certs.flatMap((c) => c.regions),
  );
  const today = chinaDate(deps.clock.now());
  return { agency: presentAgency(row), officers: certs.map((c) => presentOfficer(c, names, today)) };
}

/** 执法人员核验 (R-PUB-2): the certificate's status on today's China date; null when unknown. */
export async function publicOfficer(deps: PortalDeps, number: string): Promise<PublicOfficer | null> {
  if (!CERTIFICATE_NUMBER.test(number)) return null;
  const row = await findCertificateByNumber(deps.db, number);
  if (!row) return null;
  const names = await regionNames(deps.db, row.regions);
  return presentOfficer(row, names, chinaDate(deps.clock.now()));
}
