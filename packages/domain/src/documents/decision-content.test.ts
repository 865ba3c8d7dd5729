import { describe, expect, it } from 'vitest';
import type { DocumentContext, DocumentModel } from './document-model.ts';
import { buildDocument } from './document-templates.ts';
import { endingCaseContext, generalCaseContext } from './document-test-factories.ts';
import { decideStep, type CaseView } from '../procedures/engine.ts';
import { A, CLEARED, calendar, codeOf, makeCase } from '../procedures/test-factories.ts';
import { proposalInWords } from './decision-content.ts';
import { getProcedure } from '../procedures/registry.ts';

/** 决定书 content after 行政处罚法 §59 and the 2021 市场监管 文书范本 (issue 20 item 3). */
const textOf = (m: DocumentModel) =>
  [
    m.title,
    ...m.blocks.flatMap((b) =>
      b.type === 'fields'
        ? b.rows.map((r) => `${r.label}｜${r.value}`)
        : b.type === 'heading' || b.type === 'paragraph'
          ? [b.text]
          : [...b.lines],
    ),
  ].join('\n');
const decision = (ctx: DocumentContext) => textOf(buildDocument('penalty-decision', ctx));

function withDecide(inputs: Record<string, unknown>, over: Partial<DocumentContext> = {}): DocumentContext {
  const ctx = generalCaseContext(over);
  return { ...ctx, steps: ctx.steps.map((s) => (s.code === 'decide' ? { ...s, inputs: { ...s.inputs, ...inputs } } : s)) };
}

describe('行政处罚决定书 content (行政处罚法 §59)', () => {
  it('§59(三): states the provision broken and the penalty provision apart; a decision recorded with one basis renders as before', () => {
    const t = decision(generalCaseContext());
    expect(t).toContain('本机关认为，你单位的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依法应当予以行政处罚。');
    expect(t).toContain('依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本机关决定对你单位作出如下行政处罚');
    const old = decision(withDecide({ violatedProvision: undefined }));
    expect(old).not.toContain('违反了');
    expect(old).toContain('依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定');
  });

  it('§59(二): lists each 笔录 with its date and each evidence item with what it proves (音像记录 metadata, the officer where the system cannot know)', () => {
    const t = decision(
      generalCaseContext({
        evidence: [
          { name: '冷柜现场.mp4', kind: 'video', capturedOn: '2026-08-04', capturedPlace: '惠民超市冷柜区', proves: '涉案酸奶摆放在售' },
          { name: '标签.jpg', kind: 'photo', capturedOn: '2026-08-04', proves: null },
        ],
      }),
    );
    expect(t).toContain('现场检查笔录（2026年8月4日），证明现场检查发现的情况：冷柜内发现超过保质期的酸奶 12 盒');
    expect(t).toContain('询问笔录（2026年8月5日），证明当事人购进、销售涉案酸奶的数量和违法所得');
    expect(t).toContain('视频「冷柜现场.mp4」（2026年8月4日，摄录于惠民超市冷柜区），证明涉案酸奶摆放在售');
    // a 证明对象 nobody recorded is left to be written by hand, never invented
    expect(t).toContain('照片「标签.jpg」（2026年8月4日），证明＿＿＿＿＿＿＿＿');
    // paper evidence the officer named
    expect(t).toContain('购进单据复印件，证明涉案酸奶的来源和购进价格。');
    // who was questioned is not printed (no personal data beyond the party block)
    expect(t).not.toContain('询问笔录（钱立新');
  });

  it('§45, §62: states the party’s statement and the reasons for accepting or rejecting it; the hearing likewise', () => {
    const t = decision(generalCaseContext());
    expect(t).toContain('于2026年8月26日依法举行了听证。听证中，你单位进行了陈述、申辩和质证。');
    expect(t).toContain('本机关对你单位提出的事实、理由和证据进行了复核，认为：当事人称系疏忽');
    const adopted = decision(withDecide({ defenceReasons: '当事人提供的进货票据证明其已尽查验义务' }, {}));
    expect(adopted).toContain('认为：当事人提供的进货票据证明其已尽查验义务');
  });

  it('states the 裁量 grade of the benchmark and its reasons', () => {
    expect(decision(generalCaseContext())).toContain(
      '当事人违法行为持续一个月，货值金额较小，无从轻、从重情节。依照本机关行政处罚裁量基准，本机关决定对你单位按照一般情形处罚（裁量阶次：一般处罚）。',
    );
    expect(decision(withDecide({ discretionGrade: '从轻处罚', discretionReasons: '当事人主动消除违法行为危害后果' }))).toContain(
      '当事人主动消除违法行为危害后果。依照本机关行政处罚裁量基准，本机关决定对你单位依法从轻处罚（裁量阶次：从轻处罚）。',
    );
    expect(decision(withDecide({ discretionGrade: undefined, discretionReasons: undefined }))).not.toContain('裁量');
  });

  it('puts every sanction in the table: 罚款 and 没收违法所得 with 大写, each confiscated item, 警告, 责令停产停业', () => {
    const ctx = withDecide({
      sanctions: [
        { kind: '警告' },
        { kind: '罚款', amount: 50000 },
        { kind: '没收违法所得', amount: 48 },
        { kind: '没收非法财物', detail: '过期酸奶 12 盒、冷藏柜 1 台', amount: 1272 },
        { kind: '责令停产停业', detail: '食品销售', days: 15 },
      ],
    });
    const m = buildDocument('penalty-decision', ctx);
    const rows = m.blocks.flatMap((b) => (b.type === 'fields' ? b.rows.map((r) => `${r.label}｜${r.value}`) : []));
    for (const r of [
      '警告｜予以执行',
      '罚款｜人民币50000元（大写：伍万元整）',
      '没收违法所得｜人民币48元（大写：肆拾捌元整）',
      '没收非法财物｜1. 过期酸奶 12 盒',
      '｜2. 冷藏柜 1 台',
      '｜以上财物价值人民币1272元（大写：壹仟贰佰柒拾贰元整）',
      '责令停产停业｜食品销售，期限十五日',
      '罚没款合计｜人民币50048元（大写：伍万零肆拾捌元整）',
    ])
      expect(rows).toContain(r);
    const t = textOf(m);
    expect(t).toContain(
      '一、警告；二、罚款人民币50000元（大写：伍万元整）；三、没收违法所得人民币48元（大写：肆拾捌元整）；四、没收非法财物：过期酸奶 12 盒、冷藏柜 1 台',
    );
    expect(t).toContain('没收的非法财物由本机关依法处理。');
  });

  it('§59(四), §67, §72: pays into the agency’s account or with the 缴款码 as configured, in fifteen days, with 加处罚款 3%', () => {
    const t = decision(generalCaseContext());
    expect(t).toContain(
      '你单位应当自收到本决定书之日起十五日内，将上述罚没款缴至以下账户（《中华人民共和国行政处罚法》第六十七条）：户名：馆陶县财政局非税收入专户；开户行：中国农业银行馆陶县支行；账号：50-123401040001234。',
    );
    expect(t).toContain(
      '每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额（《中华人民共和国行政处罚法》第七十二条第一款第（一）项）',
    );
    expect(t).not.toContain('指定的银行');
    const base = generalCaseContext();
    const code = decision(
      withDecide(
        { paymentCode: '1304330000123456' },
        { agency: { ...base.agency, payment: { method: 'code', codeChannel: '河北省非税收入电子缴款平台或者代理银行' } } },
      ),
    );
    expect(code).toContain('凭非税收入缴款码1304330000123456通过河北省非税收入电子缴款平台或者代理银行缴纳上述罚没款');
    expect(code).not.toContain('户名');
    // an agency that has not configured its account gets blanks, never a vague "designated bank"
    expect(decision({ ...base, agency: { ...base.agency, payment: null } })).toContain('户名：＿＿＿＿＿＿＿＿；开户行：＿＿＿＿＿＿＿＿');
  });

  it('§59(五): 复议 and 诉讼 name the bodies the agency configured; the 公示 sentence of 市场监管 follows', () => {
    const base = generalCaseContext();
    const t = decision({ ...base, agency: { ...base.agency, reviewBody: '邯郸市市场监督管理局', court: '大名县人民法院' } });
    expect(t).toContain('六十日内向邯郸市市场监督管理局申请行政复议');
    expect(t).toContain('六个月内依法向大名县人民法院提起行政诉讼');
    expect(t).toContain('通过国家企业信用信息公示系统向社会公示');
  });

  it('§59(一), (六): the party block has no telephone; the seal carries the agency and date, not the word 印章', () => {
    const m = buildDocument('penalty-decision', generalCaseContext());
    const t = textOf(m);
    expect(t).not.toContain('联系电话');
    expect(t).not.toContain('0310-7729001');
    expect(t).not.toContain('印章');
    expect(m.blocks.at(-1)).toMatchObject({ type: 'seal', lines: ['馆陶县市场监督管理局', '2026年9月1日'] });
  });
});

describe('告知书 and 不予行政处罚决定书 say the same', () => {
  it('the 告知书 names the same two provisions when the 调查终结报告 holds them apart', () => {
    const ctx = generalCaseContext();
    const withViolation: DocumentContext = {
      ...ctx,
      steps: ctx.steps.map((s) =>
        s.code === 'conclude-investigation'
          ? { ...s, inputs: { ...s.inputs, violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项' } }
          : s,
      ),
    };
    const notice = textOf(buildDocument('penalty-notice', withViolation));
    expect(notice).toContain(
      '你单位的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款的规定',
    );
    expect(textOf(buildDocument('penalty-notice', ctx))).not.toContain('违反了');
  });

  it('不予行政处罚决定书: the provision broken, the evidence list, no telephone, no 印章 under the seal', () => {
    const ctx = endingCaseContext('no-penalty');
    const withInputs: DocumentContext = {
      ...ctx,
      steps: ctx.steps.map((s) =>
        s.code === 'decide-no-penalty'
          ? {
              ...s,
              inputs: {
                ...s.inputs,
                violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
                evidenceProves: '销毁记录：涉案酸奶已全部销毁',
              },
            }
          : s,
      ),
    };
    const t = textOf(buildDocument('no-penalty-decision', withInputs));
    expect(t).toContain('你单位的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。');
    expect(t).toContain('销毁记录，证明涉案酸奶已全部销毁');
    expect(t).toContain('现场检查笔录（2026年8月4日）');
    expect(t).not.toContain('联系电话');
    expect(t).not.toContain('印章');
  });
});

describe('法制审核意见书: the proposal in sentences', () => {
  const decide = getProcedure('penalty-general')!.steps.find((s) => s.code === 'decide');

  it('reads as the 决定书 will, with no field dump ("…元。；处罚依据：…")', () => {
    const words = proposalInWords(decide, 'decide', {
      decisionType: 'penalty',
      facts: '当事人销售超过保质期的酸奶 20 盒，违法所得 54 元。',
      violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
      penalty: '没收违法所得，罚款。',
      sanctions: [
        { kind: '没收违法所得', amount: 54 },
        { kind: '罚款', amount: 50000 },
      ],
      fineAmount: 50000,
      confiscation: 54,
      discretionGrade: '一般处罚',
      discretionReasons: '无从轻、从重情节',
    });
    expect(words).toBe(
      '拟作出行政处罚决定。经查，当事人销售超过保质期的酸奶 20 盒，违法所得 54 元。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。无从轻、从重情节。依照裁量基准，拟适用「一般处罚」阶次。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，拟对当事人作出如下行政处罚：一、没收违法所得人民币54元（大写：伍拾肆元整）；二、罚款人民币50000元（大写：伍万元整）。',
    );
    expect(words).not.toMatch(/。；|：[^：]*；处罚依据/);
  });

  it('the review opinion prints it under 拟作出的决定', () => {
    const base = generalCaseContext();
    const text = textOf(
      buildDocument('legal-review-opinion', { ...base, review: { ...base.review!, proposedDecision: '拟作出行政处罚决定。经查，……' } }),
    );
    expect(text).toContain('拟作出的决定\n拟作出行政处罚决定。经查，……');
  });
});

describe('§45, §62: reasons are owed when the party spoke', () => {
  const def = getProcedure('penalty-general')!;
  const decideOn = (steps: CaseView['steps'], inputs: Record<string, unknown>) =>
    codeOf(() =>
      decideStep(
        def,
        makeCase(def, { state: 'reviewed', steps: [...makeCase(def).steps, ...steps] }),
        A.head,
        'decide',
        { decisionType: 'penalty', facts: 'f', violatedProvision: 'v', legalBasis: 'b', penalty: '警告', ...inputs },
        { today: '2026-09-30', calendar, ...CLEARED },
      ),
    );
  const notify = {
    code: 'notify',
    on: '2026-09-01',
    actorId: 'o1',
    inputs: { proposedPenalty: '警告', sanctions: [{ kind: '警告' }], hearingRight: false },
  };
  const served = { code: 'deliver-notice', on: '2026-09-01', actorId: 'o2', inputs: { deliveredOn: '2026-09-01', method: 'direct' } };
  const waived = { code: 'waive', on: '2026-09-02', actorId: 'o1', inputs: { statement: '放弃' } };
  const defence = { code: 'record-defence', on: '2026-09-02', actorId: 'o1', inputs: { statement: '初次违法', adopted: false } };

  it('the decision names the reasons after a 陈述申辩 or 听证 since the last 告知, and not otherwise', () => {
    expect(decideOn([notify, served, defence], {})).toBe('STEP_GUARD_FAILED');
    expect(decideOn([notify, served, defence], { defenceReasons: '   ' })).not.toBe('none');
    expect(decideOn([notify, served, defence], { defenceReasons: '所称情节不属于法定从轻情形' })).toBe('none');
    expect(decideOn([notify, served, waived], {})).toBe('none');
    // a statement on an earlier 告知 was answered by the new one
    expect(decideOn([{ ...notify, on: '2026-08-20' }, defence, notify, served, waived], {})).toBe('none');
  });
});
