import { api, unwrap } from '../../api/client';

/** Shared queries of the case page; keys name what they hold so that a step can invalidate them. */
export const procedureQuery = (code: string) => ({
  queryKey: ['procedure', code],
  queryFn: () => unwrap(api.GET('/api/v1/procedures/{code}', { params: { path: { code } } })),
  staleTime: Infinity,
});

export const caseQuery = (id: string, reason: string | undefined) => ({
  queryKey: ['case', id, reason ?? ''],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}', { params: { path: { id }, query: reason ? { reason } : {} } })),
});

export const eventsQuery = (id: string, reason: string | undefined) => ({
  queryKey: ['case', id, reason ?? '', 'events'],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/events', { params: { path: { id }, query: reason ? { reason } : {} } })),
});

export const evidenceQuery = (id: string, reason: string | undefined) => ({
  queryKey: ['case', id, reason ?? '', 'evidence'],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/evidence', { params: { path: { id }, query: reason ? { reason } : {} } })),
});

export const documentsQuery = (id: string, reason: string | undefined) => ({
  queryKey: ['case', id, reason ?? '', 'documents'],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/documents', { params: { path: { id }, query: reason ? { reason } : {} } })),
});

export const readinessQuery = (id: string, step: string) => ({
  queryKey: ['case', id, 'readiness', step],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/steps/{step}/readiness', { params: { path: { id, step } } })),
  staleTime: 0,
});
