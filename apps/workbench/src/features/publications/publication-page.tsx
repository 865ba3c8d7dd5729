import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Col, Row, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { Publication } from '../../api/types';
import { useSession } from '../../auth/session';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { ErrorAlert, ErrorState, QueryView, errorMessage } from '../../components/states';
import { rememberReason } from '../../lib/reason';
import { PublicationActDrawers, type DrawerName } from './publication-act-drawers';
import { PublicationFieldsCard } from './publication-fields-card';
import { PublicationHistoryCard } from './publication-history-card';
import { RedactionTexts, RedactionsCard, confirmState, type Mark } from './publication-redaction-panels';
import { ConfirmCard, DecideModal, decidedText, decisionsOf, versionBody, type Asking, type Decision } from './publication-confirm';
import type { Span } from './redaction-view';

/**
 * One publication (R-PUB-3 … R-PUB-5): the original 决定书 and the text to publish side by side,
 * every redaction with its rule, manual marks added by selecting text (with a reason) or removed,
 * the 双公示 items; publish, correct with a reason, record a withdrawal ground, withdraw, stop
 * early after 信用修复; every version and act.
 */
export default function PublicationPage() {
  const { id = '' } = useParams();
  const q = useQuery({
    queryKey: ['publication', id],
    queryFn: () => unwrap(api.GET('/api/v1/publications/{id}', { params: { path: { id } } })),
  });
  if (q.isError) {
    return (
      <Page title="公示" crumbs={[{ title: '公示', to: '/publications' }]}>
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      </Page>
    );
  }
  return (
    <QueryView query={q} rows={10}>
      {(p) => <PublicationView p={p} />}
    </QueryView>
  );
}

/** The 调阅 reason the publisher's comparison view is logged with (R-REC-7). */
const PREVIEW_REASON = '公示前核对脱敏结果';

function PublicationView({ p }: { p: Publication }) {
  const session = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const current = p.versions.at(-1);
  // manual marks, and the 请确认 decisions (marks with confirm) apart: a correction starts from the version's
  const [marks, setMarks] = useState<Mark[]>(() => ((current?.marks.body as Mark[] | undefined) ?? []).filter((m) => !m.confirm));
  const [decisions, setDecisions] = useState<Decision[]>(() => decisionsOf(current));
  const [asking, setAsking] = useState<Asking | null>(null);
  const body = useMemo(() => versionBody(marks, decisions), [marks, decisions]);
  const [markError, setMarkError] = useState<string | null>(null);
  const [drawer, setDrawer] = useState<DrawerName | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // a superior agency's staff see a subordinate's record; its acts and its original are the deciding agency's
  const own = p.agencyId === session.user.agencyId;
  const publisher = own && session.has('publisher');
  const editable = publisher && (p.state === 'pending' || p.state === 'published');
  // the unredacted original is the deciding agency's publisher's and head's to see, each view a 调阅 (R-REC-7)
  const mayPreview = own && session.has('publisher', 'head');
  const preview = useQuery({
    queryKey: ['publication', p.id, 'preview', body],
    queryFn: () =>
      unwrap(
        api.POST('/api/v1/publications/{id}/preview', {
          params: { path: { id: p.id }, query: { reason: PREVIEW_REASON } },
          body,
        }),
      ),
    placeholderData: (prev) => prev,
    retry: false,
    enabled: mayPreview,
  });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: ['publication', p.id] });
    void qc.invalidateQueries({ queryKey: ['publications'] });
    void qc.invalidateQueries({ queryKey: ['worklist'] });
  };
  const act = async (what: string, run: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      message.success(what);
      setDrawer(null);
      await refresh();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  /** Checked by the engine before it is kept: null, or the refusal in Chinese. */
  const check = async (next: { marks: Mark[]; fieldMarks: Record<string, Mark[]> }): Promise<string | null> => {
    try {
      await unwrap(
        api.POST('/api/v1/publications/{id}/preview', {
          params: { path: { id: p.id }, query: { reason: PREVIEW_REASON } },
          body: next,
        }),
      );
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  };
  const addMark = async (m: Mark) => {
    setMarkError(null);
    const next = [...marks, m];
    // a mark over the agency, 文号, an official … is refused
    const refused = await check(versionBody(next, decisions));
    if (refused) setMarkError(refused);
    else setMarks(next);
  };
  /** 请确认: one decision on a text, made at one asked occurrence in each text that asks (full text, fields). */
  const decide = async (a: Asking, reason: string): Promise<string | null> => {
    const made: Decision[] = [];
    for (const u of preview.data?.unconfirmed.items ?? [])
      if (u.text === a.text && !made.some((d) => d.where === u.where))
        made.push({ where: u.where, start: u.start, end: u.end, confirm: a.confirm, reason });
    if (!made.length) return `「${a.text}」已没有待确认之处`;
    const next = [...decisions, ...made];
    const refused = await check(versionBody(marks, next));
    if (refused) return refused;
    setDecisions(next);
    setAsking(null);
    return null;
  };
  const undo = (text: string) => {
    const data = preview.data;
    if (data) setDecisions(decisions.filter((d) => decidedText(data, d) !== text));
  };
  const spans = useMemo<Span[]>(
    () => [
      ...(preview.data?.redactions ?? []).map((r) => ({
        start: r.start,
        end: r.end,
        label: r.label,
        rule: r.rule,
        replacement: r.replacement,
        state: confirmState(r),
      })),
      // published by the publisher's decision: shown as decided, not hidden
      ...(preview.data?.kept ?? [])
        .filter((k) => k.why.startsWith('公示管理员确认公开'))
        .map((k) => ({ start: k.start, end: k.end, label: k.why, rule: k.rule, state: 'publish' as const })),
    ],
    [preview.data],
  );
  const unconfirmed = preview.data?.unconfirmed.count ?? 0;
  // nothing goes out while the comparison is not shown or a 请确认 span is undecided (the server refuses too)
  const blocked = !preview.data || preview.isFetching || unconfirmed > 0;
  const overdue = p.state === 'pending' && p.dueOn < dayjs().format('YYYY-MM-DD');
  return (
    <Page
      title={
        <Space wrap>
          {p.docNumber}
          <Tag color={overdue ? 'error' : p.state === 'published' ? 'success' : 'default'}>{p.stateName}</Tag>
        </Space>
      }
      crumbs={[{ title: '公示', to: '/publications' }, { title: p.docNumber }]}
      subtitle={
        <Space wrap>
          <span>{p.kind}</span>
          <span>决定日期 {p.decidedOn}</span>
          {p.state === 'pending' ? (
            <span>
              公示期限 <DueDate on={p.dueOn} state={overdue ? 'overdue' : 'normal'} working />
            </span>
          ) : null}
          {p.publishedOn ? (
            <span>
              已于 {p.publishedOn} 公示{p.publicUntil ? `，公示至 ${p.publicUntil}` : ''}
            </span>
          ) : null}
          {p.withdrawalDueOn ? (
            <span>
              撤下期限{' '}
              <DueDate on={p.withdrawalDueOn} state={p.withdrawalDueOn < dayjs().format('YYYY-MM-DD') ? 'overdue' : 'normal'} working />
            </span>
          ) : null}
          <Link to={`/cases/${p.caseId}`} onClick={() => rememberReason(p.caseId, '公示审核')}>
            打开案件
          </Link>
        </Space>
      }
      extra={
        publisher ? (
          <Space wrap>
            {editable && unconfirmed > 0 ? (
              <Typography.Text className="confirm-pending" role="status">
                尚有 {unconfirmed} 处待确认
              </Typography.Text>
            ) : null}
            {p.state === 'pending' ? (
              <Button
                type="primary"
                loading={busy}
                disabled={blocked}
                onClick={() =>
                  void act('已公示', () => unwrap(api.POST('/api/v1/publications/{id}/publish', { params: { path: { id: p.id } }, body })))
                }
              >
                审核通过并公示
              </Button>
            ) : null}
            {p.state === 'published' ? (
              <Button disabled={blocked} onClick={() => setDrawer('correct')}>
                更正
              </Button>
            ) : null}
            {p.state === 'published' ? <Button onClick={() => setDrawer('ground')}>登记撤下事由</Button> : null}
            {p.state === 'published' || p.state === 'withdrawal-pending' ? (
              <Button danger onClick={() => setDrawer('withdraw')}>
                撤下
              </Button>
            ) : null}
            {/* only where the sector's rules provide it and for 行政处罚 (市场监管 公示规定 §14); the server says which */}
            {p.state === 'published' && p.earlyStop.allowed ? (
              <Button onClick={() => setDrawer('stop')} title={`依据${p.earlyStop.basis ?? ''}`}>
                信用修复后停止公示
              </Button>
            ) : null}
          </Space>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      {mayPreview ? (
        <Alert
          type="info"
          showIcon
          title={`对照原文含未脱敏的个人信息：每次查看均以事由「${PREVIEW_REASON}」记入调阅记录。`}
          style={{ marginBottom: 12 }}
        />
      ) : (
        <Alert
          type="info"
          showIcon
          title={
            own
              ? '未脱敏的原文仅本机关的公示管理员、负责人可以对照查看；公示文本见公示平台。'
              : '本条由作出决定的机关办理公示：其公示管理员、负责人对照原文并公示；本机关只能查看。'
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {preview.isError ? <Alert type="warning" showIcon title={errorMessage(preview.error)} style={{ marginBottom: 12 }} /> : null}
      {preview.data ? (
        <>
          <ConfirmCard
            preview={preview.data}
            decisions={decisions}
            editable={editable}
            decider={session.user.name}
            onAsk={setAsking}
            onUndo={undo}
          />
          <RedactionTexts
            preview={preview.data}
            spans={spans}
            markError={markError}
            onCloseMarkError={() => setMarkError(null)}
            onMark={(m) => void addMark(m)}
            editable={editable}
          />
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <RedactionsCard
                preview={preview.data}
                marks={marks}
                editable={editable}
                onRemoveMark={(i) => setMarks(marks.filter((_, j) => j !== i))}
                onAsk={(text, confirm) => setAsking({ text, confirm })}
              />
            </Col>
            <Col xs={24} xl={10}>
              <PublicationFieldsCard fields={preview.data.fields} asked={new Set(preview.data.unconfirmed.items.map((u) => u.where))} />
            </Col>
          </Row>
        </>
      ) : null}
      <PublicationHistoryCard p={p} />
      <DecideModal asking={asking} onCancel={() => setAsking(null)} onDecide={decide} />
      <PublicationActDrawers p={p} drawer={drawer} setDrawer={setDrawer} body={body} blocked={blocked} busy={busy} act={act} />
    </Page>
  );
}
