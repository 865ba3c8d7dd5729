/**
 * 双公示 data items (R-PUB-3): the national field codes for 行政处罚 (CF_*) and 行政许可 (XK_*)
 * used by the credit information platforms (行政许可和行政处罚等信用信息数据归集), and the four
 * items every other 执法决定 publishes (执法机关, 执法对象, 执法类别, 执法结论). Published JSON uses
 * these codes; pages show the names. The codes are the standard's own: 行政许可 有效期至 is XK_YXQZI and
 * its 数据来源单位 XK_LYDW / XK_LYDWDM (行政处罚 uses CF_SJLY / CF_SJLYDM); 处罚有效期 CF_YXQ is required
 * (2099-12-31 = 长期). A 不予许可 is no 行政许可信息 record (issue 18 item 10).
 */
export interface PublicationField {
  code: string;
  /** Chinese name, shown on pages */
  name: string;
  /** a date: YYYY-MM-DD in this product, YYYY/MM/DD in records exchanged under the data standard (exchange/pushed.ts) */
  date?: true;
}

export const PENALTY_FIELDS: readonly PublicationField[] = [
  { code: 'CF_XDR_MC', name: '行政相对人名称' },
  { code: 'CF_XDR_LB', name: '行政相对人类别' },
  { code: 'CF_XDR_SHXYM', name: '统一社会信用代码' },
  { code: 'CF_FRDB', name: '法定代表人' },
  { code: 'CF_XDR_ZJLX', name: '证件类型' },
  { code: 'CF_XDR_ZJHM', name: '证件号码' },
  { code: 'CF_WSH', name: '行政处罚决定书文号' },
  { code: 'CF_WFXW', name: '违法行为类型' },
  { code: 'CF_SY', name: '违法事实' },
  { code: 'CF_YJ', name: '处罚依据' },
  { code: 'CF_CFLB', name: '处罚类别' },
  { code: 'CF_NR', name: '处罚内容' },
  { code: 'CF_NR_FK', name: '罚款金额（万元）' },
  { code: 'CF_NR_WFFF', name: '没收违法所得、没收非法财物的金额（万元）' },
  { code: 'CF_NR_ZKDX', name: '暂扣或吊销证照名称及编号' },
  { code: 'CF_JDRQ', name: '处罚决定日期', date: true },
  { code: 'CF_YXQ', name: '处罚有效期', date: true },
  { code: 'CF_GSJZQ', name: '公示截止期', date: true },
  { code: 'CF_CFJG', name: '处罚机关' },
  { code: 'CF_CFJGDM', name: '处罚机关统一社会信用代码' },
  { code: 'CF_SJLY', name: '数据来源单位' },
  { code: 'CF_SJLYDM', name: '数据来源单位统一社会信用代码' },
];

export const LICENSE_FIELDS: readonly PublicationField[] = [
  { code: 'XK_XDR_MC', name: '行政相对人名称' },
  { code: 'XK_XDR_LB', name: '行政相对人类别' },
  { code: 'XK_XDR_SHXYM', name: '统一社会信用代码' },
  { code: 'XK_FRDB', name: '法定代表人' },
  { code: 'XK_XDR_ZJLX', name: '证件类型' },
  { code: 'XK_XDR_ZJHM', name: '证件号码' },
  { code: 'XK_XKWS', name: '行政许可决定文书名称' },
  { code: 'XK_WSH', name: '行政许可决定文书号' },
  { code: 'XK_XKLB', name: '许可类别' },
  { code: 'XK_XKZS', name: '许可证书名称' },
  { code: 'XK_XKBH', name: '许可编号' },
  { code: 'XK_NR', name: '许可内容' },
  { code: 'XK_JDRQ', name: '许可决定日期', date: true },
  { code: 'XK_YXQZ', name: '有效期自', date: true },
  { code: 'XK_YXQZI', name: '有效期至', date: true },
  { code: 'XK_XKJG', name: '许可机关' },
  { code: 'XK_XKJGDM', name: '许可机关统一社会信用代码' },
  { code: 'XK_ZT', name: '当前状态' },
  { code: 'XK_LYDW', name: '数据来源单位' },
  { code: 'XK_LYDWDM', name: '数据来源单位统一社会信用代码' },
];

/** Other 执法决定 (行政强制, 行政检查 …): 执法机关, 执法对象, 执法类别, 执法结论 (R-PUB-3). */
export const GENERAL_FIELDS: readonly PublicationField[] = [
  { code: 'ZF_XDR_MC', name: '执法对象' },
  { code: 'ZF_XDR_SHXYM', name: '统一社会信用代码' },
  { code: 'ZF_WSH', name: '文书号' },
  { code: 'ZF_LB', name: '执法类别' },
  { code: 'ZF_SX', name: '执法事项' },
  { code: 'ZF_JL', name: '执法结论' },
  { code: 'ZF_JDRQ', name: '决定日期', date: true },
  { code: 'ZF_GSJZQ', name: '公示截止期', date: true },
  { code: 'ZF_JG', name: '执法机关' },
  { code: 'ZF_JGDM', name: '执法机关统一社会信用代码' },
];

export type PublicationFieldSet = 'penalty' | 'license' | 'general';

export const FIELD_SETS: Readonly<Record<PublicationFieldSet, readonly PublicationField[]>> = {
  penalty: PENALTY_FIELDS,
  license: LICENSE_FIELDS,
  general: GENERAL_FIELDS,
};

/** The codes whose values are dates, in every field set. */
export const DATE_FIELD_CODES: ReadonlySet<string> = new Set(
  [...PENALTY_FIELDS, ...LICENSE_FIELDS, ...GENERAL_FIELDS].filter((f) => f.date).map((f) => f.code),
);

const NAMES = new Map([...PENALTY_FIELDS, ...LICENSE_FIELDS, ...GENERAL_FIELDS].map((f) => [f.code, f.name]));

/** The Chinese name of a field code (the code itself when unknown). */
export function fieldName(code: string): string {
  return NAMES.get(code) ?? code;
}

export type FieldValues = Record<string, string | null>;
