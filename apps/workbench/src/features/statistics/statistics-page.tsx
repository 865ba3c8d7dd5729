import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Row, Select, Space, Statistic, Tag } from 'antd';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Chart } from '../../components/chart';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/states';
import { dateTime, money, todayInChina } from '../../lib/format';

/** 统计 (R-PUB-7): the agency's figures of a year by quarter, and its annual report filed and published. */
export default function StatisticsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInChina().slice(0, 4));
  const year = Number(params.get('year') ?? thisYear);
  const id = session.user.agencyId;
  const q = useQuery({
    queryKey: ['statistics', id, year],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/statistics/{year}', { params: { path: { id, year } } })),
  });
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const file = async (act: 'report' | 'publication') => {
    setError(null);
    try {
      await unwrap(
        act === 'report'
          ? api.POST('/api/v1/agencies/{id}/statistics/{year}/report', { params: { path: { id, year } } })
          : api.POST('/api/v1/agencies/{id}/statistics/{year}/publication', { params: { path: { id, year } } }),
      );
      message.success(act === 'report' ? '已报送司法局' : '已向社会公开');
      await qc.invalidateQueries({ queryKey: ['statistics', id, year] });
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Page
      title="统计"
      crumbs={[{ title: '统计' }]}
      subtitle={session.user.agencyName}
      extra={
        <Select
          aria-label="年度"
          value={year}
          onChange={(y) => setParams({ year: String(y) }, { replace: true })}
          style={{ width: 120 }}
          options={[0, 1, 2, 3].map((n) => ({ value: thisYear - n, label: `${thisYear - n} 年` }))}
        />
      }
    >
      <ErrorAlert error={error} />
      <QueryView query={q}>
        {(s) => (
          <Space orientation="vertical" style={{ width: '100%' }} size={16}>
            <Row gutter={[12, 12]}>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="立案" value={s.figures.totals.opened} suffix="件" />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="作出决定" value={s.figures.totals.decided} suffix="件" />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="罚款" value={money(s.figures.totals.fines)} />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title="没收违法所得" value={money(s.figures.totals.confiscations)} />
                </Card>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} xl={12}>
                <Card size="small" title="按季度">
                  <QuarterChart quarters={s.figures.quarters} year={year} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card size="small" title="听证、法制审核与公示">
                  <Descriptions
                    size="small"
                    column={1}
                    items={[
                      { key: 'h', label: '听证', children: `申请 ${s.figures.hearings.requested} 件，举行 ${s.figures.hearings.held} 件` },
                      {
                        key: 'r',
                        label: '法制审核',
                        children: `送审 ${s.figures.reviews.submitted} 件，通过 ${s.figures.reviews.passed} 件（一次通过 ${s.figures.reviews.passedFirstTime} 件），退回 ${s.figures.reviews.returned} 件，集体讨论 ${s.figures.reviews.collective} 件`,
                      },
                      {
                        key: 'p',
                        label: '公示',
                        children: `应公示 ${s.figures.publications.due} 件，按时 ${s.figures.publications.onTime} 件，迟延 ${s.figures.publications.late} 件，逾期未公示 ${s.figures.publications.overdue} 件${s.figures.publications.rate !== null ? `，按时公示率 ${(s.figures.publications.rate * 100).toFixed(1)}%` : ''}`,
                      },
                    ]}
                  />
                </Card>
              </Col>
            </Row>
            <Card size="small" title="年报报送与公开">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'r',
                    label: `报送司法局（${s.deadlines.reportBy} 前）`,
                    children: s.reported ? (
                      <span>
                        {dateTime(s.reported.at)} {s.reported.late ? <Tag color="warning">逾期</Tag> : <Tag color="success">按时</Tag>}
                      </span>
                    ) : (
                      '尚未报送'
                    ),
                  },
                  {
                    key: 'p',
                    label: `向社会公开（${s.deadlines.publishBy} 前）`,
                    children: s.published ? (
                      <span>
                        {dateTime(s.published.at)} {s.published.late ? <Tag color="warning">逾期</Tag> : <Tag color="success">按时</Tag>}
                      </span>
                    ) : (
                      '尚未公开'
                    ),
                  },
                ]}
              />
              {session.has('head', 'admin') && year < thisYear ? (
                <Space style={{ marginTop: 8 }}>
                  <Button onClick={() => void file('report')}>报送司法局</Button>
                  <Button type="primary" onClick={() => void file('publication')}>
                    向社会公开
                  </Button>
                </Space>
              ) : null}
            </Card>
          </Space>
        )}
      </QueryView>
    </Page>
  );
}

function QuarterChart({
  quarters,
  year,
}: {
  quarters: { quarter: number; opened: number; decided: number; fines: number }[];
  year: number;
}) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: quarters.map((q) => `第${q.quarter}季度`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: '立案', type: 'bar', data: quarters.map((q) => q.opened) },
        { name: '决定', type: 'bar', data: quarters.map((q) => q.decided) },
      ],
    }),
    [quarters],
  );
  return (
    <Chart
      option={option}
      height={260}
      label={`${year} 年各季度：${quarters.map((q) => `第${q.quarter}季度立案${q.opened}件、决定${q.decided}件`).join('；')}`}
    />
  );
}
