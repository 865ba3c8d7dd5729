import { useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { api, ApiError, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import type { RecordingItem, RecordingLevel } from './api-types';
import { AgencyPicker, useAgencyScope, useMayEdit } from './agency-scope';
import { LEVELS, STICKY_BAR, levelRank } from './labels';
import { ProblemsAlert } from './problems';

const LEVEL_COLORS: Record<RecordingLevel, string> = { none: 'default', record: 'blue', 'full-process': 'volcano' };
const keyOf = (i: { procedure: string; step: string }) => `${i.procedure}/${i.step}`;

function LevelTag({ level }: { level: RecordingLevel }) {
  return <Tag color={LEVEL_COLORS[level]}>{LEVELS[level]}</Tag>;
}

/**
 * 音像记录事项清单 (R-REC-3): for each procedure and step, whether it needs 音像记录 or
 * 全程音像记录 and what is to be recorded; a step that needs recording cannot be completed
 * without it. Steps the law requires to be recorded in full (查封扣押, 先行登记保存 …) cannot be
 * lowered. Changed only by the agency's own administrator.
 */
export default function RecordingListPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const q = useQuery({
    queryKey: ['recording-list', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/recording-list', { params: { path: { id: scope.agencyId } } })),
  });
  return (
    <Page
      title="音像记录事项清单"
      crumbs={[{ title: '系统管理' }, { title: '音像记录事项清单' }]}
      subtitle="哪些执法环节须音像记录、哪些须全程音像记录；须记录的环节没有相应的音像记录不能完成"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q} rows={10} isEmpty={(d) => d.length === 0} empty="暂无可设定的执法环节">
        {(items) => <RecordingEditor key={scope.agencyId} agencyId={scope.agencyId} items={items} editable={editable} />}
      </QueryView>
    </Page>
  );
}

function RecordingEditor({ agencyId, items, editable }: { agencyId: string; items: RecordingItem[]; editable: boolean }) {
  const [edits, setEdits] = useState<Record<string, { level: RecordingLevel; what: string }>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const procedures = useMemo(() => [...new Map(items.map((i) => [i.procedure, i.procedureName])).entries()], [items]);
  const [tab, setTab] = useState(procedures[0]?.[0] ?? '');
  const value = (i: RecordingItem) => edits[keyOf(i)] ?? { level: i.level, what: i.what };
  const changed = items.filter((i) => {
    const e = edits[keyOf(i)];
    return e && (e.level !== i.level || e.what.trim() !== i.what);
  });
  const missingWhat = (i: RecordingItem) => value(i).level !== 'none' && !value(i).what.trim();
  const invalid = changed.filter(missingWhat);
  const refused = error instanceof ApiError ? (error.details as { procedure?: string; step?: string } | undefined) : undefined;
  const refusedKey = refused?.procedure && refused.step ? `${refused.procedure}/${refused.step}` : null;
  const edit = (i: RecordingItem, patch: Partial<{ level: RecordingLevel; what: string }>) =>
    setEdits((prev) => ({ ...prev, [keyOf(i)]: { ...value(i), ...patch } }));
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/agencies/{id}/recording-list', {
          params: { path: { id: agencyId } },
          body: {
            items: changed.map((i) => ({ procedure: i.procedure, step: i.step, level: value(i).level, what: value(i).what.trim() })),
          },
        }),
      );
      message.success(`已保存 ${changed.length} 个环节的音像记录要求`);
      setEdits({});
      await qc.invalidateQueries({ queryKey: ['recording-list', agencyId] });
    } catch (e) {
      setError(e);
      const d = e instanceof ApiError ? (e.details as { procedure?: string } | undefined) : undefined;
      if (d?.procedure) setTab(d.procedure);
    } finally {
      setBusy(false);
    }
  };
  const countFor = (code: string) => changed.filter((i) => i.procedure === code).length;
  return (
    <>
      <ProblemsAlert error={error} onClose={() => setError(null)} />
      {editable ? (
        <Alert
          type={changed.length ? 'warning' : 'info'}
          showIcon
          style={STICKY_BAR}
          title={
            changed.length ? `已修改 ${changed.length} 个环节，尚未保存` : '在表中选择各环节的要求；标有“依法须全程”的环节不能降低要求'
          }
          action={
            <Space>
              <Button type="primary" disabled={!changed.length || invalid.length > 0} loading={busy} onClick={() => void save()}>
                保存修改
              </Button>
              <Button
                disabled={!changed.length || busy}
                onClick={() => {
                  setEdits({});
                  setError(null);
                }}
              >
                放弃修改
              </Button>
            </Space>
          }
        />
      ) : (
        <Typography.Paragraph type="secondary">只有本机关系统管理员可以修改音像记录事项清单。</Typography.Paragraph>
      )}
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={procedures.map(([code, name]) => ({
            key: code,
            label: countFor(code) ? `${name}（改 ${countFor(code)}）` : name,
            children: (
              <Table<RecordingItem>
                rowKey={keyOf}
                size="small"
                dataSource={items.filter((i) => i.procedure === code)}
                pagination={false}
                scroll={{ x: 760 }}
                rowClassName={(i) =>
                  keyOf(i) === refusedKey ? 'admin-row-error' : edits[keyOf(i)] && changed.includes(i) ? 'admin-row-changed' : ''
                }
                columns={[
                  { title: '环节', dataIndex: 'stepName', width: 170 },
                  {
                    title: '默认要求',
                    key: 'default',
                    width: 150,
                    render: (_, i) =>
                      i.defaultLevel === 'full-process' ? (
                        <Tooltip title="查封扣押财产、强制拆除、涉及人身自由和生命健康、重大财产权益的环节，依法须全程音像记录，不能降低">
                          <Tag color="red">依法须全程</Tag>
                        </Tooltip>
                      ) : (
                        <LevelTag level={i.defaultLevel} />
                      ),
                  },
                  {
                    title: '本机关要求',
                    key: 'level',
                    width: 190,
                    render: (_, i) =>
                      editable ? (
                        <Select<RecordingLevel>
                          aria-label={`${i.stepName}的音像记录要求`}
                          style={{ width: 170 }}
                          value={value(i).level}
                          onChange={(level) => edit(i, { level })}
                          options={(Object.keys(LEVELS) as RecordingLevel[]).map((l) => ({
                            value: l,
                            label: LEVELS[l],
                            disabled: i.defaultLevel === 'full-process' && levelRank(l) < levelRank('full-process'),
                          }))}
                        />
                      ) : (
                        <LevelTag level={i.level} />
                      ),
                  },
                  {
                    title: '须记录的事项',
                    key: 'what',
                    render: (_, i) =>
                      editable && value(i).level !== 'none' ? (
                        <>
                          <Input
                            aria-label={`${i.stepName}须记录的事项`}
                            value={value(i).what}
                            maxLength={200}
                            status={missingWhat(i) ? 'error' : undefined}
                            placeholder="如：查封扣押的财物、现场情况和当事人在场情况"
                            onChange={(e) => edit(i, { what: e.target.value })}
                          />
                          {missingWhat(i) ? <div className="admin-cell-error">请说明须记录的事项</div> : null}
                        </>
                      ) : (
                        value(i).what || <Typography.Text type="secondary">—</Typography.Text>
                      ),
                  },
                ]}
              />
            ),
          }))}
        />
      </Card>
    </>
  );
}
