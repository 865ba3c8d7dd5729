import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Button, Card, DatePicker, Drawer, Form, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { EmptyState, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import { ProblemsAlert } from '../admin/problems';
import { STATE_TAGS, sampleText, type PlanView } from './draw-types';

interface Values {
  itemCode: string;
  field: string;
  targetCategory?: string;
  sampleKind: 'ratio' | 'count';
  percent?: number;
  count?: number;
  inspectorsPerTarget: number;
  period: [Dayjs, Dayjs];
  plannedOn: Dayjs;
}

function NewPlanDrawer({ agencyId, open, onClose }: { agencyId: string; open: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const items = useQuery({
    queryKey: ['list', agencyId, 'inspections'],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/lists/{list}', { params: { path: { id: agencyId, list: 'inspections' } } })),
    enabled: open,
  });
  const agency = useQuery({
    queryKey: ['agency', agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}', { params: { path: { id: agencyId } } })),
    enabled: open,
  });
  const targets = useQuery({
    queryKey: ['roster', agencyId, 'targets'],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/rosters/{roster}', { params: { path: { id: agencyId, roster: 'targets' } } })),
    enabled: open,
  });
  const categories = [...new Set((targets.data?.rows ?? []).map((r) => r['category'] ?? ''))].filter(Boolean);
  const kind = Form.useWatch('sampleKind', form);
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const plan = await unwrap(
        api.POST('/api/v1/agencies/{id}/draw-plans', {
          params: { path: { id: agencyId } },
          body: {
            itemCode: v.itemCode,
            field: v.field,
            targetCategory: v.targetCategory || null,
            sample: v.sampleKind === 'count' ? { kind: 'count', count: v.count ?? 1 } : { kind: 'ratio', percent: v.percent ?? 5 },
            inspectorsPerTarget: v.inspectorsPerTarget,
            periodFrom: v.period[0].format('YYYY-MM-DD'),
            periodTo: v.period[1].format('YYYY-MM-DD'),
            plannedOn: v.plannedOn.format('YYYY-MM-DD'),
          },
        }),
      );
      navigate(`/draws/${plan.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title="新建抽查方案"
      size="large"
      extra={
        <Button type="primary" loading={busy} onClick={() => form.submit()}>
          保存方案
        </Button>
      }
    >
      <ProblemsAlert error={error} style={{ marginBottom: 12 }} />
      <Form
        form={form}
        name="draw-plan"
        layout="vertical"
        disabled={busy}
        onFinish={(v) => void submit(v)}
        initialValues={{ sampleKind: 'ratio', percent: 5, inspectorsPerTarget: 2, field: '市场监管' }}
      >
        <Form.Item label="抽查事项（随机抽查事项清单）" name="itemCode" rules={[{ required: true, message: '请选择抽查事项' }]}>
          <Select
            loading={items.isPending}
            placeholder="选择清单中的一项"
            options={(items.data?.rows ?? []).map((r) => ({
              value: r['code'],
              label: `${r['code']} ${r['name']}（比例 ${r['ratio']}，${r['frequency']}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="执法类别"
          name="field"
          rules={[{ required: true, message: '请选择执法类别' }]}
          extra="抽中的执法检查人员，其执法证须涵盖该类别"
        >
          <Select options={(agency.data?.fields ?? ['市场监管']).map((f) => ({ value: f, label: f }))} />
        </Form.Item>
        <Form.Item label="抽取范围" name="targetCategory" extra="不选则从检查对象名录库的全部对象中抽取">
          <Select allowClear placeholder="全部对象" options={categories.map((c) => ({ value: c, label: `对象类别：${c}` }))} />
        </Form.Item>
        <Form.Item label="抽取数量" required>
          <Space wrap>
            <Form.Item name="sampleKind" noStyle>
              <Radio.Group
                options={[
                  { value: 'ratio', label: '按比例' },
                  { value: 'count', label: '按户数' },
                ]}
              />
            </Form.Item>
            {kind === 'count' ? (
              <Form.Item name="count" noStyle rules={[{ required: true, message: '请填写户数' }]}>
                <InputNumber min={1} max={100000} precision={0} addonAfter="户" aria-label="抽取户数" />
              </Form.Item>
            ) : (
              <Form.Item name="percent" noStyle rules={[{ required: true, message: '请填写比例' }]}>
                <InputNumber min={0.01} max={100} step={1} precision={2} addonAfter="%" aria-label="抽查比例" />
              </Form.Item>
            )}
          </Space>
        </Form.Item>
        <Form.Item
          label="每户执法检查人员"
          name="inspectorsPerTarget"
          rules={[{ required: true }]}
          extra="至少 2 名（《行政处罚法》第四十二条）"
        >
          <InputNumber min={2} max={10} precision={0} addonAfter="名" />
        </Form.Item>
        <Form.Item label="抽查期间" name="period" rules={[{ required: true, message: '请选择抽查期间' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item
          label="计划检查日期"
          name="plannedOn"
          rules={[{ required: true, message: '请选择计划检查日期' }]}
          extra="执法证须在这一天有效；在抽查期间之内"
        >
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

/** 双随机抽查 (R-X-2): the agency's plans, newest first; a new plan for an item of the 随机抽查事项清单. */
export default function PlansPage() {
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const editable = user.roles.some((r) => r === 'admin' || r === 'head' || r === 'officer');
  const q = useQuery({
    queryKey: ['draw-plans', user.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/draw-plans', { params: { path: { id: user.agencyId } } })),
  });
  return (
    <Page
      title="双随机抽查"
      crumbs={[{ title: '双随机抽查' }]}
      subtitle="随机抽取检查对象、随机选派执法检查人员；先公布承诺，再以账本将来的根哈希为种子抽取，结果向社会公开、可重新计算核验"
      extra={
        <Space>
          <Link to="/draws/rosters">
            <Button icon={<TeamOutlined />}>名录库</Button>
          </Link>
          {editable ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建抽查方案
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card size="small">
        <QueryView
          query={q}
          isEmpty={(rows) => rows.length === 0}
          empty={<EmptyState>尚无抽查方案。请先在“名录库”导入检查对象和执法检查人员，再新建抽查方案。</EmptyState>}
        >
          {(rows) => (
            <Table<PlanView>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={rows}
              columns={[
                { title: '抽查事项', key: 'item', width: 320, render: (_, p) => <Link to={`/draws/${p.id}`}>{p.item.name}</Link> },
                { title: '抽取数量', key: 'sample', width: 130, render: (_, p) => sampleText(p.sample) },
                { title: '抽查期间', key: 'period', render: (_, p) => `${p.periodFrom} 至 ${p.periodTo}` },
                { title: '计划检查日期', dataIndex: 'plannedOn', width: 120 },
                {
                  title: '状态',
                  dataIndex: 'state',
                  width: 180,
                  render: (s: PlanView['state']) => <Tag color={STATE_TAGS[s].color}>{STATE_TAGS[s].text}</Tag>,
                },
                { title: '抽中', key: 'n', width: 80, render: (_, p) => (p.state === 'drawn' ? `${p.targets.length} 户` : '—') },
                { title: '制定时间', dataIndex: 'createdAt', render: (t: string) => dateTime(t) },
              ]}
            />
          )}
        </QueryView>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          抽取方法和核验办法在公示平台每次抽查的页面上说明，任何人可用 <code>npx sanxiang draw verify</code> 重新计算。
        </Typography.Paragraph>
      </Card>
      <NewPlanDrawer agencyId={user.agencyId} open={creating} onClose={() => setCreating(false)} />
    </Page>
  );
}
