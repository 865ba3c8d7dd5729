import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, InputNumber, Modal, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import { Page } from '../../components/page';
import { QueryView } from '../../components/states';
import { dateTime } from '../../lib/format';
import type { Catalog, CatalogRule, CatalogSettings, CatalogView, ProcedureSummary } from './api-types';
import { AgencyPicker, useAgencyScope, useMayEdit, type AgencyScope } from './agency-scope';
import { CatalogRulesTable, RuleDrawer } from './catalog-rules';
import { DraftBar } from './draft-bar';
import { PublishModal } from './publish-modal';
import { VersionHistory } from './version-history';

/**
 * 重大执法决定法制审核目录清单 (R-REV-1, R-REV-7): the rules that make a decision need legal
 * review (each condition shown in words) and the review settings (审核期限, 提醒, 退回轮次上限);
 * an administrator edits a draft and publishes it as a new version with a note; every version is
 * kept and can be opened. Reviewers and heads read it.
 */
export default function ReviewCatalogPage() {
  const scope = useAgencyScope();
  const editable = useMayEdit(scope, 'admin');
  const q = useQuery({
    queryKey: ['review-catalog', scope.agencyId],
    queryFn: () => unwrap(api.GET('/api/v1/agencies/{id}/review-catalog', { params: { path: { id: scope.agencyId } } })),
  });
  const procedures = useQuery({ queryKey: ['procedures'], queryFn: () => unwrap(api.GET('/api/v1/procedures')), staleTime: 3600_000 });
  return (
    <Page
      title="法制审核目录清单"
      crumbs={[{ title: '系统管理' }, { title: '审核目录' }]}
      subtitle="拟作出的决定符合任一规则的，须经法制审核后方可作出；系统据此判断并记录触发的规则"
      extra={<AgencyPicker scope={scope} />}
    >
      <QueryView query={q} rows={8}>
        {(view) => (
          <CatalogEditor
            key={`${scope.agencyId}:${view.version}`}
            view={view}
            scope={scope}
            editable={editable}
            procedures={procedures.data ?? []}
          />
        )}
      </QueryView>
    </Page>
  );
}

function CatalogEditor({
  view,
  scope,
  editable,
  procedures,
}: {
  view: CatalogView;
  scope: AgencyScope;
  editable: boolean;
  procedures: ProcedureSummary[];
}) {
  const [draft, setDraft] = useState<Catalog | null>(null);
  const [ruleAt, setRuleAt] = useState<number | 'new' | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const shown = draft ?? view.catalog;
  const parent = view.inheritedFrom ? (scope.agencies.find((a) => a.id === view.inheritedFrom)?.name ?? '上级机关') : null;
  const setRules = (rules: CatalogRule[]) => setDraft({ ...shown, rules });
  const setSettings = (s: Partial<CatalogSettings>) => setDraft({ ...shown, settings: { ...shown.settings, ...s } });
  const publish = async ({ note }: { note: string }) => {
    await unwrap(
      api.PUT('/api/v1/agencies/{id}/review-catalog', { params: { path: { id: scope.agencyId } }, body: { catalog: shown, note } }),
    );
    message.success(`已发布目录清单第 ${(view.history[0]?.version ?? 0) + 1} 版`);
    setPublishing(false);
    setDraft(null);
    await qc.invalidateQueries({ queryKey: ['review-catalog', scope.agencyId] });
  };
  return (
    <>
      <DraftBar
        drafting={!!draft}
        editable={editable}
        status={
          view.version === 0
            ? '本机关尚未制定目录清单，现行为系统内置目录清单（依据《行政处罚法》第五十八条、第六十三条）'
            : parent
              ? `本机关沿用${parent}的目录清单（第 ${view.version} 版）`
              : `现行第 ${view.version} 版${view.history[0] ? `，${view.history[0].by} 于 ${dateTime(view.history[0].at)} 发布` : ''}`
        }
        editLabel={'修改目录清单'}
        onEdit={() => setDraft(view.catalog)}
        onPublish={() => setPublishing(true)}
        onDiscard={() => setDraft(null)}
      />
      {!editable ? (
        <Typography.Paragraph type="secondary">只有本机关系统管理员可以修改目录清单；您可以查阅现行版本和历史版本。</Typography.Paragraph>
      ) : null}
      <Card size="small" title="审核期限与轮次" style={{ marginBottom: 16 }}>
        {draft ? (
          <SettingsForm settings={shown.settings} onChange={setSettings} />
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'r', label: '审核期限', children: `${shown.settings.reviewDays} 个工作日` },
              {
                key: 'm',
                label: '到期提醒',
                children: shown.settings.remindDays ? `到期前 ${shown.settings.remindDays} 个工作日` : '不提前提醒',
              },
              { key: 'x', label: '退回轮次上限', children: `退回 ${shown.settings.maxRounds} 轮后提请集体讨论` },
            ]}
          />
        )}
      </Card>
      <Card
        size="small"
        title={
          <span>
            审核事项 <Tag>{shown.rules.length} 项</Tag>
          </span>
        }
        extra={
          draft ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRuleAt('new')}>
              添加规则
            </Button>
          ) : null
        }
      >
        <CatalogRulesTable
          rules={shown.rules}
          procedures={procedures}
          {...(draft
            ? {
                onEdit: (i: number) => setRuleAt(i),
                onDelete: (i: number) =>
                  modal.confirm({
                    title: `删除规则「${shown.rules[i]?.name ?? ''}」？`,
                    content: '发布新版本后，符合此条件的决定不再因此规则须法制审核。',
                    okText: '删除',
                    okButtonProps: { danger: true },
                    cancelText: '取消',
                    onOk: () => setRules(shown.rules.filter((_, j) => j !== i)),
                  }),
              }
            : {})}
        />
      </Card>
      <VersionHistory history={view.history} current={view.inheritedFrom ? -1 : view.version} onView={setViewing} />
      <RuleDrawer
        open={ruleAt !== null}
        rule={typeof ruleAt === 'number' ? (shown.rules[ruleAt] ?? null) : null}
        taken={shown.rules.map((r) => r.id)}
        procedures={procedures}
        onClose={() => setRuleAt(null)}
        onSave={(r) => {
          setRules(typeof ruleAt === 'number' ? shown.rules.map((x, i) => (i === ruleAt ? r : x)) : [...shown.rules, r]);
          setRuleAt(null);
        }}
      />
      <PublishModal
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublish={publish}
        what="目录清单"
        nextVersion={(view.history[0]?.version ?? 0) + 1}
        summary={`共 ${shown.rules.length} 项审核事项；审核期限 ${shown.settings.reviewDays} 个工作日`}
      />
      <VersionModal agencyId={scope.agencyId} version={viewing} procedures={procedures} onClose={() => setViewing(null)} />
    </>
  );
}

function SettingsForm({ settings, onChange }: { settings: CatalogSettings; onChange: (s: Partial<CatalogSettings>) => void }) {
  const remindBad = settings.remindDays >= settings.reviewDays;
  return (
    <Form name="settings" layout="inline" style={{ rowGap: 8 }}>
      <Form.Item label="审核期限" help="1–30 个工作日">
        <InputNumber<number>
          aria-label="审核期限（工作日）"
          min={1}
          max={30}
          precision={0}
          value={settings.reviewDays}
          onChange={(n) => onChange({ reviewDays: n ?? 1 })}
          suffix="个工作日"
          style={{ width: 150 }}
        />
      </Form.Item>
      <Form.Item label="到期前提醒" validateStatus={remindBad ? 'error' : undefined} help={remindBad ? '应少于审核期限' : '0 为不提前提醒'}>
        <InputNumber<number>
          aria-label="到期前提醒（工作日）"
          min={0}
          max={29}
          precision={0}
          value={settings.remindDays}
          onChange={(n) => onChange({ remindDays: n ?? 0 })}
          suffix="个工作日"
          style={{ width: 150 }}
        />
      </Form.Item>
      <Form.Item label="退回轮次上限" help="退回达到此轮次仍有异议的，提请集体讨论">
        <InputNumber<number>
          aria-label="退回轮次上限"
          min={1}
          max={10}
          precision={0}
          value={settings.maxRounds}
          onChange={(n) => onChange({ maxRounds: n ?? 1 })}
          suffix="轮"
          style={{ width: 110 }}
        />
      </Form.Item>
    </Form>
  );
}

function VersionModal({
  agencyId,
  version,
  procedures,
  onClose,
}: {
  agencyId: string;
  version: number | null;
  procedures: ProcedureSummary[];
  onClose: () => void;
}) {
  const q = useQuery({
    queryKey: ['review-catalog', agencyId, 'version', version],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/agencies/{id}/review-catalog/versions/{version}', { params: { path: { id: agencyId, version: version ?? 1 } } }),
      ),
    enabled: version !== null,
  });
  return (
    <Modal
      open={version !== null}
      onCancel={onClose}
      footer={<Button onClick={onClose}>关闭</Button>}
      title={`目录清单第 ${version ?? ''} 版`}
      width={960}
    >
      <QueryView query={q}>
        {(v) => (
          <>
            <Typography.Paragraph type="secondary">
              {dateTime(v.at)} 发布。{v.note}
            </Typography.Paragraph>
            <Typography.Paragraph>
              审核期限 {v.catalog.settings.reviewDays} 个工作日；到期前 {v.catalog.settings.remindDays} 个工作日提醒；退回{' '}
              {v.catalog.settings.maxRounds} 轮后提请集体讨论。
            </Typography.Paragraph>
            <CatalogRulesTable rules={v.catalog.rules} procedures={procedures} />
          </>
        )}
      </QueryView>
    </Modal>
  );
}
