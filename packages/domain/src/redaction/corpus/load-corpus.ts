import type { ManualMark } from '../types.ts';
import type { CorpusDecision, SpanKind } from './corpus-types.ts';
import { EDGE_DECISIONS } from './edge-cases.ts';
import { HELD_OUT_DECISIONS } from './held-out.ts';
import { SECOND_ROUND } from './second-round.ts';
import { THIRD_ROUND } from './third-round.ts';
import { MARKET_DECISIONS } from './market.ts';
import { MORE_PHRASINGS } from './more-phrasings.ts';
import { OTHER_DECISIONS } from './other-sectors.ts';
import { URBAN_TRAFFIC_DECISIONS } from './urban-traffic.ts';

export * from './corpus-types.ts';

/** The annotated corpus: at least 30 decisions across sectors (R-PUB-4). */
export const REDACTION_CORPUS: readonly CorpusDecision[] = [
  ...MARKET_DECISIONS,
  ...URBAN_TRAFFIC_DECISIONS,
  ...OTHER_DECISIONS,
  ...EDGE_DECISIONS,
  ...MORE_PHRASINGS,
  ...SECOND_ROUND,
  ...THIRD_ROUND,
];

/** Never used to change the engine: measured apart (see held-out.ts). */
export const REDACTION_HELD_OUT: readonly CorpusDecision[] = HELD_OUT_DECISIONS;

export interface ExpectedSpan {
  start: number;
  end: number;
  kind: SpanKind;
  text: string;
}

export interface LoadedDecision {
  id: string;
  sector: string;
  /** the original text, markers stripped */
  text: string;
  /** spans the rules must find */
  expected: ExpectedSpan[];
  /** spans that look personal but must come out unchanged (⟦keep:…⟧, and the context's officials) */
  keeps: ExpectedSpan[];
  /** spans a person marks by hand (商业秘密, 健康状况): handed to the engine as manual marks */
  marks: ManualMark[];
  context: CorpusDecision['context'];
}

const KINDS: readonly SpanKind[] = [
  'name',
  'id',
  'mobile',
  'phone',
  'card',
  'account',
  'plate',
  'address',
  'email',
  'property',
  'im',
  'secret',
  'health',
  'keep',
];
const MANUAL: Partial<Record<SpanKind, string>> = { secret: '商业秘密', health: '个人隐私（健康状况）' };

/** Strips ⟦kind:text⟧ markers and returns the plain text with the marked spans. */
export function loadDecision(d: CorpusDecision): LoadedDecision {
  let text = '';
  const expected: ExpectedSpan[] = [];
  const marks: ManualMark[] = [];
  const keeps: ExpectedSpan[] = [];
  const re = /⟦([a-z]+):([^⟦⟧]*)⟧/g;
  let last = 0;
  for (const m of d.text.matchAll(re)) {
    const kind = m[1] as SpanKind;
    if (!KINDS.includes(kind)) throw new Error(`${d.id}: unknown span kind ${kind}`);
    text += d.text.slice(last, m.index);
    const start = text.length;
    text += m[2]!;
    const span = { start, end: text.length, kind, text: m[2]! };
    const reason = MANUAL[kind];
    if (reason) marks.push({ start, end: span.end, reason });
    else if (kind === 'keep') keeps.push(span);
    else expected.push(span);
    last = m.index + m[0].length;
  }
  text += d.text.slice(last);
  if (/[⟦⟧]/.test(text)) throw new Error(`${d.id}: unbalanced marker`);
  // the officials the context names are kept wherever they stand, marked or not
  for (const o of d.context?.officials ?? []) {
    for (const item of [o.name, o.certificate ?? '']) {
      if (item.length < 2) continue;
      for (let i = text.indexOf(item); i >= 0; i = text.indexOf(item, i + item.length)) {
        if (!keeps.some((k) => k.start === i)) keeps.push({ start: i, end: i + item.length, kind: 'keep', text: item });
      }
    }
  }
  keeps.sort((a, b) => a.start - b.start);
  return { id: d.id, sector: d.sector, text, expected, keeps, marks, context: d.context };
}
