import { describe, expect, it } from 'vitest';
import type { DocumentContext } from './document-model.ts';
import { buildDocument } from './document-templates.ts';
import { generalCaseContext } from './document-test-factories.ts';

/** The 告知书 states the proposed sanctions as recorded (行政处罚法 §44: 拟作出的行政处罚内容). */
const rowsOf = (kind: string, ctx: DocumentContext) =>
  buildDocument(kind, ctx).blocks.flatMap((b) => (b.type === 'fields' ? b.rows.map((r) => `${r.label}：${r.value}`) : []));

function withNotice(inputs: Record<string, unknown>): DocumentContext {
  const ctx = generalCaseContext();
  return { ...ctx, steps: ctx.steps.map((s) => (s.code === 'notify' ? { ...s, inputs: { ...s.inputs, ...inputs } } : s)) };
}

describe('行政处罚法第四十四条: the 告知书 names each proposed sanction', () => {
  it('行政处罚法第四十四条: 告知书 and 听证告知书 list the structured sanctions; a notice recorded without them prints as before', () => {
    const ctx = withNotice({
      sanctions: [
        { kind: '没收违法所得', amount: 48 },
        { kind: '罚款', amount: 50000 },
        { kind: '吊销许可证件', detail: '食品经营许可证' },
      ],
    });
    for (const kind of ['penalty-notice', 'hearing-rights-notice']) {
      expect(rowsOf(kind, ctx)).toContain('拟作出的处罚种类：没收违法所得 48 元；罚款 50,000 元；吊销许可证件（食品经营许可证）');
      expect(rowsOf(kind, generalCaseContext()).some((r) => r.startsWith('拟作出的处罚种类'))).toBe(false);
    }
  });
});
