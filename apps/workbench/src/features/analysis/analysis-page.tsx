import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Flex, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { ENFORCEMENT_KINDS, WEEKDAY_NAMES, chineseNumber, type EnforcementKind } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import type { Analysis } from '../../api/types';
import { Chart } from '../../components/chart';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { todayInChina } from '../../lib/format';
import { overviewQuery } from '../supervision/dashboard-page';

type Row = Analysis['byAgency'][number];
type Figure = 'agency' | 'unit' | 'kind' | 'field' | 'violation' | 'region' | 'month' | 'hour' | 'all';

const BLUE = '#5b8ff9';
const GREEN = '#5ad8a6';
const ORANGE = '#fa8c16';
const RED = '#cf1322';

/** 罚款 in yuan the Chinese way: ¥1.23万, ¥9,800 */
const yuan = (n: number) => `¥${chineseNumber(n)}`;
const count = (n: number) => chineseNumber(n);

/**
 * 统计分析 (R-X-3): for a supervisor (the region) or an agency head (the agency and those under it),
 * the period's 立案, 决定, 罚没款, 法制审核 and 退回 by agency, unit, kind, 执法类别, 案由, place, month
 * and weekday × hour, against the previous period; each figure as a chart, a table and a spreadsheet.
 * The filter lives in the URL, so a view can be shared.
 */
export default function AnalysisPage() {
  const [params, setParams] = useSearchParams();
  const today = todayInChina();
  const from = params.get('from') ?? `${today.slice(0, 4)}-01`;
  const to = params.get('to') ?? today.slice(0, 7);
  const agencyId = params.get('agencyId') ?? undefined;
  const kind = (params.get('kind') ?? undefined) as EnforcementKind | undefined;
  const query = { from, to, ...(agencyId ? { agencyId } : {}), ...(kind ? { kind } : {}) };
  const q = useQuery({
    queryKey: ['analysis', query],
    queryFn: () => unwrap(api.GET('/api/v1/analysis', { params: { query } })),
  });
  const agencies = useQuery(overviewQuery);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next, { replace: true });
  };
  const exportHref = (figure: Figure) => `/api/v1/analysis/export?${new URLSearchParams({ ...query, figure }).toString()}`;
  const year = Number(today.slice(0, 4));
  return (
    <Page
      title="统计分析"
      crumbs={[{ title: '执法监督' }, { title: '统计分析' }]}
      subtitle={q.data ? `${periodText(q.data.period)}，与上期（${periodText(q.data.previous)}）比较` : undefined}
      extra={
        <Button icon={<DownloadOutlined />} href={exportHref('all')}>
          全部导出 .xlsx
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex wrap gap={12} align="center">
          <span>统计期间</span>
          <DatePicker.RangePicker
            picker="month"
            aria-label="统计期间"
            allowClear={false}
            value={[dayjs(`${from}-01`), dayjs(`${to}-01`)]}
            onChange={(v) => {
              const [a, b] = (v ?? []) as [Dayjs | null, Dayjs | null];
              if (a && b) set({ from: a.format('YYYY-MM'), to: b.format('YYYY-MM') });
            }}
          />
          <Space.Compact>
            <Button onClick={() => set({ from: `${year}-01`, to: today.slice(0, 7) })}>本年</Button>
            <Button onClick={() => set({ from: `${year - 1}-01`, to: `${year - 1}-12` })}>上年</Button>
            <Button
              onClick={() =>
                set({
                  from: dayjs(`${today.slice(0, 7)}-01`)
                    .subtract(11, 'month')
                    .format('YYYY-MM'),
                  to: today.slice(0, 7),
                })
              }
            >
              近 12 个月
            </Button>
          </Space.Compact>
          <Select
            aria-label="按执法机关筛选"
            style={{ minWidth: 240 }}
            allowClear
            placeholder="全部执法机关"
            value={agencyId}
            loading={agencies.isLoading}
            onChange={(v?: string) => set({ agencyId: v })}
            options={(agencies.data?.agencies ?? []).map((a) => ({ value: a.agency.id, label: a.agency.name }))}
          />
          <Select
            aria-label="按执法行为类别筛选"
            style={{ minWidth: 160 }}
            allowClear
            placeholder="全部执法行为类别"
            value={kind}
            onChange={(v?: string) => set({ kind: v })}
            options={ENFORCEMENT_KINDS.map((k) => ({ value: k, label: k }))}
          />
        </Flex>
      </Card>
      <QueryView query={q} rows={10}>
        {(a) => <AnalysisView a={a} exportHref={exportHref} />}
      </QueryView>
    </Page>
  );
}

const periodText = (p: { from: string; to: string }) => {
  const m = (s: string) => `${s.slice(0, 4)}年${Number(s.slice(5))}月`;
  return p.from === p.to ? m(p.from) : `${m(p.from)}至${m(p.to)}`;
};

function Change({ rate }: { rate: number | null }) {
  if (rate === null) return <Typography.Text type="secondary">上期无数据</Typography.Text>;
  if (rate === 0) return <Typography.Text type="secondary">与上期持平</Typography.Text>;
  return (
    <Typography.Text style={{ color: rate > 0 ? RED : '#389e0d' }}>
      较上期{rate > 0 ? '增加' : '减少'} {Math.abs(rate)}%
    </Typography.Text>
  );
}

/** Short headings so that a half-width table keeps each figure on one line; the units are in the card's note. */
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;
const measureColumns = [
  { title: nowrap('立案'), dataIndex: 'opened', align: 'right' as const, render: (n: number) => nowrap(count(n)) },
  { title: nowrap('决定'), dataIndex: 'decided', align: 'right' as const, render: (n: number) => nowrap(count(n)) },
  { title: nowrap('罚款'), dataIndex: 'fines', align: 'right' as const, render: (n: number) => nowrap(yuan(n)) },
  { title: nowrap('没收'), dataIndex: 'confiscations', align: 'right' as const, render: (n: number) => nowrap(yuan(n)) },
  { title: nowrap('送审'), dataIndex: 'reviews', align: 'right' as const, render: (n: number) => nowrap(count(n)) },
  { title: nowrap('退回'), dataIndex: 'returns', align: 'right' as const, render: (n: number) => nowrap(count(n)) },
];

/** A figure: its chart, its table under it, and its spreadsheet. */
function FigureCard({
  title,
  figure,
  exportHref,
  chart,
  rows,
  first,
  extraColumns = [],
}: {
  title: string;
  figure: Figure;
  exportHref: (f: Figure) => string;
  chart: React.ReactNode;
  rows: Row[];
  first: string;
  extraColumns?: { title: string; dataIndex: string }[];
}) {
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" type="link" icon={<DownloadOutlined />} href={exportHref(figure)}>
          导出 .xlsx
        </Button>
      }
    >
      {chart}
      <Table<Row>
        size="small"
        rowKey={(r) => `${r.key}|${r.agencyName ?? ''}`}
        dataSource={rows}
        pagination={rows.length > 12 ? { pageSize: 12, showSizeChanger: false } : false}
        scroll={{ x: true }}
        columns={[{ title: first, dataIndex: 'label' }, ...extraColumns, ...measureColumns]}
        locale={{ emptyText: '本期间没有数据：可放宽统计期间或取消筛选' }}
      />
    </Card>
  );
}

/** The name a chart's axis shows: without the county's name; a case without a unit under its agency's name. */
const shortName = (r: Row) => (r.agencyName && r.label.startsWith('（') ? `${r.agencyName}（未指定机构）` : r.label).replace(/^馆陶县/, '');

const barOption = (rows: Row[], horizontal = false) => {
  const names = rows.map(shortName);
  const cat = { type: 'category', data: names, axisLabel: { interval: 0, width: horizontal ? 150 : 100, overflow: 'truncate' } };
  const val = { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => chineseNumber(v) } };
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, bottom: 8, top: 36, containLabel: true },
    xAxis: horizontal ? val : cat,
    yAxis: horizontal ? { ...cat, inverse: true } : val,
    series: [
      { name: '立案', type: 'bar', data: rows.map((r) => r.opened), color: BLUE },
      { name: '作出决定', type: 'bar', data: rows.map((r) => r.decided), color: GREEN },
      { name: '审核退回', type: 'bar', data: rows.map((r) => r.returns), color: ORANGE },
    ],
  };
};

const describe = (rows: Row[]) => rows.map((r) => `${r.label}立案${r.opened}件，决定${r.decided}件，罚款${r.fines}元`).join('；');

function AnalysisView({ a, exportHref }: { a: Analysis; exportHref: (f: Figure) => string }) {
  const t = a.totals;
  const agencies = useMemo(() => barOption(a.byAgency), [a]);
  const units = useMemo(() => barOption(a.byUnit.slice(0, 10)), [a]);
  const kinds = useMemo(() => barOption(a.byKind), [a]);
  const violations = useMemo(() => barOption(a.byViolation.slice(0, 10), true), [a]);
  const regions = useMemo(() => barOption(a.byRegion), [a]);
  const fields = useMemo(() => barOption(a.byField), [a]);
  const trend = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
      xAxis: { type: 'category', data: a.months.map((m) => m.label.replace(/^\d{4}年/, a.months.length > 12 ? '$&' : '')) },
      yAxis: [
        { type: 'value', name: '件', minInterval: 1, axisLabel: { formatter: (v: number) => chineseNumber(v) } },
        { type: 'value', name: '罚款（元）', axisLabel: { formatter: (v: number) => chineseNumber(v) }, splitLine: { show: false } },
      ],
      series: [
        { name: '立案', type: 'line', data: a.months.map((m) => m.opened), color: BLUE },
        { name: '作出决定', type: 'line', data: a.months.map((m) => m.decided), color: GREEN },
        { name: '罚款', type: 'bar', yAxisIndex: 1, data: a.months.map((m) => m.fines), color: '#d9d9d9', barMaxWidth: 24 },
      ],
    }),
    [a],
  );
  const heat = useMemo(() => {
    const hours = Array.from({ length: 24 }, (_, h) => `${h} 时`);
    const max = Math.max(1, ...a.weekdayHours.map((x) => x.steps));
    return {
      tooltip: {
        position: 'top',
        formatter: (p: { value: [number, number, number] }) => `${WEEKDAY_NAMES[p.value[1]]} ${p.value[0]} 时：${p.value[2]} 个环节`,
      },
      grid: { left: 8, right: 72, bottom: 8, top: 8, containLabel: true },
      xAxis: { type: 'category', data: hours, splitArea: { show: true } },
      yAxis: { type: 'category', data: [...WEEKDAY_NAMES], inverse: true, splitArea: { show: true } },
      visualMap: {
        min: 0,
        max,
        calculable: true,
        orient: 'vertical',
        right: 0,
        top: 'middle',
        itemHeight: 160,
        inRange: { color: ['#f0f5ff', '#2f54eb'] },
      },
      series: [{ name: '办理环节', type: 'heatmap', data: a.weekdayHours.map((x) => [x.hour, x.weekday - 1, x.steps]) }],
    };
  }, [a]);
  const busiest = [...a.weekdayHours].sort((x, y) => y.steps - x.steps)[0];
  const hourRows = useMemo(
    () =>
      WEEKDAY_NAMES.map((w, i) => {
        const cells = a.weekdayHours.filter((x) => x.weekday === i + 1);
        const r: Record<string, string | number> = { key: w, weekday: w, total: cells.reduce((n, x) => n + x.steps, 0) };
        for (const x of cells) r[`h${x.hour}`] = x.steps;
        return r;
      }),
    [a],
  );
  const usedHours = [...new Set(a.weekdayHours.map((x) => x.hour))].sort((x, y) => x - y);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={[12, 12]}>
        {[
          { title: '立案（件）', value: count(t.opened), change: a.change.opened },
          { title: '作出决定（件）', value: count(t.decided), change: a.change.decided },
          { title: '罚款', value: yuan(t.fines), change: a.change.fines },
          { title: '提交法制审核（次）', value: count(t.reviews), change: a.change.reviews },
          {
            title: '审核退回（次）',
            value: count(t.returns),
            change: a.change.returns,
            note: a.returnRate === null ? undefined : `退回率 ${a.returnRate}%`,
          },
        ].map((s) => (
          <Col key={s.title} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={s.title} value={s.value} />
              <div>
                <Change rate={s.change} />
              </div>
              {s.note ? <Typography.Text type="secondary">{s.note}</Typography.Text> : null}
            </Card>
          </Col>
        ))}
        <Col xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title="没收违法所得" value={yuan(t.confiscations)} />
            <Typography.Text type="secondary">上期 {yuan(a.previousTotals.confiscations)}</Typography.Text>
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary">
        下列各表中，立案、决定为件数；罚款、没收（没收违法所得）为金额（元，满万以“万”计）；送审为提交法制审核次数，退回为审核退回次数。
      </Typography.Text>
      <FigureCard
        title="按月趋势"
        figure="month"
        exportHref={exportHref}
        first="月份"
        rows={a.months}
        chart={<Chart option={trend} height={300} label={`按月：${describe(a.months)}`} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按执法机关"
            figure="agency"
            exportHref={exportHref}
            first="执法机关"
            rows={a.byAgency}
            chart={<Chart option={agencies} height={260} label={`按执法机关：${describe(a.byAgency)}`} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按承办机构（前 10 个）"
            figure="unit"
            exportHref={exportHref}
            first="承办机构"
            extraColumns={[{ title: '所属机关', dataIndex: 'agencyName' }]}
            rows={a.byUnit}
            chart={<Chart option={units} height={260} label={`按承办机构：${describe(a.byUnit.slice(0, 10))}`} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按执法行为类别"
            figure="kind"
            exportHref={exportHref}
            first="执法行为类别"
            rows={a.byKind}
            chart={<Chart option={kinds} height={240} label={`按执法行为类别：${describe(a.byKind)}`} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按执法类别"
            figure="field"
            exportHref={exportHref}
            first="执法类别"
            rows={a.byField}
            chart={<Chart option={fields} height={240} label={`按执法类别：${describe(a.byField)}`} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按案由（违法行为，前 10 项）"
            figure="violation"
            exportHref={exportHref}
            first="案由"
            rows={a.byViolation}
            chart={<Chart option={violations} height={320} label={`按案由：${describe(a.byViolation.slice(0, 10))}`} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <FigureCard
            title="按案件发生地"
            figure="region"
            exportHref={exportHref}
            first="案件发生地"
            rows={a.byRegion}
            chart={<Chart option={regions} height={320} label={`按案件发生地：${describe(a.byRegion)}`} />}
          />
        </Col>
      </Row>
      <Card
        size="small"
        title="按星期和时段（办理环节数，北京时间）"
        extra={
          <Button size="small" type="link" icon={<DownloadOutlined />} href={exportHref('hour')}>
            导出 .xlsx
          </Button>
        }
      >
        <Chart
          option={heat}
          height={300}
          label={`按星期和时段：${busiest ? `最多在${WEEKDAY_NAMES[busiest.weekday - 1]} ${busiest.hour} 时，${busiest.steps} 个环节` : '没有数据'}`}
        />
        <Table
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={hourRows}
          columns={[
            { title: '星期', dataIndex: 'weekday', fixed: 'left' as const },
            ...usedHours.map((h) => ({ title: `${h} 时`, dataIndex: `h${h}`, align: 'right' as const, render: (v?: number) => v ?? 0 })),
            { title: '合计', dataIndex: 'total', align: 'right' as const },
          ]}
        />
      </Card>
    </Space>
  );
}
