import { api, unwrap } from '../../api/client';

/** 待办: requested at start-up beside /auth/me when the workbench opens on it (the first screen). */
export const worklistQuery = { queryKey: ['worklist'], queryFn: () => unwrap(api.GET('/api/v1/worklist')) };
