import type { paths } from '../../api/schema';

export type ComplaintList = paths['/api/v1/complaints']['get']['responses'][200]['content']['application/json'];
export type ComplaintItem = ComplaintList['items'][number];
export type ComplaintFigures = ComplaintList['figures'][number];
export type ComplaintView = paths['/api/v1/complaints/{id}']['get']['responses'][200]['content']['application/json'];

/** The state as the complainant reads it, as a tag: 已受理 / 办理中 / 已答复 / 已转办. */
export const STATE_COLOURS: Record<string, string> = { 已受理: 'blue', 办理中: 'processing', 已答复: 'success', 已转办: 'purple' };
