import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Descriptions, Drawer, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, CaseReview, Procedure } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert, QueryView } from '../../components/states';
import { TextDiff } from '../../components/text-diff';
import { dateTime, shortHash } from '../../lib/format';
import { ProposalForm } from './proposal-form';
import { SubmissionForm } from './submission-form';
import { OpinionView, RoundsList } from './rounds';
import { DiscussionForm } from './discussion-form';
import { reviewQuery } from './queries';

const PHASE_COLOR: Record<string, string> = {
  'no-proposal': 'default',
  'to-submit': 'warning',
  'in-review': 'processing',
  returned: 'error',
  collective: 'warning',
  cleared: 'success',
  decided: 'success',
};

/**
 * 法制审核 on the case page (R-REV): where the case stands; for the handler, the proposal with the
 * 裁量基准 beside it, the submission, and after a return the reviewer's points with what to revise
 * or the disagreement; for the head, 集体讨论; for everyone, the rounds with their opinions and the
 * differences between them, the proposal versions and the responsibility trace.
 */
export function ReviewTab({ c, procedure }: { c: CaseDetail; procedure: Procedure | undefined }) {
  const q = useQuery(reviewQuery(c.id));
  return <QueryView query={q}>{(r) => (procedure ? <ReviewView c={c} procedure={procedure} r={r} /> : null)}</QueryView>;
}

function ReviewView({ c, procedure, r }: { c: CaseDetail; procedure: Procedure; r: CaseReview }) {
  const session = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [drawer, setDrawer] = useState<'propose' | 'submit' | 'disagree' | 'discuss' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const handler = c.officers.some((o) => o.userId === session.user.userId) && c.agency.id === session.user.agencyId;
  const head = session.has('head') && c.agency.id === session.user.agencyId;
  const latest = r.proposals.at(-1);
  const lastRound = r.rounds.at(-1);
  const evaluation = latest?.evaluation as { required?: boolean; fired?: { name: string; basis?: string }[] } | undefined;
  const done = async (what: string) => {
    setDrawer(null);
    message.success(what);
    await qc.invalidateQueries({ queryKey: ['case', c.id] });
    void qc.invalidateQueries({ queryKey: ['worklist'] });
  };
  const canPropose = handler && !c.terminal && ['no-proposal', 'to-submit', 'returned', 'in-review', 'cleared'].includes(r.phase);
  const canSubmit = handler && r.phase === 'to-submit';
  const returned = r.phase === 'returned' && lastRound?.opinion;
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, lg: 2 }}
          items={[
            { key: 'phase', label: '审核阶段', children: <Tag color={PHASE_COLOR[r.phase] ?? 'default'}>{r.phaseName}</Tag> },
            {
              key: 'required',
              label: '是否须法制审核',
              children:
                r.required === null
                  ? '—'
                  : r.required
                    ? `须审核：${(evaluation?.fired ?? []).map((f) => f.name).join('、')}`
                    : '目录清单未要求法制审核',
            },
            {
              key: 'version',
              label: '拟作出的决定',
              children: latest ? `第 ${latest.version} 版（${shortHash(latest.proposalSha256, 12)}）` : '尚未提出',
            },
            {
              key: 'clearance',
              label: '可作出的决定',
              children: r.clearance ? `第 ${r.clearance.proposalVersion} 版 · ${r.clearance.basisName}` : '—',
            },
          ]}
        />
        <Space wrap style={{ marginTop: 8 }}>
          {canPropose ? (
            <Button type={r.phase === 'no-proposal' || r.phase === 'returned' ? 'primary' : 'default'} onClick={() => setDrawer('propose')}>
              {latest ? '修改拟作出的决定' : '提出拟作出的决定'}
            </Button>
          ) : null}
          {canSubmit ? (
            <Button type="primary" onClick={() => setDrawer('submit')}>
              {r.rounds.length ? '重新提交法制审核' : '提交法制审核'}
            </Button>
          ) : null}
          {handler && returned && !lastRound?.disagreed ? (
            <Button onClick={() => setDrawer('disagree')}>对审核意见有异议，提请集体讨论</Button>
          ) : null}
          {head && (r.phase === 'collective' || r.phase === 'returned' || r.phase === 'cleared') && latest ? (
            <Button onClick={() => setDrawer('discuss')}>记录集体讨论</Button>
          ) : null}
          <Button type="link" href={`/api/v1/cases/${c.id}/review/trace`} target="_blank" rel="noopener">
            责任追溯页
          </Button>
        </Space>
        <ErrorAlert error={error} style={{ marginTop: 12 }} />
      </Card>

      {returned && lastRound?.opinion ? (
        <Card size="small" title={`第 ${lastRound.round} 轮审核退回：请按审核意见修改`}>
          <OpinionView opinion={lastRound.opinion} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            可以在左侧办理补充调查等环节，修改拟作出的决定后重新提交；送审材料有变化即为新一轮审核。
          </Typography.Paragraph>
        </Card>
      ) : null}

      <Card size="small" title="审核轮次">
        <RoundsList review={r} />
      </Card>

      {r.proposals.length ? (
        <Card size="small" title="拟作出的决定（各版本）">
          <Table
            size="small"
            rowKey="version"
            pagination={false}
            dataSource={[...r.proposals].reverse()}
            columns={[
              { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第 ${v} 版` },
              { title: '提出', key: 'by', width: 190, render: (_, p) => `${p.by?.name ?? ''} ${dateTime(p.at)}` },
              {
                title: '相对上一版的变化',
                key: 'changes',
                render: (_, p) =>
                  p.changes.length ? (
                    <div>
                      {p.changes.map((ch) => (
                        <div key={ch.field}>
                          <strong>{ch.label}：</strong>
                          <TextDiff before={ch.before} after={ch.after} />
                        </div>
                      ))}
                    </div>
                  ) : (
                    <Typography.Text type="secondary">首版</Typography.Text>
                  ),
              },
              {
                title: '摘要',
                dataIndex: 'proposalSha256',
                width: 130,
                render: (h: string) => <span className="mono">{shortHash(h, 12)}</span>,
              },
            ]}
          />
        </Card>
      ) : null}

      {r.discussions.length ? (
        <Card size="small" title="集体讨论">
          {r.discussions.map((d) => (
            <Alert
              key={d.id}
              type={d.override ? 'warning' : 'info'}
              style={{ marginBottom: 8 }}
              title={`${d.heldOn} 集体讨论（第 ${d.proposalVersion} 版）：${d.outcome === 'decide-as-proposed' ? '按拟作出的决定作出' : d.outcome === 'further-review' ? '提请再次法制审核' : '退回修改'}`}
              description={d.conclusion}
            />
          ))}
        </Card>
      ) : null}

      {r.trace.length ? (
        <Card size="small" title="责任追溯">
          <Table
            size="small"
            pagination={false}
            rowKey={(t) => `${t.at}:${t.act}`}
            dataSource={r.trace}
            columns={[
              { title: '时间', dataIndex: 'at', width: 140, render: dateTime },
              { title: '行为', dataIndex: 'act', width: 170 },
              { title: '人员', key: 'who', width: 90, render: (_, t) => t.who?.name ?? '—' },
              { title: '版本', dataIndex: 'proposalVersion', width: 70, render: (v: number) => (v ? `第 ${v} 版` : '—') },
              { title: '说明', dataIndex: 'detail' },
            ]}
          />
        </Card>
      ) : null}

      <Drawer
        open={drawer === 'propose'}
        onClose={() => setDrawer(null)}
        title={latest ? `修改拟作出的决定（现为第 ${latest.version} 版）` : '提出拟作出的决定'}
        size={1100}
        destroyOnHidden
      >
        <ProposalForm
          c={c}
          procedure={procedure}
          previous={(latest?.proposal as Parameters<typeof ProposalForm>[0]['previous']) ?? null}
          onDone={() => void done('已保存拟作出的决定')}
        />
      </Drawer>
      <Drawer open={drawer === 'submit'} onClose={() => setDrawer(null)} title="提交法制审核" size={760} destroyOnHidden>
        <SubmissionForm
          c={c}
          reasoning={(latest?.proposal as { discretion?: { reasoning?: string } | null } | undefined)?.discretion?.reasoning ?? ''}
          onDone={() => void done('已提交法制审核')}
        />
      </Drawer>
      <Drawer open={drawer === 'disagree'} onClose={() => setDrawer(null)} title="对审核意见有异议" size={560} destroyOnHidden>
        <Form
          layout="vertical"
          onFinish={async (v: { reason: string }) => {
            setError(null);
            try {
              await unwrap(
                api.POST('/api/v1/cases/{id}/review/disagreement', { params: { path: { id: c.id } }, body: { reason: v.reason } }),
              );
              await done('已提请集体讨论');
            } catch (e) {
              setError(e);
              setDrawer(null);
            }
          }}
        >
          <Form.Item label="异议理由" name="reason" rules={[{ required: true, whitespace: true, message: '请写明异议理由' }]}>
            <Input.TextArea autoSize={{ minRows: 4 }} maxLength={5000} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            提请集体讨论
          </Button>
        </Form>
      </Drawer>
      <Drawer open={drawer === 'discuss'} onClose={() => setDrawer(null)} title="记录集体讨论" size={860} destroyOnHidden>
        <DiscussionForm c={c} review={r} onDone={() => void done('已记录集体讨论')} />
      </Drawer>
    </div>
  );
}
