import { AMBIGUOUS_ROLES, CLEAN_NAME_END, PROTECTED_ROLES, PUBLIC_ROLE_ENDINGS, ROLE_ENDINGS } from './lexicon.ts';
import { maskName } from './masks.ts';
import { delimitedName, listedNames, readName, surnameAt, type NameSpan } from './names.ts';
import type { Candidate, DetectEnv } from './detect.ts';

/**
 * 自然人姓名 (R-PUB-4; 行政处罚结果信息网上公示办法 §7: names of natural persons other than the
 * punished one are hidden; 举报人 always). Found three ways:
 *  1. the context: the party when a person, an 个体工商户's 经营者, other protected persons;
 *  2. the text: the party block (当事人：张建国，男 …) and the protected roles (证人王五, 举报人：赵六、
 *     孙七, 经营者：…);
 *  3. a word ending like a role (操作工, 车间主任, 乘车人 …) before a name that ends cleanly;
 *  4. every further occurrence of a name found by 1–3 (周志刚于2024年… later in the text).
 * Names inside protected spans (《消费者权益保护法》) are not taken.
 * The party and the 经营者 only when the rule's `party` is true; officials never.
 */

/** The last characters of ROLE_ENDINGS' words (人, 员 … 主任, 师傅). */
const ROLE_ENDING_LAST = '人员工者客任长傅居友';

/** Roles that stand for the party itself: masked only with `party: true`. */
const PARTY_ROLES = new Set(['经营者', '当事人签名']);
const ROLE_RE = new RegExp(`(?:${[...PROTECTED_ROLES].sort((a, b) => b.length - a.length).join('|')})`, 'g');

/** The names the case context gives: other protected persons, and with `party` the party or the 经营者. */
export function contextNames(env: DetectEnv, party: boolean): Set<string> {
  const names = new Set<string>();
  for (const p of env.context?.protectedPersons ?? []) if (p.trim().length >= 2) names.add(p.trim());
  if (party) {
    const cp = env.context?.party;
    if (cp?.kind === 'person') names.add(cp.name.trim());
    if (cp?.kind === 'individual-business' && cp.operator) names.add(cp.operator.trim());
  }
  return names;
}

export function personNames(env: DetectEnv, party: boolean): Candidate[] {
  const { text, context } = env;
  const names = collectNames1(env, party);
  const officials = new Set((context?.officials ?? []).map((o) => o.name.trim()));
  const out: Candidate[] = [];
  for (const name of names) {
    if (officials.has(name) || name.length < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
      out.push({ start: i, end: i + name.length, rule: 'person-name', replacement: maskName(name) });
    }
  }
  return out;
}

/** Generation 1's names (rule set 2025.1, unchanged): context, party block, protected roles, role-like words. */
export function collectNames1(env: DetectEnv, party: boolean): Set<string> {
  const { text } = env;
  const names = contextNames(env, party);
  const add = (n: NameSpan | null) => {
    if (n && !env.guarded.some((p) => p.start < n.end && n.start < p.end)) names.add(n.name);
  };
  if (party && env.partyName) add(env.partyName);
  for (const m of text.matchAll(ROLE_RE)) {
    if (PARTY_ROLES.has(m[0]) && !party) continue;
    // 本局工作人员 are officials; 物业公司工作人员 are not
    if (AMBIGUOUS_ROLES.has(m[0]) && /(?:局|机关|执法|委|队|所)$/.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    // 证人王五, 证人：王五, 举报人为王五, 经营者姓名：王五
    const sep = /^(?:姓名)?(?:[：:]|为|是)?[\s　]*/.exec(text.slice(m.index + m[0].length))![0];
    const at = m.index + m[0].length + sep.length;
    const first = delimitedName(text, at) ?? readName(text, at);
    if (!first) continue;
    add(first);
    for (const n of listedNames(text, first.end)) add(n);
  }

  // 3. a word that ends like a role (操作工, 车间主任, 乘车人) before a name that ends cleanly
  for (let i = 1; i < text.length; i++) {
    const gap = text[i - 1] === '：' || text[i - 1] === ':' ? 1 : 0; // 实际经营人：牛建波
    // (ROLE_ENDINGS below needs one of these characters last: refusing the rest first spares a regex per position)
    if (!ROLE_ENDING_LAST.includes(text[i - gap - 1] ?? '') || !surnameAt(text, i)) continue;
    const before = /\p{Script=Han}{2,6}$/u.exec(text.slice(Math.max(0, i - gap - 6), i - gap))?.[0];
    if (!before || !ROLE_ENDINGS.test(before) || PUBLIC_ROLE_ENDINGS.test(before)) continue;
    if (!party && [...PARTY_ROLES].some((r) => before.endsWith(r))) continue;
    const n = readName(text, i);
    if (!n || !CLEAN_NAME_END.test(text.slice(n.end, n.end + 4))) continue;
    add(n);
    for (const more of listedNames(text, n.end)) add(more);
  }

  return names;
}
