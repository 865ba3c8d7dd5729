/**
 * Words the generation-3 name rules read (rule set 2026.2), added to generation 2's lists, which stay
 * as they were (a text published under 2026.1 re-derives with them). Data, not logic.
 */
import { PERSON_COUNTS_2, PRIVATE_RESPONSIBLE, SINGLE_SURNAMES_2, TITLE_LIST_2 } from './lexicon-names-2.ts';

/** 单姓 beyond generation 2's list: surnames of the 回, 纳西, 白 … and rare Han ones (纳, 锁, 木, 铁, 同). */
export const SINGLE_SURNAMES_3: ReadonlySet<string> = new Set([
  ...SINGLE_SURNAMES_2,
  ...'木纳锁铁同仝禚么茹佘汝暴操敬萧蓟宓谯矫旷韶怀弓滑贲汲蓬琴墨伞松言税拜全朴羊母'.split(''),
]);

/** Titles before a name beyond generation 2's: 商户, 老人, 财务, 同行的 … */
export const TITLE_LIST_3: readonly string[] = [
  ...TITLE_LIST_2,
  '商户',
  '老人',
  '老汉',
  '大爷',
  '大妈',
  '阿姨',
  '财务',
  '收银',
  '同行的',
  '同伴',
  '伙伴',
  '合伙人',
  '室友',
  '病友',
  '邻座',
  '路人',
  '嫌疑人',
  '歌手',
  '演员',
  '主播',
  '模特',
  '教练',
  '厨师',
  '门卫',
  '店主',
  '房东',
  '中间人',
  '介绍人',
  '担保人',
  '收款人',
  '付款人',
  '持卡人',
  '借款人',
  '车友',
  '牌友',
  '管家',
  '河长',
  '湖长',
  '外教',
  '好友',
  '经营人',
  '饲养员',
  '网红',
  '博主',
  '粉丝',
  '房客',
  '租户',
  '承租人',
  '出租人',
];

/** 复姓 beyond the earlier lists that decisions use (贺兰, 赫连 …): read as surnames from 2026.2. */
export const COMPOUND_SURNAMES_3: readonly string[] = [
  '贺兰',
  '赫连',
  '闻人',
  '第五',
  '呼延',
  '万俟',
  '百里',
  '东郭',
  '南宫',
  '羊舌',
  '微生',
  '梁丘',
  '左丘',
  '公孙',
  '仲长',
];

export const TITLE_ENDINGS_3 = new RegExp(`(?:${TITLE_LIST_3.join('|')})$`);

/**
 * The 负责人 of someone other than the party is a natural person: a crew's or a department's
 * (generation 2), and another side's or a canteen's (施工方负责人, 发货方负责人, 食堂负责人).
 */
export const PRIVATE_RESPONSIBLE_3 = new RegExp(
  `(?:${PRIVATE_RESPONSIBLE.source
    .replace(/负责人\$$/, '')
    .replace(/^\(\?:/, '')
    .replace(/\)$/, '')}|方|食堂|厨房|后厨|车队|分店|网点|摊点|作坊|工段|病区|科室|物业|业主方|物业公司)负责人$`,
);

/** 联系人/经办人 of another party (发货方联系人, 货主公司经办人): a natural person, unlike the agency's. */
export const PRIVATE_CONTACT_3 = /(?:方|公司|厂|店|商行|企业|客户|货主|买家|卖家|车队|物业|学校|医院|工地)(?:的)?(?:联系人|经办人|对接人)$/;

/** Brackets after a name that say it is a person: a role (举报人, 证人) or where the person is from (香港居民). */
export const ROLE_IN_BRACKETS_3 =
  /^[（(](?:举报人|投诉人|证人|报案人|受害人|伤者|死者|目击者|消费者|患者|乘客|游客|顾客|学员|香港居民|澳门居民|台湾居民|中国香港|中国澳门|中国台湾|外籍|未成年)/;

/** After a list of names: generation 2's counts, and 等8人, 共三人. */
export const PERSON_COUNTS_3 = new RegExp(`${PERSON_COUNTS_2.source}|^(?:共|等)[二两三四五六七八九十\\d]+(?:人|名)|^[六七八九十]人`);

/** Dictionary words tagged as names (nr) that are ordinary words after a title: 投诉人陈述, 证人言语. */
export const NOT_NAMES_3: ReadonlySet<string> = new Set([
  '陈述',
  '言语',
  '许可',
  '查明',
  '张贴',
  '高峰',
  '宁静',
  '顾客',
  '岳母',
  '祖母',
  '银行卡',
  '许可证',
  '安全法',
  '宣传单',
  '操作证',
  '支付宝',
  '高中生',
  '司马',
  '夏侯',
  '诸葛',
]);

/** Words of 同 (the same …) that are no name of a person surnamed 同: 同团, 同车, 同村 … */
export const NOT_TONG_NAMES_3 = '团车村组班屋住桌伴乡事学行款批类期日时样种级队';

/**
 * Parts of Tibetan and Mongolian personal names written in characters (次仁 + 多吉, 格桑 + 卓玛, 敖日格乐):
 * a run made of these parts reads as a name; one of two or more parts is a name wherever it stands.
 * 措, 姆, 珍, 吉 are parts only at the end (索南措, 拉毛措).
 */
export const MINORITY_NAME_PARTS: readonly string[] = [
  // Tibetan
  ...'扎西 次仁 多吉 多杰 卓玛 格桑 平措 拉毛 才让 更登 旺堆 卓嘎 央金 德吉 洛桑 丹增 白玛 索朗 索南 益西 顿珠 普布 边巴 巴桑 拉巴 米玛 次旦 嘎玛 强巴 贡布 曲珍 拉姆 央宗 措姆 桑珠 尼玛 达瓦 旺姆 加措 嘉措 群培 旦增 仁青 仁增 阿旺 罗布 拉措 桑杰 贡嘎 斯朗 泽仁 泽旺 降措 旺秀 才旦 东主 完玛 昂秀 久美 晋美 赤列 土登 坚参 玉珍 德庆 次珍 次央 白珍 央吉 桑姆 仓决 尕藏 才仁 扎巴 加央 公保 吉毛 措毛 娘吉 旦正 周加 卓措 拉目 才措 华旦 完德 更藏 尖措 当周 拉加 然丹 多布杰 南加 群宗 旦巴 巴珠 次仁 德央 白央 卓玛吉 洛追 格列 尼玛 拉珍 次吉 普琼 琼达 达娃 扎桑 卓尕 吉美 贡觉 丹珍 桑旦 格勒 央拉 索朗 旺加'.split(
    ' ',
  ),
  ...'苏德 东智 格日勒图 德力格 朝格 旺其格 巴音 达瓦 索朗 斯琴图 乌兰其其格 额尔敦 桑布 丹巴 才旦 巴桑 东珠 格勒 尼玛 扎巴 加措 曲扎 拉旺 贡保 卓玛 完德 措吉 多杰 桑吉 南杰 吉太 扎西 加布 更藏 罗藏 仁青 智华 拉毛 才让 多知 当知 东知 周太 三木 完玛'.split(
    ' ',
  ),
  // Mongolian
  ...'巴特尔 额尔敦 毕力格 敖日格乐 其木格 斯琴 乌云 格日勒 那仁 苏和 朝鲁 孟和 宝音 图雅 阿拉坦 哈斯 满都拉 呼和 巴图 特木尔 铁木尔 额尔德尼 宝力道 乌力吉 萨仁 其其格 娜仁 高娃 托娅 达来 朝克图 巴雅尔 苏日娜 吉日嘎拉 那顺 阿古拉 布和 青格勒 图门 乌日娜 呼斯乐 赛罕 敖敦 德力格尔 格根 塔娜 斯日古楞 吉日木图 孟根 额日和木 其达拉图 阿迪雅 白音 包音 仓 巴雅斯古楞 乌日根 萨日娜 阿木古楞 达布希拉图 伊德尔 额尔德木图 阿斯汗 宝力格 巴根 哈日呼 阿如汗 乌兰图雅 其力格尔 朝格图 毕力格图 孟克 孟克吉 图力古尔 那日苏 额尔很巴雅尔'.split(
    ' ',
  ),
];

/** Single characters that end such a name (索南措, 拉毛措, 央金卓姆). */
export const MINORITY_NAME_ENDS = '措姆珍吉';

/**
 * Japanese family names of two or three characters, read like 复姓 (佐藤健一 → 佐藤某某): only the
 * ones that are no ordinary Chinese word (not 山口, 中村, 田中, 清水 …).
 */
export const JAPANESE_SURNAMES_3: readonly string[] = [
  ...'佐佐木 长谷川 佐藤 高桥 铃木 渡边 伊藤 加藤 斋藤 桥本 后藤 冈田 近藤 坂本 远藤 藤井 藤原 冈本 竹内 野村 菅原 樱井 荒木 松井 北村 藤田 前田 石川 森田 三浦 福田 西村 吉田 山田 小野寺 宫崎 酒井 久保 千叶 横山 大塚 市川 矢野 岩崎 服部 野口 松尾 菊地 望月'.split(
    ' ',
  ),
];
