import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { GetOf } from '../../api/types';
import { Page } from '../../components/page';
import { useSession } from '../../auth/session';
import { EmptyState, QueryView } from '../../components/states';
import { ProblemsAlert } from '../admin/problems';
import { CERT_COLORS } from '../admin/labels';

type Overview = GetOf<'/api/v1/qualifications'>;
type Officer = Overview['officers'][number];
type Cert = NonNullable<Officer['certificate']>;
type Act = 'training' | 'inspection' | 'renewal' | 'suspended' | 'valid' | 'revoked' | 'history';

const ACT_TITLES: Record<Act, string> = {
  training: '登记岗位培训',
  inspection: '登记年检结论',
  renewal: '换证延期',
  suspended: '暂扣执法证',
  valid: '恢复执法证',
  revoked: '吊销执法证',
  history: '执法证变更记录',
};

function CertState({ c }: { c: Cert }) {
  return (
    <Space direction="vertical" size={0}>
      <span>
        <Tag color={CERT_COLORS[c.status] ?? 'default'}>{c.statusName}</Tag>
        {c.statusSince ? <Typography.Text type="secondary">自 {c.statusSince} 起</Typography.Text> : null}
      </span>
      {c.planned ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {c.planned.from} 起将{c.planned.statusName}
        </Typography.Text>
      ) : null}
    </Space>
  );
}

function Expiry({ c }: { c: Cert }) {
  if (c.daysToExpiry < 0) return <span>{c.validTo}</span>;
  return (
    <Space size={4} wrap>
      <span>{c.validTo}</span>
      {c.nearExpiry ? <Tag color="warning">临期 · 剩 {c.daysToExpiry} 日</Tag> : null}
    </Space>
  );
}

/**
 * 执法资格 (R-X-1): every officer's 执法证 with its state on today's date, the year's 岗位培训 学时 against
 * the 40 required, and the 年检 of the year before; the administrator records training, 年检, 换证延期,
 * 暂扣 / 恢复 / 吊销 — each with its date and reason — and reads a certificate's whole record.
 */
export default function QualificationsPage() {
  const [params, setParams] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(params.get('year') ?? thisYear);
  const [open, setOpen] = useState<{ act: Act; officer: Officer } | null>(null);
  const client = useQueryClient();
  const { message } = App.useApp();
  const canManage = useSession().has('admin');
  const q = useQuery({
    queryKey: ['qualifications', year],
    queryFn: () => unwrap(api.GET('/api/v1/qualifications', { params: { query: { year } } })),
  });
  const done = async (what: string) => {
    setOpen(null);
    message.success(what);
    await client.invalidateQueries({ queryKey: ['qualifications'] });
  };
  return (
    <Page
      title="执法资格"
      crumbs={[{ title: '执法资格' }]}
      subtitle="执法证状态、年度岗位培训学时（每年不少于 40 学时）与年检；暂扣、年检未通过自生效之日起不得执法"
      extra={
        <Select
          aria-label="培训年度"
          value={year}
          style={{ width: 120 }}
          onChange={(y) => setParams({ year: String(y) })}
          options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: y, label: `${y} 年度` }))}
        />
      }
    >
      <Card size="small">
        <QueryView query={q}>
          {(data) => (
            <>
              <Space size="large" wrap style={{ marginBottom: 12 }}>
                <span>执法人员 {data.officers.length} 人</span>
                <span>
                  培训不足 {data.required} 学时：
                  <Typography.Text strong>{data.officers.filter((o) => o.trainingShort).length}</Typography.Text> 人
                </span>
                <span>
                  执法证临期：<Typography.Text strong>{data.officers.filter((o) => o.certificate?.nearExpiry).length}</Typography.Text> 人
                </span>
                <span>
                  不能执法：
                  <Typography.Text strong>
                    {data.officers.filter((o) => !o.certificate || o.certificate.status !== 'valid').length}
                  </Typography.Text>{' '}
                  人
                </span>
              </Space>
              <Table<Officer>
                rowKey="userId"
                size="small"
                dataSource={data.officers}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: <EmptyState>本机关尚无执法人员，请先在“人员与执法证”中添加</EmptyState> }}
                columns={[
                  {
                    title: '姓名',
                    key: 'name',
                    render: (_, o) => (
                      <Space direction="vertical" size={0}>
                        <span>{o.name}</span>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {[o.unit, o.post].filter(Boolean).join(' · ')}
                        </Typography.Text>
                      </Space>
                    ),
                  },
                  {
                    title: '执法证号',
                    key: 'number',
                    render: (_, o) => (o.certificate ? <span className="mono">{o.certificate.number}</span> : <Tag>未持证</Tag>),
                  },
                  { title: '状态', key: 'status', render: (_, o) => (o.certificate ? <CertState c={o.certificate} /> : '—') },
                  { title: '有效期至', key: 'validTo', render: (_, o) => (o.certificate ? <Expiry c={o.certificate} /> : '—') },
                  {
                    title: `${year} 年培训`,
                    key: 'training',
                    render: (_, o) => (
                      <Space size={4}>
                        <span style={{ whiteSpace: 'nowrap' }}>
                          {o.trainingHours} / {data.required} 学时
                        </span>
                        {o.trainingShort ? <Tag color="warning">不足</Tag> : <Tag color="success">达标</Tag>}
                      </Space>
                    ),
                  },
                  {
                    title: `${year - 1} 年度年检`,
                    key: 'inspection',
                    render: (_, o) =>
                      o.lastYearInspection ? (
                        o.lastYearInspection.passed ? (
                          <Tag color="success">合格</Tag>
                        ) : (
                          <Tag color="error">不合格</Tag>
                        )
                      ) : (
                        <Typography.Text type="secondary">未登记</Typography.Text>
                      ),
                  },
                  {
                    title: '操作',
                    key: 'act',
                    width: 260,
                    hidden: !canManage,
                    render: (_, o) => {
                      const c = o.certificate;
                      const btn = (act: Act, label: string, danger = false) => (
                        <Button
                          size="small"
                          type="link"
                          danger={danger}
                          onClick={() => setOpen({ act, officer: o })}
                          aria-label={`${label}：${o.name}`}
                        >
                          {label}
                        </Button>
                      );
                      return (
                        <Space size={0} wrap>
                          {btn('training', '培训')}
                          {c && c.status !== 'revoked' ? btn('inspection', '年检') : null}
                          {c && c.status !== 'revoked' ? btn('renewal', '换证') : null}
                          {c && c.status === 'suspended' ? btn('valid', '恢复') : null}
                          {c && c.status !== 'revoked' && c.status !== 'suspended' ? btn('suspended', '暂扣') : null}
                          {c && c.status !== 'revoked' ? btn('revoked', '吊销', true) : null}
                          {c ? btn('history', '记录') : null}
                        </Space>
                      );
                    },
                  },
                ]}
              />
            </>
          )}
        </QueryView>
      </Card>
      <Drawer
        open={!!open}
        size={560}
        title={open ? `${ACT_TITLES[open.act]}：${open.officer.name}` : ''}
        onClose={() => setOpen(null)}
        destroyOnHidden
      >
        {open ? <ActForm act={open.act} officer={open.officer} year={year} onDone={done} /> : null}
      </Drawer>
    </Page>
  );
}

interface ActValues {
  hours?: number;
  course?: string;
  date?: Dayjs;
  passed?: boolean;
  year?: number;
  reason?: string;
  validTo?: Dayjs;
}

function ActForm({ act, officer, year, onDone }: { act: Act; officer: Officer; year: number; onDone: (what: string) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const c = officer.certificate;
  if (act === 'history') return c ? <History certId={c.id} /> : null;
  const submit = async (v: ActValues) => {
    setBusy(true);
    setError(null);
    const date = v.date?.format('YYYY-MM-DD');
    try {
      if (act === 'training') {
        await unwrap(
          api.POST('/api/v1/users/{id}/training', {
            params: { path: { id: officer.userId } },
            body: { hours: v.hours!, course: v.course!.trim(), completedOn: date! },
          }),
        );
        await onDone(`已登记 ${officer.name} 的培训 ${v.hours} 学时`);
      } else if (act === 'inspection') {
        await unwrap(
          api.POST('/api/v1/certificates/{id}/inspections', {
            params: { path: { id: c!.id } },
            body: { year: v.year!, passed: v.passed!, ...(date ? { on: date } : {}), reason: v.reason?.trim() ?? '' },
          }),
        );
        await onDone(`已登记 ${officer.name} 的 ${v.year} 年度年检结论`);
      } else if (act === 'renewal') {
        await unwrap(
          api.POST('/api/v1/certificates/{id}/renewal', {
            params: { path: { id: c!.id } },
            body: { validTo: v.validTo!.format('YYYY-MM-DD'), reason: v.reason!.trim() },
          }),
        );
        await onDone(`执法证 ${c!.number} 有效期已延至 ${v.validTo!.format('YYYY-MM-DD')}`);
      } else {
        await unwrap(
          api.POST('/api/v1/certificates/{id}/status', {
            params: { path: { id: c!.id } },
            body: { status: act, reason: v.reason!.trim(), ...(date ? { effectiveOn: date } : {}) },
          }),
        );
        await onDone(`已登记：${ACT_TITLES[act]} ${c!.number}`);
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const today = dayjs().startOf('day');
  return (
    <Form<ActValues>
      layout="vertical"
      name={`qualification-${act}`}
      disabled={busy}
      onFinish={(v) => void submit(v)}
      initialValues={{ date: dayjs(), year: act === 'inspection' ? year : undefined, passed: true }}
    >
      <ProblemsAlert error={error} />
      {act === 'training' ? (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={`${year} 年已登记 ${officer.trainingHours} 学时；每年不少于 40 学时，方能通过年检。`}
          />
          <Form.Item label="培训内容" name="course" rules={[{ required: true, whitespace: true, message: '请填写培训内容' }]}>
            <Input maxLength={200} placeholder="如：行政处罚法专题培训（线上）" />
          </Form.Item>
          <Form.Item label="学时" name="hours" rules={[{ required: true, message: '请填写学时' }]}>
            <InputNumber min={0.5} max={200} step={0.5} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="完成日期" name="date" rules={[{ required: true, message: '请选择完成日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
          </Form.Item>
        </>
      ) : null}
      {act === 'inspection' ? (
        <>
          <Form.Item label="年检年度" name="year" rules={[{ required: true, message: '请选择年度' }]}>
            <InputNumber min={2000} max={2100} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item label="结论" name="passed">
            <Radio.Group
              options={[
                { value: true, label: '合格' },
                { value: false, label: '不合格' },
              ]}
            />
          </Form.Item>
          <Form.Item label="结论生效日期" name="date" extra="不合格的，自该日起不得执法，直至补检合格">
            <DatePicker disabledDate={(d) => d.isBefore(today, 'day')} />
          </Form.Item>
          <Form.Item label="说明" name="reason" extra="不合格时必填，如：培训考试不合格">
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
          </Form.Item>
        </>
      ) : null}
      {act === 'renewal' ? (
        <>
          <Typography.Paragraph>现有效期至 {c?.validTo}</Typography.Paragraph>
          <Form.Item label="新的有效期截止日" name="validTo" rules={[{ required: true, message: '请选择新的截止日' }]}>
            <DatePicker disabledDate={(d) => !!c && !d.isAfter(dayjs(c.validTo), 'day')} />
          </Form.Item>
          <Form.Item label="理由或依据" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} placeholder="如：换发新证" />
          </Form.Item>
        </>
      ) : null}
      {act === 'suspended' || act === 'valid' || act === 'revoked' ? (
        <>
          {act === 'revoked' ? (
            <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="吊销后不能恢复；公示平台同步显示为吊销。" />
          ) : null}
          <Form.Item label="生效日期" name="date" extra="自该日起生效；不能早于今天">
            <DatePicker disabledDate={(d) => d.isBefore(today, 'day')} />
          </Form.Item>
          <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明理由' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
        </>
      ) : null}
      <Button type="primary" htmlType="submit" loading={busy} danger={act === 'revoked'}>
        {ACT_TITLES[act]}
      </Button>
    </Form>
  );
}

function History({ certId }: { certId: string }) {
  const q = useQuery({
    queryKey: ['certificate-events', certId],
    queryFn: () => unwrap(api.GET('/api/v1/certificates/{id}/events', { params: { path: { id: certId } } })),
  });
  return (
    <QueryView query={q}>
      {(events) => (
        <Timeline
          items={events.map((e) => ({
            children: (
              <div>
                <Typography.Text strong>{e.kindName}</Typography.Text>（生效 {e.effectiveOn}）<div>{e.reason || '—'}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {e.actor} 登记于 {dayjs(e.recordedAt).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
              </div>
            ),
          }))}
        />
      )}
    </QueryView>
  );
}
