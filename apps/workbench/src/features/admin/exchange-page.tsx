import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import { dateTime } from '../../lib/format';
import type { OutboxMessage, PushSystem } from './api-types';
import { useAgencies } from './agency-scope';
import { OUTBOX_ACTS, OUTBOX_STATES } from './labels';
import { ProblemsAlert } from './problems';

/**
 * 接入系统 (R-PUB-8, R-X-6): other agencies' case systems that push their decisions to the
 * 公示平台, each with a key shown once when registered and revocable at any time; and the outbox
 * of this platform's own publications pushed to the upper-level platform.
 */
export default function ExchangePage() {
  const session = useSession();
  const systems = useQuery({ queryKey: ['exchange-systems'], queryFn: () => unwrap(api.GET('/api/v1/exchange/systems')) });
  const outbox = useQuery({ queryKey: ['exchange-outbox'], queryFn: () => unwrap(api.GET('/api/v1/exchange/outbox')) });
  const [registering, setRegistering] = useState(false);
  const [key, setKey] = useState<{ name: string; key: string } | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const admin = session.has('admin');
  const revoke = async (s: PushSystem) => {
    setRevokeError(null);
    try {
      await unwrap(api.POST('/api/v1/exchange/systems/{id}/revocation', { params: { path: { id: s.id } } }));
      message.success(`已注销「${s.name}」的密钥`);
      await qc.invalidateQueries({ queryKey: ['exchange-systems'] });
    } catch (e) {
      setRevokeError(e);
    }
  };
  return (
    <Page
      title="接入系统"
      crumbs={[{ title: '系统管理' }, { title: '接入系统' }]}
      subtitle="自有办案系统的机关以密钥实时推送执法决定到公示平台；本平台的公示行为推送至上级平台"
      extra={
        admin ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            登记接入系统
          </Button>
        ) : null
      }
    >
      <Card size="small" title="接入系统" style={{ marginBottom: 16 }}>
        <ProblemsAlert error={revokeError} onClose={() => setRevokeError(null)} />
        <QueryView query={systems}>
          {(rows) => (
            <Table<PushSystem>
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              locale={{ emptyText: <EmptyState>尚未登记接入系统。有自有办案系统的机关，登记后以密钥推送执法决定。</EmptyState> }}
              scroll={{ x: 820 }}
              columns={[
                { title: '名称', dataIndex: 'name', width: 220 },
                { title: '所属机关', dataIndex: 'agency' },
                { title: '登记时间', dataIndex: 'createdAt', width: 150, render: (t: string) => dateTime(t) },
                {
                  title: '状态',
                  key: 'state',
                  width: 160,
                  render: (_, s) =>
                    s.revokedAt ? (
                      <span>
                        <Tag color="error">已注销</Tag>
                        {dateTime(s.revokedAt)}
                      </span>
                    ) : (
                      <Tag color="success">在用</Tag>
                    ),
                },
                {
                  title: '最近一次推送',
                  key: 'last',
                  width: 220,
                  render: (_, s) =>
                    s.lastPush ? (
                      `${dateTime(s.lastPush.at)}：保存 ${s.lastPush.stored} 条${s.lastPush.rejected ? `，退回 ${s.lastPush.rejected} 条` : ''}`
                    ) : (
                      <Typography.Text type="secondary">从未推送</Typography.Text>
                    ),
                },
                ...(admin
                  ? [
                      {
                        title: '操作',
                        key: 'act',
                        width: 90,
                        render: (_: unknown, s: PushSystem) =>
                          s.revokedAt ? null : (
                            <Popconfirm
                              title={`注销「${s.name}」的密钥？`}
                              description="注销后该系统不能再推送，须重新登记取得新密钥。"
                              okText="注销"
                              okButtonProps={{ danger: true }}
                              cancelText="取消"
                              onConfirm={() => revoke(s)}
                            >
                              <Button size="small" type="link" danger aria-label={`注销「${s.name}」的密钥`}>
                                注销
                              </Button>
                            </Popconfirm>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryView>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          接入方式：<Typography.Text code>POST /api/v1/ingest/decisions</Typography.Text>，请求头{' '}
          <Typography.Text code>Authorization: Bearer 密钥</Typography.Text>，每次 1–500 条执法决定（双公示数据项），全部合格才保存。
        </Typography.Paragraph>
      </Card>
      <Card size="small" title="向上级平台推送">
        <QueryView query={outbox}>
          {(rows) => (
            <Table<OutboxMessage>
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
              locale={{ emptyText: <EmptyState>暂无推送消息（未配置上级平台，或尚无公示行为）</EmptyState> }}
              scroll={{ x: 980 }}
              columns={[
                { title: '序号', dataIndex: 'id', width: 70 },
                { title: '公示行为', dataIndex: 'act', width: 110, render: (a: string) => OUTBOX_ACTS[a] ?? a },
                { title: '文号', dataIndex: 'doc_number', width: 200 },
                { title: '生成时间', dataIndex: 'created_at', width: 140, render: (t: string) => dateTime(t) },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 90,
                  render: (s: string) => <Tag color={OUTBOX_STATES[s]?.color}>{OUTBOX_STATES[s]?.text ?? s}</Tag>,
                },
                { title: '尝试次数', dataIndex: 'attempts', width: 80 },
                {
                  title: '送达或下次尝试',
                  key: 'when',
                  width: 160,
                  render: (_, m) =>
                    m.delivered_at ? `${dateTime(m.delivered_at)} 送达` : m.dead ? '不再尝试' : `${dateTime(m.next_at)} 再试`,
                },
                { title: '最近错误', dataIndex: 'last_error', render: (e: string | null) => e ?? '—' },
              ]}
            />
          )}
        </QueryView>
      </Card>
      <RegisterModal
        open={registering}
        onClose={() => setRegistering(false)}
        onDone={(r) => {
          setRegistering(false);
          setKey(r);
          message.success(`已登记「${r.name}」`);
          void qc.invalidateQueries({ queryKey: ['exchange-systems'] });
        }}
      />
      <Modal
        open={!!key}
        title={`「${key?.name ?? ''}」的接入密钥`}
        closable={false}
        mask={{ closable: false }}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setKey(null)}>
            我已妥善保存，关闭
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          title="密钥只显示这一次，系统只保存其摘要，关闭后无法再查看。请立即复制并交给接入系统的维护人员，通过安全渠道传递。"
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph copyable={{ text: key?.key ?? '', tooltips: ['复制', '已复制'] }} className="admin-key">
          {key?.key}
        </Typography.Paragraph>
      </Modal>
    </Page>
  );
}

function RegisterModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (r: { name: string; key: string }) => void;
}) {
  const session = useSession();
  const agencies = useAgencies();
  const [form] = Form.useForm<{ agencyId: string; name: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const justice = session.user.agencyKind === 'justice';
  const options = (agencies.data ?? [])
    .filter((a) => justice || a.id === session.user.agencyId)
    .map((a) => ({ value: a.id, label: a.name }));
  const submit = async (v: { agencyId: string; name: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(api.POST('/api/v1/exchange/systems', { body: { agencyId: v.agencyId, name: v.name.trim() } }));
      form.resetFields();
      onDone(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title="登记接入系统"
      okText="登记并生成密钥"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <ProblemsAlert error={error} />
      <Form
        form={form}
        name="exchange-system"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={busy}
        initialValues={{ agencyId: session.user.agencyId }}
      >
        <Form.Item
          label="所属机关"
          name="agencyId"
          rules={[{ required: true, message: '请选择机关' }]}
          extra={justice ? '司法局可为辖区内各机关登记' : '只能为本机关登记'}
        >
          <Select options={options} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item
          label="系统名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写系统名称' },
            { min: 2, max: 60, message: '2–60 个字' },
          ]}
        >
          <Input maxLength={60} placeholder="如：县市场监管局办案系统" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
