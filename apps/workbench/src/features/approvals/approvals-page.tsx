import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { LinkButton } from '../../components/link-button';
import { DueDate } from '../../components/due';
import { EmptyState, QueryView } from '../../components/states';
import { worklistQuery } from '../worklist/queries';
import { rememberReason } from '../../lib/reason';
import { OpinionView } from '../review/rounds';
import { reviewQuery } from '../review/queries';

/**
 * 机关负责人: what awaits my approval (decisions with the review opinion beside them, 批准, 结案),
 * and the cases waiting for 集体讨论 (the handler disagreed with the review, or the rounds ran out).
 */
export default function ApprovalsPage({ discussions }: { discussions?: boolean }) {
  return discussions ? <Discussions /> : <Approvals />;
}

function Approvals() {
  const q = useQuery(worklistQuery);
  return (
    <Page title="待我审批" crumbs={[{ title: '待我审批' }]}>
      <Card size="small">
        <QueryView query={q}>
          {(w) => {
            const rows = w.items.filter((i) => i.kind === 'approval');
            return (
              <Table
                rowKey={(i) => i.target.id}
                dataSource={rows}
                pagination={false}
                locale={{ emptyText: <EmptyState>没有等待您审批的事项</EmptyState> }}
                expandable={{ expandedRowRender: (i) => <ApprovalReview caseId={i.caseId!} />, rowExpandable: () => true }}
                columns={[
                  {
                    title: '待审批',
                    dataIndex: 'what',
                    render: (t: string, i) => (
                      <Link to={`/cases/${i.target.id}`} onClick={() => rememberReason(i.target.id, `审批：${t}`)}>
                        {t}
                      </Link>
                    ),
                  },
                  {
                    title: '案件',
                    key: 'case',
                    render: (_, i) => (
                      <div>
                        {i.title}
                        <div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {i.caseNumber} · {i.partyName}
                          </Typography.Text>
                        </div>
                      </div>
                    ),
                  },
                  { title: '程序', dataIndex: 'procedureName', width: 150 },
                  { title: '期限', key: 'due', width: 220, render: (_, i) => <DueDate on={i.dueOn} state={i.dueState} /> },
                  {
                    title: '',
                    key: 'go',
                    width: 100,
                    render: (_, i) => (
                      <LinkButton
                        to={`/cases/${i.target.id}`}
                        before={() => rememberReason(i.target.id, `审批：${i.what}`)}
                        type="primary"
                        size="small"
                      >
                        办理
                      </LinkButton>
                    ),
                  },
                ]}
              />
            );
          }}
        </QueryView>
      </Card>
    </Page>
  );
}

/** The review opinion beside a decision awaiting approval. */
function ApprovalReview({ caseId }: { caseId: string }) {
  const q = useQuery(reviewQuery(caseId));
  return (
    <QueryView query={q} rows={2}>
      {(r) => {
        const last = [...r.rounds].reverse().find((x) => x.opinion);
        const latest = r.proposals.at(-1);
        return (
          <div style={{ display: 'grid', gap: 8 }}>
            <Typography.Text>
              法制审核：<Tag>{r.phaseName}</Tag>
              {latest ? `拟作出的决定第 ${latest.version} 版` : '无须法制审核的事项'}
              {r.clearance ? `；可作出的决定：第 ${r.clearance.proposalVersion} 版（${r.clearance.basisName}）` : ''}
            </Typography.Text>
            {last?.opinion ? (
              <OpinionView opinion={last.opinion} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本事项没有法制审核意见" />
            )}
          </div>
        );
      }}
    </QueryView>
  );
}

function Discussions() {
  const q = useQuery({
    queryKey: ['reviews', 'closed'],
    queryFn: () => unwrap(api.GET('/api/v1/reviews', { params: { query: { status: 'closed' } } })),
  });
  return (
    <Page
      title="集体讨论"
      crumbs={[{ title: '集体讨论' }]}
      subtitle="承办人对审核意见有异议，或退回次数已满的案件，由机关负责人集体讨论决定"
    >
      <Card size="small">
        <QueryView query={q}>
          {(rows) => {
            const waiting = rows.filter((r) => r.awaitingDiscussion);
            return (
              <Table
                rowKey={(r) => `${r.caseId}:${r.round}`}
                dataSource={waiting}
                pagination={false}
                locale={{ emptyText: <EmptyState>没有等待集体讨论的案件</EmptyState> }}
                columns={[
                  {
                    title: '案件编号',
                    dataIndex: 'caseNumber',
                    width: 210,
                    render: (n: string, r) => (
                      <Link to={`/cases/${r.caseId}?tab=review`} onClick={() => rememberReason(r.caseId, '集体讨论')}>
                        {n}
                      </Link>
                    ),
                  },
                  { title: '案由', dataIndex: 'title' },
                  { title: '轮次', dataIndex: 'round', width: 80, render: (n: number) => `第 ${n} 轮` },
                  {
                    title: '',
                    key: 'go',
                    width: 120,
                    render: (_, r) => (
                      <LinkButton
                        to={`/cases/${r.caseId}?tab=review`}
                        before={() => rememberReason(r.caseId, '集体讨论')}
                        size="small"
                        type="primary"
                      >
                        记录集体讨论
                      </LinkButton>
                    ),
                  },
                ]}
              />
            );
          }}
        </QueryView>
      </Card>
    </Page>
  );
}
