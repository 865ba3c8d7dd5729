/**
 * 请确认 (R-PUB-4): the spans the redaction engine was not sure are personal data. They stay hidden
 * until the 公示管理员 decides — 确认隐去 (with a reason, by default 确认为个人信息) or 公开 (with a
 * reason, e.g. 系单位字号，非自然人姓名). One decision on a text covers every place it is asked, in the
 * full text and in each 数据项; it is sent as a mark with `confirm` and recorded with the version at
 * publication. A decision can be undone until then.
 */
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { CheckOutlined, EyeInvisibleOutlined, EyeOutlined, UndoOutlined } from '@ant-design/icons';
import { CONFIRM_TAG, type Mark, type Preview } from './publication-redaction-panels';

/** A recorded decision: where (`body` or a field code), the exact span of one asked occurrence, and how. */
export interface Decision {
  where: string;
  start: number;
  end: number;
  confirm: 'hide' | 'publish';
  reason: string;
}

/** What the request carries: manual marks and the body's decisions on the full text, the fields' decisions by field. */
export function versionBody(marks: readonly Mark[], decisions: readonly Decision[]): { marks: Mark[]; fieldMarks: Record<string, Mark[]> } {
  const mark = (d: Decision): Mark => ({ start: d.start, end: d.end, reason: d.reason, confirm: d.confirm });
  const fieldMarks: Record<string, Mark[]> = {};
  for (const d of decisions) if (d.where !== 'body') (fieldMarks[d.where] ??= []).push(mark(d));
  return { marks: [...marks, ...decisions.filter((d) => d.where === 'body').map(mark)], fieldMarks };
}

/** The decisions a stored version carries (a correction starts from them). */
export function decisionsOf(v: { marks: { body: Mark[]; fields: Record<string, Mark[]> } } | undefined): Decision[] {
  if (!v) return [];
  const of = (where: string, ms: readonly Mark[]) =>
    ms.filter((m) => m.confirm).map((m) => ({ where, start: m.start, end: m.end, reason: m.reason, confirm: m.confirm! }));
  return [...of('body', v.marks.body), ...Object.entries(v.marks.fields).flatMap(([code, ms]) => of(code, ms))];
}

/** The original text a decision names. */
export function decidedText(preview: Preview, d: Decision): string {
  const text = d.where === 'body' ? preview.original : (preview.fields.find((f) => f.code === d.where)?.original ?? null);
  return text?.slice(d.start, d.end) ?? '';
}

const RULE_LABELS: Record<string, string> = { 'person-name': '自然人姓名' };

/** The rule's label of a decided span: from its redaction (确认隐去) or its kept match (公开). */
function decidedLabel(preview: Preview, d: Decision): string {
  const rs = d.where === 'body' ? preview.redactions : (preview.fieldRedactions[d.where] ?? []);
  const r = rs.find((x) => x.start <= d.start && x.end >= d.end);
  if (r) return r.label;
  const k = d.where === 'body' ? preview.kept.find((x) => x.start === d.start) : undefined;
  return RULE_LABELS[k?.rule ?? 'person-name'] ?? k?.rule ?? '自然人姓名';
}

interface Group {
  text: string;
  label: string;
  /** where it is asked (决定书全文, 处罚事由 …) */
  places: string[];
  count: number;
  decision: Decision | null;
}

/** One row per text: the asked occurrences (undecided) and the decided ones. */
function groups(preview: Preview, decisions: readonly Decision[]): Group[] {
  const out = new Map<string, Group>();
  for (const u of preview.unconfirmed.items) {
    const g = out.get(u.text) ?? { text: u.text, label: u.label, places: [], count: 0, decision: null };
    if (!g.places.includes(u.whereName)) g.places.push(u.whereName);
    g.count++;
    out.set(u.text, g);
  }
  for (const d of decisions) {
    const text = decidedText(preview, d);
    const g = out.get(text) ?? { text, label: decidedLabel(preview, d), places: [], count: 0, decision: d };
    g.decision ??= d;
    const place = d.where === 'body' ? '决定书全文' : (preview.fields.find((f) => f.code === d.where)?.name ?? d.where);
    if (!g.places.includes(place)) g.places.push(place);
    out.set(text, g);
  }
  return [...out.values()];
}

const DEFAULT_HIDE_REASON = '确认为个人信息';

export type Asking = { text: string; confirm: 'hide' | 'publish' };

/**
 * The decision dialog: 确认隐去 has a default reason that can be edited; 公开 needs one. `onDecide`
 * checks the decision with the server first and returns its refusal, shown in the dialog.
 */
export function DecideModal({
  asking,
  onCancel,
  onDecide,
}: {
  asking: Asking | null;
  onCancel: () => void;
  onDecide: (a: Asking, reason: string) => Promise<string | null>;
}) {
  const text = asking?.text ?? '';
  return (
    <Modal
      open={!!asking}
      title={asking?.confirm === 'publish' ? `公开「${text}」` : `确认隐去「${text}」`}
      onCancel={onCancel}
      footer={null}
      destroyOnHidden
    >
      {/* a fresh form for each decision: its default reason is the decision's own */}
      {asking ? <DecideForm key={`${asking.confirm}:${asking.text}`} asking={asking} onCancel={onCancel} onDecide={onDecide} /> : null}
    </Modal>
  );
}

function DecideForm({
  asking,
  onCancel,
  onDecide,
}: {
  asking: Asking;
  onCancel: () => void;
  onDecide: (a: Asking, reason: string) => Promise<string | null>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hide = asking.confirm === 'hide';
  return (
    <Form
      layout="vertical"
      initialValues={{ reason: hide ? DEFAULT_HIDE_REASON : '' }}
      onFinish={async (v: { reason: string }) => {
        setBusy(true);
        try {
          setError(await onDecide(asking, v.reason.trim()));
        } finally {
          setBusy(false);
        }
      }}
    >
      {error ? <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 8 }} /> : null}
      <Typography.Paragraph type="secondary">
        {hide
          ? '公示文本中按规则隐去（如 巩某某）。全文和各数据项中同一文字的每一处均按此决定。'
          : '公示文本中照原文公开。全文和各数据项中同一文字的每一处均按此决定，理由随本版记录。'}
      </Typography.Paragraph>
      <Form.Item
        label={hide ? '隐去理由' : '公开理由'}
        name="reason"
        rules={[{ required: true, whitespace: true, message: hide ? '请写明隐去理由' : '请写明公开的理由' }]}
      >
        <Input maxLength={100} placeholder={hide ? undefined : '如：系单位字号，非自然人姓名'} autoFocus />
      </Form.Item>
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={busy}>
          {hide ? '确认隐去' : '公开'}
        </Button>
      </Space>
    </Form>
  );
}

/** The 请确认 card: each asked text with where it stands, 确认隐去 / 公开, and the decided ones with 撤销决定. */
export function ConfirmCard({
  preview,
  decisions,
  editable,
  decider,
  onAsk,
  onUndo,
}: {
  preview: Preview;
  decisions: readonly Decision[];
  editable: boolean;
  decider: string;
  onAsk: (a: Asking) => void;
  onUndo: (text: string) => void;
}) {
  const rows = groups(preview, decisions);
  if (!rows.length) return null;
  const open = preview.unconfirmed.count;
  return (
    <Card
      size="small"
      className="confirm-card"
      title={
        <Space wrap>
          <span>请确认</span>
          {open ? (
            <Tag color="orange" style={CONFIRM_TAG}>
              尚有 {open} 处待确认
            </Tag>
          ) : (
            <Tag color="success">已全部确认</Tag>
          )}
        </Space>
      }
      style={{ marginBottom: 16 }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        规则不能确定下列文字是否为个人信息，确认前一律隐去。请逐项确认隐去或公开；由 {decider} 决定，公示时随本版记录，公示前可以撤销。
      </Typography.Paragraph>
      <List
        size="small"
        dataSource={rows}
        renderItem={(g) => (
          <List.Item
            aria-label={`请确认：${g.text}`}
            actions={
              !editable
                ? []
                : g.decision
                  ? [
                      <Button key="u" size="small" icon={<UndoOutlined />} onClick={() => onUndo(g.text)}>
                        撤销决定
                      </Button>,
                    ]
                  : [
                      <Button key="h" size="small" icon={<EyeInvisibleOutlined />} onClick={() => onAsk({ text: g.text, confirm: 'hide' })}>
                        确认隐去
                      </Button>,
                      <Button key="p" size="small" icon={<EyeOutlined />} onClick={() => onAsk({ text: g.text, confirm: 'publish' })}>
                        公开
                      </Button>,
                    ]
            }
          >
            <Space wrap size={[8, 4]}>
              <mark className={g.decision ? `decided-${g.decision.confirm}` : 'confirm'}>{g.text}</mark>
              <Tag>{g.label}</Tag>
              <Typography.Text type="secondary">
                {g.places.join('、')}
                {g.count > 1 ? `，共 ${g.count} 处` : ''}
              </Typography.Text>
              {g.decision ? (
                <Tag
                  color={g.decision.confirm === 'hide' ? 'blue' : 'green'}
                  style={g.decision.confirm === 'hide' ? { color: '#003eb3' } : { color: '#135200' }}
                  icon={<CheckOutlined />}
                >
                  {g.decision.confirm === 'hide' ? '已确认隐去' : '已确认公开'}：{g.decision.reason}
                </Tag>
              ) : (
                <Tag color="orange" style={CONFIRM_TAG}>
                  请确认
                </Tag>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
