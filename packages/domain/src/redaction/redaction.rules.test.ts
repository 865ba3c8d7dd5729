import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { isIdNumber15, isIdNumber18, luhnValid } from './checks.ts';
import { applyRedactions, checkPublished, redact } from './engine.ts';
import { maskAddress, maskName } from './masks.ts';
import { DEFAULT_REDACTION_RULES, ruleSetDigest, validateRuleSet } from './rules.ts';
import type { RedactionRuleSet } from './types.ts';

const out = (text: string, options = {}) => redact(text, options).text;
const errorOf = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
};

describe('R-PUB-4 checks', () => {
  it('Luhn, GB 11643 and the 15-digit birth date', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('6222020402001234564')).toBe(true);
    expect(isIdNumber18('11010519491231002X')).toBe(true); // the standard's own example
    expect(isIdNumber18('110105194912310021')).toBe(false);
    expect(isIdNumber15('410901620315123')).toBe(true);
    expect(isIdNumber15('410901621315123')).toBe(false); // month 13
  });
});

describe('R-PUB-4 身份证号码', () => {
  it('masks a checksum-valid number wherever it stands, keeping region and last four', () => {
    expect(out('驾驶人持有的从业资格证号为130433198503051219。')).toBe('驾驶人持有的从业资格证号为130433********1219。');
    expect(out('身份证：45010319730927035X，')).toBe('身份证：450103********035X，');
  });
  it('a wrong checksum is an ID only after an ID label; an 18-character credit code is not one', () => {
    expect(out('订单号130433198503051218。')).toBe('订单号130433198503051218。');
    expect(out('身份证号码：130433198503051218（有误）')).toBe('身份证号码：130433********1218（有误）');
    expect(out('统一社会信用代码：11130433000013301Y')).toBe('统一社会信用代码：11130433000013301Y');
  });
  it('15-digit numbers only after an ID label (营业执照注册号 stays)', () => {
    expect(out('身份证号码：410901620315123（一代身份证）')).toBe('身份证号码：410901*****5123（一代身份证）');
    expect(out('营业执照注册号为410902600123456。')).toBe('营业执照注册号为410902600123456。');
  });
});

describe('R-PUB-4 phone numbers versus 执法证号', () => {
  it('masks mobiles in their usual spellings', () => {
    expect(out('联系电话：13803101234')).toBe('联系电话：138****1234');
    expect(out('手机：159-3001-2345，')).toBe('手机：159-****-2345，');
    expect(out('电话 135 3100 4567。')).toBe('电话 135 **** 4567。');
    expect(out('联系方式：+86 13875102266。')).toBe('联系方式：+86 138****2266。');
  });
  it('an 11-digit 执法证号 is not a phone number: after its label, in a list, after an official, or known from the case', () => {
    const text =
      '执法人员李明（执法证号：13043301001）、王芳（执法证号：13043301002）检查。执法证号分别为13043301001、13043301004。承办人：李明（13043301001）';
    const r = redact(text);
    expect(r.text).toBe(text);
    expect(r.kept.length).toBe(5);
    expect(r.kept[0]!.why).toContain('执法证号');
    expect(out('本案执法人员：刘建华 13043302011　马小军 13043302015。')).toBe('本案执法人员：刘建华 13043302011　马小军 13043302015。');
    const context = { officials: [{ name: '毕文', certificate: '13043306001' }] };
    expect(out('毕文（13043306001）在场。', { context })).toBe('毕文（13043306001）在场。');
    // a phone label nearer than the certificate label wins
    expect(out('执法人员李明（执法证号：13043301001）检查时，当事人联系电话13043301003。')).toContain('当事人联系电话130****1003');
  });
  it('fixed phones: a person’s goes, the agency’s and an organisation’s stay', () => {
    expect(out('当事人：王五，男，联系电话：0310-6512345。')).toBe('当事人：王某，男，联系电话：0310-*******。');
    expect(out('当事人：王五，男，联系电话：（0310）6518877。')).toBe('当事人：王某，男，联系电话：（0310）*******。');
    expect(out('本局地址：馆陶县陶山街1号，联系电话：0310-7221234。')).toBe('本局地址：馆陶县陶山街1号，联系电话：0310-7221234。');
    expect(out('法定代表人：钱国平，联系电话：0512-63551234。')).toBe('法定代表人：钱国平，联系电话：0512-63551234。');
    expect(out('咨询请拨0310-7221234。', { context: { agency: { name: '馆陶县市场监督管理局', phones: ['0310-7221234'] } } })).toBe(
      '咨询请拨0310-7221234。',
    );
    expect(out('投诉举报电话：12315。')).toBe('投诉举报电话：12315。');
  });
  it('digits inside longer codes are not phones (JY, SP, barcodes, 设备代码)', () => {
    const text = '许可证编号JY11304330012345，报告编号SP20250219-0137，条码6901234567892，设备代码31104304332012060018。';
    expect(out(text)).toBe(text);
  });
});

describe('R-PUB-4 bank cards and accounts', () => {
  it('a party’s Luhn-valid card goes, keeping the last four; a non-Luhn number without a label stays', () => {
    expect(out('当事人通过其银行卡（卡号：6228480012345678903）收款。')).toBe('当事人通过其银行卡（卡号：***************8903）收款。');
    expect(out('批次号6228480012345678904。')).toBe('批次号6228480012345678904。');
  });
  it('a party’s account after 账号 goes; the account for paying fines is public', () => {
    expect(out('销售款通过其公司账户（账号：0408 2300 0910 0067 891）收取。')).toBe(
      '销售款通过其公司账户（账号：**** **** **** ***7 891）收取。',
    );
    const fines = '罚款缴至：户名：馆陶县财政局，账号：5066 1001 0400 0123 4。';
    expect(out(fines)).toBe(fines);
    const known = '请转入 6222020402001234564。';
    expect(out(known, { context: { agency: { name: '某局', accounts: ['6222020402001234564'] } } })).toBe(known);
  });
});

describe('R-PUB-4 车牌, 住址, 邮箱, 不动产权证书号', () => {
  it('plates: 普通, 新能源, 挂, 学; province and letter stay', () => {
    expect(out('车牌号为冀D58612的货车')).toBe('车牌号为冀D*****的货车');
    expect(out('苏E·8K9Z2号小型轿车')).toBe('苏E·*****号小型轿车');
    expect(out('湘ADF1234新能源车，挂车冀D1732挂，教练车冀D·3876学。')).toBe('湘A******新能源车，挂车冀D*****，教练车冀D·*****。');
    expect(out('执行GB 2760-2014标准，冀（2023）年度。')).toBe('执行GB 2760-2014标准，冀（2023）年度。');
  });
  it('a person’s address keeps province, city and county; an organisation’s and the agency’s stay', () => {
    expect(maskAddress('广西壮族自治区南宁市青秀区民族大道88号')).toBe('广西壮族自治区南宁市青秀区***');
    expect(maskAddress('馆陶县馆陶镇北关村二组16号')).toBe('馆陶县***');
    expect(maskAddress('幸福小区3号楼')).toBe('***');
    expect(out('当事人：张三，男，住址：河北省邯郸市馆陶县馆陶镇幸福街18号，')).toBe('当事人：张某，男，住址：河北省邯郸市馆陶县***，');
    expect(out('当事人：张三，男，1985年3月5日出生，住馆陶县馆陶镇北关村二组16号。')).toBe(
      '当事人：张某，男，1985年3月5日出生，住馆陶县***。',
    );
    const org = '当事人：河北陶都食品有限公司\n统一社会信用代码：91130433MA0CX1234R\n住所：河北省邯郸市馆陶县经济开发区纬三路9号';
    expect(out(org)).toBe(org);
    expect(out('本局地址：苏州市吴江区松陵街道开平路300号。')).toBe('本局地址：苏州市吴江区松陵街道开平路300号。');
    expect(out('住址：河北省邯郸市馆陶县***')).toBe('住址：河北省邯郸市馆陶县***');
  });
  it('emails and property certificates', () => {
    expect(out('当事人电子邮箱：oyxf1995@163.com。')).toBe('当事人电子邮箱：o*******@163.com。');
    expect(out('不动产权证书号：冀（2023）馆陶县不动产权第0004517号。')).toBe('不动产权证书号：冀（2023）馆陶县不动产权第*******号。');
  });
});

describe('R-PUB-4 自然人姓名', () => {
  it('surname + 某 per character, 复姓 kept whole', () => {
    expect(maskName('张三')).toBe('张某');
    expect(maskName('张建国')).toBe('张某某');
    expect(maskName('欧阳晓峰')).toBe('欧阳某某');
    expect(maskName('司马静')).toBe('司马某');
  });
  it('the party when a person, everywhere in the text; witnesses and informants in lists', () => {
    const text = '当事人：周志刚，男，汉族。\n\n周志刚于2024年销售白酒。证人王五、赵六和孙小七证实，举报人刘海燕举报称属实。';
    expect(out(text)).toBe('当事人：周某某，男，汉族。\n\n周某某于2024年销售白酒。证人王某、赵某和孙某某证实，举报人刘某某举报称属实。');
  });
  it('举报人 always, even when the rule set publishes the party’s name; the 经营者 follows the party', () => {
    const rules: RedactionRuleSet = {
      ...DEFAULT_REDACTION_RULES,
      rules: DEFAULT_REDACTION_RULES.rules.map((r) => (r.id === 'person-name' ? { ...r, party: false } : r)),
    };
    const text = '当事人：张三，男。经营者：李四。举报人赵六举报。';
    expect(out(text, { rules })).toBe('当事人：张三，男。经营者：李四。举报人赵某举报。');
    expect(out(text)).toBe('当事人：张某，男。经营者：李某。举报人赵某举报。');
  });
  it('officials, 法定代表人 and already-hidden names stay; the context adds protected persons', () => {
    const context = { officials: [{ name: '李明', certificate: '13043301001' }], protectedPersons: ['邹玉兰'] };
    const text = '执法人员李明、王芳到场。法定代表人：王德胜。证人王某证实。邹玉兰反映噪声扰民。';
    expect(out(text, { context })).toBe('执法人员李明、王芳到场。法定代表人：王德胜。证人王某证实。邹某某反映噪声扰民。');
    expect(out('证人李明证实。', { context })).toBe('证人李明证实。');
  });
  it('a word ending like a role (操作工, 车间主任) names a person when the name ends cleanly; look-alike words stay', () => {
    expect(out('冲压车间操作工谭德明在作业时受伤，车间主任任立强对此知情。')).toBe(
      '冲压车间操作工谭某某在作业时受伤，车间主任任某某对此知情。',
    );
    const words = '当事人通过其个人银行卡收款，持有卫生许可证，违反《中华人民共和国消费者权益保护法》，消费者权益受损，加工商户的货物。';
    expect(out(words)).toBe(words);
  });
  it('a name ends where a role word begins (举报人王五执法人员赵强: 王五, and the official stays)', () => {
    const text = '举报人王五执法人员赵强（执法证号：13043300000）';
    expect(out(text)).toBe('举报人王某执法人员赵强（执法证号：13043300000）');
    expect(out(out(text))).toBe(out(text));
  });
  it('words after a role are not names (证人证言, 举报人于是, 证人应当)', () => {
    const text = '证人证言属实，举报人于是再次举报，证人应当如实作证，举报人称其受到威胁。';
    expect(out(text)).toBe(text);
  });
});

describe('R-PUB-4 over-redaction refused, manual marks recorded', () => {
  const text =
    '馆陶县市场监督管理局\n行政处罚决定书\n馆市监处罚〔2025〕12号\n\n当事人：某公司。执法人员李明（执法证号：13043301001）。配方为甲料三成乙料七成，单价每公斤86元。依据《中华人民共和国食品安全法》第一百二十四条，罚款人民币5000元。\n\n馆陶县市场监督管理局\n2025年3月20日';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  it('a mark over the authority, the 文号, a date, an official, a certificate, an article or the fine is refused', () => {
    for (const s of ['馆陶县市场监督管理局', '〔2025〕12号', '2025年3月20日', '李明', '13043301001', '第一百二十四条', '5000元']) {
      const e = errorOf(() => redact(text, { marks: [{ ...at(s), reason: '商业秘密' }] }));
      expect(e.code, s).toBe('REDACTION_OVERREACH');
      expect(e.message).toContain('不得隐去');
    }
  });
  it('a trade secret is replaced with its recorded reason, even with a price in it', () => {
    const secret = '甲料三成乙料七成，单价每公斤86元';
    const r = redact(text, { marks: [{ ...at(secret), reason: '商业秘密' }] });
    expect(r.text).toContain('配方为［已隐去：商业秘密］。');
    expect(r.redactions).toEqual([expect.objectContaining({ rule: 'manual', label: '商业秘密', length: secret.length })]);
  });
  it('marks must be inside the text, whole characters, with a reason', () => {
    expect(errorOf(() => redact('abc', { marks: [{ start: 2, end: 9, reason: '商业秘密' }] })).code).toBe('REDACTION_INVALID');
    expect(errorOf(() => redact('a𠮷b', { marks: [{ start: 1, end: 2, reason: '商业秘密' }] })).code).toBe('REDACTION_INVALID');
    expect(errorOf(() => redact('abc', { marks: [{ start: 0, end: 1, reason: ' ' }] })).code).toBe('REDACTION_INVALID');
  });
  it('a mark overlapping a rule’s span hides both under the mark', () => {
    const t = '当事人：张三，男，住址：馆陶县馆陶镇幸福街18号，患有糖尿病。';
    const r = redact(t, { marks: [{ start: t.indexOf('幸福街'), end: t.indexOf('。'), reason: '个人隐私（健康状况）' }] });
    expect(r.text).toBe('当事人：张某，男，住址：［已隐去：个人隐私（健康状况）］。');
  });
});

describe('R-PUB-4 the published text is derived, never edited', () => {
  const original = '当事人：张建国，男，身份证号码：130433198503051219，联系电话：13803101234。执法人员李明（执法证号：13043301001）。';
  it('applying the recorded redactions to the original gives the published text', () => {
    const r = redact(original);
    expect(applyRedactions(original, r.redactions)).toBe(r.text);
    expect(r.redactions.map((x) => x.rule)).toEqual(['person-name', 'id-number', 'mobile-phone']);
    expect(r.redactions.every((x) => x.length === x.end - x.start)).toBe(true);
    expect(r.ruleSet).toEqual({ name: DEFAULT_REDACTION_RULES.name, version: '2026.5', digest: ruleSetDigest(DEFAULT_REDACTION_RULES) });
  });
  it('checkPublished accepts the derived text and names the first hand edit', () => {
    const published = redact(original).text;
    expect(checkPublished(original, published)).toMatchObject({ ok: true, firstDifference: null });
    const edited = published.replace('张某某', '张某');
    const c = checkPublished(original, edited);
    expect(c.ok).toBe(false);
    expect(c.firstDifference).toBe(published.indexOf('张某某') + 2);
  });
  it('rule sets are data: validated, and their digest changes with any parameter', () => {
    const looser: RedactionRuleSet = {
      ...DEFAULT_REDACTION_RULES,
      rules: DEFAULT_REDACTION_RULES.rules.map((r) => (r.id === 'mobile-phone' ? { ...r, keepEnd: 2 } : r)),
    };
    expect(ruleSetDigest(looser)).not.toBe(ruleSetDigest(DEFAULT_REDACTION_RULES));
    expect(redact(original, { rules: looser }).text).toContain('138******34');
    expect(errorOf(() => validateRuleSet({ name: 'x', version: '1', rules: [{ id: 'x-ray' } as never] })).code).toBe('REDACTION_INVALID');
    expect(redact(original, { rules: { name: '不脱敏', version: '0', rules: [] } }).text).toBe(original);
  });
});
