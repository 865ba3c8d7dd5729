import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { rangeText } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView, EmptyState } from '../../components/states';
import { dateTime } from '../../lib/format';
import type { Benchmark, BenchmarkGrade, BenchmarksView } from './api-types';
import { AgencyPicker, useAgencyScope, useMayEdit, type AgencyScope } from './agency-scope';
import { BenchmarkDrawer } from './benchmark-form';
import { DraftBar } from './draft-bar';
import { PublishModal } from './publish-modal';
import { VersionHistory } from './version-history';

/**
 * 行政处罚裁量基准 (R-REV-10): for each violation, the article broken and the article punishing
 * it, and per grade (不予处罚 … 从重处罚) the circumstances, the fine range and the other
 * sanctions; a proposal outside its range is flagged for the reviewer. Edited as a draft by the
 * agency's administrator and published as a new version with a note; reviewers read it.
 */
export default function DiscretionPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const q = useQuery({
    queryKey: ['discretion', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/discretion-benchmarks', { params: { path: { id: scope.agencyId } } })),
  });
  return (
    <Page
      title="行政处罚裁量基准"
      crumbs={[{ title: '系统管理' }, { title: '裁量基准' }]}
      subtitle="各违法行为的违法依据、处罚依据和各裁量阶次的适用情形、罚款幅度；拟作出的决定超出幅度的，须书面说明理由"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q} rows={8}>
        {(view) => <BenchmarksEditor key={`${scope.agencyId}:${view.version}`} view={view} scope={scope} editable={editable} />}
      </QueryView>
    </Page>
  );
}

function GradesTable({ grades }: { grades: BenchmarkGrade[] }) {
  return (
    <Table<BenchmarkGrade>
      rowKey="grade"
      size="small"
      dataSource={grades}
      pagination={false}
      columns={[
        { title: '阶次', dataIndex: 'grade', width: 100, render: (g: string) => <Tag>{g}</Tag> },
        { title: '适用情形', dataIndex: 'circumstances' },
        { title: '罚款幅度', key: 'fine', width: 240, render: (_, g) => rangeText(g.fine) },
        { title: '可以并处', key: 'sanctions', width: 200, render: (_, g) => (g.sanctions.length ? g.sanctions.join('、') : '—') },
      ]}
    />
  );
}

function BenchmarksEditor({ view, scope, editable }: { view: BenchmarksView; scope: AgencyScope; editable: boolean }) {
  const [draft, setDraft] = useState<Benchmark[] | null>(null);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [text, setText] = useState('');
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const shown = draft ?? view.benchmarks;
  const nextVersion = (view.history[0]?.version ?? 0) + 1;
  const parent = view.inheritedFrom ? (scope.agencies.find((a) => a.id === view.inheritedFrom)?.name ?? '上级机关') : null;
  const rows = useMemo(() => {
    const t = text.trim();
    return t
      ? shown.filter((b) => b.name.includes(t) || b.id.includes(t) || b.violatedArticle.includes(t) || b.penaltyArticle.includes(t))
      : shown;
  }, [shown, text]);
  const publish = async ({ note }: { note: string }) => {
    await unwrap(
      api.PUT('/api/v1/agencies/{id}/discretion-benchmarks', {
        params: { path: { id: scope.agencyId } },
        body: { benchmarks: shown, note },
      }),
    );
    message.success(`已发布裁量基准第 ${nextVersion} 版`);
    setPublishing(false);
    setDraft(null);
    await qc.invalidateQueries({ queryKey: ['discretion', scope.agencyId] });
  };
  return (
    <>
      <DraftBar
        drafting={!!draft}
        editable={editable}
        status={
          view.version === 0
            ? '本机关尚未制定裁量基准'
            : parent
              ? `本机关沿用${parent}的裁量基准（第 ${view.version} 版）`
              : `现行第 ${view.version} 版${view.history[0] ? `，${view.history[0].by} 于 ${dateTime(view.history[0].at)} 发布` : ''}`
        }
        editLabel={view.benchmarks.length ? '修改裁量基准' : '制定裁量基准'}
        onEdit={() => setDraft(view.benchmarks)}
        onPublish={() => setPublishing(true)}
        onDiscard={() => setDraft(null)}
      />
      {!editable ? (
        <Typography.Paragraph type="secondary">只有本机关系统管理员可以修改裁量基准；您可以查阅现行版本。</Typography.Paragraph>
      ) : null}
      <Card
        size="small"
        title={
          <span>
            违法行为 <Tag>{shown.length} 项</Tag>
          </span>
        }
        extra={
          <Space wrap>
            <Input.Search
              aria-label="查找违法行为"
              placeholder="违法行为、代码或依据"
              allowClear
              onSearch={setText}
              style={{ width: 220 }}
            />
            {draft ? (
              <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                添加违法行为
              </Button>
            ) : null}
          </Space>
        }
      >
        <Table<Benchmark>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
          locale={{
            emptyText: (
              <EmptyState>
                {shown.length
                  ? '没有符合条件的违法行为'
                  : editable
                    ? '尚无裁量基准，请点击“制定裁量基准”后添加违法行为'
                    : '本机关尚无裁量基准'}
              </EmptyState>
            ),
          }}
          scroll={{ x: 980 }}
          expandable={{ expandedRowRender: (b) => <GradesTable grades={b.grades} /> }}
          columns={[
            {
              title: '违法行为',
              dataIndex: 'name',
              width: 260,
              render: (n: string, b) => (
                <span>
                  {n}
                  <Typography.Text type="secondary" className="mono" style={{ display: 'block' }}>
                    {b.id}
                  </Typography.Text>
                </span>
              ),
            },
            { title: '违法依据', dataIndex: 'violatedArticle', width: 220 },
            { title: '处罚依据', dataIndex: 'penaltyArticle', width: 220 },
            { title: '裁量阶次', key: 'grades', width: 200, render: (_, b) => b.grades.map((g) => g.grade).join('、') },
            ...(draft
              ? [
                  {
                    title: '操作',
                    key: 'act',
                    width: 90,
                    render: (_: unknown, b: Benchmark) => {
                      const i = shown.indexOf(b);
                      return (
                        <Space size={0}>
                          <Button
                            type="text"
                            size="small"
                            icon={<EditOutlined />}
                            aria-label={`修改「${b.name}」`}
                            onClick={() => setEditing(i)}
                          />
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={`删除「${b.name}」`}
                            onClick={() =>
                              modal.confirm({
                                title: `删除「${b.name}」？`,
                                content: '发布新版本后，拟作出的决定不能再引用此违法行为的裁量基准。',
                                okText: '删除',
                                okButtonProps: { danger: true },
                                cancelText: '取消',
                                onOk: () => setDraft(shown.filter((_, j) => j !== i)),
                              })
                            }
                          />
                        </Space>
                      );
                    },
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <VersionHistory history={view.history} current={view.inheritedFrom ? -1 : view.version} />
      <BenchmarkDrawer
        open={editing !== null}
        benchmark={typeof editing === 'number' ? (shown[editing] ?? null) : null}
        taken={shown.map((b) => b.id)}
        onClose={() => setEditing(null)}
        onSave={(b) => {
          setDraft(typeof editing === 'number' ? shown.map((x, i) => (i === editing ? b : x)) : [...shown, b]);
          setEditing(null);
        }}
      />
      <PublishModal
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublish={publish}
        what="裁量基准"
        nextVersion={nextVersion}
        summary={`共 ${shown.length} 项违法行为`}
      />
    </>
  );
}
