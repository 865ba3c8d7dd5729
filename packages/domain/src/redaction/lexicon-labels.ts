/**
 * Labels and cues in the text: which number or address follows (身份证, 电话, 账号, 住址 …) and whose it is
 * (the agency, an organisation, a natural person). Data, not logic.
 */
import { PROTECTED_ROLES } from './lexicon-roles.ts';

/** Labels of a natural person's 身份证号码. */
export const ID_LABELS = /(?:公民身份号码|公民身份证号码?|居民身份证号码?|身份证件号码?|身份证号码?|身份号码|身份证|证件号码|驾驶证号)/g;

/** Labels of a phone number. */
export const PHONE_LABELS =
  /(?:联系电话|联系方式|电话号码|手机号码|手机号|移动电话|固定电话|座机|来电号码|电[ 　]*话|手[ 　]*机|号码|Tel|TEL)/g;

/** Labels of a bank account or card. */
export const ACCOUNT_LABELS = /(?:银行卡号|银行账号|银行帐号|银行账户|开户账号|缴款账号|收款账号|账号|帐号|卡号|账户|帐户)/g;

/** Labels of 执法证号 (R-PUB-2): the number after them is public and is not a phone number. */
export const CERTIFICATE_LABELS = /(?:(?:执法|监督)(?:证|证件)(?:编号|号码|号)?(?:分别为|分别是|为)?)/g;

/** Labels of 微信号 and QQ号 (通信方式). */
export const IM_LABELS = /(?:微信号|微信账号|微信|QQ号码|QQ号|QQ|qq)/g;

/** Labels of identifiers that are not personal: 注册号, 许可证号, 报告编号, 条码, 单号, 批号 … */
export const NEUTRAL_LABELS =
  /(?:统一社会信用代码|信用代码|注册号|许可证(?:编)?号|许可证|备案号|报告编号|编号|单号|批号|条码|代码|缴款码|案号|文号|线索编号|设备代码|证书编号|登记号|货号|型号|邮政编码|邮编)/g;

/** Whose information follows: the agency itself (public). 执法人员, 承办人, 联系人 are `OFFICIAL_ROLES`. */
export const PUBLIC_CUES =
  /(?:本局|我局|本机关|我委|本委|我队|本队|本所|我所|执法机关|咨询电话|监督电话|举报电话|投诉电话|投诉举报电话|办公电话|值班电话|服务电话|热线)/g;

/** The account that follows is where fines are paid (财政 非税收入 专户): public. */
export const FINANCE_CUES = /(?:财政|非税|国库|缴至|缴款|汇缴|代收)/g;

/** An organisation's information follows (法人或者其他组织: its address and fixed phone are public). */
export const ORG_CUES = /(?:统一社会信用代码|法定代表人|负责人|被处罚单位|单位地址|注册地址)/g;

/** A natural person's information follows. */
export const PERSON_CUES = new RegExp(
  `(?:[，,：:\\s　](?:男|女)(?=[，,。；\\s　]|$)|性别|出生|民族|公民身份|身份证|身份号码|来电号码|本人|个人|被处罚人|${PROTECTED_ROLES.join('|')})`,
  'g',
);

/** Labels of an address (住址 …). Which of them are always a person's: `PERSONAL_ADDRESS_LABELS`. */
export const ADDRESS_LABELS =
  /(?:家住|家庭住址|家庭地址|现住址|现住|户籍地址|户籍所在地|户籍地|居住地址|居住地|住所地|住[ 　]*址|住[ 　]*所|联系地址|通讯地址|通信地址|送达地址|地[ 　]*址)/g;
export const PERSONAL_ADDRESS_LABELS: ReadonlySet<string> = new Set([
  '家住',
  '家庭住址',
  '家庭地址',
  '现住址',
  '现住',
  '户籍地址',
  '户籍所在地',
  '户籍地',
  '居住地址',
  '居住地',
  '住址',
]);

/** Suffixes of organisations' names (当事人：…有限公司 is not a person). */
export const ORG_NAME_END =
  /(?:公司|厂|店|部|行|社|中心|医院|诊所|学校|幼儿园|合作社|商行|超市|酒店|宾馆|饭店|餐厅|网吧|加油站|门市|经营部|批发部|工作室|事务所|协会|学会|委员会|政府|局|所|院|站|馆|场|队|处|园|室|坊|铺|楼|村)$/;

/*
 * Engine generation 2 (rule set 2026.1). The lists above are read by generation 1 and stay as they
 * were (2025.1 is frozen); generation 2 reads these instead, where they differ.
 */

/** 执法证件号码 is one label (the generation-1 list stops at 执法证 and takes 号码 for a phone label). */
export const CERTIFICATE_LABELS_2 = /(?:(?:执法|监督|检查)(?:证件|证)(?:编号|号码|号)?(?:分别为|分别是|依次为|为|是)?)/g;

/** Phone labels, with the ones that say the line is a person's own (住宅电话, 家庭电话 …). */
export const PHONE_LABELS_2 =
  /(?:住宅电话|住宅固话|住宅座机|家庭电话|家庭固话|家庭座机|家中电话|家中座机|家里电话|家里座机|宅电|个人电话|私人电话|联系电话|联系方式|电话号码|手机号码|手机号|移动电话|固定电话|座机|来电号码|电[ 　]*话|手[ 　]*机|号码|Tel|TEL)/g;

/** A fixed line after these is a natural person's, whoever is talked about around it. */
export const PERSONAL_PHONE_WORDS =
  /^(?:住宅电话|住宅固话|住宅座机|家庭电话|家庭固话|家庭座机|家中电话|家中座机|家里电话|家里座机|宅电|个人电话|私人电话)$/;

/** The agency speaking of itself: 本支队, 本分局, 我大队 … as well as 本局. */
export const PUBLIC_CUES_2 =
  /(?:本局|我局|本分局|我分局|本支队|我支队|本大队|我大队|本中队|我中队|本机关|我委|本委|我队|本队|本所|我所|本中心|本站|执法机关|咨询电话|监督电话|举报电话|投诉电话|投诉举报电话|办公电话|值班电话|服务电话|热线)/g;

/** Labels of 微信号 and QQ号 in every phrasing (QQ小号, 扣扣号, 微信账号 …). */
export const IM_LABELS_2 = /(?:微信号码|微信账号|微信号|微信|QQ号码|QQ账号|QQ小号|QQ号|QQ|qq号|qq|扣扣号|扣扣)/;

/**
 * Words after an address that say it is where a natural person lives or owns a home
 * (在其位于…的住处, 在其…家中, 系…房屋的所有权人, 储存于其…住宅内, 在…窗口拍摄).
 */
export const DWELLING_WORDS =
  /^(?:的)?(?:住处|住宅(?![楼区小])|住所|寓所|家中|家里|家(?![具电居政乐禽畜纺属])|居所|院落|院内|院子|宅院|宅基地|房屋|房产|租住房|出租屋|自建房|窗口|阳台)/;

/** Words before such an address that name who lives there (其, 本人) or how (位于, 租住的). */
export const DWELLING_LEADS = /(?:位于|租住的|居住的|租住|居住在|住在|在其|于其|其在|其|系)$/;

/** Bank names standing between an account label and its number (账号：中国农业银行××支行 6228…). */
export const BANK_NAME_GAP =
  /^[：:\s　]*(?:[\p{Script=Han}A-Za-z（）()]{2,40}?(?:银行|信用社|信用联社|农商行|邮储|支行|分行|分理处|营业部|储蓄所))(?:[\p{Script=Han}（）()]{0,20}?(?:支行|分行|分理处|营业部|储蓄所))?[：:\s　，,]*(?:账号|帐号|卡号|账户|帐户)?[：:\s　]*$/u;

/** The provinces' characters that begin a vehicle plate (冀D12345): read by the plate rule and by the name readers. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
