import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import type { CaseDetail } from '../../api/types';
import { QueryView } from '../../components/states';
import { useCaseAccess } from './case-access';

/** 案卷 (R-REC-6): completeness against the agency's 案卷标准, and the self-verifying export. */
export function CaseFileTab({ c }: { c: CaseDetail }) {
  const { withReason } = useCaseAccess();
  const q = useQuery({
    queryKey: ['case', c.id, 'case-file'],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/case-file', { params: { path: { id: c.id } } })),
  });
  return (
    <QueryView query={q}>
      {(f) => (
        <>
          <Alert
            type={f.complete ? 'success' : 'warning'}
            showIcon
            style={{ marginBottom: 12 }}
            title={
              f.complete
                ? '案卷材料齐全，符合本机关案卷标准'
                : `案卷尚缺 ${f.items.filter((i) => !i.present).length} 项材料，补齐后方可归档`
            }
            action={
              <Button icon={<DownloadOutlined />} href={withReason(`/api/v1/cases/${c.id}/export`)}>
                导出案卷包
              </Button>
            }
          />
          <Table
            rowKey={(i) => `${i.kind}:${i.step}:${i.name}`}
            size="small"
            pagination={false}
            dataSource={f.items}
            columns={[
              { title: '材料', dataIndex: 'name' },
              {
                title: '类别',
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => ({ document: '文书', step: '环节记录', evidence: '音像记录' })[k] ?? k,
              },
              {
                title: '状态',
                dataIndex: 'present',
                width: 100,
                render: (p: boolean) => (p ? <Tag color="success">已具备</Tag> : <Tag color="error">缺少</Tag>),
              },
            ]}
          />
        </>
      )}
    </QueryView>
  );
}
