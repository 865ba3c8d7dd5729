import { personWordBefore } from './detect-names-4.ts';

/**
 * 2026.5 (eighth round): brands in quotes. The blind set 2026-12r showed brands written in quotes read as names
 * (请确认): “田园记”牌全麦面包, 购买的“鲜享”牌酸奶, “兰蔻”小黑瓶精华液, 标注“兰蔻”“雅诗兰黛”注册商标的精华液. A
 * quote is a brand when a brand's word follows it (牌, 品牌, 商标, 字样, 系列 …), when a word of marking goods stands
 * before it (标注, 印有, 标有, 冒用, 假冒 …), or when a product's noun follows it directly. It stays a nickname when
 * 称/叫/网友 or a word for a person stands before it.
 */

/** A brand's word right after the closing quote (牌全麦面包, 品牌, 注册商标, 字样, 系列, 牌子). */
const BRAND_AFTER_16 = /^(?:牌|品牌|商标|注册商标|字样|系列|牌子|标识|标志|logo|LOGO|Logo)/;
/** Words of marking goods before the opening quote (标注“…”, 印有“…”, 冒用“…”商标). */
const MARK_BEFORE_16 =
  /(?:标注|标注有|标注了|印有|印着|标有|标着|贴有|带有|冒用|假冒|仿冒|品牌为|品牌是|品牌|商标为|商标|字样为)[：:为是]?$/;
/** Products after a brand (小黑瓶精华液, 全脂酸奶): the noun ends the phrase right after the quote. */
const PRODUCT_16 =
  /^[\p{Script=Han}A-Za-z0-9]{0,6}?(?:精华液|精华|面霜|乳液|爽肤水|面膜|口红|唇膏|粉底|香水|化妆品|护肤品|奶粉|面包|蛋糕|糕点|饼干|月饼|酸奶|牛奶|乳品|饮料|矿泉水|白酒|啤酒|红酒|葡萄酒|黄酒|茶叶|香烟|卷烟|烟花|鞭炮|手机|耳机|电脑|充电器|电池|运动鞋|皮鞋|鞋|服装|上衣|T恤|羽绒服|箱包|手提包|背包|手表|眼镜|保健品|保健食品|药品|食品|零食|大米|面粉|食用油|调味品|酱油|醋|洗发水|沐浴露|洗衣液|牙膏|轮胎|配件|家电|空调|冰箱|电视|玩具|文具|化肥|农药|种子|饲料|涂料|建材|水泥|钢材|电线|插座)/u;
/** Before a nickname: 称/叫/网友/外号 … (the rules make it a nickname). */
const NICK_BEFORE_16 = /(?:称|叫|网友|外号|绰号|昵称|网名|人称|喊|唤)(?:为|作|做)?[：:]?$/;

/** The quote around position `i` (open at s, close at e: text[s] is “, text[e] is ”), if the name stands inside one. */
function quoteAround(text: string, i: number, len: number): { s: number; e: number } | null {
  const s = text.lastIndexOf('“', i);
  if (s < 0 || i - s > 12) return null;
  const close = text.lastIndexOf('”', i);
  if (close > s) return null;
  const e = text.indexOf('”', i + len - 1);
  if (e < 0 || e - (i + len) > 12 || /[\n。；;]/.test(text.slice(s, e))) return null;
  return { s, e };
}

/** Is the quote from s to e a brand by what stands around it (quotes in a row read as one: “兰蔻”“雅诗兰黛”商标)? */
function brandQuote(text: string, s: number, e: number): boolean {
  // skip quotes in a row on both sides
  let from = s;
  for (;;) {
    const prev = /“[^“”\n]{1,16}”[、和及与]?$/.exec(text.slice(Math.max(0, from - 20), from));
    if (!prev) break;
    from -= prev[0].length;
  }
  let to = e + 1;
  for (;;) {
    const next = /^[、和及与]?“[^“”\n]{1,16}”/.exec(text.slice(to, to + 20));
    if (!next) break;
    to += next[0].length;
  }
  const before = text.slice(Math.max(0, from - 12), from);
  if (NICK_BEFORE_16.test(before) || personWordBefore(before)) return false;
  const after = text.slice(to, to + 16);
  return BRAND_AFTER_16.test(after) || MARK_BEFORE_16.test(before) || PRODUCT_16.test(after);
}

/** 2026.5 (eighth round): does `name` stand only inside quotes that are brands (“田园记”牌, 标注“兰蔻”)? */
export function onlyBrand16(text: string, name: string): boolean {
  let seen = false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const q = quoteAround(text, i, name.length);
    if (!q || !brandQuote(text, q.s, q.e)) return false;
    seen = true;
  }
  return seen;
}
