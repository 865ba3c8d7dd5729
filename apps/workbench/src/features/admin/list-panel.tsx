import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, EditOutlined, ExportOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { ApiError, api, unwrap } from '../../api/client';
import { QueryView, EmptyState } from '../../components/states';
import { dateTime, dateWithWeekday } from '../../lib/format';
import type { AgencyRow, ListRow, ListView } from './api-types';
import { ListImportModal } from './list-import';
import { ListRowDrawer } from './list-row-drawer';
import { LIST_DEFS, rowProblems, type ListDef, type RowProblem } from './list-defs';
import { STICKY_BAR } from './labels';
import { ProblemsAlert } from './problems';
import { PublishModal, type PublishValues } from './publish-modal';
import { VersionHistory } from './version-history';

type Row = ListRow & { __key: string };
const PAGE = 20;

/** One 事前公开 list of an agency: the version in force, editing, import and export, and history. */
export function ListPanel({ agency, code, editable }: { agency: AgencyRow; code: ListDef['code']; editable: boolean }) {
  const q = useQuery({
    queryKey: ['list', agency.id, code],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/lists/{list}', { params: { path: { id: agency.id, list: code } } })),
  });
  return (
    <QueryView query={q} rows={6}>
      {(view) => (
        <ListEditor key={`${agency.id}:${code}:${view.version}`} agency={agency} def={LIST_DEFS[code]} view={view} editable={editable} />
      )}
    </QueryView>
  );
}

let seq = 0;
const withKeys = (rows: ListRow[]): Row[] => rows.map((r) => ({ ...r, __key: `r${++seq}` }));
const strip = ({ __key: _k, ...r }: Row): ListRow => r;

function ListEditor({ agency, def, view, editable }: { agency: AgencyRow; def: ListDef; view: ListView; editable: boolean }) {
  const [draft, setDraft] = useState<Row[] | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [page, setPage] = useState(1);
  const original = useMemo(() => withKeys(view.rows), [view.rows]);
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const shown = draft ?? original;
  const inherited = view.ownerId !== null && view.ownerId !== agency.id;
  // the server's problems of the last publish, by row index (its rows are 1-based) and column label
  const problems = useMemo(() => (error instanceof ApiError && error.code === 'LIST_INVALID' ? rowProblems(error.details) : []), [error]);
  const problemsOf = (i: number): RowProblem[] => problems.filter((p) => p.row === i + 1);
  const refresh = () =>
    qc.invalidateQueries({ queryKey: ['list', agency.id, def.code] }).then(() => qc.invalidateQueries({ queryKey: ['list-changes'] }));
  const publish = async (v: PublishValues) => {
    try {
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/lists/{list}', {
          params: { path: { id: agency.id, list: def.code } },
          body: { rows: shown.map(strip), note: v.note, ...(v.changedOn ? { changedOn: v.changedOn } : {}) },
        }),
      );
    } catch (e) {
      if (e instanceof ApiError && e.code === 'LIST_INVALID') {
        // shown on the rows, not in the dialog
        setError(e);
        setPublishing(false);
        const first = rowProblems(e.details).find((p) => p.row > 0);
        if (first) setPage(Math.ceil(first.row / PAGE));
        return;
      }
      throw e;
    }
    message.success(`已公布${def.name}第 ${(view.history[0]?.version ?? 0) + 1} 版`);
    setPublishing(false);
    setError(null);
    setDraft(null);
    await refresh();
  };
  const errorRows = new Set(problems.map((p) => p.row));
  const rowNumber = (r: Row) => shown.indexOf(r) + 1;
  const credit = encodeURIComponent(agency.creditCode);
  return (
    <>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title={error instanceof ApiError ? `${error.message}：问题已标在相应的行上，点击该行的“修改”更正后再公布` : ''}
          description={
            problems.some((p) => p.row === 0)
              ? problems
                  .filter((p) => p.row === 0)
                  .map((p) => p.message)
                  .join('；')
              : `有问题的行：${[...errorRows]
                  .filter((n) => n > 0)
                  .sort((a, b) => a - b)
                  .map((n) => `第 ${n} 行`)
                  .join('、')}`
          }
        />
      ) : (
        <ProblemsAlert error={error} onClose={() => setError(null)} />
      )}
      <Alert
        type={draft ? 'warning' : 'info'}
        showIcon
        style={STICKY_BAR}
        title={
          draft
            ? `正在修改（${shown.length} 行）：修改尚未生效，点击“公布新版本”后对外公开`
            : view.version === 0
              ? '尚未公布此清单'
              : inherited
                ? `本机关未单独公布，公开的是上级机关的第 ${view.version} 版`
                : `现行第 ${view.version} 版，${dateTime(view.at)} 公布${view.note ? `：${view.note}` : ''}${view.late ? '（晚于期限）' : ''}`
        }
        action={
          <Space wrap>
            {editable && draft ? (
              <>
                <Button type="primary" onClick={() => setPublishing(true)}>
                  公布新版本
                </Button>
                <Button
                  onClick={() =>
                    modal.confirm({
                      title: '放弃全部修改？',
                      okText: '放弃修改',
                      cancelText: '继续修改',
                      onOk: () => {
                        setDraft(null);
                        setError(null);
                      },
                    })
                  }
                >
                  放弃修改
                </Button>
              </>
            ) : null}
            {editable && !draft ? (
              <>
                <Button icon={<EditOutlined />} onClick={() => setDraft(inherited ? withKeys(view.rows) : original)}>
                  修改
                </Button>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  导入 .xlsx
                </Button>
              </>
            ) : null}
            {view.version > 0 ? (
              <Button icon={<DownloadOutlined />} href={`/agencies/${credit}/lists/${def.code}.xlsx`} download>
                导出 .xlsx
              </Button>
            ) : null}
            {view.version > 0 ? (
              <Button icon={<ExportOutlined />} href={`/agencies/${credit}/lists/${def.code}`} target="_blank" rel="noopener">
                公示页面
              </Button>
            ) : null}
          </Space>
        }
      />
      {!editable ? (
        <Typography.Paragraph type="secondary">只有本机关的系统管理员或负责人可以修改事前公开清单；您可以查阅和导出。</Typography.Paragraph>
      ) : null}
      <Table<Row>
        rowKey="__key"
        size="small"
        dataSource={shown}
        pagination={{
          pageSize: PAGE,
          current: page,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 行`,
        }}
        locale={{ emptyText: <EmptyState>{editable ? '清单为空：点击“修改”后逐行添加，或“导入 .xlsx”' : '清单为空'}</EmptyState> }}
        scroll={{ x: Math.max(900, def.columns.length * 150) }}
        rowClassName={(r) => (errorRows.has(rowNumber(r)) ? 'admin-row-error' : '')}
        columns={[
          { title: '行', key: 'n', width: 56, fixed: 'left', render: (_, r) => rowNumber(r) },
          ...def.columns.map((c) => ({
            title: c.required ? c.label : `${c.label}（选填）`,
            key: c.key,
            width: c.max > 500 ? 260 : c.max > 100 ? 180 : 130,
            render: (_: unknown, r: Row) => {
              const mine = problemsOf(rowNumber(r) - 1).filter((p) => p.column === c.label);
              return (
                <>
                  <div className="admin-cell-clip" title={r[c.key]}>
                    {c.key === 'kind' || c.key === 'type' ? (
                      r[c.key] ? (
                        <Tag>{r[c.key]}</Tag>
                      ) : null
                    ) : (
                      r[c.key] || <Typography.Text type="secondary">—</Typography.Text>
                    )}
                  </div>
                  {mine.map((p, i) => (
                    <div key={i} className="admin-cell-error" role="alert">
                      {p.message.replace(/^第 \d+ 行/, '')}
                    </div>
                  ))}
                </>
              );
            },
          })),
          ...(draft
            ? [
                {
                  title: '操作',
                  key: 'act',
                  width: 90,
                  fixed: 'right' as const,
                  render: (_: unknown, r: Row) => {
                    const i = shown.indexOf(r);
                    const other = problemsOf(i).filter((p) => !def.columns.some((c) => c.label === p.column));
                    return (
                      <>
                        <Space size={0}>
                          <Button
                            type="text"
                            size="small"
                            icon={<EditOutlined />}
                            aria-label={`修改第 ${i + 1} 行`}
                            onClick={() => setEditing(i)}
                          />
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`删除第 ${i + 1} 行`}
                            onClick={() => {
                              setDraft(shown.filter((x) => x !== r));
                              setError(null);
                            }}
                          />
                        </Space>
                        {other.map((p, k) => (
                          <div key={k} className="admin-cell-error">
                            {p.message.replace(/^第 \d+ 行/, '')}
                          </div>
                        ))}
                      </>
                    );
                  },
                },
              ]
            : []),
        ]}
      />
      {draft ? (
        <Button icon={<PlusOutlined />} style={{ marginTop: 12 }} onClick={() => setEditing('new')}>
          添加一行
        </Button>
      ) : null}
      <VersionHistory
        history={view.history}
        current={inherited ? -1 : view.version}
        title={inherited ? '上级机关的历史版本' : '历史版本'}
        empty="尚未公布过"
        extraColumns={[
          {
            title: '变化',
            key: 'diff',
            width: 170,
            render: (h) =>
              [
                h.added.length ? `新增 ${h.added.length}` : '',
                h.changed.length ? `修改 ${h.changed.length}` : '',
                h.removed.length ? `删除 ${h.removed.length}` : '',
              ]
                .filter(Boolean)
                .join('，') || '—',
          },
          {
            title: '应更新期限',
            key: 'due',
            width: 190,
            render: (h) =>
              h.dueOn ? (
                <span>
                  {dateWithWeekday(h.dueOn)} {h.late ? <Tag color="error">逾期公布</Tag> : <Tag color="success">按期</Tag>}
                </span>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <ListRowDrawer
        def={def}
        open={editing !== null}
        row={typeof editing === 'number' ? (shown[editing] ?? null) : null}
        rowNumber={typeof editing === 'number' ? editing + 1 : null}
        problems={typeof editing === 'number' ? problemsOf(editing) : []}
        onClose={() => setEditing(null)}
        onSave={(r) => {
          if (typeof editing === 'number') {
            setDraft(shown.map((x, i) => (i === editing ? { ...r, __key: x.__key } : x)));
            // the row's own problems are answered by the edit
            const left = problems.filter((p) => p.row !== editing + 1);
            if (error instanceof ApiError && error.details)
              setError(left.length ? new ApiError(error.status, error.code, error.message, { problems: left }) : null);
          } else {
            setDraft([...shown, ...withKeys([r])]);
            setPage(Math.ceil((shown.length + 1) / PAGE));
          }
          setEditing(null);
        }}
      />
      <PublishModal
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublish={publish}
        what={def.name}
        nextVersion={(view.history[0]?.version ?? 0) + 1}
        withChangedOn
        noteMin={2}
        noteMax={200}
        summary={`共 ${shown.length} 行`}
      />
      <ListImportModal
        agencyId={agency.id}
        def={def}
        open={importing}
        onClose={() => setImporting(false)}
        onDone={(v) => {
          setImporting(false);
          message.success(`已导入并公布${def.name}第 ${v.version} 版（${v.rows.length} 行）`);
          void refresh();
        }}
      />
    </>
  );
}
