import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Input, List, Radio, Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleOutlined } from '@ant-design/icons';
import { ApiError, api, unwrap } from '../../api/client';
import type { GetOf } from '../../api/types';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { ErrorAlert, QueryView } from '../../components/states';
import { useSession } from '../../auth/session';

type Detail = GetOf<'/api/v1/credit-repair/applications/{id}'>;
type Check = Detail['publication']['eligibility']['refusals'][number];

const PERFORMANCE: Record<string, string> = { paid: '已自觉履行（执行记录）', enforced: '经申请强制执行', none: '无需履行' };
const RULE = '《市场监督管理行政处罚信息公示规定》';

/** What the 公示管理员 confirms from the materials: the platform cannot see it (公示规定 §14 一款 (二), (四)). */
const CONFIRMATIONS = [
  { name: 'harmRemoved', text: '已核实当事人已经主动消除危害后果和不良影响', basis: '第十四条第一款第（二）项' },
  { name: 'notListed', text: '已核实当事人未在经营异常名录和严重违法失信名单中', basis: '第十四条第一款第（四）项' },
] as const;

interface Values {
  decision: 'grant' | 'refuse';
  reason: string;
  harmRemoved?: boolean;
  notListed?: boolean;
}

function Checks({ items, ok }: { items: Check[]; ok: boolean }) {
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(c) => (
        <List.Item>
          <Space align="start">
            {ok ? (
              <ExclamationCircleOutlined style={{ color: '#ad6800' }} aria-label="须核实" />
            ) : (
              <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="不符合" />
            )}
            <span>
              {c.message}
              {c.basis ? <Typography.Text type="secondary">（{c.basis}）</Typography.Text> : null}
            </span>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** The decision on one 信用修复 application: what was asked, what the record shows, 准予 or 不予 with reasons. */
export default function CreditRepairPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['credit-repair', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/credit-repair/applications/{id}', { params: { path: { id } } })),
  });
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const canDecide = session.has('publisher');

  const submit = async (v: Values) => {
    setSubmitting(true);
    setError(null);
    try {
      const r = await unwrap(
        api.POST('/api/v1/credit-repair/applications/{id}/decision', {
          params: { path: { id } },
          body: {
            decision: v.decision,
            reason: v.reason,
            ...(v.decision === 'grant' ? { confirmed: { harmRemoved: v.harmRemoved === true, notListed: v.notListed === true } } : {}),
          },
        }),
      );
      client.setQueryData(['credit-repair', 'one', id], r);
      await client.invalidateQueries({ queryKey: ['credit-repair'] });
    } catch (e) {
      setError(e);
    } finally {
      setSubmitting(false);
    }
  };

  const unmet =
    error instanceof ApiError && Array.isArray(error.details?.unmet)
      ? (error.details.unmet as { message: string; basis?: string }[])
      : null;

  return (
    <Page title="信用修复申请" crumbs={[{ title: '信用修复申请', to: '/credit-repair' }, { title: q.data?.number ?? '申请' }]}>
      <QueryView query={q}>
        {(a) => (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Card
              size="small"
              title={`申请 ${a.number}`}
              extra={
                <Tag color={a.overdue ? 'error' : a.state === 'granted' ? 'success' : a.state === 'refused' ? 'default' : 'processing'}>
                  {a.stateName}
                </Tag>
              }
            >
              <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
                <Descriptions.Item label="行政处罚决定">
                  {a.docNumber}
                  <div>{a.decisionTitle}</div>
                </Descriptions.Item>
                <Descriptions.Item label="当事人">{a.partyName}</Descriptions.Item>
                <Descriptions.Item label="申请人">
                  {a.applicantName}（{a.applicantRole}）{a.contact ? `，${a.contact}` : ''}
                </Descriptions.Item>
                <Descriptions.Item label="收到日期">{a.receivedOn}</Descriptions.Item>
                <Descriptions.Item label="决定期限">
                  {a.state === 'pending' ? <DueDate on={a.dueOn} state={a.overdue ? 'overdue' : 'normal'} working /> : a.dueOn}
                  {a.rules.decisionLimit ? (
                    <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.6)' }}>{a.rules.decisionLimit.basis}</div>
                  ) : null}
                </Descriptions.Item>
                <Descriptions.Item label="处罚内容">{a.publication.penalty || '—'}</Descriptions.Item>
                <Descriptions.Item label="公示">
                  {a.publication.publishedOn ? `${a.publication.publishedOn} 起` : '—'}
                  {a.publication.publicUntil ? `，至 ${a.publication.publicUntil}` : ''}（
                  {a.publication.state === 'stopped'
                    ? '已提前停止公示'
                    : a.publication.state === 'published'
                      ? '公示中'
                      : a.publication.state}
                  ）
                </Descriptions.Item>
                <Descriptions.Item label="履行情况">
                  {a.publication.performance ? PERFORMANCE[a.publication.performance] : '案件记录中尚无执行记录'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card size="small" title="申请理由与证明材料">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.reasons}</Typography.Paragraph>
              <Typography.Paragraph type="secondary">申请人已接受守信承诺书：{a.commitment}</Typography.Paragraph>
              {a.attachments.length ? (
                <List
                  size="small"
                  header="证明材料（下载记入调阅记录）"
                  dataSource={a.attachments}
                  renderItem={(f) => (
                    <List.Item>
                      <a href={`/api/v1/credit-repair/applications/${a.id}/attachments/${f.index}`}>{f.name}</a>
                      <Typography.Text type="secondary">
                        {f.size < 1024 ? `${f.size} 字节` : `${Math.round(f.size / 1024)} KB`}
                      </Typography.Text>
                    </List.Item>
                  )}
                />
              ) : (
                <Typography.Text type="secondary">未提交证明材料</Typography.Text>
              )}
            </Card>
            <Card size="small" title={a.publication.state === 'published' ? '是否符合条件' : '收到申请时的审查'}>
              <Typography.Paragraph type="secondary">
                依据：{a.rules.name}（{a.rules.basis}）
              </Typography.Paragraph>
              {a.publication.eligibility.refusals.length ? (
                <>
                  <Typography.Text strong>公示记录显示不符合：</Typography.Text>
                  <Checks items={a.publication.eligibility.refusals} ok={false} />
                </>
              ) : a.publication.eligibility.eligible ? (
                <Space>
                  <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />
                  <span>
                    已公示满规定期限（自 {a.publication.eligibility.from} 起可以提前停止），处罚种类不属于不得提前停止公示的情形。
                  </span>
                </Space>
              ) : null}
              {a.publication.eligibility.toVerify.length ? (
                <>
                  <Typography.Paragraph strong style={{ marginTop: 12, marginBottom: 0 }}>
                    准予前须满足、核实：
                  </Typography.Paragraph>
                  <Checks items={a.publication.eligibility.toVerify} ok />
                </>
              ) : null}
            </Card>
            {a.decision ? (
              <Card size="small" title="决定">
                <Descriptions size="small" column={1} bordered>
                  <Descriptions.Item label="结果">{a.stateName}</Descriptions.Item>
                  <Descriptions.Item label="理由">{a.decision.reason}</Descriptions.Item>
                  <Descriptions.Item label="决定人">{a.decision.by}</Descriptions.Item>
                  <Descriptions.Item label="时间">{new Date(a.decision.at).toLocaleString('zh-CN', { hour12: false })}</Descriptions.Item>
                </Descriptions>
                <Typography.Paragraph style={{ marginTop: 8 }}>
                  <Link to={`/publications/${a.publicationId}`}>查看公示记录及其操作</Link>
                </Typography.Paragraph>
              </Card>
            ) : canDecide ? (
              <Card size="small" title="作出决定">
                <Form<Values> form={form} layout="vertical" initialValues={{ decision: 'grant' }} onFinish={(v) => void submit(v)}>
                  <Form.Item label="决定" name="decision" rules={[{ required: true }]}>
                    <Radio.Group
                      options={[
                        { value: 'grant', label: '准予信用修复，提前停止公示' },
                        { value: 'refuse', label: '不予信用修复' },
                      ]}
                    />
                  </Form.Item>
                  {decision !== 'refuse'
                    ? CONFIRMATIONS.map((c) => (
                        <Form.Item
                          key={c.name}
                          name={c.name}
                          valuePropName="checked"
                          style={{ marginBottom: 8 }}
                          rules={[
                            {
                              validator: (_, value: unknown) =>
                                value === true
                                  ? Promise.resolve()
                                  : Promise.reject(new Error(`准予前须核实：${c.text.replace(/^已核实/, '')}`)),
                            },
                          ]}
                        >
                          <Checkbox>
                            {c.text}
                            <Typography.Text type="secondary">
                              （{RULE}
                              {c.basis}）
                            </Typography.Text>
                          </Checkbox>
                        </Form.Item>
                      ))
                    : null}
                  <Form.Item
                    label={decision === 'refuse' ? '不予的理由' : '决定理由'}
                    name="reason"
                    rules={[
                      { required: true, whitespace: true, message: '请写明理由' },
                      { min: 2, message: '理由至少 2 个字' },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
                  </Form.Item>
                  {unmet ? (
                    <Alert
                      type="error"
                      showIcon
                      role="alert"
                      style={{ marginBottom: 16 }}
                      title="不符合提前停止公示的条件，不能准予"
                      description={
                        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                          {unmet.map((u) => (
                            <li key={u.message}>
                              {u.message}
                              {u.basis ? `（${u.basis}）` : ''}
                            </li>
                          ))}
                        </ul>
                      }
                    />
                  ) : (
                    <ErrorAlert error={error} />
                  )}
                  <Button type="primary" htmlType="submit" loading={submitting}>
                    {decision === 'refuse' ? '作出不予决定' : '准予并停止公示'}
                  </Button>
                </Form>
              </Card>
            ) : (
              <Alert type="info" showIcon title="待本机关公示管理员作出决定" />
            )}
          </Space>
        )}
      </QueryView>
    </Page>
  );
}
