import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { DueDate } from '../../components/due';
import { QueryView, EmptyState } from '../../components/states';
import { dateWithWeekday } from '../../lib/format';
import type { ListCode, PendingChange } from './api-types';
import { LIST_CODES, LIST_DEFS } from './list-defs';
import { ProblemsAlert } from './problems';

/**
 * 待反映的变化 (R-PUB-1): a change of law, organisation or staff registered ahead of the list
 * update, due within 20 working days; the next version of that list reflects it.
 */
export function ListChangesCard({ agencyId, editable, list }: { agencyId: string; editable: boolean; list: ListCode }) {
  const q = useQuery({ queryKey: ['list-changes'], queryFn: () => unwrap(api.GET('/api/v1/list-changes')) });
  const [open, setOpen] = useState(false);
  return (
    <Card
      size="small"
      title="待反映的变化"
      style={{ marginBottom: 16 }}
      extra={
        editable ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            登记变化
          </Button>
        ) : null
      }
    >
      <QueryView query={q} rows={2}>
        {(all) => {
          const rows = all.filter((c) => c.agency.id === agencyId);
          return (
            <Table<PendingChange>
              rowKey="id"
              size="small"
              dataSource={rows}
              pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
              locale={{
                emptyText: <EmptyState>没有待反映的变化。法律修订、机构或人员调整时，请先登记，再于 20 个工作日内更新清单。</EmptyState>,
              }}
              scroll={{ x: 720 }}
              columns={[
                { title: '清单', dataIndex: 'listName', width: 200 },
                { title: '变化', dataIndex: 'reason' },
                { title: '生效日期', dataIndex: 'changedOn', width: 150, render: (d: string) => dateWithWeekday(d) },
                {
                  title: '应更新期限',
                  key: 'due',
                  width: 230,
                  render: (_, c) => <DueDate on={c.dueOn} state={c.overdue ? 'overdue' : 'normal'} working />,
                },
              ]}
            />
          );
        }}
      </QueryView>
      <ChangeModal agencyId={agencyId} open={open} list={list} onClose={() => setOpen(false)} />
    </Card>
  );
}

interface Values {
  list: ListCode;
  reason: string;
  changedOn: Dayjs;
}

function ChangeModal({ agencyId, open, list, onClose }: { agencyId: string; open: boolean; list: ListCode; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(
        api.POST('/api/v1/agencies/{id}/lists/{list}/changes', {
          params: { path: { id: agencyId, list: v.list } },
          body: { reason: v.reason.trim(), changedOn: v.changedOn.format('YYYY-MM-DD') },
        }),
      );
      message.success(`已登记，应于 ${r.dueOn} 前更新${LIST_DEFS[v.list].name}`);
      form.resetFields();
      onClose();
      await qc.invalidateQueries({ queryKey: ['list-changes'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title="登记待反映的变化"
      okText="登记"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <ProblemsAlert error={error} />
      <Form<Values>
        form={form}
        name="list-change"
        layout="vertical"
        onFinish={(v) => void submit(v)}
        disabled={busy}
        initialValues={{ list, changedOn: dayjs() }}
      >
        <Form.Item label="清单" name="list">
          <Select options={LIST_CODES.map((c) => ({ value: c, label: LIST_DEFS[c].name }))} />
        </Form.Item>
        <Form.Item
          label="变化的内容"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请写明变化的内容' },
            { min: 2, message: '至少 2 个字' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} placeholder="如：《中华人民共和国食品安全法》修订；综合执法大队更名" />
        </Form.Item>
        <Form.Item label="生效日期" name="changedOn" rules={[{ required: true, message: '请选择生效日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
          清单须在变化生效后 20 个工作日内更新；公布新版本时，该清单已登记的变化即视为已反映。
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
