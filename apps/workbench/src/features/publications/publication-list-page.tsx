import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Checkbox, Space, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { PublicationList } from '../../api/types';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { EmptyState, QueryView } from '../../components/states';

type View = 'due' | 'published' | 'withdrawals';
type Row = PublicationList['items'][number];

const TITLES: Record<View, string> = { due: '待公示', published: '已公示', withdrawals: '撤下与更正' };

/**
 * 公示管理员 (R-PUB-3, R-PUB-5): what is due with its deadline and overdue mark; what is published
 * (to correct or withdraw); and the withdrawals under way with their 3- or 20-working-day limits.
 */
export default function PublicationListPage({ view }: { view: View }) {
  const [params, setParams] = useSearchParams();
  const overdue = params.get('overdue') === '1';
  const state = view === 'due' ? 'pending' : view === 'published' ? 'published' : 'withdrawal-pending';
  const q = useQuery({
    queryKey: ['publications', state, overdue],
    queryFn: () => unwrap(api.GET('/api/v1/publications', { params: { query: { state, ...(overdue ? { overdue: true } : {}) } } })),
  });
  const withdrawn = useQuery({
    queryKey: ['publications', 'withdrawn'],
    queryFn: () => unwrap(api.GET('/api/v1/publications', { params: { query: { state: 'withdrawn' } } })),
    enabled: view === 'withdrawals',
  });
  const title = TITLES[view];
  const columns = [
    { title: '文号', dataIndex: 'docNumber', width: 220, render: (n: string, p: Row) => <Link to={`/publications/${p.id}`}>{n}</Link> },
    { title: '决定', dataIndex: 'title', render: (t: string, p: Row) => <Link to={`/publications/${p.id}`}>{t}</Link> },
    { title: '类别', dataIndex: 'kind', width: 100 },
    { title: '决定日期', dataIndex: 'decidedOn', width: 110 },
    {
      title: view === 'withdrawals' ? '撤下期限' : view === 'due' ? '公示期限' : '公示',
      key: 'due',
      width: 230,
      render: (_: unknown, p: Row) =>
        view === 'published' ? (
          <span>
            {p.publishedOn} 公示
            {p.publishedLate ? (
              <Tag color="warning" style={{ marginLeft: 4 }}>
                迟延
              </Tag>
            ) : null}
            {p.publicUntil ? <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>公示至 {p.publicUntil}</div> : null}
          </span>
        ) : (
          <DueDate on={view === 'withdrawals' ? p.withdrawalDueOn : p.dueOn} state={p.overdue ? 'overdue' : 'normal'} working />
        ),
    },
    {
      title: '状态',
      key: 'state',
      width: 110,
      render: (_: unknown, p: Row) => <Tag color={p.overdue ? 'error' : 'default'}>{p.stateName}</Tag>,
    },
    ...(view === 'published'
      ? [
          {
            title: '公示页面',
            key: 'url',
            width: 90,
            render: (_: unknown, p: Row) =>
              p.url ? (
                <a href={p.url} target="_blank" rel="noopener">
                  查看
                </a>
              ) : (
                '—'
              ),
          },
        ]
      : []),
  ];
  return (
    <Page title={title} crumbs={[{ title: '公示', to: '/publications' }, { title }]}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space>
          <Checkbox checked={overdue} onChange={(e) => setParams(e.target.checked ? { overdue: '1' } : {}, { replace: true })}>
            只看逾期
          </Checkbox>
        </Space>
      </Card>
      <Card size="small">
        <QueryView query={q}>
          {(l) => (
            <Table<Row>
              rowKey="id"
              dataSource={l.items}
              size="middle"
              pagination={l.items.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: <EmptyState>{view === 'due' ? '没有待公示的决定' : '暂无记录'}</EmptyState> }}
              columns={columns}
            />
          )}
        </QueryView>
      </Card>
      {view === 'withdrawals' && withdrawn.data ? (
        <Card size="small" title="已撤下" style={{ marginTop: 12 }}>
          <Table<Row>
            rowKey="id"
            size="small"
            dataSource={withdrawn.data.items}
            pagination={false}
            locale={{ emptyText: <EmptyState>暂无</EmptyState> }}
            columns={columns.filter((c) => c.key !== 'due')}
          />
        </Card>
      ) : null}
    </Page>
  );
}
