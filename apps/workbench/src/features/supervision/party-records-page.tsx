import { useState } from 'react';
import { Link } from 'react-router';
import { Alert, Button, Card, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { isValidCreditCode, isValidIdNumber } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import type { GetOf } from '../../api/types';
import { Page } from '../../components/page';
import { ErrorAlert } from '../../components/states';
import { dateOf } from '../../lib/format';

type Records = GetOf<'/api/v1/party-records'>;

/** 当事人记录: one party's records across the agencies in scope, by 统一社会信用代码 or 身份证号码; every search is logged with its reason. */
export default function PartyRecordsPage() {
  const [result, setResult] = useState<Records | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [kind, setKind] = useState<'creditCode' | 'idNumber'>('creditCode');
  const search = async (v: { code: string; reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      const code = v.code.trim().toUpperCase();
      setResult(await unwrap(api.GET('/api/v1/party-records', { params: { query: { [kind]: code, reason: v.reason } } })));
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page title="当事人记录" crumbs={[{ title: '执法监督', to: '/supervision' }, { title: '当事人记录' }]}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="vertical" onFinish={search} disabled={busy}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            style={{ marginBottom: 12 }}
            options={[
              { value: 'creditCode', label: '统一社会信用代码' },
              { value: 'idNumber', label: '身份证号码' },
            ]}
          />
          <Space wrap align="start">
            <Form.Item
              name="code"
              label={kind === 'creditCode' ? '统一社会信用代码' : '身份证号码'}
              rules={[
                { required: true, message: '请输入' },
                {
                  validator: async (_, v: string) => {
                    const t = (v ?? '').trim().toUpperCase();
                    if (t.length === 18 && !(kind === 'creditCode' ? isValidCreditCode(t) : isValidIdNumber(t)))
                      throw new Error('校验码不正确，请核对');
                  },
                },
              ]}
            >
              <Input maxLength={18} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="reason" label="调阅事由" rules={[{ required: true, message: '请选择或填写调阅事由' }]}>
              <Select
                style={{ width: 240 }}
                options={['执法监督检查', '投诉举报核查', '行政复议、诉讼应诉', '信用监管'].map((r) => ({ value: r, label: r }))}
              />
            </Form.Item>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" loading={busy}>
                查询
              </Button>
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            查询将记录您的姓名、时间和事由。
          </Typography.Paragraph>
        </Form>
      </Card>
      <ErrorAlert error={error} />
      {result ? (
        <Card size="small" title={`${result.party.name}：${result.cases.length} 件`}>
          {result.cases.length ? (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={result.cases}
              columns={[
                { title: '案件编号', dataIndex: 'number', width: 210, render: (n: string, c) => <Link to={`/cases/${c.id}`}>{n}</Link> },
                { title: '案由', dataIndex: 'title' },
                { title: '机关', dataIndex: 'agency', width: 220 },
                { title: '立案', dataIndex: 'openedAt', width: 110, render: dateOf },
                {
                  title: '记录',
                  key: 'n',
                  width: 190,
                  render: (_, c) => `${c.events} 条记录 · ${c.evidence} 项音像 · ${c.documents} 份文书`,
                },
              ]}
            />
          ) : (
            <Alert type="info" title="可见范围内没有该当事人的执法记录" />
          )}
        </Card>
      ) : null}
    </Page>
  );
}
