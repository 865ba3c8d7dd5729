import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { AgencyPicker, useAgencyScope, useMayEdit } from './agency-scope';
import { ProblemsAlert } from './problems';

type Settings = {
  payment: { method: 'account' | 'code'; accountName: string; bank: string; accountNumber: string; codeChannel: string };
  reviewBody: string;
  court: string;
};
interface View {
  agencyId: string;
  version: number;
  inheritedFrom: string | null;
  settings: Settings;
  defaults: { reviewBody: string; court: string };
  history: { version: number; note: string; by: string; at: string }[];
}
interface Values extends Settings {
  note: string;
}

/**
 * 文书设置 (issue 20, item 3): what the agency's 决定书 state that the case does not hold — how
 * 罚没款 are paid (行政处罚法 §59(四), §67) and the bodies for 行政复议 and 行政诉讼 (§59(五)). Set by
 * the agency's system administrator with a reason; every version is kept.
 */
export default function DocumentSettingsPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const q = useQuery({
    queryKey: ['document-settings', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/document-settings', { params: { path: { id: scope.agencyId } } })),
  });
  return (
    <Page
      title="文书设置"
      crumbs={[{ title: '系统管理' }, { title: '文书设置' }]}
      subtitle="行政处罚决定书载明的罚没款缴纳方式、行政复议机关和管辖法院"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q}>{(v) => <SettingsForm key={`${scope.agencyId}:${v.version}`} view={v} editable={editable} />}</QueryView>
    </Page>
  );
}

function SettingsForm({ view, editable }: { view: View; editable: boolean }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const method = Form.useWatch(['payment', 'method'], form) ?? view.settings.payment.method;
  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const { note, ...settings } = v;
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/document-settings', {
          params: { path: { id: view.agencyId } },
          body: {
            note,
            settings: {
              payment: {
                method: settings.payment.method,
                accountName: settings.payment.accountName ?? '',
                bank: settings.payment.bank ?? '',
                accountNumber: settings.payment.accountNumber ?? '',
                codeChannel: settings.payment.codeChannel ?? '',
              },
              reviewBody: settings.reviewBody ?? '',
              court: settings.court ?? '',
            },
          },
        }),
      );
      message.success('文书设置已保存，此后制作的决定书按新设置载明');
      await qc.invalidateQueries({ queryKey: ['document-settings', view.agencyId] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 880 }}>
      <Card
        size="small"
        title={view.version ? `现行第 ${view.version} 版${view.inheritedFrom ? '（沿用上级机关的设置）' : ''}` : '尚未设置'}
      >
        <ProblemsAlert error={error} onClose={() => setError(null)} />
        {!view.version ? (
          <Typography.Paragraph type="warning">尚未设置缴款方式：决定书的户名、开户行、账号将留空，须手工填写。</Typography.Paragraph>
        ) : null}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ ...(view.settings as Settings), note: '' }}
          onFinish={(v) => void save(v)}
          disabled={!editable || busy}
        >
          <Form.Item
            label="罚没款缴纳方式"
            name={['payment', 'method']}
            extra="罚缴分离（《行政处罚法》第六十七条）：当事人将罚没款缴入指定账户，或者凭缴款码缴纳"
          >
            <Radio.Group
              options={[
                { value: 'account', label: '缴入指定账户' },
                { value: 'code', label: '凭非税收入缴款码缴纳' },
              ]}
            />
          </Form.Item>
          {method === 'account' ? (
            <>
              <Form.Item label="户名" name={['payment', 'accountName']} rules={[{ required: true, message: '请填写户名' }]}>
                <Input maxLength={100} placeholder="如 馆陶县财政局非税收入汇缴专户" />
              </Form.Item>
              <Form.Item label="开户行" name={['payment', 'bank']} rules={[{ required: true, message: '请填写开户行' }]}>
                <Input maxLength={100} placeholder="如 中国农业银行股份有限公司馆陶县支行" />
              </Form.Item>
              <Form.Item label="账号" name={['payment', 'accountNumber']} rules={[{ required: true, message: '请填写账号' }]}>
                <Input maxLength={40} style={{ maxWidth: 320 }} />
              </Form.Item>
            </>
          ) : (
            <Form.Item
              label="缴纳渠道"
              name={['payment', 'codeChannel']}
              rules={[{ required: true, message: '请写明缴纳渠道' }]}
              extra="缴款码由承办人员在拟作出的决定中填写，印在每份决定书上"
            >
              <Input maxLength={200} placeholder="如 河北省非税收入电子缴款平台、代理银行柜台或者手机银行" />
            </Form.Item>
          )}
          <Form.Item label="行政复议机关" name="reviewBody" extra={`留空则为：${view.defaults.reviewBody}（《行政复议法》第二十四条）`}>
            <Input maxLength={60} placeholder={view.defaults.reviewBody} style={{ maxWidth: 420 }} />
          </Form.Item>
          <Form.Item label="行政诉讼管辖法院" name="court" extra={`留空则为：${view.defaults.court}（《行政诉讼法》第十八条）`}>
            <Input maxLength={60} placeholder={view.defaults.court} style={{ maxWidth: 420 }} />
          </Form.Item>
          {editable ? (
            <>
              <Form.Item label="修改理由" name="note" rules={[{ required: true, whitespace: true, message: '请写明修改理由' }]}>
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                保存为新版本
              </Button>
            </>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              只有本机关系统管理员可以修改文书设置。
            </Typography.Paragraph>
          )}
        </Form>
      </Card>
      <Card size="small" title="修改记录">
        {view.history.length ? (
          <Table
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={view.history}
            columns={[
              { title: '版本', dataIndex: 'version', width: 70 },
              { title: '修改理由', dataIndex: 'note' },
              { title: '修改人', dataIndex: 'by', width: 100 },
              {
                title: '时间',
                dataIndex: 'at',
                width: 190,
                render: (t: string) => new Date(t).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }),
              },
            ]}
          />
        ) : (
          <Descriptions size="small" items={[{ key: 'none', label: '记录', children: '本机关尚未修改过文书设置' }]} />
        )}
      </Card>
    </Space>
  );
}
