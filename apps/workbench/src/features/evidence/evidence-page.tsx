import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Tag } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import * as tus from 'tus-js-client';
import { api, unwrap } from '../../api/client';
import type { CaseSummary } from '../../api/types';
import { Page } from '../../components/page';
import { LinkButton } from '../../components/link-button';
import { EmptyState, QueryView } from '../../components/states';
import { bytes, dateTime } from '../../lib/format';

/**
 * 音像记录: where an officer goes to upload — their open cases, each leading to its upload area —
 * and the uploads that were interrupted (leaving the page, a dropped connection), to finish.
 */
export default function EvidencePage() {
  const q = useQuery({
    queryKey: ['cases', { mine: true, open: true }],
    queryFn: () => unwrap(api.GET('/api/v1/cases', { params: { query: { mine: true, open: true, limit: 100 } } })),
  });
  const [pending, setPending] = useState<{ caseId: string; name: string; size: number; created: string }[]>([]);
  useEffect(() => {
    void tus.defaultOptions.urlStorage
      .findAllUploads()
      .then((all) =>
        setPending(
          all.map((u) => ({
            caseId: u.metadata?.['caseId'] ?? '',
            name: u.metadata?.['filename'] ?? '未命名',
            size: Number(u.size ?? 0),
            created: String(u.creationTime ?? ''),
          })),
        ),
      )
      .catch(() => undefined);
  }, []);
  return (
    <Page
      title="音像记录"
      crumbs={[{ title: '音像记录' }]}
      subtitle="照片、录音、执法记录仪录像：在案件中上传，上传时计算摘要并记入全过程记录"
    >
      {pending.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="未完成的上传"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {pending.map((p) => (
                <li key={`${p.caseId}:${p.name}:${p.created}`}>
                  {p.name}（{bytes(p.size)}，{dateTime(p.created)} 开始）—{' '}
                  <Link to={`/cases/${p.caseId}?tab=evidence`}>到案件中重新选择该文件继续上传</Link>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card size="small" title="我承办的办理中案件">
        <QueryView query={q}>
          {(l) => (
            <Table<CaseSummary>
              rowKey="id"
              size="middle"
              dataSource={l.items}
              pagination={false}
              locale={{ emptyText: <EmptyState>没有办理中的案件</EmptyState> }}
              columns={[
                { title: '案件编号', dataIndex: 'number', width: 210 },
                { title: '案由', dataIndex: 'title' },
                { title: '当事人', dataIndex: 'partyName', width: 200 },
                { title: '状态', key: 's', width: 110, render: (_, c) => <Tag>{c.state.name}</Tag> },
                {
                  title: '',
                  key: 'go',
                  width: 150,
                  render: (_, c) => (
                    <LinkButton to={`/cases/${c.id}?tab=evidence`} icon={<UploadOutlined />} size="small">
                      上传音像记录
                    </LinkButton>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </Page>
  );
}
