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
  return /^(?:住所|地址|经营场所|经营地址|注册地址|办公地址|联系电话|电话|单位电话|办公电话)/.test(line.trim());
}

/** Generation 2: is `pos` in the 当事人 block (up to the first blank line) of an organisation? */
export function inPartyBlock(env: DetectEnv, pos: number): boolean {
  if ((env.context?.party?.kind ?? env.cues.partyKind) !== 'org') return false;
  const head = /(?:当事人|被处罚单位|被处罚人)(?:名称)?[：:]/.exec(env.text);
  if (!head || pos < head.index) return false;
  const blank = env.text.slice(head.index).search(/\n[ \t　]*\n/);
  return blank < 0 || pos <= head.index + blank;
}
