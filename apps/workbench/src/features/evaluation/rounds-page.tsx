import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { EmptyState, ErrorAlert, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import { ROUND_TAGS } from './evaluation-types';

interface Values {
  title: string;
  period: [Dayjs, Dayjs];
  agencyIds: string[];
  sampleKind: 'count' | 'ratio';
  count?: number;
  percent?: number;
}

function NewRoundDrawer({ agencyId, open, onClose }: { agencyId: string; open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const overview = useQuery({
    queryKey: ['supervision-overview'],
    queryFn: () => unwrap(api.GET('/api/v1/supervision/overview')),
    enabled: open,
  });
  const kind = Form.useWatch('sampleKind', form);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(
        api.POST('/api/v1/agencies/{id}/evaluation-rounds', {
          params: { path: { id: agencyId } },
          body: {
            title: v.title,
            periodFrom: v.period[0].format('YYYY-MM-DD'),
            periodTo: v.period[1].format('YYYY-MM-DD'),
            agencyIds: v.agencyIds,
            sample: v.sampleKind === 'count' ? { kind: 'count', count: v.count ?? 1 } : { kind: 'ratio', percent: v.percent ?? 10 },
          },
        }),
      );
      navigate(`/evaluation/${r.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  // the last full quarter: the usual period of a round
  const quarterStart = dayjs()
    .startOf('month')
    .subtract(dayjs().month() % 3, 'month');
  return (
    <Drawer title="新建案卷评查" open={open} onClose={onClose} size="large" destroyOnHidden>
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          sampleKind: 'count',
          count: 2,
          period: [quarterStart.subtract(3, 'month'), quarterStart.subtract(1, 'day')],
        }}
      >
        <Form.Item label="评查名称" name="title" rules={[{ required: true, whitespace: true, message: '请填写评查名称' }]}>
          <Input maxLength={100} placeholder="例如：2026 年第三季度行政处罚案卷评查" />
        </Form.Item>
        <Form.Item
          label="评查期间（按归档日期）"
          name="period"
          rules={[{ required: true, message: '请选择评查期间' }]}
          extra="期间须已结束：只抽取期间内已归档的案卷。"
        >
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="被评查机关" name="agencyIds" rules={[{ required: true, message: '请选择被评查机关' }]}>
          <Select
            mode="multiple"
            loading={overview.isPending}
            placeholder="选择本辖区的执法机关"
            options={(overview.data?.agencies ?? []).map((a) => ({ value: a.agency.id, label: a.agency.name }))}
          />
        </Form.Item>
        <Form.Item label="抽取方式" name="sampleKind">
          <Radio.Group
            options={[
              { value: 'count', label: '每个机关固定份数' },
              { value: 'ratio', label: '按比例' },
            ]}
          />
        </Form.Item>
        {kind === 'ratio' ? (
          <Form.Item
            label="抽取比例（%）"
            name="percent"
            rules={[{ required: true, message: '请填写比例' }]}
            extra="向上取整：比例 10%、归档 12 份抽 2 份。"
          >
            <InputNumber min={0.01} max={100} step={5} precision={2} />
          </Form.Item>
        ) : (
          <Form.Item label="每个机关抽取份数" name="count" rules={[{ required: true, message: '请填写份数' }]}>
            <InputNumber min={1} max={100} precision={0} />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">
          评分按本局现行的案卷评查标准；创建后可在评查页面公布承诺，种子产生后抽取案卷。
        </Typography.Paragraph>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            创建
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </Drawer>
  );
}

/** 案卷评查 for the 司法局's supervisors: the rounds, newest first, and a new one. */
export default function RoundsPage() {
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  const agencyId = user.agencyId;
  const q = useQuery({
    queryKey: ['evaluation-rounds', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/evaluation-rounds', { params: { path: { id: agencyId } } })),
  });
  return (
    <Page
      title="案卷评查"
      crumbs={[{ title: '案卷评查' }]}
      extra={
        <Space>
          <Link to="/evaluation/standard">评查标准</Link>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            新建评查
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        从辖区各执法机关在评查期间归档的案卷中随机抽取，按评查标准逐项评分、写明问题，结果反馈被评查机关。抽取前公布承诺，抽取可由任何人核验。
      </Typography.Paragraph>
      <QueryView query={q} isEmpty={(d) => d.length === 0} empty={<EmptyState>尚无评查活动。点击“新建评查”开始。</EmptyState>}>
        {(rows) => (
          <Card size="small">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                { title: '评查名称', dataIndex: 'title', render: (t: string, r) => <Link to={`/evaluation/${r.id}`}>{t}</Link> },
                { title: '评查期间', key: 'period', width: 220, render: (_, r) => `${r.periodFrom} 至 ${r.periodTo}` },
                { title: '被评查机关', dataIndex: 'agencies', width: 110, render: (n: number) => `${n} 个` },
                { title: '评分进度', key: 'progress', width: 110, render: (_, r) => (r.toScore ? `${r.scored} / ${r.toScore}` : '—') },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 180,
                  render: (s: keyof typeof ROUND_TAGS) => <Tag color={ROUND_TAGS[s].color}>{ROUND_TAGS[s].text}</Tag>,
                },
                { title: '创建时间', dataIndex: 'createdAt', width: 170, render: (t: string) => dateTime(t) },
              ]}
            />
          </Card>
        )}
      </QueryView>
      <NewRoundDrawer agencyId={agencyId} open={open} onClose={() => setOpen(false)} />
    </Page>
  );
}
