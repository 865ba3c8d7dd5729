import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { Button, Card, Col, Row, Segmented, Statistic, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { worklistQuery } from './queries';
import type { paths } from '../../api/schema';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { rememberReason } from '../../lib/reason';
import { LinkButton } from '../../components/link-button';
import { DueDate } from '../../components/due';
import { EmptyState, QueryView } from '../../components/states';
import { dateWithWeekday, roleName } from '../../lib/format';

type Worklist = paths['/api/v1/worklist']['get']['responses'][200]['content']['application/json'];
type Item = Worklist['items'][number];

function targetPath(i: Item): string {
  switch (i.target.kind) {
    case 'case':
      return `/cases/${i.target.id}`;
    case 'review':
      return `/reviews/${i.target.id}`;
    case 'publication':
      return `/publications/${i.target.id}`;
    case 'complaint':
      return `/complaints/${i.target.id}`;
  }
}

/**
 * 工作台首页 = 待办: what waits for me, most urgent first (逾期, then 临期 within 3 working days),
 * each a link to the place to act; below, my other open cases and what they wait for.
 */
export default function HomePage() {
  const session = useSession();
  const q = useQuery(worklistQuery);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'all' ? 'all' : 'mine';
  return (
    <Page
      title="待办"
      subtitle={q.data ? `今天是 ${dateWithWeekday(q.data.today)}` : undefined}
      extra={
        session.has('officer') ? (
          <LinkButton to="/cases/new" type="primary" icon={<PlusOutlined />}>
            新建案件
          </LinkButton>
        ) : null
      }
    >
      <QueryView query={q}>
        {(w) => {
          const rows = view === 'mine' ? w.items.filter((i) => i.mine) : w.items;
          return (
            <>
              <Row gutter={16} style={{ marginBottom: 16 }}>
                <Col xs={8}>
                  <Card size="small">
                    <Statistic title="等待我办理" value={w.counts.waitingOnMe} suffix="项" />
                  </Card>
                </Col>
                <Col xs={8}>
                  <Card size="small">
                    <Statistic
                      title="逾期"
                      value={w.counts.overdue}
                      suffix="项"
                      styles={{ content: { color: w.counts.overdue ? '#cf1322' : undefined } }}
                    />
                  </Card>
                </Col>
                <Col xs={8}>
                  <Card size="small">
                    <Statistic
                      title="临期（3 个工作日内）"
                      value={w.counts.soon}
                      suffix="项"
                      styles={{ content: { color: w.counts.soon ? '#d46b08' : undefined } }}
                    />
                  </Card>
                </Col>
              </Row>
              <Card
                title={w.counts.total > w.items.length ? `待办事项（最紧急的 ${w.items.length} 项，共 ${w.counts.total} 项）` : '待办事项'}
                extra={
                  <Segmented
                    aria-label="显示范围"
                    value={view}
                    onChange={(v) => setParams(v === 'all' ? { view: 'all' } : {}, { replace: true })}
                    options={[
                      { value: 'mine', label: `等待我办理（${w.counts.waitingOnMe}）` },
                      { value: 'all', label: `全部（${w.items.length}）` },
                    ]}
                  />
                }
              >
                <Table<Item>
                  rowKey={(i) => `${i.kind}:${i.target.id}`}
                  dataSource={rows}
                  pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
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
                        {view === 'mine' ? '没有等待您办理的事项' : '暂无待办事项'}
                      </EmptyState>
                    ),
                  }}
                  columns={[
                    {
                      title: '事项',
                      key: 'what',
                      render: (_, i) => (
                        <div>
                          <Link
                            to={targetPath(i)}
                            onClick={() => i.kind === 'approval' && i.caseId && rememberReason(i.caseId, `审批：${i.what}`)}
                          >
                            {i.what}
                          </Link>
                          {!i.mine ? (
                            <Tag style={{ marginLeft: 8 }} color="default">
                              供了解
                            </Tag>
                          ) : null}
                        </div>
                      ),
                    },
                    {
                      title: '案件',
                      key: 'case',
                      render: (_, i) => (
                        <div>
                          <div>{i.title}</div>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {[i.caseNumber, i.partyName, i.procedureName].filter(Boolean).join(' · ')}
                          </Typography.Text>
                        </div>
                      ),
                    },
                    { title: '状态', dataIndex: 'stateName', width: 120, render: (s: string | null) => s ?? '—' },
                    { title: '期限', key: 'due', width: 220, render: (_, i) => <DueDate on={i.dueOn} state={i.dueState} /> },
                    { title: '角色', dataIndex: 'role', width: 110, render: (r: string) => roleName(r) },
                  ]}
                />
              </Card>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
