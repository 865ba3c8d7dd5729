import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemsAlert } from './problems';

export interface PublishValues {
  note: string;
  changedOn?: string;
}

/**
 * 发布新版本: asks for the note every version carries (and, for 事前公开 lists, the day the
 * change took effect), then runs the publish; the server's refusal stays in the dialog.
 */
export function PublishModal({
  open,
  onClose,
  onPublish,
  what,
  nextVersion,
  withChangedOn = false,
  noteMin = 1,
  noteMax = 500,
  summary,
}: {
  open: boolean;
  onClose: () => void;
  onPublish: (v: PublishValues) => Promise<void>;
  what: string;
  nextVersion: number;
  withChangedOn?: boolean;
  noteMin?: number;
  noteMax?: number;
  summary?: string;
}) {
  const [form] = Form.useForm<{ note: string; changedOn?: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (v: { note: string; changedOn?: Dayjs }) => {
    setBusy(true);
    setError(null);
    try {
      await onPublish({ note: v.note.trim(), ...(v.changedOn ? { changedOn: v.changedOn.format('YYYY-MM-DD') } : {}) });
      form.resetFields();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={`发布${what}第 ${nextVersion} 版`}
      okText="发布"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <ProblemsAlert error={error} />
      {summary ? <Alert type="info" showIcon title={summary} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} name="publish" layout="vertical" onFinish={(v) => void submit(v)} disabled={busy}>
        <Form.Item
          label="更新说明"
          name="note"
          rules={[
            { required: true, whitespace: true, message: '请写明本次更新的内容和依据' },
            { min: noteMin, message: `至少 ${noteMin} 个字` },
          ]}
          extra="随版本永久保存，如“依据《食品安全法》修订调整”“经局务会审议通过”。"
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={noteMax} />
        </Form.Item>
        {withChangedOn ? (
          <Form.Item
            label="引起更新的变化的生效日期"
            name="changedOn"
            extra="法律、机构或人员变化之日；清单应在其后 20 个工作日内更新，填写后记录是否按期。"
          >
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        ) : null}
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0, fontSize: 12 }}>
        发布后即为现行版本，原有版本保留，可随时查阅。
      </Typography.Paragraph>
    </Modal>
  );
}
