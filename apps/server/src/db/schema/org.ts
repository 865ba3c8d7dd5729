import type { Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from './columns.ts';

/** The organisation (`org` module): regions, agencies (执法主体) and their units. */

export interface RegionsTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township';
  parent_code: string | null;
}

export interface AgenciesTable {
  id: Generated<string>;
  name: string;
  credit_code: string;
  kind: 'enforcement' | 'justice';
  region_code: string;
  parent_id: string | null;
  fields: string[];
  procedure_kinds: string[];
  short_name: string;
  number_template: string;
  legal_basis: Generated<string>;
  address: Generated<string>;
  phone: Generated<string>;
  created_at: GeneratedTimestamp;
}

export interface UnitsTable {
  id: Generated<string>;
  agency_id: string;
  name: string;
  kind: 'handling' | 'legal' | 'office' | 'leadership';
}

/** The agency's seal image, append-only versions (migration 0029); image_sha256 null: removed. */
export interface AgencySealImagesTable {
  agency_id: string;
  version: number;
  image_sha256: string | null;
  width: number | null;
  height: number | null;
  bytes: number | null;
  note: string;
  created_by: string;
  created_at: Timestamp;
}

export interface OrgTables {
  regions: RegionsTable;
  agencies: AgenciesTable;
  units: UnitsTable;
  agency_seal_images: AgencySealImagesTable;
}
