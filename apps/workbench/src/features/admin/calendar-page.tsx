import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Collapse, DatePicker, Input, Row, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { QueryView, errorMessage, EmptyState } from '../../components/states';
import { dateWithWeekday } from '../../lib/format';
import type { CalendarView } from './api-types';
import { ProblemsAlert } from './problems';

const JSON_SAMPLE = `{
  "year": 2027,
  "source": "国办发明电〔2026〕X号",
  "holidays": [
    { "date": "2027-01-01", "name": "元旦" },
    { "from": "2027-02-06", "to": "2027-02-12", "name": "春节" }
  ],
  "workdays": [{ "date": "2027-02-13", "name": "春节调休" }]
}`;

const CSV_SAMPLE = `# year=2027 source=国办发明电〔2026〕X号
date,kind,name
2027-01-01,放假,元旦
2027-02-06,放假,春节
2027-02-13,上班,春节调休`;

/**
 * 节假日 (R-PUB-3: working days follow the State Council holiday notices, 调休 included): the
 * years loaded, the warning when next year is missing, a day looked up, and importing a year as
 * JSON or CSV text (a file or pasted; every problem listed with its line). Imported by a 司法局
 * system administrator; one calendar serves every agency.
 */
export default function CalendarPage() {
  const session = useSession();
  const q = useQuery({ queryKey: ['calendar'], queryFn: () => unwrap(api.GET('/api/v1/calendar')) });
  const mayImport = session.has('admin') && session.user.agencyKind === 'justice';
  return (
    <Page
      title="节假日安排"
      crumbs={[{ title: '系统管理' }, { title: '节假日' }]}
      subtitle="按国务院办公厅放假通知计算工作日（含调休上班日）；所有以工作日计算的期限都以此为准"
    >
      <QueryView query={q}>
        {(view) => (
          <Row gutter={16}>
            <Col xs={24} xl={10}>
              {view.warning ? <Alert type="warning" showIcon role="alert" title={view.warning} style={{ marginBottom: 16 }} /> : null}
              <YearsCard view={view} />
              <DayLookup />
            </Col>
            <Col xs={24} xl={14}>
              {mayImport ? (
                <ImportCard />
              ) : (
                <Alert type="info" showIcon title="节假日安排由司法局系统管理员导入，全辖区各机关共用。如缺少年度，请联系司法局。" />
              )}
            </Col>
          </Row>
        )}
      </QueryView>
    </Page>
  );
}

function YearsCard({ view }: { view: CalendarView }) {
  return (
    <Card size="small" title="已载入的年度" style={{ marginBottom: 16 }}>
      <Table
        rowKey="year"
        size="small"
        dataSource={[...view.years].sort((a, b) => b.year - a.year)}
        pagination={false}
        locale={{ emptyText: <EmptyState>尚未载入任何年度</EmptyState> }}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          { title: '依据', dataIndex: 'source' },
          {
            title: '来源',
            dataIndex: 'origin',
            width: 90,
            render: (o: string) => (o === 'imported' ? <Tag color="blue">导入</Tag> : <Tag>内置</Tag>),
          },
        ]}
      />
    </Card>
  );
}

function DayLookup() {
  const [day, setDay] = useState<string | null>(null);
  const q = useQuery({
    queryKey: ['calendar', 'day', day],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/days/{date}', { params: { path: { date: day ?? '' } } })),
    enabled: !!day,
    retry: false,
  });
  return (
    <Card size="small" title="查询某日" style={{ marginBottom: 16 }}>
      <Space wrap align="center">
        <DatePicker aria-label="日期" onChange={(d: Dayjs | null) => setDay(d ? d.format('YYYY-MM-DD') : null)} />
        {day && q.isPending ? <Typography.Text type="secondary">查询中…</Typography.Text> : null}
        {day && q.isError ? <Typography.Text type="danger">{errorMessage(q.error)}</Typography.Text> : null}
        {day && q.data ? (
          <span>
            {dateWithWeekday(q.data.date)}：{q.data.working ? <Tag color="success">工作日</Tag> : <Tag color="warning">休息日</Tag>}
            {q.data.holiday ? `（${q.data.holiday}）` : ''}
            {q.data.makeUpWorkday ? `（${q.data.makeUpWorkday}，调休上班）` : ''}
          </span>
        ) : null}
      </Space>
    </Card>
  );
}

function ImportCard() {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(api.POST('/api/v1/calendar/years', { body: { text } }));
      message.success(`已导入 ${r.year} 年节假日安排：放假 ${r.holidays} 天，调休上班 ${r.workdays} 天`);
      setText('');
      setFileName(null);
      await qc.invalidateQueries({ queryKey: ['calendar'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="导入年度节假日安排">
      <Typography.Paragraph>
        国务院办公厅发布放假通知后，按下列格式整理，选择文件或粘贴文本后导入。导入的年度替换同一年度的原有安排；有误时列出每一处问题，不会部分导入。
      </Typography.Paragraph>
      <ProblemsAlert error={error} onClose={() => setError(null)} />
      <Space wrap style={{ marginBottom: 8 }}>
        <Upload
          accept=".json,.csv,.txt,text/csv,application/json,text/plain"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((t) => {
              setText(t);
              setFileName(file.name);
              setError(null);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>选择文件（.json 或 .csv）</Button>
        </Upload>
        {fileName ? <Typography.Text type="secondary">已读入：{fileName}</Typography.Text> : null}
      </Space>
      <Input.TextArea
        aria-label="节假日安排（JSON 或 CSV 文本）"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 8, maxRows: 20 }}
        maxLength={200_000}
        placeholder="在此粘贴 JSON 或 CSV 文本"
        className="mono"
        style={{ fontSize: 13 }}
      />
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" disabled={!text.trim()} loading={busy} onClick={() => void submit()}>
          导入
        </Button>
        <Button
          disabled={!text || busy}
          onClick={() => {
            setText('');
            setFileName(null);
            setError(null);
          }}
        >
          清空
        </Button>
      </Space>
      <Collapse
        style={{ marginTop: 16 }}
        size="small"
        items={[
          {
            key: 'json',
            label: 'JSON 格式',
            children: (
              <>
                <Typography.Paragraph>
                  year 年度，source 放假通知文号；holidays 放假日（单日用 date，连续多日用 from、to），workdays
                  调休上班日（须为周六或周日）。
                </Typography.Paragraph>
                <pre className="admin-key">{JSON_SAMPLE}</pre>
              </>
            ),
          },
          {
            key: 'csv',
            label: 'CSV 格式',
            children: (
              <>
                <Typography.Paragraph>
                  UTF-8 编码；首行可用 # 注明 year= 和 source=；表头 date,kind,name；kind 为“放假”或“上班”（也可写 holiday、workday）。
                </Typography.Paragraph>
                <pre className="admin-key">{CSV_SAMPLE}</pre>
              </>
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        检查项目：日期有效；同一日不能既放假又上班；调休上班日须为周六或周日；日期在该年度前后 31 天内；不重复；年度在 2000–2100
        之间；须有依据和至少一个放假日。
      </Typography.Paragraph>
    </Card>
  );
}
