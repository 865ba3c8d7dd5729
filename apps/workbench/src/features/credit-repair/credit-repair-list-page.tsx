import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Radio, Table, Tag } from 'antd';
import { api, unwrap } from '../../api/client';
import type { GetOf } from '../../api/types';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { EmptyState, QueryView } from '../../components/states';

type Row = GetOf<'/api/v1/credit-repair/applications'>['items'][number];
type StateFilter = 'pending' | 'granted' | 'refused' | 'all';

const STATE_COLORS: Record<Row['state'], string> = { pending: 'processing', granted: 'success', refused: 'default' };

/**
 * 信用修复 (issue 22 point 2): the applications the parties sent from the 当事人专区, the ones to decide
 * first, each with its due date (十五个工作日 from receipt) and an overdue mark.
 */
export default function CreditRepairListPage() {
  const [params, setParams] = useSearchParams();
  const filter = (params.get('state') ?? 'pending') as StateFilter;
  const q = useQuery({
    queryKey: ['credit-repair', filter],
    queryFn: () => unwrap(api.GET('/api/v1/credit-repair/applications', { params: { query: filter === 'all' ? {} : { state: filter } } })),
  });
  return (
    <Page title="信用修复申请" crumbs={[{ title: '公示', to: '/publications' }, { title: '信用修复申请' }]}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Radio.Group
          value={filter}
          onChange={(e) => setParams({ state: e.target.value as string }, { replace: true })}
          optionType="button"
          options={[
            { value: 'pending', label: '待决定' },
            { value: 'granted', label: '已准予' },
            { value: 'refused', label: '不予' },
            { value: 'all', label: '全部' },
          ]}
          aria-label="按办理状态筛选"
        />
      </Card>
      <Card size="small">
        <QueryView query={q}>
          {(l) => (
            <Table<Row>
              rowKey="id"
              dataSource={l.items}
              size="middle"
              pagination={l.items.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: <EmptyState>{filter === 'pending' ? '没有待决定的信用修复申请' : '暂无记录'}</EmptyState> }}
              columns={[
                {
                  title: '申请编号',
                  dataIndex: 'number',
                  width: 130,
                  render: (n: string, a: Row) => <Link to={`/credit-repair/${a.id}`}>{n}</Link>,
                },
                {
                  title: '行政处罚决定',
                  dataIndex: 'docNumber',
                  render: (n: string, a: Row) => (
                    <span>
                      {n}
                      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{a.decisionTitle}</div>
                    </span>
                  ),
                },
                {
                  title: '当事人 / 申请人',
                  key: 'party',
                  width: 230,
                  render: (_: unknown, a: Row) => (
                    <span>
                      {a.partyName}
                      <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>
                        {a.applicantName}（{a.applicantRole}）
                      </div>
                    </span>
                  ),
                },
                { title: '收到日期', dataIndex: 'receivedOn', width: 105 },
                {
                  title: '决定期限',
                  key: 'due',
                  width: 215,
                  render: (_: unknown, a: Row) =>
                    a.state === 'pending' ? <DueDate on={a.dueOn} state={a.overdue ? 'overdue' : 'normal'} working /> : a.dueOn,
                },
                {
                  title: '状态',
                  key: 'state',
                  width: 120,
                  render: (_: unknown, a: Row) => <Tag color={a.overdue ? 'error' : STATE_COLORS[a.state]}>{a.stateName}</Tag>,
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </Page>
  );
}
