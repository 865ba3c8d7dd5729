import type { ReactNode } from 'react';
import { Button, Card, Table, Tag } from 'antd';
import { EmptyState } from '../../components/states';
import { dateTime } from '../../lib/format';

interface Entry {
  version: number;
  note: string;
  by: string;
  at: string;
}

/** The versions an agency published, newest first: who, when and why; optionally each one opened. */
export function VersionHistory<T extends Entry>({
  history,
  current,
  onView,
  extraColumns = [],
  title = '历史版本',
  empty = '尚未发布过本机关自己的版本',
}: {
  history: T[];
  current: number;
  onView?: (version: number) => void;
  extraColumns?: { title: string; key: string; render: (e: T) => ReactNode; width?: number }[];
  title?: string;
  empty?: string;
}) {
  return (
    <Card size="small" title={title} style={{ marginTop: 16 }}>
      <Table<T>
        rowKey="version"
        size="small"
        dataSource={history}
        pagination={history.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: <EmptyState>{empty}</EmptyState> }}
        scroll={{ x: 640 }}
        columns={[
          {
            title: '版本',
            dataIndex: 'version',
            width: 110,
            render: (v: number) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                第 {v} 版 {v === current ? <Tag color="success">现行</Tag> : null}
              </span>
            ),
          },
          { title: '更新说明', dataIndex: 'note', render: (n: string) => n || '—' },
          ...extraColumns.map((c) => ({ title: c.title, key: c.key, width: c.width, render: (_: unknown, e: T) => c.render(e) })),
          { title: '发布人', dataIndex: 'by', width: 100 },
          { title: '发布时间', dataIndex: 'at', width: 150, render: (a: string) => dateTime(a) },
          ...(onView
            ? [
                {
                  title: '操作',
                  key: 'view',
                  width: 80,
                  render: (_: unknown, e: T) => (
                    <Button size="small" type="link" onClick={() => onView(e.version)} aria-label={`查看第 ${e.version} 版`}>
                      查看
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
