import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { dateTime, money, todayInChina } from '../../lib/format';

type Filing = { at: string; by: string; dueOn: string; late: boolean; sha256: string } | null;

function FilingTag({ f, overdue }: { f: Filing; overdue: boolean }) {
  if (f)
    return (
      <Tag color={f.late ? 'warning' : 'success'}>
        {f.late ? '逾期' : '按时'}（{dateTime(f.at)}）
      </Tag>
    );
  return overdue ? <Tag color="error">逾期未报</Tag> : <Tag>尚未</Tag>;
}

/** 年报报送 (R-PUB-7): which agencies reported (by Jan 10) and published (by Jan 31) their annual statistics. */
export default function AnnualReportsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear - 1);
  const q = useQuery({
    queryKey: ['statistics-status', year],
    queryFn: () => unwrap(api.GET('/api/v1/statistics/{year}/status', { params: { path: { year } } })),
  });
  return (
    <Page
      title="年报报送"
      crumbs={[{ title: '执法监督', to: '/supervision' }, { title: '年报报送' }]}
      extra={
        <Select
          aria-label="年度"
          value={year}
          onChange={(y) => setParams({ year: String(y) }, { replace: true })}
          options={[0, 1, 2, 3].map((n) => ({ value: thisYear - n, label: `${thisYear - n} 年` }))}
          style={{ width: 120 }}
        />
      }
    >
      <QueryView query={q}>
        {(s) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                items={[
                  { key: 'r', label: '报送司法局期限', children: s.deadlines.reportBy },
                  { key: 'p', label: '向社会公开期限', children: s.deadlines.publishBy },
                  {
                    key: 't',
                    label: '辖区合计',
                    children: `立案 ${s.region.opened} 件 · 决定 ${s.region.decided} 件 · 罚款 ${money(s.region.fines)} · 没收 ${money(s.region.confiscations)}`,
                  },
                ]}
              />
            </Card>
            <Card size="small">
              <Table
                rowKey={(r) => r.agency.id}
                size="small"
                pagination={false}
                dataSource={s.agencies}
                columns={[
                  { title: '执法机关', key: 'a', render: (_, r) => r.agency.name },
                  {
                    title: '报送',
                    key: 'r',
                    width: 230,
                    render: (_, r) => <FilingTag f={r.reported as Filing} overdue={r.reportOverdue} />,
                  },
                  {
                    title: '公开',
                    key: 'p',
                    width: 230,
                    render: (_, r) => <FilingTag f={r.published as Filing} overdue={r.publishOverdue} />,
                  },
                  { title: '立案', key: 'o', width: 70, render: (_, r) => r.totals.opened },
                  { title: '决定', key: 'd', width: 70, render: (_, r) => r.totals.decided },
                  { title: '罚没款', key: 'f', width: 140, render: (_, r) => money(r.totals.fines + r.totals.confiscations) },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                报送与公开时固定当时的统计数据并计算摘要，之后可据以核对。
              </Typography.Paragraph>
            </Card>
          </Space>
        )}
      </QueryView>
    </Page>
  );
}
