import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { GetOf } from '../../api/types';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { EmptyState, QueryView } from '../../components/states';
import { ProblemsAlert } from '../admin/problems';
import './alerts.css';

type AlertItem = GetOf<'/api/v1/alerts'>['items'][number];
type Status = 'open' | 'closed' | 'all';

const STATUS_LABELS: Record<Status, string> = { open: '进行中', closed: '已解除', all: '全部' };
const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

/** 逾期 red, 临期 orange — always with the word (WORKBENCH.md). */
function LevelTag({ a }: { a: AlertItem }) {
  if (a.closedAt) return <Tag>已解除</Tag>;
  return <Tag color={a.level === 'red' ? 'error' : 'warning'}>{a.level === 'red' ? '严重' : '提醒'}</Tag>;
}

/**
 * 执法监督预警 (R-X-3): what the record shows is going wrong — steps and reviews past their limits,
 * publications late, corrected decisions, refusals for missing recordings, certificates near their
 * end — each naming the case and who must act; an alert ends by itself when its condition ends.
 */
export default function AlertsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') as Status | null) ?? 'open';
  const page = Number(params.get('page') ?? '1');
  const client = useQueryClient();
  const { message } = App.useApp();
  const q = useQuery({
    queryKey: ['alerts', status, page],
    queryFn: () => unwrap(api.GET('/api/v1/alerts', { params: { query: { status, limit: 20, offset: (page - 1) * 20 } } })),
  });
  const readAll = async () => {
    const r = await unwrap(api.POST('/api/v1/alerts/read', { body: { all: true } }));
    message.success(`已将 ${r.marked} 条预警标为已读`);
    await client.invalidateQueries({ queryKey: ['alerts'] });
    await client.invalidateQueries({ queryKey: ['alerts-unread'] });
  };
  const canSet = session.has('admin', 'head') && session.user.agencyKind !== 'justice';
  return (
    <Page
      title="执法监督预警"
      crumbs={[{ title: '执法监督预警' }]}
      subtitle={
        session.has('supervisor')
          ? '辖区各执法机关的薄弱环节；条件消除后自动解除'
          : session.has('head', 'admin')
            ? '本机关的薄弱环节及须处理的人；条件消除后自动解除'
            : '指派给您处理的预警；条件消除后自动解除'
      }
      extra={
        <Button onClick={() => void readAll()} disabled={!q.data?.unread}>
          全部标为已读
        </Button>
      }
    >
      <Card size="small">
        <Space style={{ marginBottom: 12 }} wrap>
          <Segmented<Status>
            aria-label="预警状态"
            value={status}
            onChange={(s) => setParams({ status: s })}
            options={(Object.keys(STATUS_LABELS) as Status[]).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          {q.data ? (
            <Typography.Text type="secondary">
              共 {q.data.total} 条，未读 {q.data.unread} 条
            </Typography.Text>
          ) : null}
        </Space>
        <QueryView query={q}>
          {(data) => (
            <List<AlertItem>
              dataSource={data.items}
              locale={{ emptyText: <EmptyState>{status === 'open' ? '目前没有进行中的预警' : '没有符合条件的预警'}</EmptyState> }}
              pagination={
                data.total > 20
                  ? {
                      current: page,
                      pageSize: 20,
                      total: data.total,
                      onChange: (p) => setParams({ status, page: String(p) }),
                      showSizeChanger: false,
                    }
                  : false
              }
              renderItem={(a) => (
                <List.Item
                  className={a.read || a.closedAt ? 'alert-item' : 'alert-item alert-unread'}
                  extra={
                    a.caseId ? (
                      <Link to={`/cases/${a.caseId}`} aria-label={`打开案件 ${a.caseNumber ?? ''}`}>
                        打开案件
                      </Link>
                    ) : a.rule.startsWith('complaint-') ? (
                      <Link to="/complaints">打开投诉举报</Link>
                    ) : null
                  }
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        <LevelTag a={a} />
                        <Tag>{a.ruleName}</Tag>
                        <span>{a.title}</span>
                        {!a.read && !a.closedAt ? <Tag color="blue">未读</Tag> : null}
                      </Space>
                    }
                    description={
                      <Space direction="vertical" size={2}>
                        <Typography.Text>{a.detail}</Typography.Text>
                        <Typography.Text>
                          须处理：<Typography.Text strong>{a.assigneeText || '—'}</Typography.Text>
                          {a.mine ? (
                            <Tag color="blue" style={{ marginLeft: 8 }}>
                              指派给我
                            </Tag>
                          ) : null}
                        </Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {a.agency.name} · 发出 {time(a.openedAt)}
                          {a.closedAt ? ` · 解除 ${time(a.closedAt)}` : ''}
                        </Typography.Text>
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </QueryView>
      </Card>
      {canSet ? <AlertSettings agencyId={session.user.agencyId} /> : null}
    </Page>
  );
}

interface SettingsValues {
  returnRate: number;
  minReviews: number;
  webhookUrl?: string;
  webhookSecret?: string;
}

/** The agency's threshold for review return rates and its SMS / IM gateway (signed, retried; every delivery recorded). */
function AlertSettings({ agencyId }: { agencyId: string }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const s = useQuery({
    queryKey: ['alert-settings', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/alert-settings', { params: { path: { id: agencyId } } })),
  });
  const d = useQuery({
    queryKey: ['alert-deliveries', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/alert-deliveries', { params: { path: { id: agencyId } } })),
  });
  const save = async (v: SettingsValues) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/alert-settings', {
          params: { path: { id: agencyId } },
          body: {
            returnRate: v.returnRate / 100,
            minReviews: v.minReviews,
            webhookUrl: v.webhookUrl?.trim() ? v.webhookUrl.trim() : null,
            ...(v.webhookSecret?.trim() ? { webhookSecret: v.webhookSecret.trim() } : {}),
          },
        }),
      );
      message.success('预警设置已保存');
      await client.invalidateQueries({ queryKey: ['alert-settings', agencyId] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={<h2 className="card-title">预警设置与短信推送</h2>} style={{ marginTop: 16 }}>
      <QueryView query={s}>
        {(v) => (
          <Form<SettingsValues>
            layout="vertical"
            name="alert-settings"
            disabled={busy}
            onFinish={(x) => void save(x)}
            initialValues={{ returnRate: Math.round(v.returnRate * 100), minReviews: v.minReviews, webhookUrl: v.webhookUrl ?? '' }}
          >
            <ProblemsAlert error={error} />
            <Space size="large" wrap align="start">
              <Form.Item label="法制审核退回率预警线（%）" name="returnRate" rules={[{ required: true, message: '请填写预警线' }]}>
                <InputNumber min={1} max={100} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item
                label="至少审结件数"
                name="minReviews"
                rules={[{ required: true, message: '请填写件数' }]}
                extra="审结少于此数的机构不计算退回率"
              >
                <InputNumber min={1} max={1000} style={{ width: 160 }} />
              </Form.Item>
            </Space>
            <Form.Item label="短信/即时通讯网关推送地址" name="webhookUrl" extra="预警发出和解除时推送；留空则不推送">
              <Input maxLength={500} placeholder="https://sms-gateway.example.gov.cn/hooks/sanxiang" />
            </Form.Item>
            <Form.Item
              label="签名密钥"
              name="webhookSecret"
              extra={`${v.hasSecret ? '已设置（不回显）；填写则更换。' : '尚未设置。'}推送以 HMAC-SHA256 对“时间戳.正文”签名，见请求头 X-Sanxiang-Signature 与 X-Sanxiang-Timestamp。`}
            >
              <Input.Password maxLength={200} autoComplete="new-password" placeholder="至少 16 位" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              保存设置
            </Button>
          </Form>
        )}
      </QueryView>
      <h3 className="card-subtitle">推送记录</h3>
      <QueryView query={d}>
        {(rows) => (
          <Table
            rowKey="id"
            size="small"
            dataSource={rows}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            locale={{ emptyText: <EmptyState>尚无推送</EmptyState> }}
            columns={[
              { title: '时间', dataIndex: 'createdAt', width: 150, render: (t: string) => time(t) },
              { title: '事件', dataIndex: 'event', width: 70, render: (e: string) => (e === 'opened' ? '发出' : '解除') },
              { title: '预警', dataIndex: 'title' },
              {
                title: '状态',
                key: 'state',
                width: 110,
                render: (_, r) =>
                  r.state === 'delivered' ? (
                    <Tag color="success">已送达</Tag>
                  ) : r.state === 'failed' ? (
                    <Tag color="error">已放弃</Tag>
                  ) : (
                    <Tag color="processing">待重试</Tag>
                  ),
              },
              {
                title: '投递',
                key: 'tries',
                render: (_, r) => r.tries.map((t) => `${time(t.at)} ${t.status ?? ''}${t.error ? `（${t.error}）` : ''}`).join('；'),
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
