import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Collapse, Descriptions, Empty, List, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { REVIEW_POINTS } from '@sanxiang/domain/browser';
import type { CaseReview } from '../../api/types';
import { DueDate } from '../../components/due';
import { QueryView } from '../../components/states';
import { TextDiff } from '../../components/text-diff';
import { dateTime, shortHash } from '../../lib/format';
import { compareQuery } from './queries';

export type Round = CaseReview['rounds'][number];

const POINT = new Map<string, string>(REVIEW_POINTS.map((p) => [p.code, p.name]));
const STATUS: Record<string, { color: string; text: string }> = {
  pending: { color: 'processing', text: '审核中' },
  agreed: { color: 'success', text: '同意' },
  problems: { color: 'error', text: '存在问题' },
  withdrawn: { color: 'default', text: '已撤回' },
};

export function RoundStatus({ r }: { r: Round }) {
  const s = STATUS[r.status] ?? { color: 'default', text: r.status };
  return <Tag color={s.color}>{s.text}</Tag>;
}

/** The reviewer's answer on each of the ten points, problems first with their comments (R-REV-5). */
export function OpinionView({ opinion }: { opinion: NonNullable<Round['opinion']> }) {
  const answers = (opinion.answers as { point: string; result: 'pass' | 'problem'; comment?: string }[]) ?? [];
  const sorted = [...answers].sort((a, b) => Number(b.result === 'problem') - Number(a.result === 'problem'));
  return (
    <div>
      <Alert
        type={opinion.conclusion === 'agree' ? 'success' : 'error'}
        showIcon
        title={`审核意见：${opinion.conclusionName}（${opinion.reviewer?.name ?? ''}，${dateTime(opinion.at)}）`}
        description={<span style={{ whiteSpace: 'pre-wrap' }}>{opinion.opinion}</span>}
        style={{ marginBottom: 8 }}
      />
      <List
        size="small"
        bordered
        dataSource={sorted}
        renderItem={(a) => (
          <List.Item>
            <Space align="start">
              {a.result === 'pass' ? (
                <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="无问题" />
              ) : (
                <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="存在问题" />
              )}
              <span>
                <strong>{POINT.get(a.point) ?? a.point}</strong>
                {a.comment ? <span>：{a.comment}</span> : null}
              </span>
            </Space>
          </List.Item>
        )}
      />
    </div>
  );
}

/** The frozen 送审材料 of a round, as submitted (their digest is what the opinion cites). */
export function MaterialsView({ r }: { r: Round }) {
  const m = r.materials as {
    summary?: string;
    facts?: string;
    legalBasis?: string;
    evidence?: { eventSeq: number; kind: string; title: string; proves?: string }[];
    discretion?: { reasoning?: string };
    hearing?: string | null;
    handlerOpinion?: string;
  };
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      items={[
        { key: 'sha', label: '材料摘要', children: <span className="mono">{r.materialsSha256}</span> },
        { key: 'summary', label: '案件基本情况', children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.summary}</span> },
        { key: 'facts', label: '违法事实', children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.facts}</span> },
        { key: 'law', label: '法律依据', children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.legalBasis}</span> },
        {
          key: 'evidence',
          label: '证据',
          children: (
            <ol style={{ margin: 0, paddingLeft: 18 }}>
              {(m.evidence ?? []).map((e) => (
                <li key={e.eventSeq}>
                  {e.kind}：{e.title}
                  {e.proves ? `（证明：${e.proves}）` : ''} <Typography.Text type="secondary">第 {e.eventSeq} 条记录</Typography.Text>
                </li>
              ))}
            </ol>
          ),
        },
        { key: 'disc', label: '裁量说明', children: m.discretion?.reasoning || '—' },
        ...(m.hearing ? [{ key: 'hearing', label: '听证', children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.hearing}</span> }] : []),
        { key: 'op', label: '承办人意见', children: m.handlerOpinion || '—' },
      ]}
    />
  );
}

/** The system's pre-checks run at submission (R-REV-4): what the reviewer should look at first. */
export function PrechecksView({ r }: { r: Round }) {
  const findings = (r.prechecks as { point: string; ok: boolean; message: string }[]) ?? [];
  if (!findings.length) return <Typography.Text type="secondary">系统预审未发现问题</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={findings}
      renderItem={(f) => (
        <List.Item>
          <Space align="start">
            {f.ok ? (
              <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="通过" />
            ) : (
              <CloseCircleFilled style={{ color: '#d46b08' }} aria-label="请注意" />
            )}
            <span>
              <Tag>{POINT.get(f.point) ?? f.point}</Tag>
              {f.message}
            </span>
          </Space>
        </List.Item>
      )}
    />
  );
}

const MATERIAL_NAMES: Record<string, string> = {
  summary: '案件基本情况',
  facts: '违法事实',
  legalBasis: '法律依据',
  evidence: '证据',
  discretion: '裁量',
  hearing: '听证',
  handlerOpinion: '承办人意见',
};

/** What changed since the previous round: the proposal and the materials, as a character diff (R-REV-6). */
export function RoundDiff({ caseId, from, to }: { caseId: string; from: number; to: number }) {
  const q = useQuery(compareQuery(caseId, from, to));
  return (
    <QueryView query={q}>
      {(d) =>
        !d.proposalChanges.length && !d.materialChanges.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="与上一轮相比没有变化" />
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => r.key}
            dataSource={[
              ...d.proposalChanges.map((ch) => ({
                key: `p:${ch.field}`,
                what: `拟作出的决定 · ${ch.label}`,
                before: ch.before,
                after: ch.after,
              })),
              ...d.materialChanges.map((ch) => ({
                key: `m:${ch.field}`,
                what: `送审材料 · ${MATERIAL_NAMES[ch.field] ?? ch.field}`,
                before: ch.before,
                after: ch.after,
              })),
            ]}
            columns={[
              { title: '变化', dataIndex: 'what', width: 200 },
              { title: `第 ${from} 轮 → 第 ${to} 轮`, key: 'diff', render: (_, r) => <TextDiff before={r.before} after={r.after} /> },
            ]}
          />
        )
      }
    </QueryView>
  );
}

/** Every round of the case: status, due date, materials, pre-checks, opinion, advisers, and the diff from the round before. */
export function RoundsList({ review }: { review: CaseReview }) {
  const [view, setView] = useState<Record<number, string>>({});
  if (!review.rounds.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未提交法制审核" />;
  return (
    <Collapse
      defaultActiveKey={[String(review.rounds.at(-1)!.round)]}
      items={[...review.rounds].reverse().map((r) => ({
        key: String(r.round),
        label: (
          <Space wrap>
            <strong>第 {r.round} 轮</strong>
            <RoundStatus r={r} />
            <span>
              拟作出的决定第 {r.proposalVersion} 版 · {r.submittedBy?.name} 于 {dateTime(r.submittedAt)} 提交
            </span>
            {r.status === 'pending' ? <DueDate on={r.dueOn} state={r.overdue ? 'overdue' : r.remind ? 'soon' : 'normal'} working /> : null}
            {r.disagreed ? <Tag color="warning">承办人有异议</Tag> : null}
          </Space>
        ),
        children: (
          <div>
            <Segmented
              value={view[r.round] ?? (r.opinion ? 'opinion' : 'materials')}
              onChange={(v) => setView((x) => ({ ...x, [r.round]: String(v) }))}
              options={[
                ...(r.opinion ? [{ value: 'opinion', label: '审核意见' }] : []),
                { value: 'materials', label: '送审材料' },
                { value: 'prechecks', label: '系统预审' },
                ...(r.round > 1 ? [{ value: 'diff', label: '与上一轮比较' }] : []),
              ]}
              style={{ marginBottom: 12 }}
            />
            {(view[r.round] ?? (r.opinion ? 'opinion' : 'materials')) === 'opinion' && r.opinion ? (
              <OpinionView opinion={r.opinion} />
            ) : null}
            {(view[r.round] ?? (r.opinion ? 'opinion' : 'materials')) === 'materials' ? <MaterialsView r={r} /> : null}
            {view[r.round] === 'prechecks' ? <PrechecksView r={r} /> : null}
            {view[r.round] === 'diff' ? <RoundDiff caseId={review.caseId} from={r.round - 1} to={r.round} /> : null}
            {r.advisers.length ? (
              <Card size="small" title="法律顾问、公职律师意见" style={{ marginTop: 12 }}>
                {r.advisers.map((a) => (
                  <p key={a.id}>
                    <strong>{a.name}</strong>（{a.organisation}）：
                    {a.opinion ?? <Typography.Text type="secondary">尚未录入意见</Typography.Text>}
                  </p>
                ))}
              </Card>
            ) : null}
            {r.disagreement ? <Alert type="warning" style={{ marginTop: 12 }} title={`承办人异议：${r.disagreement}`} /> : null}
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
              材料摘要 {shortHash(r.materialsSha256, 16)}
            </Typography.Paragraph>
          </div>
        ),
      }))}
    />
  );
}
