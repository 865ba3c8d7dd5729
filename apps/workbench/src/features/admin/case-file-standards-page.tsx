import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Select, Space, Table, Tag, Tabs, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import type { Procedure } from '../../api/types';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import type { CaseFileItem, CaseFileStandard, DocumentKind } from './api-types';
import { AgencyPicker, useAgencyScope, useMayEdit } from './agency-scope';
import { STICKY_BAR } from './labels';
import { ProblemsAlert } from './problems';

type Row = CaseFileItem & { key: number };
const KIND_NAMES: Record<CaseFileItem['kind'], string> = { document: '文书', recording: '音像记录' };
const WHEN_NAMES: Record<CaseFileItem['when'], string> = { 'step-taken': '该环节办理后须有', always: '每个案件都须有' };

/**
 * 案卷标准 (R-REC-6 案卷): per procedure, which documents and
 * recordings a case file must hold before it may be archived. By default it follows the procedure's
 * documents and the agency's 音像记录事项清单; the agency's administrator may set its own.
 */
export default function CaseFileStandardsPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const [params, setParams] = useSearchParams();
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/v1/procedures')), staleTime: 3600_000 });
  const code = params.get('procedure') ?? procedures.data?.[0]?.code ?? '';
  const setCode = (c: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('procedure', c);
        return next;
      },
      { replace: true },
    );
  return (
    <Page
      title="案卷标准"
      crumbs={[{ title: '系统管理' }, { title: '案卷标准' }]}
      subtitle="各执法程序的案卷须具备的文书和音像记录；案卷不完整的案件不能归档"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={procedures} isEmpty={(d) => d.length === 0} empty="暂无执法程序">
        {(list) => (
          <Card size="small">
            <Tabs activeKey={code} onChange={setCode} items={list.map((p) => ({ key: p.code, label: p.name }))} />
            {code ? <StandardView key={`${scope.agencyId}:${code}`} agencyId={scope.agencyId} code={code} editable={editable} /> : null}
          </Card>
        )}
      </QueryView>
    </Page>
  );
}

function StandardView({ agencyId, code, editable }: { agencyId: string; code: string; editable: boolean }) {
  const standard = useQuery({
    queryKey: ['case-file-standard', agencyId, code],
    queryFn: () =>
      unwrap(api.GET('/api/v1/agencies/{id}/case-file-standards/{procedure}', { params: { path: { id: agencyId, procedure: code } } })),
  });
  const def = useQuery({
    queryKey: ['procedure', code],
    queryFn: () => unwrap(api.GET('/api/v1/procedures/{code}', { params: { path: { code } } })),
    staleTime: 3600_000,
  });
  const kinds = useQuery({ queryKey: ['document-kinds'], queryFn: () => unwrap(api.GET('/api/v1/document-kinds')), staleTime: 3600_000 });
  return (
    <QueryView query={standard}>
      {(st) => (
        <QueryView query={def}>
          {(d) => (
            <QueryView query={kinds}>
              {(k) => <StandardEditor agencyId={agencyId} code={code} standard={st} def={d} kinds={k} editable={editable} />}
            </QueryView>
          )}
        </QueryView>
      )}
    </QueryView>
  );
}

function StandardEditor({
  agencyId,
  code,
  standard,
  def,
  kinds,
  editable,
}: {
  agencyId: string;
  code: string;
  standard: CaseFileStandard;
  def: Procedure;
  kinds: DocumentKind[];
  editable: boolean;
}) {
  const initial = () => standard.items.map((i, key) => ({ ...i, key }));
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const shown = rows ?? initial();
  const steps = [def.open, ...def.steps];
  const stepName = (s: string) => steps.find((x) => x.code === s)?.name ?? s;
  const docName = (d?: string) => kinds.find((k) => k.code === d)?.title ?? d ?? '—';
  const update = (key: number, patch: Partial<CaseFileItem>) => setRows(shown.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const incomplete = shown.some((r) => r.kind === 'document' && !r.document);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const items = shown.map(({ key: _k, ...i }) => (i.kind === 'recording' ? { kind: i.kind, step: i.step, when: i.when } : i));
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/case-file-standards/{procedure}', {
          params: { path: { id: agencyId, procedure: code } },
          body: { items },
        }),
      );
      message.success(`已保存「${def.name}」的案卷标准`);
      setRows(null);
      await qc.invalidateQueries({ queryKey: ['case-file-standard', agencyId, code] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ProblemsAlert error={error} onClose={() => setError(null)} />
      <Alert
        type={rows ? 'warning' : 'info'}
        showIcon
        style={STICKY_BAR}
        title={
          rows
            ? '案卷标准已修改，尚未保存'
            : standard.custom
              ? '本机关自定的案卷标准'
              : '默认案卷标准：按执法程序各环节的文书和本机关音像记录事项清单生成'
        }
        action={
          editable ? (
            <Space wrap>
              <Button type="primary" disabled={!rows || incomplete} loading={busy} onClick={() => void save()}>
                保存
              </Button>
              <Button
                disabled={!rows || busy}
                onClick={() => {
                  setRows(null);
                  setError(null);
                }}
              >
                放弃修改
              </Button>
            </Space>
          ) : undefined
        }
      />
      {!editable ? <Typography.Paragraph type="secondary">只有本机关系统管理员可以设定案卷标准。</Typography.Paragraph> : null}
      <Table<Row>
        rowKey="key"
        size="small"
        dataSource={shown}
        pagination={shown.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: <EmptyState>案卷标准中没有项目</EmptyState> }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: '环节',
            dataIndex: 'step',
            width: 200,
            render: (s: string, r) =>
              editable ? (
                <Select
                  aria-label="环节"
                  style={{ width: 180 }}
                  value={s}
                  onChange={(step: string) => update(r.key, { step })}
                  options={steps.map((x) => ({ value: x.code, label: x.name }))}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              ) : (
                stepName(s)
              ),
          },
          {
            title: '类别',
            dataIndex: 'kind',
            width: 140,
            render: (k: CaseFileItem['kind'], r) =>
              editable ? (
                <Select<CaseFileItem['kind']>
                  aria-label="类别"
                  style={{ width: 120 }}
                  value={k}
                  onChange={(kind) => update(r.key, kind === 'recording' ? { kind, document: undefined } : { kind })}
                  options={Object.entries(KIND_NAMES).map(([value, label]) => ({ value: value as CaseFileItem['kind'], label }))}
                />
              ) : (
                <Tag color={k === 'recording' ? 'blue' : 'default'}>{KIND_NAMES[k]}</Tag>
              ),
          },
          {
            title: '文书',
            dataIndex: 'document',
            render: (d: string | undefined, r) =>
              r.kind === 'recording' ? (
                <Typography.Text type="secondary">「{stepName(r.step)}」的音像记录</Typography.Text>
              ) : editable ? (
                <>
                  <Select
                    aria-label="文书"
                    style={{ width: '100%', minWidth: 200 }}
                    value={d}
                    status={d ? undefined : 'error'}
                    placeholder="选择文书"
                    onChange={(document: string) => update(r.key, { document })}
                    options={kinds.map((k) => ({ value: k.code, label: k.title }))}
                    showSearch={{ optionFilterProp: 'label' }}
                  />
                  {d ? null : <div className="admin-cell-error">请选择文书</div>}
                </>
              ) : (
                docName(d)
              ),
          },
          {
            title: '要求',
            dataIndex: 'when',
            width: 190,
            render: (w: CaseFileItem['when'], r) =>
              editable ? (
                <Select<CaseFileItem['when']>
                  aria-label="要求"
                  style={{ width: 170 }}
                  value={w}
                  onChange={(when) => update(r.key, { when })}
                  options={Object.entries(WHEN_NAMES).map(([value, label]) => ({ value: value as CaseFileItem['when'], label }))}
                />
              ) : (
                WHEN_NAMES[w]
              ),
          },
          ...(editable
            ? [
                {
                  title: '删除',
                  key: 'del',
                  width: 60,
                  render: (_: unknown, r: Row) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`删除第 ${shown.indexOf(r) + 1} 项`}
                      onClick={() => setRows(shown.filter((x) => x.key !== r.key))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable ? (
        <Button
          icon={<PlusOutlined />}
          style={{ marginTop: 12 }}
          onClick={() =>
            setRows([
              ...shown,
              { key: Math.max(-1, ...shown.map((r) => r.key)) + 1, kind: 'document', step: def.open.code, when: 'step-taken' },
            ])
          }
        >
          添加项目
        </Button>
      ) : null}
    </>
  );
}
