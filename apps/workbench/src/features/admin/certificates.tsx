import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { EmptyState } from '../../components/states';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { AgencyRow, Certificate, CertificateStatusBody, StaffUser } from './api-types';
import { CERT_COLORS } from './labels';
import { ProblemsAlert } from './problems';

export function CertTag({ c }: { c: Certificate }) {
  return <Tag color={CERT_COLORS[c.status] ?? 'default'}>{c.statusName}</Tag>;
}

type Change = { cert: Certificate; status: CertificateStatusBody['status'] };
const CHANGE_WORD: Record<Change['status'], string> = { suspended: '暂扣', revoked: '吊销', valid: '恢复' };

export function useRegions() {
  return useQuery({ queryKey: ['regions'], queryFn: () => unwrap(api.GET('/api/v1/regions')), staleTime: 3600_000 });
}

/** 执法证 of one person (R-X-1): number, 执法类别, 执法区域, validity and status, with 暂扣 / 吊销 / 恢复. */
export function CertificateTable({
  user,
  editable,
  onChanged,
}: {
  user: StaffUser;
  editable: boolean;
  onChanged: (what: string) => Promise<void>;
}) {
  const regions = useRegions();
  const [change, setChange] = useState<Change | null>(null);
  const regionName = (code: string) => regions.data?.find((r) => r.code === code)?.name ?? code;
  return (
    <>
      <Table<Certificate>
        rowKey="id"
        size="small"
        dataSource={user.certificates}
        pagination={false}
        locale={{ emptyText: <EmptyState>尚未登记执法证</EmptyState> }}
        scroll={{ x: 760 }}
        columns={[
          { title: '执法证号', dataIndex: 'number', width: 170, render: (n: string) => <span className="mono">{n}</span> },
          { title: '执法类别', key: 'fields', render: (_, c) => c.fields.join('、') },
          { title: '执法区域', key: 'regions', render: (_, c) => c.regions.map(regionName).join('、') },
          {
            title: '有效期',
            key: 'valid',
            width: 200,
            render: (_, c) => (
              <span style={{ whiteSpace: 'nowrap' }}>
                {c.validFrom} 至 {c.validTo}
              </span>
            ),
          },
          {
            title: '状态',
            key: 'status',
            width: 160,
            render: (_, c) => (
              <span>
                <CertTag c={c} />
                {c.statusReason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.statusReason}
                  </Typography.Text>
                ) : null}
              </span>
            ),
          },
          ...(editable
            ? [
                {
                  title: '操作',
                  key: 'act',
                  width: 150,
                  render: (_: unknown, c: Certificate) =>
                    c.status === 'revoked' ? (
                      <Typography.Text type="secondary">已吊销</Typography.Text>
                    ) : (
                      <Space size={0} wrap>
                        {c.status === 'suspended' ? (
                          <Button
                            size="small"
                            type="link"
                            onClick={() => setChange({ cert: c, status: 'valid' })}
                            aria-label={`恢复执法证 ${c.number}`}
                          >
                            恢复
                          </Button>
                        ) : (
                          <Button
                            size="small"
                            type="link"
                            onClick={() => setChange({ cert: c, status: 'suspended' })}
                            aria-label={`暂扣执法证 ${c.number}`}
                          >
                            暂扣
                          </Button>
                        )}
                        <Button
                          size="small"
                          type="link"
                          danger
                          onClick={() => setChange({ cert: c, status: 'revoked' })}
                          aria-label={`吊销执法证 ${c.number}`}
                        >
                          吊销
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <StatusModal
        change={change}
        holder={user.displayName}
        onClose={() => setChange(null)}
        onDone={async (what) => {
          setChange(null);
          await onChanged(what);
        }}
      />
    </>
  );
}

function StatusModal({
  change,
  holder,
  onClose,
  onDone,
}: {
  change: Change | null;
  holder: string;
  onClose: () => void;
  onDone: (what: string) => Promise<void>;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const word = change ? CHANGE_WORD[change.status] : '';
  const submit = async ({ reason }: { reason: string }) => {
    if (!change) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/certificates/{id}/status', {
          params: { path: { id: change.cert.id } },
          body: { status: change.status, reason: reason.trim() },
        }),
      );
      form.resetFields();
      await onDone(`已${word}执法证 ${change.cert.number}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={!!change}
      title={change ? `${word}执法证：${holder} ${change.cert.number}` : ''}
      okText={`确认${word}`}
      okButtonProps={{ danger: change?.status === 'revoked' }}
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <ProblemsAlert error={error} />
      {change?.status === 'revoked' ? (
        <Alert
          type="warning"
          showIcon
          title="吊销后不能恢复。持证人将不能再以此证作出执法行为，公示平台同步显示为吊销。"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {change?.status === 'suspended' ? (
        <Alert
          type="info"
          showIcon
          title="暂扣期间持证人不能以此证作出执法行为，公示平台显示为暂扣；可以恢复。"
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Form form={form} name="cert-status" layout="vertical" onFinish={(v) => void submit(v)} disabled={busy}>
        <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: `请写明${word}的理由` }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount placeholder="如：年度考核不合格；调离执法岗位" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface IssueValues {
  number: string;
  fields: string[];
  regions: string[];
  validity: [Dayjs, Dayjs];
  issuedBy?: string;
}

/** 登记执法证: number, 执法类别, 执法区域 and the validity printed on the card. */
export function IssueCertificateForm({ user, agency, onDone }: { user: StaffUser; agency: AgencyRow; onDone: (number: string) => void }) {
  const regions = useRegions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: IssueValues) => {
    setBusy(true);
    setError(null);
    try {
      const c = await unwrap(
        api.POST('/api/v1/users/{id}/certificates', {
          params: { path: { id: user.id } },
          body: {
            number: v.number.trim(),
            fields: v.fields,
            regions: v.regions,
            validFrom: v.validity[0].format('YYYY-MM-DD'),
            validTo: v.validity[1].format('YYYY-MM-DD'),
            ...(v.issuedBy?.trim() ? { issuedBy: v.issuedBy.trim() } : {}),
          },
        }),
      );
      onDone(c.number);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<IssueValues>
      name="certificate"
      layout="vertical"
      onFinish={(v) => void submit(v)}
      disabled={busy}
      initialValues={{
        fields: agency.fields,
        regions: [agency.regionCode],
        validity: [dayjs(), dayjs().add(5, 'year').subtract(1, 'day')],
      }}
    >
      <ProblemsAlert error={error} />
      <Typography.Paragraph>
        持证人：{user.displayName}（{agency.name}）
      </Typography.Paragraph>
      <Form.Item
        label="执法证号"
        name="number"
        rules={[
          { required: true, message: '请填写执法证号' },
          { pattern: /^[0-9A-Za-z-]{6,30}$/, message: '6–30 位字母、数字或连字符' },
        ]}
      >
        <Input maxLength={30} style={{ maxWidth: 280 }} />
      </Form.Item>
      <Form.Item label="执法类别" name="fields" rules={[{ required: true, message: '至少一个执法类别' }]} extra="输入后按回车添加">
        <Select mode="tags" tokenSeparators={['、', ',', '，']} open={false} suffixIcon={null} aria-label="执法类别" />
      </Form.Item>
      <Form.Item label="执法区域" name="regions" rules={[{ required: true, message: '至少一个执法区域' }]}>
        <Select
          mode="multiple"
          loading={regions.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
          aria-label="执法区域"
        />
      </Form.Item>
      <Form.Item label="有效期" name="validity" rules={[{ required: true, message: '请选择有效期' }]}>
        <DatePicker.RangePicker allowClear={false} />
      </Form.Item>
      <Form.Item label="发证机关" name="issuedBy">
        <Input maxLength={100} style={{ maxWidth: 360 }} placeholder="如：河北省人民政府" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        登记执法证
      </Button>
    </Form>
  );
}
