import {
  ACCOUNT_LABELS,
  ADDRESS_LABELS,
  CERTIFICATE_LABELS,
  FINANCE_CUES,
  ID_LABELS,
  NEUTRAL_LABELS,
  OFFICIAL_ROLES,
  ORG_CUES,
  PERSON_CUES,
  PHONE_LABELS,
  PUBLIC_CUES,
} from './lexicon.ts';
import { CERTIFICATE_LABELS_2, PHONE_LABELS_2, PUBLIC_CUES_2 } from './lexicon-labels.ts';

/**
 * Words that say what a number is or whose information follows, found once per text. The rules
 * ask for the nearest one before a match: 执法证号 13043301001 is a certificate, 联系电话 13043301001
 * a phone; 本局地址 is public, 住址 after 男 is a person's.
 */
export type CueKind =
  'certificate' | 'official' | 'phone' | 'id' | 'account' | 'neutral' | 'public' | 'finance' | 'org' | 'person' | 'party' | 'address';

/** Whose information is at a position: the agency, one of its officials, the account for fines, an organisation, a person. */
export type Owner = 'public' | 'official' | 'finance' | 'org' | 'person' | 'unknown';

export interface Cue {
  start: number;
  end: number;
  kind: CueKind;
  word: string;
}

/** What the text says about the party: a person, an organisation or an 个体工商户. */
export type PartyKind = 'person' | 'org' | 'individual-business' | 'unknown';

/** Word lists that replace the generation-1 ones for a kind of cue. */
export type CueLexicon = Partial<Record<'certificate' | 'phone' | 'public', RegExp>>;

const OFFICIAL_RE = new RegExp(`(?:${OFFICIAL_ROLES.join('|')})`, 'g');
const PARTY_RE = /当事人(?!签名)/g;
const OWNER_KINDS: readonly CueKind[] = ['public', 'finance', 'org', 'person', 'party', 'official'];

export class Cues {
  readonly list: Cue[];
  constructor(
    readonly text: string,
    readonly partyKind: PartyKind,
    /** other word lists for some kinds (engine generation 2); absent: the generation-1 lists */
    lexicon: CueLexicon = {},
  ) {
    const found: Cue[] = [];
    const add = (re: RegExp, kind: CueKind) => {
      // 住　　址 is 住址: the word is kept without the spaces that align a form
      for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, kind, word: m[0].replace(/[ 　]/g, '') });
    };
    add(lexicon.certificate ?? CERTIFICATE_LABELS, 'certificate');
    add(OFFICIAL_RE, 'official');
    add(lexicon.phone ?? PHONE_LABELS, 'phone');
    add(ID_LABELS, 'id');
    add(ACCOUNT_LABELS, 'account');
    add(NEUTRAL_LABELS, 'neutral');
    add(lexicon.public ?? PUBLIC_CUES, 'public');
    add(FINANCE_CUES, 'finance');
    add(ORG_CUES, 'org');
    add(PERSON_CUES, 'person');
    add(PARTY_RE, 'party');
    add(ADDRESS_LABELS, 'address');
    // Within one group (owners, labels) the longer word wins: 患者家属 is one role, not two; a label
    // and an owner may overlap (缴款账号 is an account label and says the account is public).
    const group = (k: CueKind) => (OWNER_KINDS.includes(k) ? 'owner' : 'label');
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: Cue[] = [];
    const widest: Record<string, Cue | undefined> = {}; // per group, the earlier cue reaching furthest
    for (const c of found) {
      const w = widest[group(c.kind)];
      const covered = w !== undefined && (w.end > c.end || (w.end === c.end && w.start < c.start));
      if (!covered) kept.push(c);
      if (!w || c.end > w.end) widest[group(c.kind)] = c;
    }
    this.list = kept.sort((a, b) => a.end - b.end || a.start - b.start);
  }

  /** The nearest cue of one of `kinds` ending at or before `pos` and not before `from`. */
  nearest(pos: number, kinds: readonly CueKind[], from: number): Cue | null {
    // the list is sorted by end: find the last cue ending at or before pos, then walk back
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const c = this.list[i]!;
      if (c.start < from) return null;
      if (kinds.includes(c.kind)) return c;
    }
    return null;
  }

  /**
   * Whose information is at `pos`: nearest owner cue within the paragraph. With `inherit`, a
   * paragraph without one takes the cue just before it (联系电话：… on the line after 执法人员：…).
   */
  owner(pos: number, inherit = false): Owner {
    const from = paragraphStart(this.text, pos);
    const c = this.nearest(pos, OWNER_KINDS, from) ?? (inherit ? this.nearest(from, OWNER_KINDS, Math.max(0, from - 120)) : null);
    if (!c) return 'unknown';
    if (c.kind === 'party') return this.partyKind === 'person' ? 'person' : this.partyKind === 'unknown' ? 'unknown' : 'org';
    return c.kind === 'public' || c.kind === 'official' || c.kind === 'finance' || c.kind === 'org' || c.kind === 'person'
      ? c.kind
      : 'unknown';
  }
}

/**
 * Start of the line-and-sentence around `pos`: after the last 。！？ or line break (a ； goes on:
 * 执法人员：李明 13043301001；陈静 13043301005).
 */
export function clauseStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if ('。！？\n'.includes(text[i]!)) return i + 1;
  return 0;
}

/** Start of the sentence around `pos` across single line breaks: after the last 。 or blank line. */
export function paragraphStart(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '。' || ch === '！' || ch === '？') return i + 1;
    if (ch === '\n') {
      let j = i - 1;
      while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r' || text[j] === '　')) j--;
      if (j >= 0 && text[j] === '\n') return i + 1;
    }
  }
  return 0;
}

const FULLWIDTH_DIGITS = /[０-９]/g;

/** Digits only, full-width digits made ASCII (１３８ → 138). */
export function digitsOf(s: string): string {
  return s
    .replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase();
}

export function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch.length === 1 ? hanCode(ch.charCodeAt(0)) : /\p{Script=Han}/u.test(ch);
}

/**
 * `isHan(text[i])` without making a one-character string (a Chinese character taken out of a text is a new
 * string each time, and the name readers ask at nearly every position); false past either end.
 */
export function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === c && hanCode(c); // (NaN past either end)
}

/** Is every character of `s` Han (`[...s].every(isHan)`, read by code without making an array of strings)? */
export function allHan(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const pair = c >= 0xd800 && c <= 0xdbff && s.charCodeAt(k + 1) >= 0xdc00 && s.charCodeAt(k + 1) <= 0xdfff;
    if (!pair) {
      if (!hanCode(c)) return false;
    } else if (!isHan(s.slice(k, k + 2))) return false;
    else k++; // (the pair is one character)
  }
  return true;
}

/** Whether each UTF-16 code unit is Han, by the regex once per code unit met (0: not asked yet, 1: Han, 2: not). */
const HAN_CODES = new Uint8Array(0x10000);

/**
 * Is the one code unit `c` Han? The common cases without the regex (asked for nearly every character): ASCII is
 * never Han, the CJK Unified Ideographs block (U+4E00–U+9FFF) always is, and any other (punctuation, full-width
 * forms, a lone half of a surrogate pair) is read once and remembered.
 */
function hanCode(c: number): boolean {
  if (c < 0x80) return false;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  let k = HAN_CODES[c]!;
  if (k === 0) HAN_CODES[c] = k = /\p{Script=Han}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

const CUES_2 = new WeakMap<Cues, Cues>();

/**
 * The cues a detector reads: generation 1 reads the engine's (2025.1 is frozen); generation 2 reads
 * its own lists (执法证件号码 as one label, 住宅电话, 本支队 …), built once per text.
 */
export function cuesFor(env: { gen: 1 | 2 | 3 | 4 | 5 | 6; cues: Cues }): Cues {
  if (env.gen < 2) return env.cues;
  let c = CUES_2.get(env.cues);
  if (!c) {
    c = new Cues(env.cues.text, env.cues.partyKind, { certificate: CERTIFICATE_LABELS_2, phone: PHONE_LABELS_2, public: PUBLIC_CUES_2 });
    CUES_2.set(env.cues, c);
  }
  return c;
}

const FULLWIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;

/** Full-width digits and letters made ASCII (３２０…Ｘ → 320…X); other characters stay. */
export function halfWidth(s: string): string {
  return s.replace(FULLWIDTH_ALNUM, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Digits (and a check character X) of a number in any shape: full-width, spaced, dashed (generation 2). */
export function digitsOf2(s: string): string {
  return halfWidth(s)
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase();
}

/** Where the agency's closing lines begin (after its name and the date under the signature), or the text's end. */
export function closingStart(text: string): number {
  const lines = text.split('\n');
  let pos = text.length;
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  const DATE =
    /^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$/;
  const AGENCY = /(?:局|委员会|总队|支队|大队|中队|分局|执法队|人民政府|办公室|中心|站|所)(?:（印章）|\(印章\)|（公章）)?\s*$/;
  for (let i = lines.length - 1; i > 0; i--) {
    if (!DATE.test(lines[i]!)) continue;
    // the signature: the agency's name on one of the few lines just above the date
    const above = lines.slice(Math.max(0, i - 3), i).filter((l) => l.trim());
    if (above.some((l) => AGENCY.test(l.trim()) && l.trim().length <= 40)) pos = i + 1 < lines.length ? starts[i + 1]! : text.length;
    break;
  }
  return pos;
}

/**
 * 2026.5: where the agency's signature begins when lines stand between its name and the date (延吉市卫生健康局 /
 * 地址：…　电话：… / 2026年7月30日): the start of the line after the agency's name; else `closingStart`.
 */
export function signatureLinesStart(text: string): number {
  const closing = closingStart(text);
  const lines = text.split('\n');
  const DATE =
    /^\s*(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九○]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)\s*$/;
  const AGENCY = /(?:局|委员会|总队|支队|大队|中队|分局|执法队|人民政府|办公室|中心|站|所)(?:（印章）|\(印章\)|（公章）)?\s*$/;
  let offset = text.length + 1;
  const starts = lines.map(() => 0);
  for (let i = lines.length - 1; i >= 0; i--) starts[i] = offset -= lines[i]!.length + 1;
  for (let i = lines.length - 1; i > 0; i--) {
    if (!DATE.test(lines[i]!)) continue;
    for (let j = i - 1; j >= Math.max(1, i - 3); j--) {
      const l = lines[j]!.trim();
      if (l && AGENCY.test(l) && l.length <= 40 && !/[：:]/.test(l)) {
        // the agency's contact lines right above its name (联系电话：020-…) belong to the signature too
        let top = j;
        while (
          top - 1 > 0 &&
          top > j - 2 &&
          /^\s*(?:联系电话|电话|办公电话|地址|联系地址|通讯地址|邮编|邮政编码|传真)[：:]/.test(lines[top - 1]!)
        )
          top--;
        return Math.min(closing, top < j ? starts[top]! : starts[j + 1]!);
      }
    }
    break;
  }
  return closing;
}

/**
 * 2026.5: the agency's contact lines after the paragraph on remedies (…申请行政复议…提起行政诉讼。 / 联系电话：…):
 * the start of the line after the last line that speaks of 行政复议 or 行政诉讼, or the text's end.
 */
export function afterRemedies(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/行政复议|行政诉讼|提起诉讼/g)) last = m.index;
  if (last < 0) return text.length;
  const nl = text.indexOf('\n', last);
  return nl < 0 ? text.length : nl + 1;
}

/** 2026.5: a line that begins with a label of the agency's contact details (联系电话：, 地址：, 本局地址：). */
export const CONTACT_LINE =
  /^[ \t　]*(?:联系电话|电话|办公电话|咨询电话|监督电话|举报电话|联系地址|地址|本局地址|本机关地址|办公地址|通讯地址)[：:]/;

/** Where `s` stands in `text`, each start, the occurrences not overlapping (the name readers' passes ask it often). */
export function occurrenceStarts(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) out.push(i);
  return out;
}
