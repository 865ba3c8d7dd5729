import { PERSONAL_ADDRESS_LABELS } from './lexicon.ts';
import { addressPrefix, maskAddress } from './masks.ts';
import type { Candidate, DetectEnv } from './detect.ts';

/**
 * 住址 of natural persons (R-PUB-4). The value after an address label, up to the next delimiter,
 * when the label is a person's (住址, 家庭住址, 户籍地 …) or when the nearest owner cue says the
 * address belongs to a person (住所 after 男, 身份证 …). An organisation's 住所 and 经营场所 and the
 * agency's own address are public. Province, city and county stay; the rest goes.
 */
const ADDRESS_CHARS = /[省市县区旗镇乡村路街道号巷弄组栋幢楼室屯庄园院社区单元门]/;
const VALUE = /^[\p{Script=Han}A-Za-z0-9０-９\-－#＃·()（）]{3,60}?(?=[，,。；;、\n\s　]|（(?!\p{Script=Han}{1,4}[）)])|$)/u;

export function homeAddresses(env: DetectEnv): Candidate[] {
  const out: Candidate[] = [];
  const take = (start: number) => {
    const m = VALUE.exec(env.text.slice(start));
    if (!m) return;
    const value = m[0];
    if (!ADDRESS_CHARS.test(value)) return;
    const rest = value.slice(addressPrefix(value).length);
    if (rest === '' || /^[*＊×某]+$/.test(rest)) return; // nothing left to hide, or already hidden
    out.push({ start, end: start + value.length, rule: 'home-address', replacement: maskAddress(value) });
  };
  for (const c of env.cues.list) {
    if (c.kind !== 'address') continue;
    const personal = PERSONAL_ADDRESS_LABELS.has(c.word);
    const owner = env.cues.owner(c.start);
    if (owner === 'public' || owner === 'official' || (!personal && owner === 'org')) continue;
    const sep = /^(?:[：:]\s*|为|是|在)?/.exec(env.text.slice(c.end))!;
    take(c.end + sep[0].length);
  }
  // bare 住 in a person's description: …，住馆陶县馆陶镇北关村二组16号。
  for (const m of env.text.matchAll(/(?<=[，,、；\s　])住(?=[\p{Script=Han}])(?![宿院所址房户在])/gu)) {
    const owner = env.cues.owner(m.index);
    if (owner === 'public' || owner === 'official') continue;
    const before = out.length;
    take(m.index + 1);
    if (out.length > before && !/[号室组村屯庄楼幢栋房院]$/.test(env.text.slice(out.at(-1)!.start, out.at(-1)!.end))) out.pop();
  }
  return out;
}
