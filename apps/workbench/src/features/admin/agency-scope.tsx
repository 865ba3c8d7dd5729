import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Select, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { useSession, type Role } from '../../auth/session';
import type { AgencyRow } from './api-types';

/** The agencies in the signed-in person's scope (shared with other screens under the same key). */
export function useAgencies() {
  return useQuery({ queryKey: ['agencies'], queryFn: () => unwrap(api.GET('/api/v1/agencies')), staleTime: 60_000 });
}

export interface AgencyScope {
  /** the agency the screen shows: ?agencyId= when given, else the person's own */
  agencyId: string;
  agency: AgencyRow | undefined;
  agencies: AgencyRow[];
  /** the screen shows the person's own agency (most settings are changed only there) */
  own: boolean;
  setAgencyId: (id: string) => void;
}

/** Which agency an admin screen shows; kept in the URL so that a link can be shared. */
export function useAgencyScope(): AgencyScope {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const q = useAgencies();
  const wanted = params.get('agencyId');
  // the list answers for agencies set up after sign-in; the session's scope while it loads
  const known = (id: string) => (q.data ? q.data.some((a) => a.id === id) : user.visibleAgencyIds.includes(id));
  const agencyId = wanted && known(wanted) ? wanted : user.agencyId;
  const setAgencyId = useCallback(
    (id: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (id === user.agencyId) next.delete('agencyId');
          else next.set('agencyId', id);
          return next;
        },
        { replace: true },
      ),
    [setParams, user.agencyId],
  );
  const agencies = q.data ?? [];
  return { agencyId, agency: agencies.find((a) => a.id === agencyId), agencies, own: agencyId === user.agencyId, setAgencyId };
}

/** A Select among the visible agencies; shown only when there is more than one. */
export function AgencyPicker({ scope, label = '机关' }: { scope: AgencyScope; label?: string }) {
  if (scope.agencies.length < 2) return null;
  return (
    <Space wrap>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Select
        aria-label={label}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 300, maxWidth: '100%' }}
        value={scope.agencyId}
        onChange={scope.setAgencyId}
        options={scope.agencies.map((a) => ({ value: a.id, label: a.name }))}
      />
    </Space>
  );
}

/** Whether the signed-in person holds one of the roles in the agency shown (settings are the agency's own). */
export function useMayEdit(scope: AgencyScope, ...roles: Role[]): boolean {
  const session = useSession();
  return scope.own && session.has(...roles);
}
