import type { DocumentContext, DocumentStep } from './document-model.ts';

/** Factories for document tests: a case with nothing filled in, and cases walked to the end. */

export function emptyContext(over: Partial<DocumentContext> = {}): DocumentContext {
  return {
    agency: { name: '馆陶县市场监督管理局', creditCode: '11130433MB0000000X' },
    case: { number: '馆市监罚〔2026〕1号', title: '销售过期食品案', procedureName: '行政处罚一般程序', field: '市场监管' },
    party: { kind: 'org', name: '馆陶县惠民超市有限公司' },
    officers: [],
    steps: [],
    issuedOn: '2026-09-01',
    ...sampleReviewRecords(),
    ...over,
  };
}

/** A step taken at 10:05 Beijing time on `on`. */
export function step(code: string, name: string, on: string, actorName: string, inputs: Record<string, unknown>): DocumentStep {
  return { code, name, on, at: `${on}T02:05:00Z`, actorName, inputs };
}

const base = (): Omit<DocumentContext, 'steps'> => ({
  agency: {
    name: '馆陶县市场监督管理局',
    shortName: '馆陶县市场监管局',
    creditCode: '11130433MB0000000X',
    address: '馆陶县陶山街 88 号',
    phone: '0310-7722315',
    reviewBody: '馆陶县人民政府',
    court: '馆陶县人民法院',
    payment: {
      method: 'account',
      accountName: '馆陶县财政局非税收入专户',
      bank: '中国农业银行馆陶县支行',
      accountNumber: '50-123401040001234',
    },
  },
  case: {
    number: '馆市监罚〔2026〕1号',
    title: '销售过期食品案',
    procedureName: '行政处罚一般程序',
    field: '市场监管',
    regionName: '馆陶镇',
    openedOn: '2026-08-03',
  },
  party: {
    kind: 'org',
    name: '馆陶县惠民超市有限公司',
    creditCode: '91130433MA0A1B2C3X',
    legalRep: '钱立新',
    address: '馆陶县陶山街 201 号',
    phone: '0310-7729001',
  },
  officers: [
    { name: '李明', certificateNumber: '13043300101', userId: 'u-1' },
    { name: '王芳', certificateNumber: '13043300102', userId: 'u-2' },
  ],
  issuedOn: '2026-09-20',
  responseWorkingDays: 5,
  ...sampleReviewRecords(),
});

/** 行政处罚一般程序 from 立案 to 结案, with a hearing, every input filled. */
export function generalCaseContext(over: Partial<DocumentContext> = {}): DocumentContext {
  const two = { officers: ['u-1', 'u-2'] };
  return {
    ...base(),
    steps: [
      step('open', '立案', '2026-08-03', '李明', {
        source: 'inspection',
        clueOn: '2026-08-01',
        summary: '日常检查发现该超市货架上摆放超过保质期的酸奶。',
      }),
      step('approve-filing', '批准立案', '2026-08-03', '张建国', { opinion: '经核查，符合立案条件，同意立案。' }),
      step('inspect', '现场检查', '2026-08-04', '李明', {
        ...two,
        place: '馆陶县陶山街 201 号惠民超市',
        presentPerson: '钱立新（法定代表人）',
        startedAt: '2026-08-04T09:30',
        endedAt: '2026-08-04T10:40',
        recorder: '王芳',
        findings: '冷柜内发现超过保质期的酸奶 12 盒，标价 6 元/盒。',
      }),
      step('inquire', '询问', '2026-08-05', '王芳', {
        ...two,
        person: '钱立新',
        personIdNumber: '130433198001011234',
        personRelation: '当事人的法定代表人',
        personWork: '馆陶县惠民超市有限公司 法定代表人',
        personPhone: '13903107001',
        place: '馆陶县市场监督管理局二楼询问室',
        startedAt: '2026-08-05T14:00',
        endedAt: '2026-08-05T14:45',
        recorder: '王芳',
        summary: '问：酸奶从何处购进？答：从邯郸某商贸公司购进，共 20 盒，已售出 8 盒。',
      }),
      step('collect-evidence', '提取证据', '2026-08-05', '王芳', { ...two, items: '购进单据复印件 1 份；过期酸奶 12 盒（照片 6 张）。' }),
      step('conclude-investigation', '调查终结', '2026-08-10', '李明', {
        facts: '当事人于2026年7月起销售超过保质期的酸奶，货值金额 120 元，违法所得 48 元。',
        evidence: '现场检查笔录、询问笔录、购进单据、照片',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
        proposal: 'penalty',
      }),
      step('notify', '行政处罚告知', '2026-08-11', '李明', {
        proposedPenalty: '没收违法所得 48 元，罚款 50000 元',
        proposedFine: 50000,
        hearingRight: true,
      }),
      step('deliver-notice', '送达告知书', '2026-08-11', '王芳', {
        deliveredOn: '2026-08-11',
        method: 'direct',
        recipient: '钱立新',
        place: '馆陶县陶山街 201 号惠民超市',
      }),
      step('request-hearing', '听证申请', '2026-08-13', '李明', { requestedOn: '2026-08-13' }),
      step('notify-hearing', '听证通知', '2026-08-14', '李明', { hearingOn: '2026-08-26', place: '本局三楼听证室', host: '陈静' }),
      step('hold-hearing', '举行听证', '2026-08-26', '孙浩', {
        attendees: '钱立新（当事人的法定代表人）',
        startedAt: '2026-08-26T09:00',
        endedAt: '2026-08-26T11:20',
        recorder: '孙浩',
        record: '调查人员陈述违法事实；当事人称系疏忽，请求从轻。',
        opinion: '事实清楚，证据确凿，建议维持拟处罚意见。',
      }),
      step('submit-review', '提交法制审核', '2026-08-27', '李明', {
        proposedDecision: '没收违法所得 48 元，罚款 50000 元',
        proposedFine: 50000,
      }),
      step('review-pass', '法制审核通过', '2026-08-28', '陈静', { opinion: '同意。' }),
      step('decide', '作出处罚决定', '2026-09-01', '张建国', {
        decisionType: 'penalty',
        facts: '当事人销售超过保质期的酸奶 20 盒，货值金额 120 元，违法所得 48 元。',
        violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
        penalty: '一、没收违法所得 48 元；二、罚款 50000 元。',
        fineAmount: 50000,
        confiscation: 48,
        evidenceProves: '询问笔录：当事人购进、销售涉案酸奶的数量和违法所得\n购进单据复印件：涉案酸奶的来源和购进价格',
        discretionGrade: '一般处罚',
        discretionReasons: '当事人违法行为持续一个月，货值金额较小，无从轻、从重情节',
        defenceReasons: '当事人称系疏忽，但未提供证据证明其已履行进货查验和定期检查库存食品的义务，所称情节不属于法定从轻或者减轻情形',
      }),
      step('deliver', '送达', '2026-09-02', '王芳', {
        deliveredOn: '2026-09-02',
        method: 'direct',
        recipient: '钱立新',
        place: '馆陶县市场监督管理局',
      }),
      step('execute', '执行', '2026-09-10', '李明', { performance: 'paid', paidAmount: 50048 }),
      step('close', '结案', '2026-09-15', '张建国', { summary: '罚没款已全部缴清，同意结案。' }),
    ],
    ...over,
  };
}

/** 行政处罚简易程序: 当场 warning or fine. */
/**
 * The same case ending otherwise after 调查终结 (行政处罚法 §57): `no-penalty` with a 不予行政处罚决定,
 * `transfer` with the case sent to the 公安机关 as a suspected crime.
 */
export function endingCaseContext(ending: 'no-penalty' | 'transfer'): DocumentContext {
  const g = generalCaseContext();
  const upTo = g.steps.findIndex((x) => x.code === 'conclude-investigation');
  const last =
    ending === 'no-penalty'
      ? step('decide-no-penalty', '作出不予行政处罚决定', '2026-08-20', '张建国', {
          ground: 'first',
          facts: '当事人初次销售超过保质期的酸奶 12 盒，货值金额 72 元，已全部下架销毁，未造成危害后果。',
          legalBasis: '《中华人民共和国行政处罚法》第三十三条第一款',
        })
      : step('transfer', '案件移送', '2026-08-20', '张建国', {
          kind: 'judicial',
          receiver: '馆陶县公安局',
          reason: '当事人销售明知是超过保质期的食品，货值金额达五万元以上，涉嫌生产、销售不符合安全标准的食品罪。',
          materials: '案件移送审批表、涉案物品清单、检验报告、询问笔录等共 12 份',
        });
  return { ...g, steps: [...g.steps.slice(0, upTo + 1), last], issuedOn: '2026-08-20' };
}

export function simpleCaseContext(over: Partial<DocumentContext> = {}): DocumentContext {
  const two = { officers: ['u-1', 'u-2'] };
  const b = base();
  return {
    ...b,
    case: { ...b.case, number: '馆市监简罚〔2026〕3号', title: '占道经营案', procedureName: '行政处罚简易程序' },
    party: { kind: 'person', name: '刘某', idNumber: '11010519491231002X', address: '馆陶县馆陶镇南街 5 号', phone: '13900000000' },
    steps: [
      step('open', '当场登记', '2026-09-03', '李明', { place: '馆陶镇南街菜市场门口', facts: '当事人在菜市场门口占道摆摊经营水果。' }),
      step('notify-on-spot', '当场告知', '2026-09-03', '李明', { ...two, proposedPenalty: '罚款 100 元', proposedFine: 100 }),
      step('decide-on-spot', '当场作出处罚决定', '2026-09-03', '李明', {
        ...two,
        penaltyType: 'fine',
        fineAmount: 100,
        legalBasis: '《河北省城市市容和环境卫生条例》第五十二条',
      }),
    ],
    ...over,
  };
}

/** A 法制审核 round and a 集体讨论 as the review module passes them to the review templates. */
export function sampleReviewRecords(): Pick<DocumentContext, 'review' | 'discussion'> {
  return {
    review: {
      round: 1,
      submittedBy: '李明',
      submittedOn: '2026-08-27',
      materialsSha256: 'ab'.repeat(32),
      catalogRules: ['适用普通程序作出的行政处罚决定', '较大数额罚款'],
      proposedDecision: '罚款 50000 元，没收违法所得 48 元',
      answers: [
        { name: '执法主体合法', result: 'pass', comment: '' },
        { name: '证据合法充分', result: 'problem', comment: '缺少进货单据原件' },
      ],
      findings: [{ ok: true, message: '各环节执法人员在办理之日均持有有效执法证' }],
      advice: [{ name: '赵律师', opinion: '证据链尚需补强。' }],
      conclusion: 'problems',
      opinion: '证据不足，请补充进货单据原件后重新送审。',
      reviewerName: '陈静',
      reviewedOn: '2026-08-28',
    },
    discussion: {
      heldOn: '2026-08-30',
      chair: '张建国',
      recorder: '刘洋',
      proposalVersion: 2,
      proposedDecision: '罚款 50000 元，没收违法所得 48 元',
      reviewOpinion: '存在问题：证据不足',
      reason: '承办人对审核意见有异议',
      participants: [
        { name: '张建国', post: '局长', opinion: '证据已能证明违法事实', vote: 'agree' },
        { name: '孙丽', post: '副局长', opinion: '同意', vote: 'agree' },
        { name: '陈静', post: '法制科科长', opinion: '坚持审核意见', vote: 'disagree' },
      ],
      votes: { agree: 2, disagree: 1, abstain: 0 },
      conclusion: '按拟作出的决定作出处罚。',
      override: '集体讨论未采纳法制审核人员陈静第 1 轮「存在问题」的意见。',
    },
  };
}
