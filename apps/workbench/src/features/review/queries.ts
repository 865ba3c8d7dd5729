import { api, unwrap } from '../../api/client';

export const reviewQuery = (caseId: string) => ({
  queryKey: ['case', caseId, 'review'],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/review', { params: { path: { id: caseId } } })),
});

export const compareQuery = (caseId: string, from: number, to: number) => ({
  queryKey: ['case', caseId, 'review', 'compare', from, to],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/review/compare', { params: { path: { id: caseId }, query: { from, to } } })),
  enabled: from > 0 && to > from,
});
