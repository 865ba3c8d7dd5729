import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';

/** 审核人员配备 (R-REV-9): reviewers against officers per agency; under 5 % is flagged. */
export default function StaffingPage() {
  const q = useQuery({ queryKey: ['review-staffing'], queryFn: () => unwrap(api.GET('/api/v1/review-staffing')) });
  return (
    <Page
      title="审核人员配备"
      crumbs={[{ title: '执法监督', to: '/supervision' }, { title: '审核人员配备' }]}
      subtitle="法制审核人员原则上不少于本机关执法人员总数的 5%"
    >
      <Card size="small">
        <QueryView query={q}>
          {(rows) => (
            <Table
              rowKey="agencyId"
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                {
                  title: '执法机关',
                  dataIndex: 'agencyName',
                  render: (n: string, r) => (r.covers.length ? `${n}（含${r.covers.join('、')}）` : n),
                },
                { title: '执法人员', dataIndex: 'officers', width: 100 },
                { title: '法制审核人员', dataIndex: 'reviewers', width: 120 },
                {
                  title: '比例',
                  dataIndex: 'ratio',
                  width: 100,
                  render: (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`),
                },
                { title: '应配备', dataIndex: 'required', width: 90 },
                {
                  title: '状态',
                  dataIndex: 'flagged',
                  width: 100,
                  render: (f: boolean) => (f ? <Tag color="error">不足</Tag> : <Tag color="success">达标</Tag>),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </Page>
  );
}
