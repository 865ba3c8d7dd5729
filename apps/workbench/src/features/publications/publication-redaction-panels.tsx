/**
 * The redaction review of one publication: the original 决定书 with its marks beside the text to publish,
 * and every redaction with its rule, the manual marks (removable) and the numbers kept public.
 */
import { Alert, Button, Card, Col, List, Row, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { GetOf } from '../../api/types';
import { EmptyState } from '../../components/states';
import { OriginalWithMarks, PublishedText, type Span } from './redaction-view';

export type Preview = GetOf<'/api/v1/publications/{id}/preview'>;
/** 请确认 tags: antd's orange text is too light on its background (WCAG AA) */
export const CONFIRM_TAG = { color: '#ad4e00' } as const;

export type Mark = { start: number; end: number; reason: string; confirm?: 'hide' | 'publish' };
type Redaction = Preview['redactions'][number];

/** 请确认 state of a redaction: undecided (confirm) or 确认隐去 (hide); none for a sure rule or a mark. */
export const confirmState = (r: Pick<Redaction, 'uncertain' | 'confirmed'>): Span['state'] =>
  r.confirmed ? 'hide' : r.uncertain ? 'confirm' : undefined;

/** Where each redaction lands in the published text (replacements change the length). */
function publishedSpans(redactions: Preview['redactions']): Span[] {
  let delta = 0;
  return [...redactions]
    .sort((a, b) => a.start - b.start)
    .map((r) => {
      const s = {
        start: r.start + delta,
        end: r.start + delta + r.replacement.length,
        label: r.label,
        rule: r.rule,
        state: confirmState(r),
      };
      delta += r.replacement.length - (r.end - r.start);
      return s;
    });
}

/** The original with its marks (select text to add one) and the published text, side by side. */
export function RedactionTexts({
  preview,
  spans,
  markError,
  onCloseMarkError,
  onMark,
  editable,
}: {
  preview: Preview;
  spans: Span[];
  markError: string | null;
  onCloseMarkError: () => void;
  onMark: (m: Mark) => void;
  editable: boolean;
}) {
  const asked = preview.unconfirmed.items.filter((u) => u.where === 'body').length;
  return preview.original !== null && preview.published !== null ? (
    <Row gutter={16} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12}>
        <Card size="small" title={`决定书原文（隐去 ${preview.redactions.length} 处${asked ? `，其中 ${asked} 处请确认` : ''}）`}>
          {markError ? (
            <Alert type="error" showIcon role="alert" title={markError} style={{ marginBottom: 8 }} closable onClose={onCloseMarkError} />
          ) : null}
          <OriginalWithMarks text={preview.original} spans={spans} onMark={onMark} disabled={!editable} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title="公示文本">
          <PublishedText text={preview.published} spans={publishedSpans(preview.redactions)} />
        </Card>
      </Col>
    </Row>
  ) : (
    <Alert type="info" style={{ marginBottom: 16 }} title="本项决定只公示数据项，不公开全文" />
  );
}

/** Every redaction and its rule, the manual marks (each removable while editable), the numbers kept and the rule set. */
export function RedactionsCard({
  preview,
  marks,
  editable,
  onRemoveMark,
  onAsk,
}: {
  preview: Preview;
  marks: Mark[];
  editable: boolean;
  onRemoveMark: (index: number) => void;
  /** 请确认: open the decision for the text of an undecided span */
  onAsk: (text: string, confirm: 'hide' | 'publish') => void;
}) {
  return (
    <Card size="small" title="每一处隐去及依据" style={{ marginBottom: 16 }}>
      <Table
        size="small"
        rowKey={(r) => `${r.start}:${r.end}`}
        dataSource={preview.redactions}
        pagination={false}
        locale={{ emptyText: <EmptyState>没有需要隐去的内容</EmptyState> }}
        columns={[
          { title: '位置', key: 'pos', width: 90, render: (_, r) => `${r.start}–${r.end}` },
          { title: '原文', key: 'orig', render: (_, r) => preview.original?.slice(r.start, r.end) ?? '' },
          { title: '替换为', dataIndex: 'replacement', width: 120 },
          {
            title: '依据',
            key: 'rule',
            width: 220,
            render: (_, r) => (
              <Space size={4} wrap>
                {r.rule === 'manual' ? <Tag color="magenta">人工标注：{r.label}</Tag> : <Tag>{r.label}</Tag>}
                {confirmState(r) === 'hide' ? <Tag color="blue">已确认隐去</Tag> : null}
                {confirmState(r) === 'confirm' ? (
                  <>
                    <Tag color="orange" style={CONFIRM_TAG}>
                      请确认
                    </Tag>
                    {editable ? (
                      <Space size={0}>
                        <Button size="small" type="link" onClick={() => onAsk(preview.original!.slice(r.start, r.end), 'hide')}>
                          确认隐去
                        </Button>
                        <Button size="small" type="link" onClick={() => onAsk(preview.original!.slice(r.start, r.end), 'publish')}>
                          公开
                        </Button>
                      </Space>
                    ) : null}
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
        rowClassName={(r) => (confirmState(r) === 'confirm' ? 'row-confirm' : '')}
      />
      {marks.length ? (
        <List
          header={<strong>人工标注</strong>}
          size="small"
          dataSource={marks}
          renderItem={(m, i) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Button key="d" size="small" type="link" icon={<DeleteOutlined />} onClick={() => onRemoveMark(i)}>
                        取消标注
                      </Button>,
                    ]
                  : []
              }
            >
              「{preview.original?.slice(m.start, m.end)}」· {m.reason}
            </List.Item>
          )}
        />
      ) : null}
      {preview.kept.length ? (
        <List
          header={<strong>保留的号码（看似个人信息，但依规则公开）</strong>}
          size="small"
          dataSource={preview.kept}
          renderItem={(k) => (
            <List.Item>
              「{preview.original?.slice(k.start, k.end)}」· {k.why}
            </List.Item>
          )}
        />
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
        规则集 {preview.ruleSet.name} {preview.ruleSet.version}（{preview.ruleSet.digest.slice(0, 16)}
        …）。公示文本只能由原文、规则集和人工标注推导得出，任何人都可以重新推导核对。
      </Typography.Paragraph>
    </Card>
  );
}
