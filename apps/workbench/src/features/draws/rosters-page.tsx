import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { ROSTER_CODES, ROSTER_DEFS, type RosterCode } from '@sanxiang/domain/browser';
import { ApiError, api, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { EmptyState, QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import { ImportProblems, XlsxFileField, useXlsxImport } from '../admin/list-import';
import { rowProblems } from '../admin/list-defs';
import { ProblemsAlert } from '../admin/problems';
import type { RosterView } from './draw-types';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HINTS: Record<RosterCode, string> = {
  targets: '本机关监管的检查对象。抽查方案可只从某一「对象类别」中抽取。',
  inspectors: '可被抽取的执法检查人员。抽取时以执法证登记的执法类别和有效期为准：计划检查日期不在有效期内、被暂扣或吊销的不会被抽中。',
  conflicts:
    '执法检查人员与检查对象之间需要回避的关系（近亲属、曾任职、经济往来、本人申报）。有回避关系的人员不会被抽到该对象；公示时只公布配对，不公布事由。',
};

function ImportModal({ agencyId, roster, open, onClose }: { agencyId: string; roster: RosterCode; open: boolean; onClose: () => void }) {
  const def = ROSTER_DEFS[roster];
  const client = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const { file, pick, error, setError, busy, submit } = useXlsxImport(
    (body: File, v: { note: string }) =>
      unwrap(
        api.POST('/api/v1/agencies/{id}/rosters/{roster}/import', {
          params: { path: { id: agencyId, roster }, query: { note: v.note.trim() } },
          body: body as never,
          bodySerializer: () => body,
          headers: { 'content-type': XLSX_TYPE },
        }),
      ),
    async () => {
      await client.invalidateQueries({ queryKey: ['roster', agencyId] });
      form.resetFields();
      onClose();
    },
  );
  const problems = error instanceof ApiError && error.code === 'ROSTER_INVALID' ? rowProblems(error.details) : [];
  return (
    <Modal
      open={open}
      title={`从电子表格导入：${def.name}`}
      width={760}
      okText="导入"
      cancelText="取消"
      okButtonProps={{ disabled: !file }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => {
        setError(null);
        onClose();
      }}
    >
      <Typography.Paragraph>
        表格第一行为列名：{def.columns.map((c) => c.label).join('、')}。可先“导出
        .xlsx”作为模板。导入后整表替换为新版本；有任何一行不合格，一行也不导入。
      </Typography.Paragraph>
      {problems.length ? (
        <>
          <Alert
            type="error"
            showIcon
            role="alert"
            title={`${def.name}有 ${problems.length} 处错误，未导入任何一行。请按下列行号修改表格后重新导入：`}
            style={{ marginBottom: 12 }}
          />
          <ImportProblems def={def} problems={problems} />
        </>
      ) : (
        <ProblemsAlert error={error} />
      )}
      <Form form={form} name="roster-import" layout="vertical" onFinish={(v) => void submit(v)} disabled={busy} style={{ marginTop: 12 }}>
        <XlsxFileField file={file} onPick={pick} />
        <Form.Item label="更新说明" name="note" rules={[{ required: true, whitespace: true, message: '请写明本次更新的内容' }]}>
          <Input maxLength={200} placeholder="如：按 2026 年市场主体登记信息更新" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RosterPanel({ agencyId, roster, editable }: { agencyId: string; roster: RosterCode; editable: boolean }) {
  const def = ROSTER_DEFS[roster];
  const [importing, setImporting] = useState(false);
  const q = useQuery({
    queryKey: ['roster', agencyId, roster],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/rosters/{roster}', { params: { path: { id: agencyId, roster } } })),
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{HINTS[roster]}</Typography.Paragraph>
      <QueryView query={q}>
        {(v: RosterView) => (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              {editable ? (
                <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  从电子表格导入
                </Button>
              ) : null}
              <Button icon={<DownloadOutlined />} href={`/api/v1/agencies/${agencyId}/rosters/${roster}/export`}>
                导出 .xlsx
              </Button>
              <Typography.Text type="secondary">
                {v.version ? `第 ${v.version} 版 · ${v.rows.length} 行 · ${dateTime(v.at)} ${v.by ?? ''} · ${v.note}` : '尚未导入'}
              </Typography.Text>
            </Space>
            {v.rows.length ? (
              <Table
                rowKey={(r, i) => `${r[def.key || 'certificate'] ?? ''}-${r['target'] ?? ''}-${i ?? 0}`}
                size="small"
                dataSource={v.rows}
                pagination={{ pageSize: 20, showSizeChanger: false }}
                columns={[
                  ...def.columns.map((c) => ({ title: c.label, dataIndex: c.key, key: c.key })),
                  ...(roster === 'inspectors'
                    ? [
                        { title: '执法类别', dataIndex: 'fields', key: 'fields' },
                        { title: '有效期至', dataIndex: 'validTo', key: 'validTo' },
                        {
                          title: '执法证状态（今天）',
                          dataIndex: 'status',
                          key: 'status',
                          render: (s: string) => <Tag color={s === '有效' ? 'success' : 'error'}>{s}</Tag>,
                        },
                      ]
                    : []),
                ]}
              />
            ) : (
              <EmptyState>{editable ? '尚无数据。请点击“从电子表格导入”，或先导出模板填写。' : '尚无数据。'}</EmptyState>
            )}
            <ImportModal agencyId={agencyId} roster={roster} open={importing} onClose={() => setImporting(false)} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** 双随机名录库 (R-X-2): 检查对象名录库, 执法检查人员名录库 and 回避关系, each imported from and exported to .xlsx. */
export default function RostersPage() {
  const { user } = useSession();
  const editable = user.roles.some((r) => r === 'admin' || r === 'head' || r === 'officer');
  const [params, setParams] = useSearchParams();
  const wanted = params.get('roster') as RosterCode | null;
  const roster: RosterCode = wanted && ROSTER_CODES.includes(wanted) ? wanted : 'targets';
  return (
    <Page
      title="双随机名录库"
      crumbs={[{ title: '双随机抽查', to: '/draws' }, { title: '名录库' }]}
      subtitle="抽查方案公布承诺时冻结当时的名录库；之后的修改只影响新的方案"
    >
      <Card size="small">
        <Tabs
          activeKey={roster}
          onChange={(k) => setParams({ roster: k }, { replace: true })}
          items={ROSTER_CODES.map((c) => ({
            key: c,
            label: ROSTER_DEFS[c].name,
            children: c === roster ? <RosterPanel agencyId={user.agencyId} roster={c} editable={editable} /> : null,
          }))}
        />
      </Card>
    </Page>
  );
}
