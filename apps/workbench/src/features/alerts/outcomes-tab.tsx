import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, GetOf } from '../../api/types';
import { useSession } from '../../auth/session';
import { EmptyState, QueryView } from '../../components/states';
import { ProblemsAlert } from '../admin/problems';

type Outcome = GetOf<'/api/v1/cases/{id}/outcomes'>[number];

interface OutcomeValues {
  channel: 'reconsideration' | 'litigation';
  body: string;
  decidedOn: Dayjs;
  result: 'upheld' | 'revoked' | 'changed' | 'confirmed-illegal';
  document: string;
  note?: string;
}

/**
 * 复议诉讼 of a case (R-X-3): the outcomes of 行政复议 and 行政诉讼 on its decision, recorded by the
 * agency's head, 法制审核人员 or administrator; a decision 撤销, 变更 or 确认违法 is alerted to the heads
 * until the 整改 is recorded.
 */
export function OutcomesTab({ c }: { c: CaseDetail }) {
  const session = useSession();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [fixing, setFixing] = useState<string | null>(null);
  const [form] = Form.useForm<OutcomeValues>();
  const canRecord = session.has('head', 'reviewer', 'admin') && session.user.agencyKind === 'enforcement';
  const q = useQuery({
    queryKey: ['outcomes', c.id],
    queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/outcomes', { params: { path: { id: c.id } } })),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['outcomes', c.id] });
  const record = async (v: OutcomeValues) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/outcomes', {
          params: { path: { id: c.id } },
          body: {
            channel: v.channel,
            body: v.body.trim(),
            decidedOn: v.decidedOn.format('YYYY-MM-DD'),
            result: v.result,
            document: v.document.trim(),
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          },
        }),
      );
      form.resetFields();
      message.success('已登记复议、诉讼结果');
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rectify = async (o: Outcome, note: string) => {
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/outcomes/{outcomeId}/rectification', {
          params: { path: { id: c.id, outcomeId: o.id } },
          body: { note },
        }),
      );
      setFixing(null);
      message.success('已登记整改情况');
      await refresh();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ProblemsAlert error={error} />
      <QueryView query={q}>
        {(rows) => (
          <Table<Outcome>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rows}
            locale={{ emptyText: <EmptyState>本案决定尚无行政复议或行政诉讼结果</EmptyState> }}
            columns={[
              { title: '途径', dataIndex: 'channelName', width: 90 },
              { title: '机关或法院', dataIndex: 'body' },
              { title: '作出日期', dataIndex: 'decidedOn', width: 110 },
              {
                title: '结果',
                key: 'result',
                width: 100,
                render: (_, o) => <Tag color={o.result === 'upheld' ? 'success' : 'error'}>{o.resultName}</Tag>,
              },
              { title: '文书', dataIndex: 'document' },
              {
                title: '整改',
                key: 'fix',
                render: (_, o) =>
                  o.result === 'upheld' ? (
                    '—'
                  ) : o.rectification ? (
                    <Typography.Text>
                      {o.rectification.note}
                      <Typography.Text type="secondary">（{o.rectification.by}）</Typography.Text>
                    </Typography.Text>
                  ) : canRecord && fixing === o.id ? (
                    <Input.Search
                      aria-label="整改情况"
                      enterButton="登记"
                      placeholder="整改情况"
                      maxLength={2000}
                      onSearch={(v) => (v.trim().length >= 2 ? void rectify(o, v.trim()) : undefined)}
                    />
                  ) : canRecord ? (
                    <Button size="small" onClick={() => setFixing(o.id)}>
                      登记整改
                    </Button>
                  ) : (
                    <Tag color="warning">待整改</Tag>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      {canRecord ? (
        <Card size="small" title="登记复议、诉讼结果">
          <Form<OutcomeValues>
            form={form}
            layout="vertical"
            name="case-outcome"
            disabled={busy}
            onFinish={(v) => void record(v)}
            initialValues={{ channel: 'reconsideration' }}
          >
            <Space wrap align="start" size="middle">
              <Form.Item label="途径" name="channel" rules={[{ required: true }]}>
                <Select
                  style={{ width: 140 }}
                  aria-label="途径"
                  options={[
                    { value: 'reconsideration', label: '行政复议' },
                    { value: 'litigation', label: '行政诉讼' },
                  ]}
                />
              </Form.Item>
              <Form.Item
                label="复议机关或人民法院"
                name="body"
                rules={[{ required: true, whitespace: true, message: '请填写复议机关或人民法院' }]}
              >
                <Input maxLength={100} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item label="作出日期" name="decidedOn" rules={[{ required: true, message: '请选择日期' }]}>
                <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
              </Form.Item>
              <Form.Item label="结果" name="result" rules={[{ required: true, message: '请选择结果' }]}>
                <Select
                  style={{ width: 140 }}
                  aria-label="结果"
                  options={[
                    { value: 'upheld', label: '维持' },
                    { value: 'revoked', label: '撤销' },
                    { value: 'changed', label: '变更' },
                    { value: 'confirmed-illegal', label: '确认违法' },
                  ]}
                />
              </Form.Item>
            </Space>
            <Form.Item
              label="复议决定书或裁判文书文号"
              name="document"
              rules={[{ required: true, whitespace: true, message: '请填写文号' }]}
            >
              <Input maxLength={100} style={{ maxWidth: 360 }} />
            </Form.Item>
            <Form.Item label="说明" name="note">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              登记结果
            </Button>
          </Form>
        </Card>
      ) : null}
    </Space>
  );
}
