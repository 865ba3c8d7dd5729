import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Row, Select, Space, Tag, Timeline, Typography, message } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { ApiError, api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { ErrorAlert, QueryView } from '../../components/states';
import { bytes, dateTime } from '../../lib/format';
import { rememberReason, storedReason } from '../../lib/reason';
import { STATE_COLOURS, type ComplaintView } from './complaint-types';

const reasonKey = (id: string) => `complaint:${id}`;

/** 调阅事由: asked once per visit of someone outside the handling agency; the server records it (R-REC-7). */
function ReasonForm({ onReason }: { onReason: (r: string) => void }) {
  return (
    <Card size="small" style={{ maxWidth: 560 }}>
      <Typography.Paragraph>查看投诉人的姓名、电话和材料须说明事由，本次查看将记入调阅记录。</Typography.Paragraph>
      <Form layout="vertical" onFinish={(v: { reason: string }) => onReason(v.reason.trim())}>
        <Form.Item label="调阅事由" name="reason" rules={[{ required: true, min: 2, max: 200, message: '请填写 2–200 字的事由' }]}>
          <Input placeholder="如：投诉举报办理监督" autoFocus />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          查看
        </Button>
      </Form>
    </Card>
  );
}

function useAct(id: string) {
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (what: string, f: () => Promise<unknown>, done: string) => {
    setBusy(what);
    setError(null);
    try {
      await f();
      await client.invalidateQueries({ queryKey: ['complaint', id] });
      await client.invalidateQueries({ queryKey: ['complaints'] });
      void message.success(done);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { error, busy, run };
}

function Actions({ c }: { c: ComplaintView }) {
  const { error, busy, run } = useAct(c.id);
  const [answerForm] = Form.useForm<{ answer: string }>();
  const users = useQuery({
    queryKey: ['users', c.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { agencyId: c.agencyId } } })),
    enabled: c.can.assign,
  });
  const handlers = (users.data ?? []).filter((u) => !u.disabled && u.roles.some((r) => r === 'officer' || r === 'head'));
  if (!c.can.assign && !c.can.answer) return null;
  const path = { params: { path: { id: c.id } } };
  return (
    <Card size="small" title="办理" style={{ marginBottom: 16 }}>
      <ErrorAlert error={error} />
      {c.can.answer ? (
        <Form
          form={answerForm}
          layout="vertical"
          name="complaint-answer"
          disabled={!!busy}
          onFinish={(v) =>
            void run(
              'answer',
              () => unwrap(api.POST('/api/v1/complaints/{id}/answer', { ...path, body: { answer: v.answer } })),
              '已答复，投诉人可凭查询码查看',
            )
          }
        >
          <Form.Item
            label="答复内容"
            name="answer"
            rules={[{ required: true, min: 5, message: '请填写答复内容（不少于 5 个字）' }]}
            extra="答复将原文显示给持有查询码的投诉人；请勿写入其他人的个人信息。"
          >
            <Input.TextArea rows={5} maxLength={5000} showCount />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy === 'answer'}>
            答复
          </Button>
        </Form>
      ) : null}
      {c.can.assign ? (
        <Row gutter={24} style={{ marginTop: c.can.answer ? 24 : 0 }}>
          <Col xs={24} md={12}>
            <Form
              layout="vertical"
              name="complaint-assign"
              disabled={!!busy}
              initialValues={{ handlerId: c.handlerId ?? undefined }}
              onFinish={(v: { handlerId: string }) =>
                void run(
                  'assign',
                  () => unwrap(api.POST('/api/v1/complaints/{id}/assign', { ...path, body: { handlerId: v.handlerId } })),
                  '已指派承办人',
                )
              }
            >
              <Form.Item label="承办人" name="handlerId" rules={[{ required: true, message: '请选择承办人' }]}>
                <Select
                  loading={users.isPending}
                  placeholder="选择本机关的执法人员"
                  options={handlers.map((u) => ({ value: u.id, label: `${u.displayName}${u.post ? `（${u.post}）` : ''}` }))}
                />
              </Form.Item>
              <Button htmlType="submit" loading={busy === 'assign'}>
                {c.handlerId ? '改派' : '指派'}
              </Button>
            </Form>
          </Col>
          <Col xs={24} md={12}>
            <Form
              layout="vertical"
              name="complaint-transfer"
              disabled={!!busy}
              onFinish={(v: { agencyId: string; note: string }) =>
                void run('transfer', () => unwrap(api.POST('/api/v1/complaints/{id}/transfer', { ...path, body: v })), '已转办')
              }
            >
              <Form.Item label="转办至" name="agencyId" rules={[{ required: true, message: '请选择有管辖权的机关' }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder="有管辖权的执法机关"
                  options={c.transferTargets.map((a) => ({ value: a.id, label: a.name }))}
                />
              </Form.Item>
              <Form.Item label="转办理由" name="note" rules={[{ required: true, min: 2, message: '请写明转办理由' }]}>
                <Input maxLength={500} placeholder="如：不属于本机关管辖" />
              </Form.Item>
              <Button danger htmlType="submit" loading={busy === 'transfer'}>
                转办
              </Button>
            </Form>
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}

function Detail({ c, reason }: { c: ComplaintView; reason: string | undefined }) {
  const q = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  return (
    <>
      {c.state === 'answered' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`已于 ${dateTime(c.answeredAt)} 答复（${c.answeredByName ?? ''}）`}
          description={<div style={{ whiteSpace: 'pre-wrap' }}>{c.answer}</div>}
        />
      ) : null}
      <Actions c={c} />
      <Card size="small" title="投诉举报内容" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'kind', label: '类别', children: c.kindName },
            { key: 'state', label: '状态', children: <Tag color={STATE_COLOURS[c.stateName]}>{c.stateName}</Tag> },
            { key: 'agency', label: '办理机关', children: c.transferred ? `${c.agencyName}（由${c.filedAgencyName}转办）` : c.agencyName },
            { key: 'ref', label: '涉及文号', children: c.subjectRef ?? '—' },
            { key: 'received', label: '受理时间', children: dateTime(c.receivedAt) },
            {
              key: 'due',
              label: '答复期限',
              children: c.state === 'answered' ? '已答复' : <DueDate on={c.dueOn} state={c.dueState} working />,
            },
            { key: 'name', label: '投诉人', children: c.name ?? '匿名' },
            { key: 'phone', label: '联系电话', children: c.phone ?? '—' },
            { key: 'handler', label: '承办人', children: c.handlerName ?? '未指派' },
          ]}
        />
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
          事实和理由
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.facts}</Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          请求
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.request}</Typography.Paragraph>
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          证明材料
        </Typography.Title>
        {c.attachments.length ? (
          <ul style={{ paddingLeft: 0, listStyle: 'none' }}>
            {c.attachments.map((a) => (
              <li key={a.seq}>
                <PaperClipOutlined />{' '}
                <a
                  href={`/api/v1/complaints/${c.id}/attachments/${a.seq}${q}`}
                  download={a.filename}
                  style={{ textDecoration: 'underline' }}
                >
                  {a.filename}
                </a>{' '}
                <Typography.Text type="secondary">
                  {bytes(a.size)} · SHA-256 {a.sha256.slice(0, 12)}…（下载记入调阅记录）
                </Typography.Text>
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Paragraph type="secondary">未上传材料。</Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          投诉人的姓名、电话和材料只供办理和监督使用，不公开；每次查看均记入调阅记录。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="办理记录（每一步记入本机关全过程记录账本）">
        <Timeline
          items={c.events.map((e) => ({
            key: e.seq,
            children: (
              <div>
                <strong>{e.name}</strong> · {dateTime(e.at)} · {e.agencyName}
                {e.actorName ? ` · ${e.actorName}` : ''}
                {e.note ? <div style={{ color: 'rgba(0,0,0,0.62)' }}>理由：{e.note}</div> : null}
              </div>
            ),
          }))}
        />
      </Card>
    </>
  );
}

/** One complaint: its content, files and record; assign, answer or transfer for the agency's staff (R-X-4). */
export default function ComplaintPage() {
  const { id = '' } = useParams();
  const [reason, setReason] = useState<string | undefined>(() => storedReason(reasonKey(id)));
  const q = useQuery({
    queryKey: ['complaint', id, reason ?? ''],
    queryFn: () => unwrap(api.GET('/api/v1/complaints/{id}', { params: { path: { id }, query: reason ? { reason } : {} } })),
    retry: false,
  });
  // staff of the handling agency read it in the course of their work; anyone else (上级机关, 司法局) is asked why
  const ready = !(q.error instanceof ApiError && q.error.code === 'ACCESS_REASON_REQUIRED');
  return (
    <Page
      title={q.data ? `${q.data.kindName} · ${q.data.receivedOn} 受理` : '投诉举报'}
      crumbs={[{ title: '投诉举报', to: '/complaints' }, { title: q.data ? `${q.data.kindName}（${q.data.receivedOn}）` : '详情' }]}
      extra={q.data ? <Space>{q.data.agencyName}</Space> : null}
    >
      {!ready ? (
        <ReasonForm
          onReason={(r) => {
            rememberReason(reasonKey(id), r);
            setReason(r);
          }}
        />
      ) : (
        <QueryView query={q}>{(c) => <Detail c={c} reason={reason} />}</QueryView>
      )}
    </Page>
  );
}
