import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import type { CaseSummary } from '../../api/types';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { LinkButton } from '../../components/link-button';
import { DueDate } from '../../components/due';
import { ErrorState, EmptyState } from '../../components/states';
import { dateOf } from '../../lib/format';

const proceduresQuery = { queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/v1/procedures')), staleTime: Infinity };

/**
 * 案件: the cases in my scope with server-side filters and paging; the filter state lives in the
 * URL, so a filtered list can be shared as a link.
 */
export default function CaseListPage({ supervision }: { supervision?: boolean }) {
  const session = useSession();
  const agencies = useQuery({
    queryKey: ['agencies'],
    queryFn: () => unwrap(api.GET('/api/v1/agencies')),
    enabled: session.user.visibleAgencyIds.length > 1,
    staleTime: 60_000,
  });
  const [params, setParams] = useSearchParams();
  const mine = params.get('mine') === '1';
  const filter = {
    q: params.get('q') ?? undefined,
    procedure: params.get('procedure') ?? undefined,
    agencyId: params.get('agencyId') ?? undefined,
    overdue: params.get('overdue') === '1' ? true : undefined,
    mine: mine || undefined,
    open: params.get('open') === '1' ? true : params.get('open') === '0' ? false : undefined,
    cursor: params.get('cursor') ?? undefined,
    limit: 20,
  };
  const q = useQuery({
    queryKey: ['cases', filter],
    queryFn: () => unwrap(api.GET('/api/v1/cases', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
  const procedures = useQuery(proceduresQuery);
  const set = (k: string, v: string | undefined) =>
    setParams(
      (p) => {
        if (v) p.set(k, v);
        else p.delete(k);
        p.delete('cursor');
        return p;
      },
      { replace: true },
    );
  const title = supervision
    ? '案件调阅'
    : mine
      ? '我的案件'
      : session.has('supervisor') && !session.has('officer', 'head')
        ? '案件'
        : '本机关案件';
  return (
    <Page
      title={title}
      crumbs={supervision ? [{ title: '执法监督', to: '/supervision' }, { title }] : [{ title }]}
      subtitle={supervision ? '打开案件须说明调阅事由，调阅记录记入账本，供监督' : undefined}
      extra={
        session.has('officer') ? (
          <LinkButton to="/cases/new" type="primary" icon={<PlusOutlined />}>
            新建案件
          </LinkButton>
        ) : null
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <Input.Search
            aria-label="搜索案件"
            placeholder="案件编号、案由或当事人"
            allowClear
            defaultValue={filter.q}
            onSearch={(v) => set('q', v.trim() || undefined)}
            style={{ width: 280 }}
          />
          {agencies.data && agencies.data.length > 1 ? (
            <Select
              aria-label="执法机关"
              placeholder="全部机关"
              allowClear
              value={filter.agencyId}
              onChange={(v) => set('agencyId', v)}
              style={{ width: 260 }}
              options={agencies.data.filter((a) => a.kind === 'enforcement').map((a) => ({ value: a.id, label: a.name }))}
            />
          ) : null}
          <Select
            aria-label="执法程序"
            placeholder="全部程序"
            allowClear
            value={filter.procedure}
            onChange={(v) => set('procedure', v)}
            style={{ width: 200 }}
            options={(procedures.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          />
          <Select
            aria-label="办理状态"
            value={params.get('open') ?? ''}
            onChange={(v) => set('open', v || undefined)}
            style={{ width: 140 }}
            options={[
              { value: '', label: '全部状态' },
              { value: '1', label: '办理中' },
              { value: '0', label: '已终结' },
            ]}
          />
          <Checkbox checked={!!filter.overdue} onChange={(e) => set('overdue', e.target.checked ? '1' : undefined)}>
            只看逾期
          </Checkbox>
          {session.has('officer') ? (
            <Checkbox checked={mine} onChange={(e) => set('mine', e.target.checked ? '1' : undefined)}>
              只看我承办的
            </Checkbox>
          ) : null}
        </Space>
      </Card>
      {q.isError ? (
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      ) : (
        <Card size="small">
          <Table<CaseSummary>
            rowKey="id"
            loading={q.isFetching}
            dataSource={q.data?.items ?? []}
            pagination={false}
            size="middle"
            locale={{
              emptyText: (
                <EmptyState
                  action={
                    session.has('officer') ? (
                      <LinkButton to="/cases/new" type="primary" size="small">
                        新建案件
                      </LinkButton>
                    ) : undefined
                  }
                >
                  没有符合条件的案件
                </EmptyState>
              ),
            }}
            columns={[
              {
                title: '案件编号',
                dataIndex: 'number',
                width: 210,
                render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link>,
              },
              { title: '案由', dataIndex: 'title', render: (t: string, c) => <Link to={`/cases/${c.id}`}>{t}</Link> },
              { title: '当事人', dataIndex: 'partyName', width: 200 },
              { title: '程序', key: 'procedure', width: 150, render: (_, c) => c.procedure.name },
              {
                title: '状态',
                key: 'state',
                width: 110,
                render: (_, c) => <Tag color={c.overdue ? 'error' : 'default'}>{c.state.name}</Tag>,
              },
              {
                title: '下一期限',
                key: 'due',
                width: 210,
                render: (_, c) => <DueDate on={c.nextDueOn} state={c.nextDueOn ? (c.overdue ? 'overdue' : 'normal') : null} />,
              },
              { title: '立案日期', dataIndex: 'openedAt', width: 110, render: (d: string) => dateOf(d) },
              ...(session.user.visibleAgencyIds.length > 1
                ? [{ title: '机关', key: 'agency', width: 180, render: (_: unknown, c: CaseSummary) => c.agency.name }]
                : []),
            ]}
          />
          <Space style={{ marginTop: 12 }}>
            <Button disabled={!filter.cursor} onClick={() => set('cursor', undefined)}>
              第一页
            </Button>
            <Button disabled={!q.data?.nextCursor} onClick={() => setParams((p) => (p.set('cursor', q.data!.nextCursor!), p))}>
              下一页
            </Button>
            <Typography.Text type="secondary">按立案时间从新到旧，每页 20 件</Typography.Text>
          </Space>
        </Card>
      )}
    </Page>
  );
}
