/**
 * Roles before a name: whose name is hidden (a protected natural person), whose is public (officials,
 * the party), and the role-like endings that mark a natural person. Data, not logic.
 */

/**
 * Roles that name a natural person whose name is not published (行政处罚结果信息网上公示办法 §7:
 * 被处罚人以外的自然人姓名; 举报人 always). Longer words first so that 委托代理人 wins over 代理人.
 */
export const PROTECTED_ROLES: readonly string[] = [
  '当事人签名',
  '被询问人',
  '委托代理人',
  '法定代理人',
  '患者家属',
  '未成年人',
  '举报人',
  '投诉人',
  '举报者',
  '投诉者',
  '检举人',
  '控告人',
  '消费者',
  '购买者',
  '购买人',
  '代理人',
  '监护人',
  '证人',
  '见证人',
  '被害人',
  '受害人',
  '经营者',
  '驾驶人',
  '驾驶员',
  '乘客',
  '学员',
  '患者',
  '家属',
  '房东',
  '租户',
  '承租人',
  '出租人',
  '村民',
  '居民',
  '农户',
  '老年人',
  '店员',
  '营业员',
  '收银员',
  '加油员',
  '服务员',
  '员工',
  '雇员',
  '工人',
  '供货人',
  '送货人',
  '收货人',
  '介绍人',
  '妻子',
  '丈夫',
  '配偶',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '亲属',
  '朋友',
  '同事',
  '邻居',
  '哥哥',
  '弟弟',
  '姐姐',
  '妹妹',
  '业主',
  '户主',
  '房主',
  '产权人',
  '家长',
  '学生',
  '从业人员',
  '店长',
  '现场负责人',
  '工作人员',
  '职工',
  '会计',
  '厨师',
  '保安',
  '司机',
];

/** Roles that are the agency's own people when the agency is named just before them (本局工作人员). */
export const AMBIGUOUS_ROLES: ReadonlySet<string> = new Set(['工作人员', '职工']);

/** Roles of people acting for the agency: their names and 执法证号 are public (R-PUB-2). */
export const OFFICIAL_ROLES: readonly string[] = [
  '执法人员',
  '承办人员',
  '承办人',
  '审核人员',
  '审核人',
  '经办人',
  '办案人员',
  '检查人员',
  '调查人员',
  '卫生监督员',
  '监督员',
  '执法人',
  '稽查人员',
  '联系人',
];

/**
 * A word ending like a role (操作工, 车间主任, 乘车人, 顾客, 安全员, 邻居) before a name: the name is a
 * natural person's too, when it ends cleanly (a delimiter or a word that follows names).
 */
export const ROLE_ENDINGS = /(?:人|员|工|者|客|主任|组长|班长|师傅|居|友)$/;

/** How a name found only by a role-like ending must end: a delimiter or a word people do. */
export const CLEAN_NAME_END =
  /^(?:[、，,（(：:。；;\s　]|证实|证明|证言|陈述|称|反映|承认|供述|投诉|举报|在|对此|知情|签字|确认|受伤|驾驶|未|等人|的证言|的陈述|的询问|的投诉|的举报)/;

/** Words that end like a role but are not one (个人, 本人), or name people whose names are public, or the party. */
export const PUBLIC_ROLE_ENDINGS =
  /(?:法定代表人|负责人|代表人|当事人|被处罚人|投资人|出资人|股东|执法人员|执法人|承办人|审核人|经办人|联系人|监督员|检查员|稽查员|审核员|检查人员|调查人员|办案人员|稽查人员|审核人员|承办人员|卫生监督员|工作人员|职工|委托人|申请人|法人|个人|本人|他人|其人|任何人|每人|人人)$/;
