import { SINGLE_SURNAMES_3 } from './lexicon-names-3.ts';

/**
 * Generation 4 (rule set 2026.3): the surname list made complete — every single and compound surname
 * of the 百家姓 and the rare ones met in registers (丑, 甯, 妫 …), beside generation 3's list.
 * Several are also frequent little words (经, 从, 能, 有, 后 …): those begin a name only where the
 * recogniser reads the name as one word or a title stands before it (FUNCTION_SURNAMES_4).
 */
export const SINGLE_SURNAMES_4: ReadonlySet<string> = new Set([
  ...SINGLE_SURNAMES_3,
  ...'经家山仰秋从咸籍鬱能郤通别慎终步广东越空养须后红益法郈有归年爱伯赏福丑甯隰妫邶泮蒉兀菅笃茆祢弥寻浑户',
]);

/** Compound surnames of the 百家姓 and later registers that generation 3 did not list. */
export const COMPOUND_SURNAMES_4: readonly string[] = [
  '公羊',
  '闾丘',
  '司寇',
  '子车',
  '颛孙',
  '公仪',
  '公乘',
  '太史',
  '屈突',
  '尔朱',
  '东乡',
  '相里',
  '胡母',
  '司城',
  '张廖',
  '呼衍',
  '纳兰',
  '乌孙',
  '哥舒',
  '完颜',
];

/** Surnames of generation 4 that are also frequent little words: read as a surname only on the recogniser's word. */
export const FUNCTION_SURNAMES_4 = '经家山从能通别终步广越空养须后红益法有归年爱伯福寻户';
