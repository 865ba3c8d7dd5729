/** The 当事人 block of an organisation party (generation 2): the lines that are the organisation's. */
import type { DetectEnv } from './detect.ts';

/**
 * Generation 2: is `pos` in the 当事人 block of an organisation (up to the first blank line), on a
 * line that is the organisation's (住所, 联系电话) and not its representative's own (身份证, 住址)?
 */
export function inOrgPartyBlock(env: DetectEnv, pos: number): boolean {
  if (!inPartyBlock(env, pos)) return false;
  const lineStart = env.text.lastIndexOf('\n', pos - 1) + 1;
  const line = env.text.slice(lineStart, pos + 6);
  // (2026.5, twelfth round: its bank line too — 开户银行：…　账号：…)
  return (
    /^(?:住所|地址|经营场所|经营地址|注册地址|办公地址|联系电话|电话|单位电话|办公电话)/.test(line.trim()) ||
    (env.gen >= 6 && /^(?:开户银行|开户行|银行账号|基本账户|账号)/.test(line.trim()))
  );
}

/**
 * 2026.5 (eleventh round): a decision addressed to an organisation by its name on a line of its own (唐山宏基特钢有限公司：),
 * followed by its registered lines (统一社会信用代码, 法定代表人, 地址 …), without a 当事人 label: the name line heads the
 * party block.
 */
const ADDRESSEE_6 =
  /^[ \t　]*[^\n：:，,。]{2,40}?(?:公司|厂|中心|医院|诊所|学校|合作社|商行|超市|酒店|宾馆|网吧|加油站|经营部|事务所|协会|集团|矿|场|站)[：:][ \t　]*\n[ \t　]*(?:统一社会信用代码|法定代表人|主要负责人|负责人|地址|住所|注册地址|经营场所)/mu;

/** The party's kind when no 当事人 label says it (partyKindOf found none): an organisation addressed by its name. */
export function addresseeKind6(text: string): 'org' | null {
  return ADDRESSEE_6.test(text) ? 'org' : null;
}

/** Generation 2: is `pos` in the 当事人 block (up to the first blank line) of an organisation? */
export function inPartyBlock(env: DetectEnv, pos: number): boolean {
  if ((env.context?.party?.kind ?? env.cues.partyKind) !== 'org') return false;
  const head = /(?:当事人|被处罚单位|被处罚人)(?:名称)?[：:]/.exec(env.text) ?? (env.gen >= 6 ? ADDRESSEE_6.exec(env.text) : null);
  if (!head || pos < head.index) return false;
  const blank = env.text.slice(head.index).search(/\n[ \t　]*\n/);
  return blank < 0 || pos <= head.index + blank;
}
