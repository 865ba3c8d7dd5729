import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Radio, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { AgencyPicker, useAgencyScope, useMayEdit } from './agency-scope';
import { ProblemsAlert } from './problems';

const MODES = [
  {
    value: false,
    title: '人工审核（推荐）',
    text: '作出决定后生成待公示记录，由公示管理员核对自动隐去的内容（身份证号码、电话、住址、银行账号等），必要时补充人工标注，审核通过后公示。须在法定期限内完成：行政许可、行政处罚 7 个工作日，其他 20 个工作日。',
  },
  {
    value: true,
    title: '自动公示',
    text: '作出决定（全文公开的，决定书制作完成）后，按记录的隐去规则自动生成公示文本并立即公示，不经公示管理员逐条审核；不能自动公示的记录仍进入待公示。公示管理员仍可更正、撤下。规则未能识别的个人信息可能被公开，请慎重选择。',
  },
];

/**
 * 公示设置 (R-PUB-3, R-PUB-4): whether the agency's decisions are published automatically by the
 * recorded redaction rules, or each one is reviewed by a 公示管理员 first. Set by the agency's
 * administrator or head; publishers see the mode in force.
 */
export default function PublicationSettingsPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin', 'head');
  const q = useQuery({
    queryKey: ['publication-settings', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/publication-settings', { params: { path: { id: scope.agencyId } } })),
  });
  return (
    <Page
      title="公示设置"
      crumbs={[{ title: '系统管理' }, { title: '公示设置' }]}
      subtitle="执法决定作出后如何公示：自动公示，或经公示管理员审核后公示"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q}>
        {(s) => (
          <SettingsForm
            key={`${scope.agencyId}:${String(s.autoPublish)}`}
            agencyId={scope.agencyId}
            autoPublish={s.autoPublish}
            editable={editable}
          />
        )}
      </QueryView>
    </Page>
  );
}

function SettingsForm({ agencyId, autoPublish, editable }: { agencyId: string; autoPublish: boolean; editable: boolean }) {
  const [value, setValue] = useState(autoPublish);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await unwrap(
        api.PUT('/api/v1/agencies/{id}/publication-settings', { params: { path: { id: agencyId } }, body: { autoPublish: value } }),
      );
      message.success(r.autoPublish ? '已改为自动公示' : '已改为人工审核后公示');
      await qc.invalidateQueries({ queryKey: ['publication-settings', agencyId] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" style={{ maxWidth: 880 }}>
      <ProblemsAlert error={error} onClose={() => setError(null)} />
      <Typography.Paragraph>
        现行方式：<strong>{autoPublish ? '自动公示' : '人工审核后公示'}</strong>
      </Typography.Paragraph>
      <Radio.Group
        value={value}
        onChange={(e) => setValue(e.target.value as boolean)}
        disabled={!editable || busy}
        style={{ width: '100%' }}
        aria-label="公示方式"
      >
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          {MODES.map((m) => (
            <Radio key={String(m.value)} value={m.value} className="admin-radio-block">
              <strong>{m.title}</strong>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0, maxWidth: 760 }}>
                {m.text}
              </Typography.Paragraph>
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {value && !autoPublish ? (
        <Alert type="warning" showIcon style={{ marginTop: 16 }} title="改为自动公示后，今后作出的决定将不经人工核对直接公开。" />
      ) : null}
      {editable ? (
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" disabled={value === autoPublish} loading={busy} onClick={() => void save()}>
            保存
          </Button>
          <Button disabled={value === autoPublish || busy} onClick={() => setValue(autoPublish)}>
            取消
          </Button>
        </Space>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          只有本机关的系统管理员或负责人可以更改公示方式。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
