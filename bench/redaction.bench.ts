import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_REDACTION_RULES, REDACTION_RULES_2025_1, REDACTION_RULES_2026_3, redact } from '@sanxiang/domain';
import { loadDecision, REDACTION_CORPUS } from '../packages/domain/src/redaction/corpus/load-corpus.ts';

/**
 * 脱敏 of one 10,000-character decision (issue 19: under 50 ms), with the default rule set (2026.4, the
 * name recogniser and the candidate tier included), the frozen 2026.3 and 2025.1, beside a plain regex
 * pass over the same text, with the CPU time per call and the load average (the machine may be shared): the 18-digit and
 * 11-digit number patterns and a surname-plus-two-characters pattern, matched once each. The first
 * call, which loads the recogniser's dictionary, is printed apart.
 */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 200);

function decisionOf(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${loadDecision(REDACTION_CORPUS[i % REDACTION_CORPUS.length]!).text}\n\n`;
  return text.slice(0, chars);
}

function timed(fn: () => void): { median: number; p95: number; cpu: number } {
  for (let i = 0; i < 10; i++) fn();
  const t: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const u = process.cpuUsage();
    const s = performance.now();
    fn();
    t.push(performance.now() - s);
    const d = process.cpuUsage(u);
    c.push((d.user + d.system) / 1000);
  }
  t.sort((a, b) => a - b);
  c.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)]!, p95: t[Math.floor(t.length * 0.95)]!, cpu: c[Math.floor(c.length / 2)]! };
}

export async function main(): Promise<string[]> {
  const text = decisionOf(10_000);
  const first = performance.now();
  redact('当事人：张三，男。', { rules: DEFAULT_REDACTION_RULES });
  const load = performance.now() - first;
  const PLAIN = [/(?<!\d)\d{17}[\dXx](?!\d)/g, /(?<!\d)1[3-9]\d{9}(?!\d)/g, /[王李张刘陈杨黄赵吴周][\u4e00-\u9fff]{2}/g];
  const plain = timed(() => {
    for (const re of PLAIN) for (const m of text.matchAll(re)) void m;
  });
  const v2026 = timed(() => redact(text, { rules: DEFAULT_REDACTION_RULES }));
  const v2026_3 = timed(() => redact(text, { rules: REDACTION_RULES_2026_3 }));
  const v2025 = timed(() => redact(text, { rules: REDACTION_RULES_2025_1 }));
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  return [
    `text: ${text.length} characters (corpus decisions joined), ${RUNS} runs each after 10 warm-up runs`,
    `first call (loads the recogniser's dictionary once per process): ${ms(load)}`,
    `plain regex pass (baseline): median ${ms(plain.median)}, p95 ${ms(plain.p95)}`,
    `redact, rule set ${DEFAULT_REDACTION_RULES.version}: median ${ms(v2026.median)}, p95 ${ms(v2026.p95)}, CPU median ${ms(v2026.cpu)} — ${(v2026.median / plain.median).toFixed(1)}× the regex pass; target < 50 ms: ${v2026.p95 < 50 ? 'met' : 'NOT met'}`,
    `redact, rule set ${REDACTION_RULES_2026_3.version} (frozen): median ${ms(v2026_3.median)}, p95 ${ms(v2026_3.p95)}, CPU median ${ms(v2026_3.cpu)}`,
    `redact, rule set ${REDACTION_RULES_2025_1.version}: median ${ms(v2025.median)}, p95 ${ms(v2025.p95)} — ${(v2025.median / plain.median).toFixed(1)}× the regex pass`,
    `load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')} on ${os.cpus().length} CPUs`,
  ];
}
