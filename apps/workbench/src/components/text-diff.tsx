import { diffChars } from 'diff';

function asText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return v.toLocaleString('zh-CN');
  if (typeof v === 'boolean') return v ? '是' : '否';
  return JSON.stringify(v, null, 1);
}

/** What changed between two values, character by character: removed struck through, added marked (and said in words). */
export function TextDiff({ before, after }: { before: unknown; after: unknown }) {
  const parts = diffChars(asText(before), asText(after));
  return (
    <span style={{ whiteSpace: 'pre-wrap' }}>
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="diff-add" title="新增">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="diff-del" title="删除">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </span>
  );
}
