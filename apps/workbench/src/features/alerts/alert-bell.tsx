import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';

/** The top bar's bell: open alerts the person sees and has not read, refreshed every minute. */
export function AlertBell() {
  const q = useQuery({
    queryKey: ['alerts-unread'],
    queryFn: () => unwrap(api.GET('/api/v1/alerts/unread')),
    refetchInterval: 60_000,
  });
  const n = q.data?.unread ?? 0;
  const label = n ? `执法监督预警：${n} 条未读` : '执法监督预警：没有未读';
  return (
    <Tooltip title={label}>
      <Link to="/alerts" aria-label={label}>
        <Badge count={n} size="small" overflowCount={99}>
          <Button type="text" shape="circle" icon={<BellOutlined />} tabIndex={-1} aria-hidden />
        </Badge>
      </Link>
    </Tooltip>
  );
}
