import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Card, Col, Form, Input, List, Radio, Row, Select, Space, Tabs, Typography } from 'antd';
import { REVIEW_POINTS } from '@sanxiang/domain/browser';
import { ApiError, api, unwrap } from '../../api/client';
import type { CaseReview, Evidence } from '../../api/types';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { EmptyState, ErrorAlert, ErrorState, QueryView } from '../../components/states';
import { CaseAccessProvider, rememberReason, useCaseAccess } from '../cases/case-access';
import { evidenceQuery } from '../cases/queries';
import { EvidenceViewer } from '../evidence/evidence-viewer';
import { MaterialsView, OpinionView, PrechecksView, RoundDiff, RoundsList, type Round } from './rounds';
import { reviewQuery } from './queries';

/** The reviewer reads the record for the review; each read is logged with this reason (R-REC-7). */
const REVIEW_REASON = '法制审核';

/**
 * 法制审核 for the reviewer (R-REV-4…7): the frozen submission with its evidence, the system's
 * pre-checks and what changed since the previous round on the left; the ten-point checklist and
 * the opinion on the right; inviting a legal adviser.
 */
export default function ReviewPage() {
  const { caseId = '' } = useParams();
  const q = useQuery(reviewQuery(caseId));
  if (q.isError) {
    return (
      <Page title="法制审核" crumbs={[{ title: '审核待办', to: '/reviews' }]}>
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      </Page>
    );
  }
  return (
    <CaseAccessProvider reason={REVIEW_REASON}>
      <QueryView query={q} rows={10}>
        {(r) => <ReviewWorkspace r={r} />}
      </QueryView>
    </CaseAccessProvider>
  );
}

function ReviewWorkspace({ r }: { r: CaseReview }) {
  const pending = r.rounds.find((x) => x.status === 'pending');
  const shown = pending ?? r.rounds.at(-1);
  const title = `法制审核：${r.caseNumber}`;
  return (
    <Page
      title={title}
      crumbs={[{ title: '审核待办', to: '/reviews' }, { title: r.caseNumber }]}
      subtitle={
        <Space wrap>
          <span>{r.phaseName}</span>
          {pending ? (
            <span>
              第 {pending.round} 轮 · 期限{' '}
              <DueDate on={pending.dueOn} state={pending.overdue ? 'overdue' : pending.remind ? 'soon' : 'normal'} working />
            </span>
          ) : null}
          <Link to={`/cases/${r.caseId}?tab=review`} onClick={() => rememberReason(r.caseId, REVIEW_REASON)}>
            打开案件
          </Link>
        </Space>
      }
    >
      {!shown ? (
        <Alert type="info" title="本案尚未提交法制审核" />
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={14}>
            <Card size="small" styles={{ body: { paddingTop: 0 } }}>
              <Tabs
                items={[
                  { key: 'materials', label: '送审材料', children: <MaterialsView r={shown} /> },
                  { key: 'evidence', label: '证据', children: <EvidencePanel caseId={r.caseId} round={shown} /> },
                  { key: 'prechecks', label: '系统预审', children: <PrechecksView r={shown} /> },
                  ...(shown.round > 1
                    ? [
                        {
                          key: 'diff',
                          label: `与第 ${shown.round - 1} 轮比较`,
                          children: <RoundDiff caseId={r.caseId} from={shown.round - 1} to={shown.round} />,
                        },
                      ]
                    : []),
                  { key: 'rounds', label: '全部轮次', children: <RoundsList review={r} /> },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            {pending ? <OpinionForm r={r} round={pending} /> : shown.opinion ? <OpinionView opinion={shown.opinion} /> : null}
            {pending ? <Advisers r={r} round={pending} /> : null}
          </Col>
        </Row>
      )}
    </Page>
  );
}

/** The evidence the submission lists, each shown in the page (photos, sound, video with seeking, PDF). */
function EvidencePanel({ caseId, round }: { caseId: string; round: Round }) {
  const { reason, withReason } = useCaseAccess();
  const q = useQuery(evidenceQuery(caseId, reason));
  const listed = new Set(((round.materials as { evidence?: { eventSeq: number }[] }).evidence ?? []).map((e) => e.eventSeq));
  const [open, setOpen] = useState<string | null>(null);
  return (
    <QueryView query={q}>
      {(all) => {
        const items = all.filter((e: Evidence) => listed.has(e.eventSeq));
        return (
          <List
            dataSource={items}
            locale={{ emptyText: <EmptyState>送审材料中没有音像记录（文书和笔录见送审材料）</EmptyState> }}
            renderItem={(e) => (
              <List.Item>
                <div style={{ width: '100%' }}>
                  <Space>
                    <Typography.Text strong>{e.filename}</Typography.Text>
                    <Typography.Text type="secondary">证明：{e.provesWhat}</Typography.Text>
                    <Button size="small" onClick={() => setOpen(open === e.id ? null : e.id)}>
                      {open === e.id ? '收起' : '查看'}
                    </Button>
                  </Space>
                  {open === e.id ? (
                    <div style={{ marginTop: 8 }}>
                      <EvidenceViewer e={e} url={withReason(`/api/v1/evidence/${e.id}/content`)} />
                    </div>
                  ) : null}
                </div>
              </List.Item>
            )}
          />
        );
      }}
    </QueryView>
  );
}

interface OpinionValues {
  answers: Record<string, { result: 'pass' | 'problem'; comment?: string }>;
  conclusion: 'agree' | 'problems';
  opinion: string;
}

/** The ten review points, each passed or with a problem stated; the conclusion and the opinion (R-REV-5). */
function OpinionForm({ r, round }: { r: CaseReview; round: Round }) {
  const [form] = Form.useForm<OpinionValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const answers = Form.useWatch('answers', form);
  const problems = Object.values(answers ?? {}).filter((a) => a?.result === 'problem').length;
  const submit = async (v: OpinionValues) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/review/opinions', {
          params: { path: { id: r.caseId } },
          body: {
            materialsSha256: round.materialsSha256,
            answers: REVIEW_POINTS.map((p) => ({
              point: p.code,
              result: v.answers[p.code]?.result ?? 'pass',
              ...(v.answers[p.code]?.comment?.trim() ? { comment: v.answers[p.code]!.comment!.trim() } : {}),
            })),
            conclusion: v.conclusion,
            opinion: v.opinion,
          },
        }),
      );
      message.success(v.conclusion === 'agree' ? '已出具审核意见：同意' : '已出具审核意见：存在问题，退回承办人');
      await qc.invalidateQueries({ queryKey: ['case', r.caseId] });
      void qc.invalidateQueries({ queryKey: ['worklist'] });
      void qc.invalidateQueries({ queryKey: ['reviews'] });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={`审核意见（第 ${round.round} 轮）`}>
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} /> : null}
      <Form<OpinionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        initialValues={{
          answers: Object.fromEntries(REVIEW_POINTS.map((p) => [p.code, { result: 'pass' }])),
          conclusion: 'agree',
          opinion: '',
        }}
        onValuesChange={(ch: Partial<OpinionValues>) => {
          if (ch.answers)
            form.setFieldValue(
              'conclusion',
              Object.values(form.getFieldValue('answers') as OpinionValues['answers']).some((a) => a?.result === 'problem')
                ? 'problems'
                : 'agree',
            );
        }}
      >
        {REVIEW_POINTS.map((p, i) => (
          <div key={p.code} style={{ borderBottom: '1px solid #f0f0f0', padding: '6px 0' }}>
            <Space wrap>
              <Typography.Text>
                {i + 1}. {p.name}
              </Typography.Text>
              <Form.Item name={['answers', p.code, 'result']} noStyle>
                <Radio.Group
                  size="small"
                  optionType="button"
                  aria-label={p.name}
                  options={[
                    { value: 'pass', label: '无问题' },
                    { value: 'problem', label: '有问题' },
                  ]}
                />
              </Form.Item>
            </Space>
            {answers?.[p.code]?.result === 'problem' ? (
              <Form.Item
                name={['answers', p.code, 'comment']}
                rules={[{ required: true, whitespace: true, message: '请写明问题' }]}
                style={{ margin: '6px 0 0' }}
              >
                <Input.TextArea placeholder={`「${p.name}」存在的问题`} aria-label={`${p.name}存在的问题`} autoSize maxLength={5000} />
              </Form.Item>
            ) : null}
          </div>
        ))}
        <Form.Item label="审核结论" name="conclusion" style={{ marginTop: 12 }}>
          <Radio.Group
            options={[
              { value: 'agree', label: '同意' },
              { value: 'problems', label: `存在问题${problems ? `（${problems} 项）` : ''}` },
            ]}
          />
        </Form.Item>
        <Form.Item label="审核意见" name="opinion" rules={[{ required: true, whitespace: true, message: '请填写审核意见' }]}>
          <Input.TextArea autoSize={{ minRows: 4 }} maxLength={20000} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          意见将引用所审送审材料的摘要 {round.materialsSha256.slice(0, 16)}…，并生成法制审核意见书。
        </Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={busy}>
          出具审核意见
        </Button>
      </Form>
    </Card>
  );
}

/** 法律顾问、公职律师 invited to this round, and their opinions recorded (R-REV-9). */
function Advisers({ r, round }: { r: CaseReview; round: Round }) {
  const advisers = useQuery({ queryKey: ['legal-advisers'], queryFn: () => unwrap(api.GET('/api/v1/legal-advisers')) });
  const qc = useQueryClient();
  const [pick, setPick] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const refresh = () => qc.invalidateQueries({ queryKey: ['case', r.caseId, 'review'] });
  return (
    <Card size="small" title="法律顾问、公职律师" style={{ marginTop: 16 }}>
      <ErrorAlert error={error} />
      <Space wrap>
        <Select
          aria-label="法律顾问"
          placeholder="选择法律顾问或公职律师"
          style={{ width: 280 }}
          value={pick}
          onChange={setPick}
          loading={advisers.isPending}
          options={(advisers.data ?? []).map((a) => ({ value: a.id, label: `${a.name}（${a.organisation}）` }))}
        />
        <Button
          disabled={!pick}
          onClick={async () => {
            setError(null);
            try {
              await unwrap(
                api.POST('/api/v1/cases/{id}/review/advisers', { params: { path: { id: r.caseId } }, body: { adviserId: pick! } }),
              );
              setPick(undefined);
              await refresh();
            } catch (e) {
              setError(e);
            }
          }}
        >
          邀请参与本轮审核
        </Button>
      </Space>
      {round.advisers.map((a) => (
        <div key={a.id} style={{ marginTop: 12 }}>
          <Typography.Text strong>{a.name}</Typography.Text>（{a.organisation}）
          {a.opinion ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.opinion}</Typography.Paragraph>
          ) : (
            <Space.Compact style={{ width: '100%', marginTop: 4 }}>
              <Input.TextArea
                aria-label={`${a.name}的意见`}
                autoSize
                value={texts[a.id] ?? ''}
                onChange={(e) => setTexts((t) => ({ ...t, [a.id]: e.target.value }))}
                placeholder="录入其书面意见"
              />
              <Button
                disabled={!texts[a.id]?.trim()}
                onClick={async () => {
                  setError(null);
                  try {
                    await unwrap(
                      api.POST('/api/v1/cases/{id}/review/advisers/{adviceId}/opinion', {
                        params: { path: { id: r.caseId, adviceId: a.id } },
                        body: { opinion: texts[a.id]!.trim() },
                      }),
                    );
                    await refresh();
                  } catch (e) {
                    setError(e);
                  }
                }}
              >
                录入
              </Button>
            </Space.Compact>
          )}
        </div>
      ))}
    </Card>
  );
}
