import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { CheckGroup } from '../../components/check-group';
import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import { ApiError, api, unwrap } from '../../api/client';
import type { CaseDetail } from '../../api/types';
import { QueryView } from '../../components/states';
import { eventsQuery } from '../cases/queries';
import { useCaseAccess } from '../cases/case-access';

interface Values {
  summary: string;
  facts: string;
  legalBasis: string;
  evidence: number[];
  discretionReasoning?: string;
  hearingRecord?: string;
  handlerOpinion?: string;
}

const EVIDENCE_KINDS = new Set(['case.evidence', 'case.document']);
/** the review's own papers are no evidence of the facts (the server refuses them as evidence) */
const REVIEW_PAPERS = new Set(['legal-review-submission', 'legal-review-opinion', 'collective-discussion-record']);

/**
 * 提交法制审核 (R-REV-4): the 送审材料 — summary, facts, law, the evidence picked from the case's
 * own record, the discretion reasoning and the handler's opinion. The server checks completeness,
 * freezes them and computes their digest; the reviewer sees exactly this.
 */
export function SubmissionForm({ c, onDone, reasoning }: { c: CaseDetail; onDone: () => void; reasoning: string }) {
  const { reason } = useCaseAccess();
  const events = useQuery(eventsQuery(c.id, reason));
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inv = [...c.history].reverse().find((h) => h.step === 'conclude-investigation')?.inputs ?? {};
  const text = (k: string) => (typeof inv[k] === 'string' ? (inv[k] as string) : '');
  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/review/submissions', {
          params: { path: { id: c.id } },
          body: {
            summary: v.summary,
            facts: v.facts,
            legalBasis: v.legalBasis,
            evidence: v.evidence.map((eventSeq) => ({ eventSeq })),
            ...(v.discretionReasoning?.trim() ? { discretionReasoning: v.discretionReasoning } : {}),
            ...(v.hearingRecord?.trim() ? { hearingRecord: v.hearingRecord } : {}),
            ...(v.handlerOpinion?.trim() ? { handlerOpinion: v.handlerOpinion } : {}),
          },
        }),
      );
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '提交失败，请稍后重试');
    } finally {
      setBusy(false);
    }
  };
  return (
    <QueryView query={events}>
      {(ev) => {
        const candidates = ev.events.filter(
          (e) =>
            (EVIDENCE_KINDS.has(e.kind) && !REVIEW_PAPERS.has(String((e.inputs as { kind?: unknown }).kind))) ||
            (e.kind === 'case.step' &&
              ['inspect', 'inquire', 'collect-evidence', 'preserve', 'hold-hearing', 'record-defence', 'party-defence'].includes(
                e.step ?? '',
              )),
        );
        const label = (e: (typeof candidates)[number]) => {
          const i = e.inputs as Record<string, unknown>;
          const name =
            e.kind === 'case.evidence'
              ? `音像记录：${String(i['filename'] ?? '')}`
              : e.kind === 'case.document'
                ? `文书：${String(i['title'] ?? '')}`
                : `笔录：${String(i['place'] ?? i['person'] ?? e.step)}`;
          return `第 ${e.seq} 条 · ${name}`;
        };
        return (
          <Form<Values>
            form={form}
            layout="vertical"
            onFinish={submit}
            disabled={busy}
            initialValues={{
              summary: `${c.party.name}${c.title}，${c.procedure.name}，立案于 ${c.openedAt.slice(0, 10)}。`,
              facts: text('facts'),
              legalBasis: text('legalBasis'),
              evidence: candidates.map((e) => e.seq),
              discretionReasoning: reasoning,
            }}
          >
            {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} /> : null}
            <Form.Item label="案件基本情况" name="summary" rules={[{ required: true, whitespace: true, message: '请填写案件基本情况' }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
            </Form.Item>
            <Form.Item label="违法事实" name="facts" rules={[{ required: true, whitespace: true, message: '请填写违法事实' }]}>
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={20000} />
            </Form.Item>
            <Form.Item label="法律依据" name="legalBasis" rules={[{ required: true, whitespace: true, message: '请填写法律依据' }]}>
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
            </Form.Item>
            <Form.Item
              label="证据"
              name="evidence"
              rules={[{ type: 'array', min: 1, message: '请选择至少一项证据' }]}
              extra="证据取自本案全过程记录，送审后固定并计算摘要"
            >
              <CheckGroup
                aria-label="证据"
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                options={candidates.map((e) => ({ value: e.seq, label: label(e) }))}
              />
            </Form.Item>
            <Form.Item label="裁量说明" name="discretionReasoning">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
            </Form.Item>
            {c.history.some((h) => h.step === 'hold-hearing') ? (
              <Form.Item label="听证笔录和听证报告" name="hearingRecord">
                <Input.TextArea autoSize={{ minRows: 2 }} maxLength={20000} />
              </Form.Item>
            ) : null}
            <Form.Item label="承办人意见" name="handlerOpinion">
              <Input.TextArea autoSize={{ minRows: 2 }} maxLength={5000} />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              提交后送审材料即固定（计算 SHA-256 摘要），审核人员审核的正是这一份材料。
            </Typography.Paragraph>
            <Button type="primary" htmlType="submit" loading={busy}>
              提交法制审核
            </Button>
          </Form>
        );
      }}
    </QueryView>
  );
}
