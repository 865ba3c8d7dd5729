import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Input, Select, Space, Tooltip, Typography } from 'antd';

export interface Span {
  start: number;
  end: number;
  label: string;
  rule: string;
  replacement?: string;
  /** 请确认: undecided (confirm), or decided by the publisher (hide, publish — then shown, not hidden) */
  state?: 'confirm' | 'hide' | 'publish';
}

const STATE_NAMES = { confirm: '请确认', hide: '已确认隐去', publish: '已确认公开' } as const;

/**
 * The text with its spans marked, each titled with its rule; the container's text is exactly `text`
 * (the 请确认 tag is drawn by CSS, so selection offsets stay those of the text).
 */
function marked(text: string, spans: readonly Span[]): ReactNode[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    if (s.start > at) out.push(text.slice(at, s.start));
    const key = `${s.start}:${s.end}`;
    out.push(
      <mark
        key={key}
        className={[s.rule === 'manual' ? 'manual' : '', s.state === 'confirm' ? 'confirm' : s.state ? `decided-${s.state}` : '']
          .join(' ')
          .trim()}
        data-state={s.state}
        title={`${s.label}${s.replacement ? ` → ${s.replacement}` : ''}（${s.rule === 'manual' ? '人工标注' : s.state ? STATE_NAMES[s.state] : '规则'}）`}
      >
        {text.slice(s.start, s.end)}
      </mark>,
    );
    at = s.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

export const MARK_REASONS = ['商业秘密', '个人隐私（健康状况）', '个人隐私（家庭情况）', '国家秘密', '工作秘密', '其他依法不予公开的信息'];

/**
 * The original text with every redaction marked; selecting text offers to hide it by a manual mark
 * with its reason (the offsets are counted in the text itself, as the engine counts them). A
 * keyboard user can name the words to hide instead of selecting them.
 */
export function OriginalWithMarks({
  text,
  spans,
  onMark,
  disabled,
}: {
  text: string;
  spans: readonly Span[];
  onMark: (m: { start: number; end: number; reason: string }) => void;
  disabled?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [sel, setSel] = useState<{ start: number; end: number } | null>(null);
  const [reason, setReason] = useState(MARK_REASONS[0]!);
  const [find, setFind] = useState('');
  const read = useCallback(() => {
    const s = window.getSelection();
    const box = ref.current;
    if (!s || !box || s.rangeCount === 0 || s.isCollapsed) return setSel(null);
    const r = s.getRangeAt(0);
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return setSel(null);
    const pre = document.createRange();
    pre.selectNodeContents(box);
    pre.setEnd(r.startContainer, r.startOffset);
    const start = pre.toString().length;
    const end = start + r.toString().length;
    setSel(end > start ? { start, end } : null);
  }, []);
  useEffect(() => {
    document.addEventListener('selectionchange', read);
    return () => document.removeEventListener('selectionchange', read);
  }, [read]);
  const found = find ? text.indexOf(find) : -1;
  return (
    <div>
      <div
        ref={ref}
        className="redaction-text"
        data-testid="original-text"
        aria-label="决定书原文（已隐去的部分以底色标出）"
        role="document"
        tabIndex={0}
      >
        {marked(text, spans)}
      </div>
      {!disabled ? (
        <div style={{ marginTop: 8 }}>
          <Space wrap>
            <Select
              aria-label="隐去理由"
              value={reason}
              onChange={setReason}
              style={{ width: 220 }}
              options={MARK_REASONS.map((r) => ({ value: r, label: r }))}
            />
            <Tooltip title={sel ? `「${text.slice(sel.start, sel.end).slice(0, 30)}」` : '先在原文中选中要隐去的文字'}>
              <Button
                type="primary"
                disabled={!sel}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  if (!sel) return;
                  onMark({ ...sel, reason });
                  window.getSelection()?.removeAllRanges();
                  setSel(null);
                }}
              >
                隐去所选文字{sel ? `（${sel.end - sel.start} 字）` : ''}
              </Button>
            </Tooltip>
          </Space>
          <Space wrap style={{ marginTop: 8 }}>
            <Input
              aria-label="按文字查找要隐去的内容"
              placeholder="或输入要隐去的文字"
              value={find}
              onChange={(e) => setFind(e.target.value)}
              style={{ width: 260 }}
            />
            <Button
              disabled={found < 0}
              onClick={() => {
                onMark({ start: found, end: found + find.length, reason });
                setFind('');
              }}
            >
              隐去该文字（首次出现处）
            </Button>
            {find && found < 0 ? <Typography.Text type="danger">原文中没有这段文字</Typography.Text> : null}
          </Space>
        </div>
      ) : null}
    </div>
  );
}

export function PublishedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <div className="redaction-text" data-testid="published-text" role="document" tabIndex={0} aria-label="公示文本">
      {marked(text, spans)}
    </div>
  );
}
