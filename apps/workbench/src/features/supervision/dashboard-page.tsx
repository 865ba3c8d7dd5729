import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Statistic, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { Overview } from '../../api/types';
import { Chart } from '../../components/chart';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { dateWithWeekday } from '../../lib/format';

type Row = Overview['agencies'][number];

export const overviewQuery = { queryKey: ['supervision', 'overview'], queryFn: () => unwrap(api.GET('/api/v1/supervision/overview')) };

/**
 * 监督首页 (R-X-3): every agency of the region with its figures — cases by state, open cases past
 * a time limit, reviews pending and overdue, publications late, reviewer staffing — as charts and
 * as a table; each figure leads to the cases behind it.
 */
export default function DashboardPage() {
  const q = useQuery(overviewQuery);
  return (
    <Page
      title="监督首页"
      crumbs={[{ title: '执法监督' }]}
      subtitle={q.data ? `辖区内 ${q.data.agencies.length} 个执法机关 · 数据截至 ${dateWithWeekday(q.data.today)}` : undefined}
    >
      <QueryView query={q} rows={8}>
        {(o) => <DashboardView o={o} />}
      </QueryView>
    </Page>
  );
}

function DashboardView({ o }: { o: Overview }) {
  const t = o.totals;
  const names = o.agencies.map((a) => a.agency.name.replace(/^馆陶县/, ''));
  const bar = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '办理中', type: 'bar', stack: 'cases', data: o.agencies.map((a) => a.cases.open - a.cases.overdue), color: '#5b8ff9' },
        { name: '超期', type: 'bar', stack: 'cases', data: o.agencies.map((a) => a.cases.overdue), color: '#cf1322' },
        { name: '已办结', type: 'bar', stack: 'cases', data: o.agencies.map((a) => a.cases.closed), color: '#bfbfbf' },
      ],
    }),
    [o, names],
  );
  const issues = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '审核逾期', type: 'bar', data: o.agencies.map((a) => a.reviews.overdue), color: '#fa8c16' },
        { name: '公示逾期', type: 'bar', data: o.agencies.map((a) => a.publications.overdue), color: '#cf1322' },
        { name: '迟延公示', type: 'bar', data: o.agencies.map((a) => a.publications.publishedLate), color: '#faad14' },
      ],
    }),
    [o, names],
  );
  const overriding = o.agencies.filter((a) => a.reviews.overrides > 0);
  return (
    <>
      {overriding.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`集体讨论未采纳法制审核意见作出决定 ${t.reviewOverrides} 次`}
          description={`${overriding.map((a) => `${a.agency.name} ${a.reviews.overrides} 次`).join('；')}。审核未通过的不得作出决定（《中华人民共和国行政处罚法》第五十八条），此类决定仅在本机关目录清单载明的法规规章允许时作出，请逐件关注。`}
        />
      ) : null}
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {[
          { title: '案件总数', value: t.cases },
          { title: '办理中', value: t.openCases },
          { title: '超期案件', value: t.overdueCases, danger: true },
          { title: '待法制审核', value: t.pendingReviews },
          { title: '审核逾期', value: t.overdueReviews, danger: true },
          { title: '公示逾期', value: t.overduePublications, danger: true },
          { title: '迟延公示', value: t.publishedLate, danger: true },
          { title: '审核人员不足的机关', value: t.staffingFlagged, danger: true },
        ].map((s) => (
          <Col key={s.title} xs={12} md={6} xl={3}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} styles={{ content: { color: s.danger && s.value ? '#cf1322' : undefined } }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={12}>
          <Card size="small" title="各机关案件">
            <Chart
              option={bar}
              label={`各机关案件：${o.agencies.map((a) => `${a.agency.name}办理中${a.cases.open}件，其中超期${a.cases.overdue}件，已办结${a.cases.closed}件`).join('；')}`}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="薄弱环节">
            {o.agencies.some((a) => a.reviews.overdue + a.publications.overdue + a.publications.publishedLate > 0) ? (
              <Chart
                option={issues}
                label={`薄弱环节：${o.agencies.map((a) => `${a.agency.name}审核逾期${a.reviews.overdue}件，公示逾期${a.publications.overdue}件，迟延公示${a.publications.publishedLate}件`).join('；')}`}
              />
            ) : (
              <div className="chart-empty">
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="各机关均无审核逾期、公示逾期和迟延公示" />
              </div>
            )}
          </Card>
        </Col>
      </Row>
      <Card size="small" title="各机关数据">
        <Table<Row>
          rowKey={(r) => r.agency.id}
          dataSource={o.agencies}
          pagination={false}
          size="small"
          scroll={{ x: 1360 }}
          expandable={{
            expandedRowRender: (r) => (
              <Table
                size="small"
                pagination={false}
                rowKey={(s) => `${s.procedure}:${s.state}`}
                dataSource={r.cases.byState}
                columns={[
                  { title: '程序', dataIndex: 'procedureName' },
                  { title: '状态', dataIndex: 'stateName', render: (n: string, s) => (s.terminal ? <Tag>{n}</Tag> : n) },
                  { title: '件数', dataIndex: 'count', width: 80 },
                ]}
              />
            ),
          }}
          columns={[
            {
              title: '执法机关',
              key: 'name',
              fixed: 'left',
              width: 230,
              render: (_, r) => <Link to={`/supervision/cases?agencyId=${r.agency.id}`}>{r.agency.name}</Link>,
            },
            { title: '案件', key: 'total', width: 70, render: (_, r) => <span data-figure="cases-total">{r.cases.total}</span> },
            { title: '办理中', key: 'open', width: 80, render: (_, r) => <span data-figure="cases-open">{r.cases.open}</span> },
            {
              title: '超期',
              key: 'overdue',
              width: 70,
              render: (_, r) =>
                r.cases.overdue ? (
                  <Link to={`/supervision/cases?agencyId=${r.agency.id}&overdue=1`}>
                    <Typography.Text type="danger" data-figure="cases-overdue">
                      {r.cases.overdue}
                    </Typography.Text>
                  </Link>
                ) : (
                  <span data-figure="cases-overdue">0</span>
                ),
            },
            { title: '待审核', key: 'rp', width: 80, render: (_, r) => <span data-figure="reviews-pending">{r.reviews.pending}</span> },
            {
              title: '审核逾期',
              key: 'ro',
              width: 90,
              render: (_, r) => (
                <Typography.Text type={r.reviews.overdue ? 'danger' : undefined} data-figure="reviews-overdue">
                  {r.reviews.overdue}
                </Typography.Text>
              ),
            },
            { title: '审核退回', key: 'rr', width: 90, render: (_, r) => `${r.reviews.returned}/${r.reviews.closed}` },
            {
              title: '未采纳审核意见',
              key: 'ro',
              width: 110,
              render: (_, r) => (
                <Typography.Text type={r.reviews.overrides ? 'danger' : undefined} data-figure="reviews-overrides">
                  {r.reviews.overrides}
                </Typography.Text>
              ),
            },
            {
              title: '待公示',
              key: 'pp',
              width: 80,
              render: (_, r) => <span data-figure="publications-pending">{r.publications.pending}</span>,
            },
            {
              title: '公示逾期',
              key: 'po',
              width: 90,
              render: (_, r) => (
                <Typography.Text type={r.publications.overdue ? 'danger' : undefined} data-figure="publications-overdue">
                  {r.publications.overdue}
                </Typography.Text>
              ),
            },
            {
              title: '迟延公示',
              key: 'pl',
              width: 90,
              render: (_, r) => <span data-figure="publications-late">{r.publications.publishedLate}</span>,
            },
            {
              title: '审核人员配备',
              key: 'staff',
              width: 170,
              render: (_, r) =>
                !r.staffing ? (
                  '—'
                ) : r.staffing.reviewedBy ? (
                  <Typography.Text type="secondary">由{r.staffing.reviewedBy}审核</Typography.Text>
                ) : (
                  <span>
                    {r.staffing.reviewers}/{r.staffing.officers}（应≥{r.staffing.required}）
                    {r.staffing.flagged ? <Tag color="error">不足 5%</Tag> : <Tag color="success">达标</Tag>}
                  </span>
                ),
            },
            {
              title: '案卷评查',
              key: 'evaluation',
              width: 170,
              // R-REC-8: the latest result returned to the agency, its failed files and whether it replied
              render: (_, r) =>
                r.evaluation.latest ? (
                  <span data-figure="evaluation-latest" title={r.evaluation.latest.title}>
                    {r.evaluation.latest.mean} 分{' '}
                    <Tag color={r.evaluation.latest.grade === 'fail' ? 'error' : 'success'}>{r.evaluation.latest.gradeName}</Tag>
                    {r.evaluation.latest.failed ? <Tag color="error">{r.evaluation.latest.failed} 份不合格</Tag> : null}
                    {r.evaluation.latest.replied ? null : <Tag color="warning">未整改说明</Tag>}
                  </span>
                ) : (
                  <Typography.Text type="secondary">尚未评查</Typography.Text>
                ),
            },
          ]}
        />
      </Card>
    </>
  );
}
