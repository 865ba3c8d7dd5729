import type { paths } from '../../api/schema';
import type { GetOf, UserRecord } from '../../api/types';

/** Names for the answers and bodies the admin screens use, all taken from the generated types. */
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type BodyOf<P extends keyof paths, M extends 'post' | 'put' | 'patch'> = paths[P] extends { [K in M]: { requestBody?: infer R } }
  ? Json<NonNullable<R>>
  : never;

export type AgencyRow = GetOf<'/api/v1/agencies'>[number];
export type Unit = AgencyRow['units'][number];
export type NewAgencyBody = BodyOf<'/api/v1/agencies', 'post'>;
export type AgencyPatchBody = BodyOf<'/api/v1/agencies/{id}', 'patch'>;
export type UnitKind = BodyOf<'/api/v1/agencies/{id}/units', 'post'>['kind'];

export type StaffUser = UserRecord;
export type Certificate = UserRecord['certificates'][number];
export type NewUserBody = BodyOf<'/api/v1/users', 'post'>;
export type RoleCode = NewUserBody['roles'][number];
export type CertificateStatusBody = BodyOf<'/api/v1/certificates/{id}/status', 'post'>;

export type CatalogView = GetOf<'/api/v1/agencies/{id}/review-catalog'>;
export type Catalog = CatalogView['catalog'];
export type CatalogRule = Catalog['rules'][number];
export type CatalogCondition = CatalogRule['condition'];
export type CatalogSettings = Catalog['settings'];
export type VersionEntry = CatalogView['history'][number];

export type RecordingItem = GetOf<'/api/v1/agencies/{id}/recording-list'>[number];
export type RecordingLevel = RecordingItem['level'];

export type BenchmarksView = GetOf<'/api/v1/agencies/{id}/discretion-benchmarks'>;
export type Benchmark = BenchmarksView['benchmarks'][number];
export type BenchmarkGrade = Benchmark['grades'][number];
export type FineRange = BenchmarkGrade['fine'];

export type ProcedureSummary = GetOf<'/api/v1/procedures'>[number];
export type CaseFileStandard = GetOf<'/api/v1/agencies/{id}/case-file-standards/{procedure}'>;
export type CaseFileItem = CaseFileStandard['items'][number];
export type DocumentKind = GetOf<'/api/v1/document-kinds'>[number];

export type CalendarView = GetOf<'/api/v1/calendar'>;

export type ListView = GetOf<'/api/v1/agencies/{id}/lists/{list}'>;
export type ListCode = ListView['list'];
export type ListRow = ListView['rows'][number];
export type PendingChange = GetOf<'/api/v1/list-changes'>[number];

export type PushSystem = GetOf<'/api/v1/exchange/systems'>[number];
export type OutboxMessage = GetOf<'/api/v1/exchange/outbox'>[number];
