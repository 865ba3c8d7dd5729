import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { EmptyState, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';

/** 审核待办 and 已审核 (R-REV-7): rounds with due dates in working days, reminders and overdue marks. */
export default function ReviewQueuePage({ done }: { done?: boolean }) {
  const status = done ? 'closed' : 'pending';
  const q = useQuery({
    queryKey: ['reviews', status],
    queryFn: () => unwrap(api.GET('/api/v1/reviews', { params: { query: { status } } })),
  });
  const title = done ? '已审核' : '审核待办';
  return (
    <Page title={title} crumbs={[{ title }]}>
      <Card size="small">
        <QueryView query={q}>
          {(rows) => (
            <Table
              rowKey={(r) => `${r.caseId}:${r.round}`}
              dataSource={rows}
              size="middle"
              pagination={rows.length > 20 ? { pageSize: 20 } : false}
              locale={{ emptyText: <EmptyState>{done ? '尚无已审核的案件' : '没有待审核的案件'}</EmptyState> }}
              columns={[
                {
                  title: '案件编号',
                  dataIndex: 'caseNumber',
                  width: 210,
                  render: (n: string, r) => <Link to={`/reviews/${r.caseId}`}>{n}</Link>,
                },
                { title: '案由', dataIndex: 'title', render: (t: string, r) => <Link to={`/reviews/${r.caseId}`}>{t}</Link> },
                { title: '轮次', dataIndex: 'round', width: 80, render: (n: number) => `第 ${n} 轮` },
                { title: '提交', key: 'sub', width: 200, render: (_, r) => `${r.submittedBy} ${dateTime(r.submittedAt)}` },
                done
                  ? {
                      title: '结果',
                      dataIndex: 'status',
                      width: 100,
                      render: (s: string) => (
                        <Tag color={s === 'agreed' ? 'success' : s === 'problems' ? 'error' : 'default'}>
                          {({ agreed: '同意', problems: '存在问题', withdrawn: '已撤回' } as Record<string, string>)[s] ?? s}
                        </Tag>
                      ),
                    }
                  : {
                      title: '审核期限',
                      key: 'due',
                      width: 230,
                      render: (_, r) => <DueDate on={r.dueOn} state={r.overdue ? 'overdue' : r.remind ? 'soon' : 'normal'} working />,
                    },
              ]}
            />
          )}
        </QueryView>
      </Card>
    </Page>
  );
}
