import { useEffect, useRef, type CSSProperties } from 'react';
import { Alert } from 'antd';
import { ApiError } from '../../api/client';
import { errorMessage } from '../../components/states';

/** The Chinese problem texts an error's details carry (`problems`: strings, or objects with a message and a line). */
export function problemTexts(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.details?.['problems'];
  if (!Array.isArray(list)) return [];
  return list
    .map((p: unknown) => {
      if (typeof p === 'string') return p;
      if (p && typeof p === 'object' && typeof (p as { message?: unknown }).message === 'string') {
        const { message, line } = p as { message: string; line?: unknown };
        return typeof line === 'number' && !message.startsWith('第') ? `第 ${line} 行：${message}` : message;
      }
      return '';
    })
    .filter(Boolean);
}

/**
 * A refusal above a form: the server's message, and when it names several problems, each one as
 * a line (never the raw details).
 */
export function ProblemsAlert({ error, style, onClose }: { error: unknown; style?: CSSProperties; onClose?: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  // a refusal above a long form must not go unseen below the fold
  useEffect(() => {
    if (error) ref.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [error]);
  if (!error) return null;
  const problems = problemTexts(error);
  const message = errorMessage(error);
  // the server's message often repeats every problem after a colon; when they are listed, keep its head
  const head =
    problems.length > 1 && message.includes(problems[0]!) && message.includes('：')
      ? `${message.slice(0, message.indexOf('：'))}：`
      : message;
  return (
    <div ref={ref}>
      <Alert
        type="error"
        showIcon
        role="alert"
        title={head}
        description={
          problems.length > 1 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          ) : undefined
        }
        closable={onClose ? { onClose } : false}
        style={{ marginBottom: 16, ...style }}
      />
    </div>
  );
}
