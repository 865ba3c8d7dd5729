/**
 * The withdrawal form of a publication: the ground (撤下事由), its date and an explanation — or, when a
 * ground is already recorded, just the confirmation to withdraw.
 */
import { Button, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { WITHDRAWAL_GROUNDS } from '@sanxiang/domain/browser';

export function GroundForm({
  onSubmit,
  busy,
  needGround,
  submitText,
}: {
  onSubmit: (v: { ground?: keyof typeof WITHDRAWAL_GROUNDS; groundOn?: string; reason?: string }) => void;
  busy: boolean;
  needGround: boolean;
  submitText: string;
}) {
  return (
    <Form
      layout="vertical"
      initialValues={{ groundOn: dayjs() }}
      onFinish={(v: { ground?: keyof typeof WITHDRAWAL_GROUNDS; groundOn?: Dayjs; reason?: string }) =>
        onSubmit({
          ...(v.ground ? { ground: v.ground } : {}),
          ...(v.groundOn ? { groundOn: v.groundOn.format('YYYY-MM-DD') } : {}),
          ...(v.reason ? { reason: v.reason } : {}),
        })
      }
    >
      {needGround ? (
        <>
          <Form.Item label="撤下事由" name="ground" rules={[{ required: true, message: '请选择撤下事由' }]}>
            <Select options={Object.entries(WITHDRAWAL_GROUNDS).map(([k, v]) => ({ value: k, label: v }))} />
          </Form.Item>
          <Form.Item
            label="事由发生日期"
            name="groundOn"
            rules={[{ required: true }]}
            extra="行政处罚决定 3 个工作日内撤下，其他 20 个工作日内"
          >
            <DatePicker />
          </Form.Item>
          <Form.Item label="说明" name="reason" rules={[{ required: true, whitespace: true, message: '请填写说明（如复议决定书文号）' }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} />
          </Form.Item>
        </>
      ) : (
        <Typography.Paragraph>已登记撤下事由，确认后立即撤下。</Typography.Paragraph>
      )}
      <Button type="primary" danger={submitText === '撤下'} htmlType="submit" loading={busy}>
        {submitText}
      </Button>
    </Form>
  );
}
