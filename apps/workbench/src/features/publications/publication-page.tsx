import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  List,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { WITHDRAWAL_GROUNDS } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import type { GetOf, Publication } from '../../api/types';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { ErrorAlert, ErrorState, QueryView, errorMessage, EmptyState } from '../../components/states';
import { dateTime } from '../../lib/format';
import { rememberReason } from '../../lib/reason';
import { OriginalWithMarks, PublishedText, type Span } from './redaction-view';

type Preview = GetOf<'/api/v1/publications/{id}/preview'>;
type Mark = { start: number; end: number; reason: string };

/** Where each redaction lands in the published text (replacements change the length). */
function publishedSpans(redactions: Preview['redactions']): Span[] {
  let delta = 0;
  return [...redactions]
    .sort((a, b) => a.start - b.start)
    .map((r) => {
      const s = { start: r.start + delta, end: r.start + delta + r.replacement.length, label: r.label, rule: r.rule };
      delta += r.replacement.length - (r.end - r.start);
      return s;
    });
}

/**
 * One publication (R-PUB-3 … R-PUB-5): the original 决定书 and the text to publish side by side,
 * every redaction with its rule, manual marks added by selecting text (with a reason) or removed,
 * the 双公示 items; publish, correct with a reason, record a withdrawal ground, withdraw, stop
 * early after 信用修复; every version and act.
 */
export default function PublicationPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['publication', id],
    queryFn: () => unwrap(api.GET('/api/v1/publications/{id}', { params: { path: { id } } })),
  });
  if (q.isError) {
    return (
      <Page title="公示" crumbs={[{ title: '公示', to: '/publications' }]}>
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      </Page>
    );
  }
  return (
    <QueryView query={q} rows={10}>
      {(p) => <PublicationView p={p} />}
    </QueryView>
  );
}

function PublicationView({ p }: { p: Publication }) {
  const session = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const current = p.versions.at(-1);
  const [marks, setMarks] = useState<Mark[]>(() => (current?.marks.body as Mark[] | undefined) ?? []);
  const [markError, setMarkError] = useState<string | null>(null);
  const [drawer, setDrawer] = useState<'correct' | 'ground' | 'withdraw' | 'stop' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const publisher = session.has('publisher');
  const editable = publisher && (p.state === 'pending' || p.state === 'published');
  const preview = useQuery({
    queryKey: ['publication', p.id, 'preview', marks],
    queryFn: () => unwrap(api.POST('/api/v1/publications/{id}/preview', { params: { path: { id: p.id } }, body: { marks } })),
    placeholderData: (prev) => prev,
    retry: false,
  });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['publication', p.id] });
    void qc.invalidateQueries({ queryKey: ['publications'] });
    void qc.invalidateQueries({ queryKey: ['worklist'] });
  };
  const act = async (what: string, run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      message.success(what);
      setDrawer(null);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const addMark = async (m: Mark) => {
    setMarkError(null);
    const next = [...marks, m];
    // checked by the engine before it is kept: a mark over the agency, 文号, an official … is refused
    try {
      await unwrap(api.POST('/api/v1/publications/{id}/preview', { params: { path: { id: p.id } }, body: { marks: next } }));
      setMarks(next);
    } catch (e) {
      setMarkError(errorMessage(e));
    }
  };
  const spans = useMemo<Span[]>(
    () =>
      (preview.data?.redactions ?? []).map((r) => ({
        start: r.start,
        end: r.end,
        label: r.label,
        rule: r.rule,
        replacement: r.replacement,
      })),
    [preview.data],
  );
  const overdue = p.state === 'pending' && p.dueOn < dayjs().format('YYYY-MM-DD');
  return (
    <Page
      title={
        <Space wrap>
          {p.docNumber}
          <Tag color={overdue ? 'error' : p.state === 'published' ? 'success' : 'default'}>{p.stateName}</Tag>
        </Space>
      }
      crumbs={[{ title: '公示', to: '/publications' }, { title: p.docNumber }]}
      subtitle={
        <Space wrap>
          <span>{p.kind}</span>
          <span>决定日期 {p.decidedOn}</span>
          {p.state === 'pending' ? (
            <span>
              公示期限 <DueDate on={p.dueOn} state={overdue ? 'overdue' : 'normal'} working />
            </span>
          ) : null}
          {p.publishedOn ? (
            <span>
              已于 {p.publishedOn} 公示{p.publicUntil ? `，公示至 ${p.publicUntil}` : ''}
            </span>
          ) : null}
          {p.withdrawalDueOn ? (
            <span>
              撤下期限{' '}
              <DueDate on={p.withdrawalDueOn} state={p.withdrawalDueOn < dayjs().format('YYYY-MM-DD') ? 'overdue' : 'normal'} working />
            </span>
          ) : null}
          <Link to={`/cases/${p.caseId}`} onClick={() => rememberReason(p.caseId, '公示审核')}>
            打开案件
          </Link>
        </Space>
      }
      extra={
        publisher ? (
          <Space wrap>
            {p.state === 'pending' ? (
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  void act('已公示', () =>
                    unwrap(api.POST('/api/v1/publications/{id}/publish', { params: { path: { id: p.id } }, body: { marks } })),
                  )
                }
              >
                审核通过并公示
              </Button>
            ) : null}
            {p.state === 'published' ? <Button onClick={() => setDrawer('correct')}>更正</Button> : null}
            {p.state === 'published' ? <Button onClick={() => setDrawer('ground')}>登记撤下事由</Button> : null}
            {p.state === 'published' || p.state === 'withdrawal-pending' ? (
              <Button danger onClick={() => setDrawer('withdraw')}>
                撤下
              </Button>
            ) : null}
            {p.state === 'published' ? <Button onClick={() => setDrawer('stop')}>信用修复后停止公示</Button> : null}
          </Space>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {preview.isError ? <Alert type="warning" showIcon title={errorMessage(preview.error)} style={{ marginBottom: 12 }} /> : null}
      {preview.data ? (
        <>
          {preview.data.original !== null && preview.data.published !== null ? (
            <Row gutter={16} style={{ marginBottom: 16 }}>
              <Col xs={24} lg={12}>
                <Card size="small" title={`决定书原文（隐去 ${preview.data.redactions.length} 处）`}>
                  {markError ? (
                    <Alert
                      type="error"
                      showIcon
                      role="alert"
                      title={markError}
                      style={{ marginBottom: 8 }}
                      closable
                      onClose={() => setMarkError(null)}
                    />
                  ) : null}
                  <OriginalWithMarks text={preview.data.original} spans={spans} onMark={(m) => void addMark(m)} disabled={!editable} />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title="公示文本">
                  <PublishedText text={preview.data.published} spans={publishedSpans(preview.data.redactions)} />
                </Card>
              </Col>
            </Row>
          ) : (
            <Alert type="info" style={{ marginBottom: 16 }} title="本项决定只公示数据项，不公开全文" />
          )}
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card size="small" title="每一处隐去及依据" style={{ marginBottom: 16 }}>
                <Table
                  size="small"
                  rowKey={(r) => `${r.start}:${r.end}`}
                  dataSource={preview.data.redactions}
                  pagination={false}
                  locale={{ emptyText: <EmptyState>没有需要隐去的内容</EmptyState> }}
                  columns={[
                    { title: '位置', key: 'pos', width: 90, render: (_, r) => `${r.start}–${r.end}` },
                    { title: '原文', key: 'orig', render: (_, r) => preview.data!.original?.slice(r.start, r.end) ?? '' },
                    { title: '替换为', dataIndex: 'replacement', width: 120 },
                    {
                      title: '依据',
                      key: 'rule',
                      width: 200,
                      render: (_, r) => (r.rule === 'manual' ? <Tag color="magenta">人工标注：{r.label}</Tag> : <Tag>{r.label}</Tag>),
                    },
                  ]}
                />
                {marks.length ? (
                  <List
                    header={<strong>人工标注</strong>}
                    size="small"
                    dataSource={marks}
                    renderItem={(m, i) => (
                      <List.Item
                        actions={
                          editable
                            ? [
                                <Button
                                  key="d"
                                  size="small"
                                  type="link"
                                  icon={<DeleteOutlined />}
                                  onClick={() => setMarks(marks.filter((_, j) => j !== i))}
                                >
                                  取消标注
                                </Button>,
                              ]
                            : []
                        }
                      >
                        「{preview.data!.original?.slice(m.start, m.end)}」· {m.reason}
                      </List.Item>
                    )}
                  />
                ) : null}
                {preview.data.kept.length ? (
                  <List
                    header={<strong>保留的号码（看似个人信息，但依规则公开）</strong>}
                    size="small"
                    dataSource={preview.data.kept}
                    renderItem={(k) => (
                      <List.Item>
                        「{preview.data!.original?.slice(k.start, k.end)}」· {k.why}
                      </List.Item>
                    )}
                  />
                ) : null}
                <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
                  规则集 {preview.data.ruleSet.name} {preview.data.ruleSet.version}（{preview.data.ruleSet.digest.slice(0, 16)}
                  …）。公示文本只能由原文、规则集和人工标注推导得出，任何人都可以重新推导核对。
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title="双公示数据项" style={{ marginBottom: 16 }}>
                <Table
                  size="small"
                  rowKey="code"
                  pagination={false}
                  dataSource={preview.data.fields}
                  columns={[
                    { title: '数据项', key: 'n', width: 150, render: (_, f) => f.name },
                    {
                      title: '公示内容',
                      key: 'v',
                      render: (_, f) =>
                        f.published !== f.original ? (
                          <span title={`原文：${f.original ?? ''}`}>
                            {f.published ?? '—'} <Tag>已脱敏</Tag>
                          </span>
                        ) : (
                          (f.published ?? '—')
                        ),
                    },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      ) : null}
      <Card size="small" title="版本与操作">
        <Timeline
          items={p.events.map((e) => ({
            key: e.seq,
            title: dateTime(e.at),
            content: (
              <span>
                <strong>{EVENT[e.kind] ?? e.kind}</strong> · {e.by}
              </span>
            ),
          }))}
        />
        {p.versions.length ? (
          <Descriptions
            size="small"
            column={1}
            items={p.versions.map((v) => ({
              key: String(v.version),
              label: `第 ${v.version} 版`,
              children: `${v.approvedBy} ${dateTime(v.approvedAt)}${v.reason ? `：${v.reason}` : ''}`,
            }))}
          />
        ) : null}
      </Card>
      <Drawer open={drawer === 'correct'} onClose={() => setDrawer(null)} title="更正（发布新版本，旧版本保留）" size={520} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={(v: { reason: string; foundOn?: Dayjs }) =>
            void act('已发布更正', () =>
              unwrap(
                api.POST('/api/v1/publications/{id}/corrections', {
                  params: { path: { id: p.id } },
                  body: { marks, reason: v.reason, ...(v.foundOn ? { foundOn: v.foundOn.format('YYYY-MM-DD') } : {}) },
                }),
              ),
            )
          }
        >
          <Form.Item label="更正理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明更正理由' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
          <Form.Item label="发现错误日期" name="foundOn" extra="发现错误后 20 个工作日内更正">
            <DatePicker />
          </Form.Item>
          <Typography.Paragraph type="secondary">新版本使用当前页面上的人工标注。</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={busy}>
            发布更正
          </Button>
        </Form>
      </Drawer>
      <Drawer
        open={drawer === 'ground' || drawer === 'withdraw'}
        onClose={() => setDrawer(null)}
        title={drawer === 'ground' ? '登记撤下事由' : '撤下'}
        size={520}
        destroyOnHidden
      >
        <GroundForm
          busy={busy}
          needGround={drawer === 'ground' || !p.ground}
          submitText={drawer === 'ground' ? '登记事由' : '撤下'}
          onSubmit={(v) =>
            void act(drawer === 'ground' ? '已登记撤下事由' : '已撤下', () =>
              drawer === 'ground'
                ? unwrap(
                    api.POST('/api/v1/publications/{id}/withdrawal-ground', {
                      params: { path: { id: p.id } },
                      body: { ground: v.ground!, groundOn: v.groundOn!, reason: v.reason! },
                    }),
                  )
                : unwrap(
                    api.POST('/api/v1/publications/{id}/withdrawal', {
                      params: { path: { id: p.id } },
                      body: p.ground ? {} : { ground: v.ground!, groundOn: v.groundOn!, reason: v.reason! },
                    }),
                  ),
            )
          }
        />
      </Drawer>
      <Drawer open={drawer === 'stop'} onClose={() => setDrawer(null)} title="信用修复后提前停止公示" size={520} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={(v: { repairDecision: string; reason: string }) =>
            void act('已停止公示', () => unwrap(api.POST('/api/v1/publications/{id}/stop', { params: { path: { id: p.id } }, body: v })))
          }
        >
          <Form.Item
            label="信用修复决定文号"
            name="repairDecision"
            rules={[{ required: true, whitespace: true, message: '请填写信用修复决定文号' }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            停止公示
          </Button>
        </Form>
      </Drawer>
    </Page>
  );
}

const EVENT: Record<string, string> = {
  created: '生成公示记录',
  published: '公示',
  corrected: '更正',
  'ground-recorded': '登记撤下事由',
  withdrawn: '撤下',
  expired: '公示期满下线',
  stopped: '信用修复后停止公示',
};

function GroundForm({
  onSubmit,
  busy,
  needGround,
  submitText,
}: {
  onSubmit: (v: { ground?: keyof typeof WITHDRAWAL_GROUNDS; groundOn?: string; reason?: string }) => void;
  busy: boolean;
  needGround: boolean;
  submitText: string;
}) {
  return (
    <Form
      layout="vertical"
      initialValues={{ groundOn: dayjs() }}
      onFinish={(v: { ground?: keyof typeof WITHDRAWAL_GROUNDS; groundOn?: Dayjs; reason?: string }) =>
        onSubmit({
          ...(v.ground ? { ground: v.ground } : {}),
          ...(v.groundOn ? { groundOn: v.groundOn.format('YYYY-MM-DD') } : {}),
          ...(v.reason ? { reason: v.reason } : {}),
        })
      }
    >
      {needGround ? (
        <>
          <Form.Item label="撤下事由" name="ground" rules={[{ required: true, message: '请选择撤下事由' }]}>
            <Select options={Object.entries(WITHDRAWAL_GROUNDS).map(([k, v]) => ({ value: k, label: v }))} />
          </Form.Item>
          <Form.Item
            label="事由发生日期"
            name="groundOn"
            rules={[{ required: true }]}
            extra="行政处罚决定 3 个工作日内撤下，其他 20 个工作日内"
          >
            <DatePicker />
          </Form.Item>
          <Form.Item label="说明" name="reason" rules={[{ required: true, whitespace: true, message: '请填写说明（如复议决定书文号）' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
        </>
      ) : (
        <Typography.Paragraph>已登记撤下事由，确认后立即撤下。</Typography.Paragraph>
      )}
      <Button type="primary" danger={submitText === '撤下'} htmlType="submit" loading={busy}>
        {submitText}
      </Button>
    </Form>
  );
}
