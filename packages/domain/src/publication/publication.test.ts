import { describe, expect, it } from 'vitest';
import { BUILTIN_CALENDAR_YEARS, WorkingCalendar } from '../calendar/index.ts';
import { PACK_CF_2017, PACK_CF_2021 } from '../rules/packs.ts';
import { getProcedure } from '../procedures/registry.ts';
import { DomainError } from '../errors.ts';
import { addMonths, correctionDue, publicUntil, publicationDue, withdrawalDue } from './periods.ts';
import { buildPublication, publishingStep, type DecisionSource } from './build.ts';
import { assertPublicationAct, documentPlainText } from './lifecycle.ts';
import { FIELD_SETS } from './fields.ts';
import {
  MARKET_PUBLICATION_RULES,
  NATIONAL_PUBLICATION_RULES,
  assertEarlyStopAllowed,
  publicationRequired,
  publicationRulesFor,
  earlyStopAvailability,
} from './sector-rules.ts';
import { MARKET_EARLY_STOP, assertEarlyStopConditions, earlyStopRefusals, type EarlyStopFacts } from './early-stop.ts';
import { WITHDRAWAL_GROUNDS } from './periods.ts';

const cal = new WorkingCalendar(BUILTIN_CALENDAR_YEARS);

describe('R-PUB-3 publication deadlines on the working-day calendar', () => {
  it('R-PUB-3: 行政处罚 and 行政许可 within 7 working days across 2025 国庆/中秋 (调休 9/28 and 10/11 count)', () => {
    expect(publicationDue('行政处罚', '2025-09-26', PACK_CF_2021, cal).dueOn).toBe('2025-10-13');
    expect(publicationDue('行政许可', '2025-09-30', PACK_CF_2021, cal).dueOn).toBe('2025-10-16');
  });
  it('R-PUB-3: across 2026 春节 (2/15–2/23 off, 2/14 and 2/28 worked) and 2026 国庆 (10/10 worked)', () => {
    expect(publicationDue('行政处罚', '2026-02-13', PACK_CF_2021, cal).dueOn).toBe('2026-03-02');
    expect(publicationDue('行政处罚', '2026-09-28', PACK_CF_2021, cal).dueOn).toBe('2026-10-13');
  });
  it('R-PUB-3: other decisions (行政检查, 行政强制) within 20 working days', () => {
    expect(publicationDue('行政检查', '2026-09-28', PACK_CF_2021, cal).dueOn).toBe('2026-10-30');
    expect(publicationDue('行政强制', '2026-02-13', PACK_CF_2021, cal)).toMatchObject({ dueOn: '2026-03-19', limit: '20个工作日' });
  });
  it('R-PUB-5: a withdrawn 行政处罚 comes down within 3 working days (2021 law), 20 under the 2017 pack and for other kinds', () => {
    expect(withdrawalDue('行政处罚', '2025-09-30', PACK_CF_2021, cal)).toBe('2025-10-11');
    expect(withdrawalDue('行政处罚', '2026-09-30', PACK_CF_2021, cal)).toBe('2026-10-10');
    expect(withdrawalDue('行政处罚', '2026-09-30', PACK_CF_2017, cal)).toBe('2026-11-03');
    expect(withdrawalDue('行政许可', '2026-09-30', PACK_CF_2021, cal)).toBe('2026-11-03');
    expect(correctionDue('2026-02-13', PACK_CF_2021, cal)).toBe('2026-03-19');
  });
});

const penaltySource = (over: Partial<DecisionSource> = {}): DecisionSource => ({
  procedure: getProcedure('penalty-general')!,
  stepCode: 'decide',
  inputs: {
    decisionType: 'penalty',
    facts: '当事人销售超过保质期的食品，违法所得 300 元。',
    legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
    penalty: '警告，罚款人民币 5000 元，没收违法所得 300 元',
    fineAmount: 5000,
    confiscation: 300,
  },
  openingInputs: {},
  docNumber: '馆市监处罚〔2026〕7号',
  caseTitle: '销售过期食品案',
  field: '市场监管',
  decidedOn: '2026-09-28',
  agency: { name: '馆陶县市场监督管理局', creditCode: '11130433MB1234567X' },
  party: { kind: 'org', name: '馆陶县惠民超市有限公司', creditCode: '91130433MA0XXXXX1Q', legalRep: '钱立新' },
  maskPersonName: true,
  ...over,
});

describe('R-PUB-3 双公示 data items from the case record', () => {
  it('R-PUB-3: a 一般程序 处罚 fills every CF_* item, amounts in 万元, and asks for the full text of its 决定书', () => {
    const d = buildPublication(penaltySource());
    expect(Object.keys(d.fields).sort()).toEqual(FIELD_SETS.penalty.map((f) => f.code).sort());
    expect(d.fields).toMatchObject({
      CF_XDR_MC: '馆陶县惠民超市有限公司',
      CF_XDR_LB: '法人及非法人组织',
      CF_XDR_SHXYM: '91130433MA0XXXXX1Q',
      CF_FRDB: '钱立新',
      CF_WSH: '馆市监处罚〔2026〕7号',
      CF_WFXW: '销售过期食品',
      CF_CFLB: '警告；罚款；没收违法所得、没收非法财物',
      CF_NR_FK: '0.5',
      CF_NR_WFFF: '0.03',
      CF_JDRQ: '2026-09-28',
      CF_CFJG: '馆陶县市场监督管理局',
      CF_CFJGDM: '11130433MB1234567X',
      CF_XDR_ZJHM: null,
    });
    expect(d.fullTextDocument).toBe('penalty-decision');
    expect(d.kind).toBe('行政处罚');
  });
  it('R-PUB-4: a natural person is published with the name masked and never with the ID number', () => {
    const d = buildPublication(penaltySource({ party: { kind: 'person', name: '王小明' } }));
    expect(d.fields['CF_XDR_MC']).toBe('王某某');
    expect(d.fields['CF_XDR_ZJHM']).toBeNull();
    expect(d.partyCreditCode).toBeNull();
  });
  it('R-PUB-3: 简易程序 has no full text; 许可 fills XK_*; 检查 publishes 执法结论 (ZF_*)', () => {
    const simple = buildPublication(
      penaltySource({
        procedure: getProcedure('penalty-simple')!,
        stepCode: 'decide-on-spot',
        inputs: { penaltyType: 'fine', fineAmount: 200, legalBasis: '《道路交通安全法》' },
        openingInputs: { facts: '占道经营。' },
      }),
    );
    expect(simple.fullTextDocument).toBeNull();
    expect(simple.fields).toMatchObject({ CF_NR: '罚款人民币200元', CF_SY: '占道经营。', CF_CFLB: '罚款' });
    const lic = buildPublication(
      penaltySource({
        procedure: getProcedure('license')!,
        stepCode: 'grant',
        inputs: { licenceNumber: 'JY11304330001', scope: '预包装食品销售', validTo: '2031-09-27' },
        openingInputs: { item: '食品经营许可' },
      }),
    );
    expect(lic.fields).toMatchObject({
      XK_XKBH: 'JY11304330001',
      XK_NR: '预包装食品销售',
      XK_YXQZI: '2031-09-27',
      XK_ZT: '有效',
      XK_XKZS: '食品经营许可',
    });
    const insp = buildPublication(
      penaltySource({
        procedure: getProcedure('inspection')!,
        stepCode: 'conclude',
        inputs: { result: 'rectify', conclusion: '消防通道堵塞，责令限期整改。' },
        openingInputs: { subject: '消防安全检查' },
      }),
    );
    expect(insp.fields).toMatchObject({
      ZF_LB: '行政检查',
      ZF_SX: '消防安全检查',
      ZF_JL: '作出检查结论：发现问题，责令整改：消防通道堵塞，责令限期整改。',
    });
    expect(publishingStep(getProcedure('penalty-general')!, 'notify')).toBeNull();
  });
});

describe('R-PUB-5 公示期 and the life cycle', () => {
  it('R-PUB-5: 3 months for 警告 or a small fine, 3 years otherwise; licences while valid', () => {
    const small = buildPublication(
      penaltySource({ inputs: { decisionType: 'penalty', facts: 'x', legalBasis: 'y', penalty: '罚款 2000 元', fineAmount: 2000 } }),
    );
    expect(publicUntil(small, 'org', '2026-10-09')).toEqual({ until: '2027-01-09', period: '3个月' });
    const big = buildPublication(penaltySource());
    expect(publicUntil(big, 'org', '2026-10-09').period).toBe('3年');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    const lic = buildPublication(
      penaltySource({
        procedure: getProcedure('license')!,
        stepCode: 'grant',
        inputs: { licenceNumber: 'A1', scope: 's', validTo: '2031-09-27' },
      }),
    );
    expect(publicUntil(lic, 'org', '2026-10-09').until).toBe('2031-09-27');
  });
  it('R-PUB-5: only a 公示管理员 publishes, corrects and takes down; a withdrawn record cannot be published again', () => {
    expect(() => assertPublicationAct('publish', 'pending', ['officer'])).toThrow(DomainError);
    expect(() => assertPublicationAct('publish', 'pending', ['publisher'])).not.toThrow();
    expect(() => assertPublicationAct('record-ground', 'published', ['head'])).not.toThrow();
    try {
      assertPublicationAct('publish', 'withdrawn', ['publisher']);
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('PUBLICATION_STATE');
    }
  });
  it('the text of a 决定书 is read off the same model as its PDF: title, number, every block', () => {
    const text = documentPlainText({
      kind: 'penalty-decision',
      title: '行政处罚决定书',
      agencyName: '某局',
      number: '某罚〔2026〕1号',
      issuedOn: '2026-09-28',
      blocks: [
        { type: 'heading', text: '一、违法事实' },
        { type: 'fields', rows: [{ label: '当事人', value: '某公司' }] },
        { type: 'seal', agencyName: '某局', date: '2026年9月28日', lines: ['某局', '2026年9月28日'] },
      ],
    });
    expect(text).toBe('某局\n行政处罚决定书\n某罚〔2026〕1号\n一、违法事实\n当事人：某公司\n某局\n2026年9月28日');
  });
});

describe("issue 18 item 10: 公示 by the sector's own rules (市场监督管理行政处罚信息公示规定)", () => {
  const penalty = (text: string, fine?: number) =>
    buildPublication(penaltySource({ inputs: { decisionType: 'penalty', facts: 'x', legalBasis: 'y', penalty: text, fineAmount: fine } }));

  it('市场监管公示规定 §2: a 行政处罚 of 警告 only is not published in 市场监管; the national default publishes it (行政处罚法 §48)', () => {
    expect(publicationRulesFor('市场监管')).toBe(MARKET_PUBLICATION_RULES);
    expect(publicationRulesFor('城市管理')).toBe(NATIONAL_PUBLICATION_RULES);
    const warning = penalty('警告');
    expect(warning.sanctionWeight.onlyWarning).toBe(true);
    expect(publicationRequired(warning, MARKET_PUBLICATION_RULES)).toEqual({
      required: false,
      reason: '仅受到警告行政处罚的，不予公示',
      basis: '《市场监督管理行政处罚信息公示规定》第二条',
    });
    expect(publicationRequired(warning, NATIONAL_PUBLICATION_RULES)).toEqual({ required: true });
    // 警告 with anything else, or 通报批评, is published
    for (const other of [
      penalty('警告，罚款人民币 500 元', 500),
      penalty('通报批评'),
      penalty('警告，通报批评'),
      penalty('警告，没收违法所得 300 元'),
    ]) {
      expect(other.sanctionWeight.onlyWarning).toBe(false);
      expect(publicationRequired(other, MARKET_PUBLICATION_RULES)).toEqual({ required: true });
    }
    // 不予行政处罚 is no 警告
    const none = buildPublication(penaltySource({ inputs: { decisionType: 'no-penalty', facts: 'x', legalBasis: 'y', penalty: '' } }));
    expect(none.sanctionWeight.onlyWarning).toBe(false);
  });

  it('市场监管公示规定 §8: the 市场监管 rules carry the sentence telling the party the decision will be published', () => {
    expect(MARKET_PUBLICATION_RULES.decisionNotice?.text).toContain('国家企业信用信息公示系统向社会公示');
    expect(MARKET_PUBLICATION_RULES.decisionNotice?.basis).toBe('《市场监督管理行政处罚信息公示规定》第八条');
    expect(NATIONAL_PUBLICATION_RULES.decisionNotice).toBeNull();
  });

  it('行政处罚法 §48 二款 and 市场监管公示规定 §11: a decision 变更 or 确认无效 comes down too', () => {
    expect(WITHDRAWAL_GROUNDS).toMatchObject({
      changed: '被依法变更',
      'confirmed-void': '被确认无效',
      revoked: '被撤销',
      'confirmed-illegal': '被确认违法',
    });
  });

  it('双公示 data standard: a 不予许可 is no 行政许可信息 record — it is published as an 执法决定 (ZF_*), never as XK_*', () => {
    const deny = buildPublication(
      penaltySource({
        procedure: getProcedure('license')!,
        stepCode: 'deny',
        inputs: { reason: '经营场所与住宅未有效隔离。' },
        openingInputs: { item: '食品经营许可' },
      }),
    );
    expect(deny.kind).toBe('行政许可');
    expect(deny.fieldSet).toBe('general');
    expect(Object.keys(deny.fields).some((k) => k.startsWith('XK_'))).toBe(false);
    expect(deny.fields).toMatchObject({ ZF_LB: '行政许可', ZF_SX: '食品经营许可', ZF_JL: '不予许可：经营场所与住宅未有效隔离。' });
  });

  it('双公示 data standard: 行政许可 uses XK_YXQZI (有效期至) and XK_LYDW / XK_LYDWDM (数据来源单位); 长期 is 2099-12-31', () => {
    const codes = FIELD_SETS.license.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['XK_YXQZ', 'XK_YXQZI', 'XK_LYDW', 'XK_LYDWDM']));
    expect(codes).not.toEqual(expect.arrayContaining(['XK_YXQJZ']));
    expect(codes.filter((c) => c === 'XK_YXQJZ' || c === 'XK_SJLY' || c === 'XK_SJLYDM')).toEqual([]);
    const lic = buildPublication(
      penaltySource({ procedure: getProcedure('license')!, stepCode: 'grant', inputs: { licenceNumber: 'A1', scope: 's' } }),
    );
    expect(Object.keys(lic.fields).sort()).toEqual([...codes].sort());
    expect(lic.fields).toMatchObject({ XK_YXQZI: '2099-12-31', XK_LYDW: '馆陶县市场监督管理局', XK_LYDWDM: '11130433MB1234567X' });
    expect(publicUntil(lic, 'org', '2026-10-09')).toEqual({ until: '2029-10-09', period: '3年' });
  });

  it('市场监管公示规定 §13: 通报批评 or a 较低数额罚款 3 months, others 3 years; a longer 限制期 (限制从业, 限制开展生产经营活动) is the 公示期', () => {
    const restricted = (days: number, kind = '限制从业') =>
      buildPublication(
        penaltySource({
          inputs: {
            decisionType: 'penalty',
            facts: 'x',
            legalBasis: 'y',
            penalty: `罚款人民币 200000 元，${kind}`,
            fineAmount: 200000,
            sanctions: [
              { kind: '罚款', amount: 200000 },
              { kind, detail: '食品生产经营管理工作', days },
            ],
          },
        }),
      );
    const fiveYears = restricted(1826);
    expect(fiveYears.sanctionWeight.restrictionDays).toBe(1826);
    expect(publicUntil(fiveYears, 'org', '2026-10-09', MARKET_PUBLICATION_RULES)).toEqual({ until: '2031-10-09', period: '限制期1826日' });
    // a shorter 限制期 leaves the 3 years; the national default has no such rule
    expect(publicUntil(restricted(365, '限制开展生产经营活动'), 'org', '2026-10-09', MARKET_PUBLICATION_RULES)).toEqual({
      until: '2029-10-09',
      period: '3年',
    });
    expect(publicUntil(fiveYears, 'org', '2026-10-09', NATIONAL_PUBLICATION_RULES).until).toBe('2029-10-09');
    // 通报批评 only: 3 months
    const criticism = buildPublication(
      penaltySource({ inputs: { decisionType: 'penalty', facts: 'x', legalBasis: 'y', penalty: '通报批评' } }),
    );
    expect(publicUntil(criticism, 'org', '2026-10-09', MARKET_PUBLICATION_RULES)).toEqual({ until: '2027-01-09', period: '3个月' });
  });

  it('市场监管公示规定 §14: 提前停止公示 after 信用修复 only where a provision allows it; the national default names none', () => {
    expect(() => assertEarlyStopAllowed(MARKET_PUBLICATION_RULES)).not.toThrow();
    expect(MARKET_PUBLICATION_RULES.earlyStop.basis).toBe('《市场监督管理行政处罚信息公示规定》第十四条');
    try {
      assertEarlyStopAllowed(publicationRulesFor('城市管理'));
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).code).toBe('PUBLICATION_STATE');
    }
  });
});

describe('issue 18 item 10: 市场监管 公示规定 §2 scope, §9 time limit, §14 early-stop conditions', () => {
  const simpleSource = (penaltyType: 'fine' | 'warning', field = '市场监管') =>
    penaltySource({
      procedure: getProcedure('penalty-simple')!,
      stepCode: 'decide-on-spot',
      field,
      inputs: { penaltyType, fineAmount: penaltyType === 'fine' ? 100 : undefined, legalBasis: '《价格违法行为行政处罚规定》第十三条' },
      openingInputs: { facts: '当事人销售水果未明码标价。' },
    });

  it('市场监管公示规定 §2 一款: a 简易程序 行政处罚 is outside the rule (普通程序 only); the national default publishes it', () => {
    const fine = buildPublication(simpleSource('fine'));
    expect(fine).toMatchObject({ kind: '行政处罚', procedureCode: 'penalty-simple', fineAmount: 100 });
    expect(publicationRequired(fine, MARKET_PUBLICATION_RULES)).toEqual({
      required: false,
      reason: '适用简易程序作出的行政处罚决定，不属于本领域公示规定的公示范围',
      basis: '《市场监督管理行政处罚信息公示规定》第二条第一款',
    });
    expect(publicationRequired(fine, publicationRulesFor('城市管理'))).toEqual({ required: true });
    // the 普通程序 decision of the same sector is published
    expect(publicationRequired(buildPublication(penaltySource()), MARKET_PUBLICATION_RULES)).toEqual({ required: true });
    // a 简易程序 is the 行政处罚 rule's only: other kinds are untouched by it
    expect(MARKET_PUBLICATION_RULES.unpublishedProcedures.value).toEqual(['penalty-simple']);
    expect(NATIONAL_PUBLICATION_RULES.unpublishedProcedures.value).toEqual([]);
  });

  it('市场监管公示规定 §9 (20 working days) and 国办发〔2018〕118号 (7): the stricter applies, so a 市场监管 行政处罚 is due in 7 working days', () => {
    // 2026-09-28 + 7 working days across 国庆 = 2026-10-13; §9's 20 would give 2026-10-30
    expect(publicationDue('行政处罚', '2026-09-28', PACK_CF_2021, cal, MARKET_PUBLICATION_RULES)).toMatchObject({
      dueOn: '2026-10-13',
      limit: '7个工作日',
    });
    // a sector limit stricter than the national one would apply: 3 working days, 2026-09-28 → 2026-10-08 across 国庆
    const strict = {
      ...MARKET_PUBLICATION_RULES,
      penaltyPublicationLimit: { days: 3, unit: 'working' as const, name: 'x', basis: '某省规定' },
    };
    expect(publicationDue('行政处罚', '2026-09-28', PACK_CF_2021, cal, strict)).toEqual({
      dueOn: '2026-10-08',
      limit: '3个工作日',
      basis: '某省规定',
    });
    // the national default and the other kinds keep the pack's limits
    expect(publicationDue('行政处罚', '2026-09-28', PACK_CF_2021, cal, NATIONAL_PUBLICATION_RULES)).toMatchObject({
      dueOn: '2026-10-13',
      limit: '7个工作日',
    });
    expect(publicationDue('行政许可', '2026-09-28', PACK_CF_2021, cal, MARKET_PUBLICATION_RULES).dueOn).toBe('2026-10-13');
  });

  const eligible: EarlyStopFacts = {
    kind: '行政处罚',
    publishedOn: '2026-10-09',
    today: '2027-04-09',
    penalty: '罚款人民币 150000 元',
    legalBasis: '《中华人民共和国广告法》第五十五条 发布虚假广告',
    shortPeriod: false,
    performance: 'paid',
    repeatedBy: null,
    confirmed: { harmRemoved: true, notListed: true },
  };
  const unmet = (over: Partial<EarlyStopFacts>) => earlyStopRefusals(MARKET_EARLY_STOP, { ...eligible, ...over }).map((r) => r.condition);

  it('市场监管公示规定 §14 一款, 信用修复管理办法 §6: six months public, performed, no repeat, harm removed, not listed — then it may stop', () => {
    expect(unmet({})).toEqual([]);
    expect(() => assertEarlyStopConditions(MARKET_EARLY_STOP, eligible)).not.toThrow();
    // one day short of six months
    expect(unmet({ today: '2027-04-08' })).toEqual(['minimum-period']);
    expect(unmet({ performance: null })).toEqual(['performed']);
    expect(unmet({ performance: 'enforced' })).toEqual(['performed']);
    expect(unmet({ performance: 'none' })).toEqual([]);
    expect(unmet({ repeatedBy: '馆市监罚〔2027〕3号' })).toEqual(['no-repeat']);
    expect(unmet({ confirmed: { harmRemoved: false, notListed: true } })).toEqual(['harm-removed']);
    expect(unmet({ confirmed: { harmRemoved: true, notListed: false } })).toEqual(['not-listed']);
  });

  it('信用修复管理办法 §6: in the 食品, 药品 and 特种设备 areas one year public', () => {
    const food = { legalBasis: '《中华人民共和国食品安全法》第一百二十四条' };
    expect(unmet({ ...food, today: '2027-10-08' })).toEqual(['minimum-period']);
    expect(unmet({ ...food, today: '2027-10-09' })).toEqual([]);
    const r = earlyStopRefusals(MARKET_EARLY_STOP, { ...eligible, ...food })[0]!;
    expect(r.message).toContain('食品领域行政处罚信息须公示满一年');
    expect(unmet({ legalBasis: '《中华人民共和国特种设备安全法》第八十四条', today: '2027-06-01' })).toEqual(['minimum-period']);
    expect(unmet({ legalBasis: '《中华人民共和国药品管理法》第一百一十七条', today: '2027-06-01' })).toEqual(['minimum-period']);
  });

  it('市场监管公示规定 §14 三款: 停产停业, 限制, 降低资质等级, 吊销 are never stopped early; a 3-month (§13) record is not either', () => {
    for (const penalty of [
      '罚款人民币 200000 元，责令停产停业 3 个月',
      '限制开展生产经营活动 1 年',
      '限制从业 5 年',
      '降低资质等级',
      '吊销食品经营许可证（JY11304330001）',
      '吊销营业执照',
    ])
      expect(unmet({ penalty }), penalty).toEqual(['excluded-sanction']);
    expect(unmet({ shortPeriod: true })).toEqual(['short-period']);
    expect(unmet({ kind: '行政强制' })).toEqual(['penalty-only']);
    try {
      assertEarlyStopConditions(MARKET_EARLY_STOP, { ...eligible, penalty: '吊销营业执照', today: '2026-12-01', performance: null });
      expect.unreachable();
    } catch (e) {
      const err = e as DomainError;
      expect(err.code).toBe('PUBLICATION_STATE');
      expect(err.details).toMatchObject({ condition: 'excluded-sanction', basis: '《市场监督管理行政处罚信息公示规定》第十四条第三款' });
      expect((err.details!['unmet'] as { condition: string }[]).map((u) => u.condition)).toEqual([
        'excluded-sanction',
        'minimum-period',
        'performed',
      ]);
      expect(err.message).toMatch(/^不符合提前停止公示的条件：受到吊销营业执照行政处罚的，不得提前停止公示；/);
    }
    expect(MARKET_PUBLICATION_RULES.earlyStopConditions).toBe(MARKET_EARLY_STOP);
    expect(NATIONAL_PUBLICATION_RULES.earlyStopConditions).toBeNull();
  });
});

describe('issue 18 item 10: whether 提前停止公示 is offered at all', () => {
  it('市场监管公示规定 §14: a 市场监管 行政处罚 may be stopped early after 信用修复, naming the provision', () => {
    expect(earlyStopAvailability('行政处罚', publicationRulesFor('市场监管'))).toEqual({
      allowed: true,
      basis: '《市场监督管理行政处罚信息公示规定》第十四条',
      reason: null,
    });
  });
  it('市场监管公示规定 §14 speaks of 行政处罚 only: a 行政许可 or 行政强制 decision is public until its term ends', () => {
    for (const kind of ['行政许可', '行政强制'])
      expect(earlyStopAvailability(kind, publicationRulesFor('市场监管'))).toMatchObject({ allowed: false, basis: null });
  });
  it('行政处罚法 §48, 国办发〔2018〕118号 name no early stop: outside 市场监管 (城市管理) even a 行政处罚 is not offered one', () => {
    const r = earlyStopAvailability('行政处罚', publicationRulesFor('城市管理'));
    expect(r).toMatchObject({ allowed: false, basis: null });
    expect(r.reason).toContain('没有信用修复后提前停止公示的规定');
  });
});
