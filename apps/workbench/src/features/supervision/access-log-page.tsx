import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Select, Space, Table, Tag } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import { dateTime } from '../../lib/format';

const ACTION: Record<string, string> = { view: '查看', download: '下载' };
const TARGET: Record<string, string> = {
  case: '案件详情',
  'case-record': '全过程记录',
  'evidence-list': '音像记录清单',
  evidence: '音像记录原件',
  'document-list': '文书清单',
  'document-pdf': '文书 PDF',
  'document-docx': '文书 Word',
  'case-export': '案卷包',
  'party-records': '当事人记录',
};

/** 调阅记录 (R-REC-7): who read or downloaded which record, when, and why. */
export default function AccessLogPage() {
  const [params, setParams] = useSearchParams();
  const agencyId = params.get('agencyId') ?? undefined;
  const q = useQuery({
    queryKey: ['access-log', agencyId ?? ''],
    queryFn: () => unwrap(api.GET('/api/v1/access-log', { params: { query: { limit: 500, ...(agencyId ? { agencyId } : {}) } } })),
  });
  const agencies = useQuery({ queryKey: ['agencies'], queryFn: () => unwrap(api.GET('/api/v1/agencies')), staleTime: 60_000 });
  return (
    <Page
      title="调阅记录"
      crumbs={[{ title: '执法监督', to: '/supervision' }, { title: '调阅记录' }]}
      subtitle="每一次查看、下载执法记录的人员、时间和事由（最近 500 条）"
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space>
          <Select
            aria-label="执法机关"
            placeholder="全部机关"
            allowClear
            style={{ width: 280 }}
            value={agencyId}
            onChange={(v) => setParams(v ? { agencyId: v } : {}, { replace: true })}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Space>
      </Card>
      <Card size="small">
        <QueryView query={q}>
          {(rows) => (
            <Table
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              locale={{ emptyText: <EmptyState>暂无调阅记录</EmptyState> }}
              columns={[
                { title: '时间', dataIndex: 'at', width: 150, render: dateTime },
                { title: '人员', key: 'who', width: 220, render: (_, r) => `${r.actorName}（${r.actorAgency}）` },
                {
                  title: '行为',
                  key: 'what',
                  width: 160,
                  render: (_, r) => (
                    <Space size={4}>
                      <Tag>{ACTION[r.action] ?? r.action}</Tag>
                      {TARGET[r.targetKind] ?? r.targetKind}
                    </Space>
                  ),
                },
                {
                  title: '案件',
                  key: 'case',
                  width: 210,
                  render: (_, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{r.caseNumber}</Link> : '—'),
                },
                { title: '事由', dataIndex: 'reason' },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </Page>
  );
}
