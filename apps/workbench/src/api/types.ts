import type { paths } from './schema';

/** Names for the API's answers, all taken from the generated types (never written by hand). */
type Get<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } }
  ? T
  : never;

export type Procedure = Get<'/api/v1/procedures/{code}'>;
export type StepDef = Procedure['open'];
export type InputDef = StepDef['inputs'][number];
export type Guard = NonNullable<StepDef['guards']>[number];
export type CaseDetail = Get<'/api/v1/cases/{id}'>;
export type CaseSummary = Get<'/api/v1/cases'>['items'][number];
export type CaseEvents = Get<'/api/v1/cases/{id}/events'>;
export type Readiness = Get<'/api/v1/cases/{id}/steps/{step}/readiness'>;
export type Candidate = Get<'/api/v1/officer-candidates'>[number];
export type Evidence = Get<'/api/v1/cases/{id}/evidence'>[number];
export type DocumentRecord = Get<'/api/v1/cases/{id}/documents'>[number];
export type CaseReview = Get<'/api/v1/cases/{id}/review'>;
export type Publication = Get<'/api/v1/publications/{id}'>;
export type PublicationList = Get<'/api/v1/publications'>;
export type Overview = Get<'/api/v1/supervision/overview'>;
export type UserRecord = Get<'/api/v1/users'>[number];
export type Agency = Get<'/api/v1/agencies/{id}'>;
export type Region = Get<'/api/v1/regions'>[number];
export type GetOf<P extends keyof paths> = Get<P>;
export type Analysis = Get<'/api/v1/analysis'>;
