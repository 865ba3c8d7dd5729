import { describe, expect, it } from 'vitest';
import type { DocumentContext, DocumentModel } from './document-model.ts';
import { buildDocument } from './document-templates.ts';
import { generalCaseContext, simpleCaseContext, step } from './document-test-factories.ts';

/** The legal content each document must state, by the article it comes from. */
const textOf = (m: DocumentModel) =>
  [
    m.title,
    ...m.blocks.flatMap((b) =>
      b.type === 'fields'
        ? b.rows.flatMap((r) => [r.label, r.value])
        : b.type === 'heading' || b.type === 'paragraph'
          ? [b.text]
          : [...b.lines],
    ),
  ].join('\n');
const doc = (kind: string, ctx: DocumentContext) => textOf(buildDocument(kind, ctx));

/** The general case with some steps replaced or dropped. */
function withSteps(edit: (steps: DocumentContext['steps']) => DocumentContext['steps']): DocumentContext {
  const ctx = generalCaseContext();
  return { ...ctx, steps: edit(ctx.steps) };
}
const withInputs = (code: string, inputs: Record<string, unknown>) =>
  withSteps((steps) => steps.map((s) => (s.code === code ? { ...s, inputs: { ...s.inputs, ...inputs } } : s)));
const without = (...codes: string[]) => withSteps((steps) => steps.filter((s) => !codes.includes(s.code)));

describe('行政处罚告知书 (行政处罚法 §44, §45, §63, §64)', () => {
  it('states the facts, evidence, basis and proposed penalty, and the rights to 陈述、申辩 with the time limit (§44, §45)', () => {
    const t = doc('penalty-notice', generalCaseContext());
    for (const s of [
      '销售超过保质期的酸奶',
      '现场检查笔录、询问笔录、购进单据、照片',
      '《中华人民共和国食品安全法》第一百二十四条第一款',
      '没收违法所得 48 元，罚款 50000 元',
    ])
      expect(t).toContain(s);
    expect(t).toContain('第四十四条、第四十五条');
    expect(t).toContain('享有陈述、申辩的权利');
    expect(t).toContain('五个工作日内向本机关提出陈述、申辩意见');
    expect(t).toContain('不因你单位陈述、申辩而给予更重的处罚');
    expect(t).toContain('馆陶县陶山街 88 号');
  });

  it('states the right to a hearing and its time limit where the case has it (§63, §64), and not otherwise', () => {
    const t = doc('penalty-notice', generalCaseContext());
    expect(t).toContain('第六十三条、第六十四条');
    expect(t).toContain('有权要求举行听证');
    expect(t).toContain('应当自收到本告知书之日起五个工作日内向本机关提出');
    expect(t).toContain('不承担行政机关组织听证的费用');
    const none = doc('penalty-notice', withInputs('notify', { hearingRight: false }));
    expect(none).not.toContain('听证');
    expect(none).toContain('享有陈述、申辩的权利');
  });

  it('takes the time limit from the rule pack in force (e.g. 3 days under the 2017 law)', () => {
    const t = doc('penalty-notice', { ...generalCaseContext(), responseWorkingDays: 3 });
    expect(t).toContain('三个工作日内向本机关提出陈述、申辩意见');
    expect(t).toContain('三个工作日内向本机关提出；逾期未提出的，视为放弃听证权利');
  });

  it("carries the party's portal address and access code when one was issued, and says what it allows", () => {
    const access = { url: 'https://gs.example.gov.cn/party', code: 'K7QM-4XPR-9TWD' };
    const t = doc('penalty-notice', { ...generalCaseContext(), partyAccess: access });
    expect(t).toContain('当事人专区（https://gs.example.gov.cn/party）');
    expect(t).toContain('访问码「K7QM-4XPR-9TWD」');
    expect(t).toContain('在线提出陈述、申辩意见或者听证申请');
    const noHearing = doc('penalty-notice', { ...withInputs('notify', { hearingRight: false }), partyAccess: access });
    expect(noHearing).toContain('在线提出陈述、申辩意见，办理电子送达确认');
    expect(doc('hearing-rights-notice', { ...generalCaseContext(), partyAccess: access })).toContain('访问码「K7QM-4XPR-9TWD」');
    expect(doc('penalty-notice', generalCaseContext())).not.toContain('访问码');
  });

  it('is sealed by the agency on the day of the 告知 and signed for by the party', () => {
    const m = buildDocument('penalty-notice', generalCaseContext());
    expect(m.blocks).toContainEqual({
      type: 'seal',
      agencyName: '馆陶县市场监督管理局',
      date: '2026年8月11日',
      lines: ['馆陶县市场监督管理局', '2026年8月11日'],
    });
    expect(textOf(m)).toContain('当事人签收（签名或者盖章）');
  });
});

describe('听证告知书, 听证通知书, 听证笔录 (行政处罚法 §63, §64)', () => {
  it('听证告知书: the right to a hearing, the time limit, 代理, 回避, 公开, and the amount in words', () => {
    const t = doc('hearing-rights-notice', generalCaseContext());
    for (const s of [
      '有权要求举行听证',
      '五个工作日内',
      '视为放弃听证权利',
      '七日前',
      '委托一至二人代理',
      '申请回避',
      '公开举行',
      '人民币50000元（大写：伍万元整）',
      '陈述、申辩的权利',
    ])
      expect(t).toContain(s);
  });

  it('听证通知书: the date, place and host of the hearing and the consequences of not attending (§64(2)–(6))', () => {
    const t = doc('hearing-notice', generalCaseContext());
    for (const s of [
      '2026年8月13日',
      '2026年8月26日',
      '本局三楼听证室',
      '听证主持人：陈静',
      '委托一至二人代理',
      '拒不出席听证',
      '视为放弃听证权利',
    ])
      expect(t).toContain(s);
  });

  it('听证笔录: the record, the opinion, and checking and signing by the party (§64(7)(8)); licences cite 行政许可法 §48', () => {
    const t = doc('hearing-record', generalCaseContext());
    for (const s of [
      '调查人员陈述违法事实',
      '建议维持拟处罚意见',
      '申辩和质证',
      '核对无误后签字或者盖章',
      '听证主持人（签名）',
      '记录员孙浩',
    ])
      expect(t.replace(/\n/g, '')).toContain(s);
    const licence: DocumentContext = {
      ...generalCaseContext(),
      case: { ...generalCaseContext().case, procedureName: '行政许可' },
      steps: [step('hearing', '听证', '2026-08-26', '孙浩', { record: '申请人陈述意见。' })],
    };
    const l = doc('hearing-record', licence);
    expect(l).toContain('《中华人民共和国行政许可法》第四十八条');
    expect(l).toContain('申请人陈述意见。');
    expect(l).not.toContain('行政处罚法');
  });
});

describe('行政处罚决定书 (行政处罚法 §59)', () => {
  const t = doc('penalty-decision', generalCaseContext());

  it('(一) names the party and address; (二) the facts and evidence', () => {
    for (const s of [
      '馆陶县惠民超市有限公司',
      '馆陶县陶山街 201 号',
      '违法事实和证据',
      '销售超过保质期的酸奶 20 盒',
      '上述事实，有以下证据证明：',
      '1. 现场检查笔录（2026年8月4日），证明现场检查发现的情况：冷柜内发现超过保质期的酸奶 12 盒',
      '2. 询问笔录（2026年8月5日），证明当事人购进、销售涉案酸奶的数量和违法所得；',
    ])
      expect(t).toContain(s);
  });

  it('(三) the kind and basis of the penalty, with amounts in figures and words', () => {
    for (const s of [
      '处罚依据和处罚内容',
      '第一百二十四条第一款第（五）项',
      '一、没收违法所得 48 元；二、罚款 50000 元。',
      '人民币50000元（大写：伍万元整）',
      '人民币48元（大写：肆拾捌元整）',
    ])
      expect(t).toContain(s);
  });

  it('(四) how and by when to perform it: fifteen days, bank or electronic payment, 加处罚款 (§67, §72)', () => {
    for (const s of [
      '履行方式和期限',
      '十五日内',
      '户名：馆陶县财政局非税收入专户；开户行：中国农业银行馆陶县支行；账号：50-123401040001234',
      '第六十七条',
      '每日按罚款数额的百分之三加处罚款',
      '不得超出罚款的数额',
    ])
      expect(t).toContain(s);
  });

  it('(五) 行政复议 within 60 days and 行政诉讼 within 6 months, naming the bodies; no suspension (§73)', () => {
    expect(t).toContain('六十日内向馆陶县人民政府申请行政复议');
    expect(t).toContain('六个月内依法向馆陶县人民法院提起行政诉讼');
    expect(t).toContain('《中华人民共和国行政复议法》第二十条');
    expect(t).toContain('《中华人民共和国行政诉讼法》第四十六条');
    expect(t).toContain('本决定不停止执行');
  });

  it('(六) the agency and the date of the decision, under its seal', () => {
    const m = buildDocument('penalty-decision', generalCaseContext());
    expect(m.blocks.at(-1)).toEqual({
      type: 'seal',
      agencyName: '馆陶县市场监督管理局',
      date: '2026年9月1日',
      lines: ['馆陶县市场监督管理局', '2026年9月1日'],
    });
  });

  it('tells how the party was informed and heard (§44, §45, §64)', () => {
    expect(t).toContain('2026年8月11日向你单位告知了拟作出行政处罚的事实、理由、依据和处罚内容');
    expect(t).toContain('陈述、申辩、要求听证等权利');
    expect(t).toContain('于2026年8月26日依法举行了听证');
    const defended = doc(
      'penalty-decision',
      withSteps((s) => [
        ...s.filter((x) => !x.code.includes('hearing')),
        step('record-defence', '陈述申辩', '2026-08-14', '李明', { statement: '初次违法。', adopted: false }),
      ]),
    );
    expect(defended).toContain('提出了陈述、申辩意见：初次违法。本机关对你单位提出的事实、理由和证据进行了复核，认为：当事人称系疏忽');
    expect(defended).toContain('所称情节不属于法定从轻或者减轻情形，不予采纳。');
    expect(
      doc(
        'penalty-decision',
        withSteps((s) => [...s.filter((x) => !x.code.includes('hearing')), step('waive', '放弃', '2026-08-12', '李明', {})]),
      ),
    ).toContain('明确表示放弃陈述、申辩和听证的权利');
    expect(doc('penalty-decision', without('request-hearing', 'notify-hearing', 'hold-hearing'))).toContain(
      '在规定期限内未提出陈述、申辩意见，也未要求听证',
    );
  });

  it('a warning only: no payment, performed as decided (§66)', () => {
    const w = doc('penalty-decision', withInputs('decide', { penalty: '警告。', fineAmount: null, confiscation: null }));
    expect(w).not.toContain('十五日内');
    expect(w).toContain('按照本决定履行');
  });

  it('不予行政处罚: its own title, no performance, remedies still stated', () => {
    const ctx = withInputs('decide', {
      decisionType: 'no-penalty',
      penalty: '当事人初次违法且危害后果轻微并及时改正。',
      fineAmount: null,
      confiscation: null,
    });
    const m = buildDocument('penalty-decision', ctx);
    expect(m.title).toBe('不予行政处罚决定书');
    const n = textOf(m);
    expect(n).toContain('决定对你单位不予行政处罚');
    expect(n).not.toContain('履行方式和期限');
    expect(n).toContain('六十日内向馆陶县人民政府申请行政复议');
  });
});

describe('当场行政处罚决定书 (行政处罚法 §52)', () => {
  it('states the violation, kind and basis, the fine, time and place, remedies and the agency, signed by the officers', () => {
    const t = doc('on-spot-penalty-decision', simpleCaseContext());
    for (const s of [
      '占道摆摊经营水果',
      '《河北省城市市容和环境卫生条例》第五十二条',
      '罚款，罚款人民币100元（大写：壹佰元整）',
      '2026年9月3日10时05分',
      '馆陶镇南街菜市场门口',
      '六十日内向馆陶县人民政府申请行政复议',
      '六个月内',
      '执法人员（签名或者盖章）',
      '第五十二条',
      '专用票据',
    ]) {
      expect(t).toContain(s);
    }
    const warning = simpleCaseContext({
      steps: [step('decide-on-spot', '当场作出处罚决定', '2026-09-03', '李明', { penaltyType: 'warning', legalBasis: '某条例' })],
    });
    expect(doc('on-spot-penalty-decision', warning)).toContain('本决定为警告');
  });
});

describe('送达回证 and 结案审批表', () => {
  it('送达回证 names the document served, the recipient, how and when (行政处罚法 §61)', () => {
    const t = doc(
      'delivery-receipt',
      generalCaseContext({
        issuedDocuments: [{ kind: 'penalty-decision', title: '行政处罚决定书', number: '馆市监处罚〔2026〕1号', issuedOn: '2026-09-20' }],
      }),
    );
    for (const s of [
      '《行政处罚决定书》馆市监处罚〔2026〕1号',
      '钱立新',
      '直接送达',
      '2026年9月2日',
      '记明收到日期',
      '第六十一条',
      '受送达人（签名或者盖章）',
      '馆陶县市场监督管理局',
    ])
      expect(t).toContain(s);
    // 直接送达: the recipient signs; no witness is needed when nobody refused
    expect(t).not.toContain('见证人');
    expect(doc('delivery-receipt', { ...generalCaseContext(), steps: [step('grant', '准予许可', '2026-09-01', '张建国', {})] })).toContain(
      '《准予行政许可决定书》',
    );
  });

  it("结案审批表 records the outcome, performance and the head's opinion", () => {
    const t = doc('case-closing-approval', generalCaseContext());
    for (const s of [
      '作出处罚决定：一、没收违法所得 48 元；二、罚款 50000 元。',
      '当事人自觉履行',
      '人民币50048元（大写：伍万零肆拾捌元整）',
      '罚没款已全部缴清，同意结案。',
      '张建国',
      '2026年9月15日',
    ])
      expect(t).toContain(s);
    const ended = withSteps((s) => [
      ...s.slice(0, 3),
      step('terminate', '终止调查', '2026-08-09', '张建国', { reason: '违法事实不能成立。' }),
    ]);
    expect(doc('case-closing-approval', ended)).toContain('终止调查：违法事实不能成立。');
  });
});
