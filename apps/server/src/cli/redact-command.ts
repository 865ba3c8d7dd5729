import { REDACTION_RULE_LABELS, redact, type RedactionResult } from '@sanxiang/domain';
import { UsageError } from './args.ts';

/**
 * `sanxiang redact`: a decision's full text on standard input, the text as it would be published
 * on standard output (the same engine and default rules the platform uses, R-PUB-4). With
 * `report`, what was hidden, by which rule, and what a rule matched but kept, go to standard error.
 */
export async function redactCommand(report: boolean): Promise<void> {
  if (process.stdin.isTTY) throw new UsageError('请通过标准输入提供决定书全文，例如：sanxiang redact < 决定书.txt');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const result = redact(text);
  process.stdout.write(result.text);
  if (report) process.stderr.write(redactionReport(text, result));
}

/** 第 3 行第 6 字: where a position of the original is, for a person reading the report. */
function where(text: string, pos: number): string {
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `第 ${line} 行第 ${column} 字`;
}

export function redactionReport(original: string, r: RedactionResult): string {
  const lines = [`脱敏规则：${r.ruleSet.name}（版本 ${r.ruleSet.version}，SHA-256 ${r.ruleSet.digest.slice(0, 16)}…）`];
  if (r.redactions.length === 0) lines.push('未发现需要隐去的信息。');
  else {
    lines.push(`已隐去 ${r.redactions.length} 处：`);
    for (const x of r.redactions)
      lines.push(
        `  ${where(original, x.start)}  ${x.label}  「${original.slice(x.start, x.end)}」→「${x.replacement}」${x.uncertain && !x.confirmed ? '  （请确认）' : ''}`,
      );
  }
  if (r.unconfirmed.length) {
    const distinct = [...new Set(r.unconfirmed.map((x) => original.slice(x.start, x.end)))];
    lines.push(
      `待确认 ${distinct.length} 项（暂按隐去处理；公示前须由公示管理员逐项确认隐去或公开）：${distinct.map((t) => `「${t}」`).join('、')}`,
    );
  }
  if (r.kept.length) {
    // every number that looks personal but stays, with the rule that kept it (R-PUB-4: over-redaction is a defect too)
    lines.push(`看似个人信息但予以保留 ${r.kept.length} 处（保留依据）：`);
    for (const k of r.kept)
      lines.push(
        `  ${where(original, k.start)}  「${original.slice(k.start, k.end)}」  形似${REDACTION_RULE_LABELS[k.rule]}；保留依据：${k.why}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
