import { createContext, useContext, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';

/**
 * 调阅 (R-REC-7): anyone but the case's own officers must state a reason to read its record, once
 * per visit; every read is recorded with it. The reason is kept for this browser tab only.
 */
interface CaseAccess {
  reason: string | undefined;
  /** appends ?reason= (or &reason=) to a record URL when a reason was given */
  withReason: (url: string) => string;
  query: { reason?: string };
}

const Ctx = createContext<CaseAccess>({ reason: undefined, withReason: (u) => u, query: {} });

export function useCaseAccess(): CaseAccess {
  return useContext(Ctx);
}

export { rememberReason, storedReason } from '../../lib/reason';

export function CaseAccessProvider({ reason, children }: { reason: string | undefined; children: ReactNode }) {
  const value: CaseAccess = {
    reason,
    withReason: (url) => (reason ? `${url}${url.includes('?') ? '&' : '?'}reason=${encodeURIComponent(reason)}` : url),
    query: reason ? { reason } : {},
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

const COMMON = ['执法监督检查', '案卷评查', '投诉举报核查', '行政复议、诉讼应诉', '法制审核', '统计分析'];

/** Asks for the 调阅 reason before the record is shown, and says that the access is recorded. */
export function ReasonGate({ onReason }: { onReason: (reason: string) => void }) {
  const [custom, setCustom] = useState(false);
  return (
    <Card style={{ maxWidth: 640 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        <EyeOutlined aria-hidden /> 调阅执法记录
      </Typography.Title>
      <Alert
        type="warning"
        showIcon
        title="您不是本案承办人员，查看本案的执法记录须说明调阅事由"
        description="本次调阅将记录您的姓名、时间和事由，并记入执法全过程记录账本，可供监督。"
        style={{ marginBottom: 16 }}
      />
      <Form layout="vertical" onFinish={(v: { preset?: string; text?: string }) => onReason((custom ? v.text : v.preset)?.trim() ?? '')}>
        <Form.Item label="调阅事由" name="preset" rules={custom ? [] : [{ required: true, message: '请选择或填写调阅事由' }]}>
          <Select
            placeholder="请选择"
            options={[...COMMON.map((c) => ({ value: c, label: c })), { value: '__other', label: '其他（请填写）' }]}
            onChange={(v) => setCustom(v === '__other')}
          />
        </Form.Item>
        {custom ? (
          <Form.Item
            label="具体事由"
            name="text"
            rules={[
              { required: true, whitespace: true, message: '请填写调阅事由' },
              { max: 200, message: '不超过 200 字' },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={200} />
          </Form.Item>
        ) : null}
        <Space>
          <Button type="primary" htmlType="submit">
            确认调阅
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
