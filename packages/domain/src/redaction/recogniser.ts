import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { DomainError } from '../errors.ts';
import type { RedactionRuleSet } from './types.ts';

/**
 * The name recogniser of engine generation 2: jieba's segmentation and part-of-speech tags
 * (@node-rs/jieba, a prebuilt binary from the npm registry, run offline). It does not decide what is
 * hidden: it tells the name rules where words begin and end, which words are out of the dictionary
 * (tag `x`, what unseen names look like) and which are ordinary words (宿舍/n, 安排/v) that a role
 * word before them does not make a name. Why jieba and not another recogniser: docs/redaction-recogniser.md.
 *
 * Output depends on the package version and its dictionary; the rule set records both and the
 * dictionary's SHA-256 is checked when it is loaded, so a text re-derives only with the same words.
 */
export interface Token {
  start: number;
  end: number;
  word: string;
  tag: string;
}

interface Tagger {
  tag(sentence: string, hmm?: boolean): { word: string; tag: string }[];
}

const require = createRequire(import.meta.url);
let loaded: { tagger: Tagger; version: string; dictSha256: string; dict: Buffer } | null = null;
let entries: Map<string, { freq: number; tag: string }> | null = null;

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded;
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): Tagger } };
  const { dict } = require('@node-rs/jieba/dict') as { dict: Buffer };
  const { version } = require('@node-rs/jieba/package.json') as { version: string };
  loaded = { tagger: Jieba.withDict(dict), version, dictSha256: createHash('sha256').update(dict).digest('hex'), dict };
  return loaded;
}

/** Refuses to run a rule set whose recorded recogniser is not the one installed (it would derive other text). */
export function checkRecogniser(set: RedactionRuleSet): void {
  if (!set.recogniser) return;
  const r = load();
  if (r.version !== set.recogniser.version || r.dictSha256 !== set.recogniser.dictSha256)
    throw new DomainError(
      'REDACTION_RECOGNISER_MISMATCH',
      `脱敏规则集 ${set.version} 要求姓名识别器 ${set.recogniser.package} ${set.recogniser.version}（词典 ${set.recogniser.dictSha256.slice(0, 12)}），本机安装的是 ${r.version}（词典 ${r.dictSha256.slice(0, 12)}），无法重现公示文本`,
      { expected: set.recogniser, installed: { version: r.version, dictSha256: r.dictSha256 } },
    );
}

/** The words of `text` with their offsets (HMM on: unseen words such as new names come out whole, tagged `x`). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (const { word, tag } of load().tagger.tag(text, true)) {
    const start = text.indexOf(word, pos);
    if (start < 0) continue; // never seen: jieba returns the text's own characters in order
    out.push({ start, end: start + word.length, word, tag });
    pos = start + word.length;
  }
  return out;
}

const ROLE_TAILS = '人员工者师长客主户';

/**
 * Tokens indexed by the position they start at, and the set of word boundaries. (Both are arrays by position rather
 * than a Map and a Set: they are made once per text from thousands of tokens and asked at nearly every position.)
 */
export class Words {
  readonly boundaries: { has(i: number): boolean };
  /** for each character, the token that starts there */
  private readonly starts: (Token | undefined)[] = [];
  /** for each character, the token it belongs to */
  private readonly covering: (Token | undefined)[] = [];
  constructor(readonly tokens: readonly Token[]) {
    let last = 0;
    for (const t of tokens) last = Math.max(last, t.end);
    // 1 where a word begins or ends (an index past them reads undefined: no boundary)
    const marks = new Uint8Array(last + 2);
    for (const t of tokens) {
      for (let k = t.start; k < t.end; k++) this.covering[k] = t;
      this.starts[t.start] = t;
      marks[t.start] = 1;
      marks[t.end] = 1;
      // the HMM glues a role's last character to an unseen name after it (投诉人齐志国 → 人齐志国/x):
      // the name begins after that character
      if (t.tag === 'x' && t.word.length >= 3 && ROLE_TAILS.includes(t.word[0]!)) marks[t.start + 1] = 1;
    }
    this.boundaries = { has: (i) => marks[i] === 1 };
  }
  static of(text: string): Words {
    return new Words(tokenize(text));
  }
  at(i: number): Token | undefined {
    return this.starts[i];
  }
  /** the token the character at `i` belongs to */
  containing(i: number): Token | undefined {
    return this.covering[i];
  }
}

/**
 * A word of the recogniser's dictionary of 2–4 characters: how frequent and what part of speech
 * (宿舍 917 n, 顾客 1365 nr, 白玉 179 nr). Read from the same pinned dictionary, once.
 */
export function dictionaryWord(word: string): { freq: number; tag: string } | undefined {
  // the name readers ask about the same few words many times over (a text of 10,000 characters: some 9,000
  // questions about 1,000 words); a small map of recent answers stays in the processor's cache, where each
  // question to the dictionary's 350,000 entries is a trip to memory
  const seen = recentWords.get(word);
  if (seen !== undefined) return seen ?? undefined;
  entries ??= dictionaryEntries(load().dict.toString('utf8'));
  const entry = entries.get(word);
  if (recentWords.size >= RECENT_WORDS) recentWords.clear();
  recentWords.set(word, entry ?? null);
  return entry;
}

/** Recent answers of `dictionaryWord` (null: no such word), emptied when full. */
const recentWords = new Map<string, { freq: number; tag: string } | null>();
const RECENT_WORDS = 4096;

/**
 * The dictionary's lines (`word freq tag`) read by position rather than split into 350,000 lines and
 * a million parts: the same entries in a quarter of the time (it was the largest cost of a first
 * start, whose demo publishes decisions). Tags are shared strings.
 */
function dictionaryEntries(text: string): Map<string, { freq: number; tag: string }> {
  const out = new Map<string, { freq: number; tag: string }>();
  const tags = new Map<string, string>();
  for (let i = 0; i < text.length;) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    const sp = text.indexOf(' ', i);
    if (sp - i >= 2 && sp - i <= 4 && sp < nl) {
      let freq = 0;
      let j = sp + 1;
      for (; j < nl; j++) {
        const c = text.charCodeAt(j);
        if (c < 48 || c > 57) break;
        freq = freq * 10 + (c - 48);
      }
      if (j > sp + 1) {
        const t = j < nl ? text.slice(j + 1, nl).trim() : '';
        let tag = tags.get(t);
        if (tag === undefined) tags.set(t, (tag = t));
        out.set(text.slice(i, sp), { freq, tag });
      }
    }
    i = nl + 1;
  }
  return out;
}
