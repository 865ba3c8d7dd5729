import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Segmented, Space, Table, Tag, Typography, message } from 'antd';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { EmptyState, ErrorAlert, QueryView } from '../../components/states';
import { STATE_COLOURS, type ComplaintFigures, type ComplaintItem } from './complaint-types';

type View = 'open' | 'answered' | 'all';
const VIEWS: { value: View; label: string }[] = [
  { value: 'open', label: '未答复' },
  { value: 'answered', label: '已答复' },
  { value: 'all', label: '全部' },
];

/** 答复期限: the head sets the agency's working days for complaints received from now on. */
function AnswerDaysCard({ agencyId }: { agencyId: string }) {
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['complaint-settings', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/complaint-settings', { params: { path: { id: agencyId } } })),
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!q.data) return null;
  const save = async (v: { answerDays: number }) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/complaint-settings', { params: { path: { id: agencyId } }, body: { answerDays: v.answerDays } }),
      );
      await client.invalidateQueries({ queryKey: ['complaint-settings', agencyId] });
      void message.success('答复期限已保存，对此后受理的投诉举报适用');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="答复期限" style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Form layout="inline" initialValues={{ answerDays: q.data.answerDays }} onFinish={(v) => void save(v)} disabled={busy}>
        <Form.Item label="自受理之日起" name="answerDays" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber min={1} max={60} precision={0} addonAfter="个工作日" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy}>
            保存
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
        到期前 3 个工作日和逾期时，承办人、本机关负责人和司法局在“监督预警”中收到提醒。
      </Typography.Paragraph>
    </Card>
  );
}

function FiguresTable({ figures }: { figures: ComplaintFigures[] }) {
  return (
    <Card size="small" title="各机关办理情况" style={{ marginBottom: 16 }}>
      <Table<ComplaintFigures>
        rowKey="agencyId"
        size="small"
        pagination={false}
        dataSource={figures}
        columns={[
          { title: '机关', dataIndex: 'agencyName' },
          { title: '受理', dataIndex: 'total', width: 90, align: 'right' },
          { title: '未答复', dataIndex: 'open', width: 90, align: 'right' },
          {
            title: '逾期未答复',
            dataIndex: 'overdue',
            width: 110,
            align: 'right',
            render: (n: number) => (n > 0 ? <Tag color="error">{n} 件逾期</Tag> : n),
          },
          { title: '已答复', dataIndex: 'answered', width: 90, align: 'right' },
          { title: '逾期答复', dataIndex: 'answeredLate', width: 100, align: 'right' },
        ]}
      />
    </Card>
  );
}

/**
 * 投诉举报 (R-X-4): the agency's complaints, unanswered first by their answer limit (逾期 red, 临期
 * orange, with the word); the 司法局 sees its region's, read only, with each agency's figures.
 */
export default function ComplaintsPage() {
  const session = useSession();
  const { user } = session;
  const [params, setParams] = useSearchParams();
  const view = (VIEWS.find((v) => v.value === params.get('state'))?.value ?? 'open') as View;
  const q = useQuery({
    queryKey: ['complaints', view],
    queryFn: () => unwrap(api.GET('/api/v1/complaints', { params: { query: { state: view, limit: 200 } } })),
  });
  const justice = user.agencyKind === 'justice';
  const manyAgencies = (q.data?.figures.length ?? 0) > 1 || justice;
  return (
    <Page
      title="投诉举报"
      crumbs={[{ title: '投诉举报' }]}
      subtitle={
        justice
          ? '辖区各执法机关受理的投诉举报及其办理情况（只读；查看投诉人信息须说明事由并记入调阅记录）'
          : '公众在公示平台对本机关执法行为提出的投诉、举报；按答复期限办理，答复后投诉人凭查询码查看'
      }
    >
      {q.data && manyAgencies && q.data.figures.length ? <FiguresTable figures={q.data.figures} /> : null}
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Segmented<View>
            aria-label="办理状态"
            options={VIEWS}
            value={view}
            onChange={(v) => setParams(v === 'open' ? {} : { state: v }, { replace: true })}
          />
          {q.data ? <Typography.Text type="secondary">共 {q.data.total} 件</Typography.Text> : null}
        </Space>
        <QueryView
          query={q}
          isEmpty={(d) => d.items.length === 0}
          empty={<EmptyState>{view === 'open' ? '没有未答复的投诉举报。' : '暂无投诉举报。'}</EmptyState>}
        >
          {(d) => (
            <Table<ComplaintItem>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.items}
              scroll={{ x: 900 }}
              columns={[
                { title: '受理日期', dataIndex: 'receivedOn', width: 110 },
                { title: '类别', dataIndex: 'kindName', width: 70 },
                ...(manyAgencies ? [{ title: '机关', dataIndex: 'agencyName', width: 200 }] : []),
                {
                  title: '事实和理由',
                  key: 'summary',
                  render: (_: unknown, r: ComplaintItem) => (
                    <div>
                      <Link to={`/complaints/${r.id}`}>{r.summary}</Link>
                      {r.subjectRef ? <div style={{ color: 'rgba(0,0,0,0.62)', fontSize: 13 }}>涉及 {r.subjectRef}</div> : null}
                    </div>
                  ),
                },
                {
                  title: '承办人',
                  dataIndex: 'handlerName',
                  width: 100,
                  render: (n: string | null, r: ComplaintItem) => (n ? r.mine ? <Tag color="blue">{n}（我）</Tag> : n : '未指派'),
                },
                {
                  title: '状态',
                  dataIndex: 'stateName',
                  width: 90,
                  render: (s: string) => <Tag color={STATE_COLOURS[s]}>{s}</Tag>,
                },
                {
                  title: '答复期限',
                  key: 'due',
                  width: 230,
                  render: (_: unknown, r: ComplaintItem) =>
                    r.answeredOn ? <span>{r.answeredOn} 已答复</span> : <DueDate on={r.dueOn} state={r.dueState} working />,
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
      {session.has('head') && !justice ? <AnswerDaysCard agencyId={user.agencyId} /> : null}
    </Page>
  );
}
