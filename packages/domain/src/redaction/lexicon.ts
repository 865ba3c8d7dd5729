/**
 * Words the redaction rules read: surnames, the roles that name a protected natural person, and
 * the labels and cues that say whose number or address follows. Data, not logic.
 */

/** 复姓 first: a name starting with one keeps two characters of surname (欧阳某某). */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐',
  '端木', '澹台', '南宫', '闻人', '万俟', '呼延', '独孤', '西门', '钟离', '宗政', '单于', '太叔', '申屠', '公冶', '赫连',
  '拓跋', '百里', '东郭', '左丘', '梁丘', '微生', '羊舌', '司空', '亓官', '乐正', '第五',
];

/** 单姓: the common surnames (百家姓 and the most frequent surnames of today's census data). */
export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由' +
    '水凤昌郦酆晏卢竺毋' +
    '贝钮濮乜苍双莘贡逄扶堵宰璩寿充宦鱼庾暨弘禄殳沃蔚夔融厍訾巢蒯桓郗鄂鄞闾'
  ).split(''),
);

/**
 * Roles that name a natural person whose name is not published (行政处罚结果信息网上公示办法 §7:
 * 被处罚人以外的自然人姓名; 举报人 always). Longer words first so that 委托代理人 wins over 代理人.
 */
export const PROTECTED_ROLES: readonly string[] = [
  '当事人签名', '被询问人', '委托代理人', '法定代理人', '患者家属', '未成年人', '举报人', '投诉人', '举报者', '投诉者', '检举人', '控告人',
  '消费者', '购买者', '购买人', '代理人', '监护人', '证人', '见证人', '被害人', '受害人', '经营者', '驾驶人', '驾驶员', '乘客', '学员', '患者',
  '家属', '房东', '租户', '承租人', '出租人', '村民', '居民', '农户', '老年人', '店员', '营业员', '收银员', '加油员', '服务员', '员工', '雇员',
  '工人', '供货人', '送货人', '收货人', '介绍人', '妻子', '丈夫', '配偶', '儿子', '女儿', '父亲', '母亲', '亲属', '朋友', '同事', '邻居',
  '哥哥', '弟弟', '姐姐', '妹妹', '业主', '户主', '房主', '产权人', '家长', '学生', '从业人员', '店长', '现场负责人', '工作人员', '职工', '会计',
  '厨师', '保安', '司机',
];

/** Roles that are the agency's own people when the agency is named just before them (本局工作人员). */
export const AMBIGUOUS_ROLES: ReadonlySet<string> = new Set(['工作人员', '职工']);

/** Roles of people acting for the agency: their names and 执法证号 are public (R-PUB-2). */
export const OFFICIAL_ROLES: readonly string[] = [
  '执法人员', '承办人员', '承办人', '审核人员', '审核人', '经办人', '办案人员', '检查人员', '调查人员', '卫生监督员', '监督员', '执法人', '稽查人员',
  '联系人',
];

/** What comes right after a name and is not part of it (证人王五证实 → 王五). */
export const AFTER_NAME_WORDS: readonly string[] = [
  '证实', '证明', '证言', '作证', '投诉', '举报', '反映', '陈述', '供述', '承认', '提供', '出具', '电话', '联系', '手机', '身份', '户籍', '出生',
  '确认', '认可', '同意', '表示', '驾驶', '购买', '购进', '销售', '经营', '介绍', '推荐', '到场', '目睹', '正在', '现场', '拒绝', '持有', '签字',
  '签名', '作出', '家中', '等人', '一人', '二人', '两人', '三人', '均系', '系该', '本人', '未经', '未取', '没有', '称其', '制作', '进行', '负责',
  '担任', '签收', '接受', '配合', '协助', '带领', '当场', '分别', '一同', '一起', '共同', '夫妇', '父子', '母女', '书面', '口头', '的', '向', '在', '于', '对',
  '与', '和', '及', '等', '是', '系', '为', '因', '已', '也', '均', '都', '并', '未', '不', '无', '被', '将', '把', '从', '自', '称', '说', '到',
  '来', '去', '即', '又', '还', '亦', '所', '之', '以', '曾', '男', '女', '住', '年', '岁', '先', '后', '前', '处', '家', '其', '该', '另',
];

/** Two characters after a role that look like surname + name but are words (证人应当…, 举报人于是…). */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  '应当', '应该', '于是', '于当', '向本', '向其', '向该', '向我', '和其', '都是', '时间', '成为', '文件', '明知', '平时', '全部', '原因', '万元',
  '关于', '高度', '常年', '方面', '单位', '查明', '路过', '连续', '来到', '来自', '来电', '曾经', '曾在', '将其', '强行', '余额', '毕业', '安全',
  '党员', '公司', '车辆', '车主', '国家', '相关', '信息', '任何', '冷藏', '水果', '花费', '云端', '上述', '代表', '何时', '经营', '经常', '时任',
  '那里', '司机', '包括', '于某', '华某', '周边', '周围', '程序', '宁可', '区域', '封存', '戴着', '白天', '黄色', '红色', '田间', '姚某', '管理',
  '师傅', '甘愿', '尚未', '甄别', '居住', '户籍', '乔装', '能否', '康复', '宣称', '解释', '承认', '申请', '申辩', '申诉', '苗木', '项目', '来往',
  '都在', '都有', '伍仟', '陆续', '柴油', '孔某', '蓝色', '金额', '钱款', '鲁莽', '阳台', '齐全', '谈话', '计算', '利用', '支付', '门前', '门口',
  '权益', '和经', '和销', '和使', '向社', '于本', '许可', '商户', '商品', '商标', '商业', '万元', '车间', '居民', '班组', '银行',
]);

/**
 * A word ending like a role (操作工, 车间主任, 乘车人, 顾客, 安全员, 邻居) before a name: the name is a
 * natural person's too, when it ends cleanly (a delimiter or a word that follows names).
 */
export const ROLE_ENDINGS = /(?:人|员|工|者|客|主任|组长|班长|师傅|居|友)$/;

/** How a name found only by a role-like ending must end: a delimiter or a word people do. */
export const CLEAN_NAME_END = /^(?:[、，,（(：:。；;\s　]|证实|证明|证言|陈述|称|反映|承认|供述|投诉|举报|在|对此|知情|签字|确认|受伤|驾驶|未|等人|的证言|的陈述|的询问|的投诉|的举报)/;

/** Words that end like a role but are not one (个人, 本人), or name people whose names are public, or the party. */
export const PUBLIC_ROLE_ENDINGS = /(?:法定代表人|负责人|代表人|当事人|被处罚人|投资人|出资人|股东|执法人员|执法人|承办人|审核人|经办人|联系人|监督员|检查员|稽查员|审核员|检查人员|调查人员|办案人员|稽查人员|审核人员|承办人员|卫生监督员|工作人员|职工|委托人|申请人|法人|个人|本人|他人|其人|任何人|每人|人人)$/;

/** Labels of a natural person's 身份证号码. */
export const ID_LABELS = /(?:公民身份号码|公民身份证号码?|居民身份证号码?|身份证件号码?|身份证号码?|身份号码|身份证|证件号码|驾驶证号)/g;

/** Labels of a phone number. */
export const PHONE_LABELS = /(?:联系电话|联系方式|电话号码|手机号码|手机号|移动电话|固定电话|座机|来电号码|电[ 　]*话|手[ 　]*机|号码|Tel|TEL)/g;

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
export const PUBLIC_CUES = /(?:本局|我局|本机关|我委|本委|我队|本队|本所|我所|执法机关|咨询电话|监督电话|举报电话|投诉电话|投诉举报电话|办公电话|值班电话|服务电话|热线)/g;

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
export const ADDRESS_LABELS = /(?:家住|家庭住址|家庭地址|现住址|现住|户籍地址|户籍所在地|户籍地|居住地址|居住地|住所地|住[ 　]*址|住[ 　]*所|联系地址|通讯地址|通信地址|送达地址|地[ 　]*址)/g;
export const PERSONAL_ADDRESS_LABELS: ReadonlySet<string> = new Set(['家住', '家庭住址', '家庭地址', '现住址', '现住', '户籍地址', '户籍所在地', '户籍地', '居住地址', '居住地', '住址']);

/** Suffixes of organisations' names (当事人：…有限公司 is not a person). */
export const ORG_NAME_END =
  /(?:公司|厂|店|部|行|社|中心|医院|诊所|学校|幼儿园|合作社|商行|超市|酒店|宾馆|饭店|餐厅|网吧|加油站|门市|经营部|批发部|工作室|事务所|协会|学会|委员会|政府|局|所|院|站|馆|场|队|处|园|室|坊|铺|楼|村)$/;
