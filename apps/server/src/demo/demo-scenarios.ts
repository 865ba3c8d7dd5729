import { REVIEW_POINTS, type Inputs, type PartyInput } from '@sanxiang/domain';
import { creditCode } from './demo-org.ts';
import { COMPANY_A, COMPANY_B, PERSON_A, idNumber, officers2 } from './demo-scenario-parties.ts';
import { inspectionRectifying, licenseAccepted, seizureImposed } from './demo-non-penalty-scenarios.ts';

/**
 * The demo county's cases as data: who opens each, its party, and the steps and legal-review acts
 * taken on which day (run through the real services by demo-cases.ts#runScenario).
 */

/** The legal-review acts a scenario can take (R-REV): through the review module's services. */
export type ReviewAct = 'propose' | 'submit' | 'opinion' | 'disagree' | 'discuss';

export interface ScenarioStep {
  on: string;
  actor: string;
  /** a procedure step, or */
  step?: string;
  /** a legal-review act */
  review?: ReviewAct;
  inputs: Inputs;
}

/** Every checklist point passes (同意). */
const ALL_PASS = REVIEW_POINTS.map((p) => ({ point: p.code, result: 'pass' as const, comment: '' }));

export interface Scenario {
  agency: string;
  procedure: string;
  title: string;
  field: string;
  region: string;
  party: PartyInput;
  officers: string[];
  openedOn: string;
  opener: string;
  openInputs: Inputs;
  steps: ScenarioStep[];
}

/** A 一般程序 case taken from 立案 to 归档, with every step a real case would have. */
function generalArchived(o: (k: string) => string): Scenario {
  const two = officers2(o('scjg.o1'), o('scjg.o2'));
  return {
    agency: 'scjg',
    procedure: 'penalty-general',
    title: '销售过期食品案',
    field: '市场监管',
    region: '130433100',
    party: COMPANY_A,
    officers: ['scjg.o1', 'scjg.o2'],
    openedOn: '2026-06-08',
    opener: 'scjg.o1',
    openInputs: {
      source: 'inspection',
      clueOn: '2026-06-05',
      summary: '日常检查发现当事人货架上摆放超过保质期的酸奶 12 盒。',
    },
    steps: [
      { on: '2026-06-08', actor: 'scjg.head', step: 'approve-filing', inputs: { opinion: '经核查，符合立案条件，同意立案。' } },
      {
        on: '2026-06-08',
        actor: 'scjg.o1',
        step: 'inspect',
        inputs: {
          ...two,
          place: '馆陶县陶山街 201 号惠民超市',
          presentPerson: '钱立新（法定代表人）',
          startedAt: '2026-06-08T08:40',
          endedAt: '2026-06-08T09:35',
          recorder: '王芳',
          findings: '冷柜内发现超过保质期的酸奶 12 盒，已拍照固定。',
        },
      },
      {
        on: '2026-06-10',
        actor: 'scjg.o2',
        step: 'inquire',
        inputs: {
          ...two,
          person: '钱立新（法定代表人）',
          personRelation: '当事人的法定代表人',
          personWork: '馆陶县惠民超市有限公司法定代表人',
          place: '馆陶县市场监督管理局二楼询问室',
          startedAt: '2026-06-09T15:00',
          endedAt: '2026-06-09T15:50',
          recorder: '李明',
          summary: '当事人承认未及时下架过期食品，共购进 24 盒，已售出 12 盒。',
        },
      },
      {
        on: '2026-06-10',
        actor: 'scjg.o1',
        step: 'collect-evidence',
        inputs: { ...two, items: '进货单据 1 份，过期酸奶 12 盒，现场照片 6 张' },
      },
      {
        on: '2026-06-22',
        actor: 'scjg.o1',
        step: 'conclude-investigation',
        inputs: {
          facts: '当事人销售超过保质期的食品，货值 96 元，违法所得 48 元。',
          evidence: '现场检查笔录、询问笔录、进货单据、照片',
          violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
          legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
          proposal: 'penalty',
        },
      },
      {
        on: '2026-06-23',
        actor: 'scjg.o1',
        step: 'notify',
        inputs: {
          proposedPenalty: '没收违法所得 48 元，罚款 50000 元',
          sanctions: [
            { kind: '没收违法所得', amount: 48 },
            { kind: '罚款', amount: 50000 },
          ],
          proposedFine: 50000,
          hearingRight: true,
        },
      },
      {
        on: '2026-06-23',
        actor: 'scjg.o2',
        step: 'deliver-notice',
        inputs: { deliveredOn: '2026-06-23', method: 'direct', recipient: '钱立新（法定代表人）', place: '馆陶县陶山街 201 号惠民超市' },
      },
      {
        on: '2026-06-24',
        actor: 'scjg.o1',
        step: 'record-defence',
        inputs: {
          speaker: '钱立新（法定代表人）',
          place: '馆陶县市场监督管理局二楼询问室',
          startedAt: '2026-06-24T09:00',
          endedAt: '2026-06-24T09:40',
          recorder: '王芳',
          statement: '当事人称系初次违法，已主动下架，请求从轻处罚。',
          adopted: false,
        },
      },
      {
        on: '2026-07-01',
        actor: 'scjg.o1',
        review: 'propose',
        inputs: {
          step: 'decide',
          decision: {
            decisionType: 'penalty',
            facts: '当事人销售超过保质期的酸奶 24 盒，货值金额 96 元，已售出 12 盒，违法所得 48 元。',
            violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
            legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
            penalty: '没收违法所得 48 元，罚款 50000 元',
            sanctions: [
              { kind: '没收违法所得', amount: 48 },
              { kind: '罚款', amount: 50000 },
            ],
            fineAmount: 50000,
            confiscation: 48,
            evidenceProves:
              '现场检查笔录：当事人冷柜内存放超过保质期的酸奶 12 盒\n询问笔录：当事人购进 24 盒、已售出 12 盒及违法所得 48 元\n进货单据：涉案酸奶的来源、数量和进价',
            discretionGrade: '从轻处罚',
            discretionReasons: '货值金额 96 元，不足一万元；当事人主动下架、如实陈述违法事实',
            defenceReasons:
              '当事人所称初次违法、主动下架的情节，本局在确定裁量阶次时已经考虑；其请求在此基础上再予从轻，没有事实和法律依据',
          },
          sanctions: ['罚款', '没收违法所得'],
          discretion: {
            violation: 'food-expired-small',
            grade: '从轻处罚',
            baseAmount: 96,
            reasoning: '货值金额 96 元，不足一万元；当事人主动下架、如实陈述，依本局裁量基准从轻处罚，罚款五万元。',
          },
        },
      },
      {
        on: '2026-07-02',
        actor: 'scjg.o1',
        review: 'submit',
        inputs: {
          summary: '日常检查发现当事人销售超过保质期的酸奶，经调查终结，拟作出行政处罚。',
          facts: '当事人销售超过保质期的食品，货值 96 元，违法所得 48 元。',
          legalBasis: '《中华人民共和国食品安全法》第三十四条第（十）项、第一百二十四条第一款',
          handlerOpinion: '建议没收违法所得 48 元，罚款 50000 元。',
        },
      },
      {
        on: '2026-07-06',
        actor: 'scjg.reviewer',
        review: 'opinion',
        inputs: {
          answers: ALL_PASS,
          conclusion: 'agree',
          opinion: '主体合法，事实清楚，证据确凿，程序合法，适用依据正确，裁量适当。同意。',
        },
      },
      { on: '2026-07-08', actor: 'scjg.head', step: 'decide', inputs: {} },
      {
        on: '2026-07-09',
        actor: 'scjg.o2',
        step: 'deliver',
        inputs: { deliveredOn: '2026-07-09', method: 'direct', recipient: '钱立新', place: '馆陶县市场监督管理局' },
      },
      { on: '2026-07-20', actor: 'scjg.o1', step: 'execute', inputs: { performance: 'paid', paidAmount: 50048 } },
      { on: '2026-07-24', actor: 'scjg.head', step: 'close', inputs: { summary: '罚没款已缴清，同意结案。' } },
      { on: '2026-07-27', actor: 'scjg.o1', step: 'archive', inputs: { volumes: '1' } },
    ],
  };
}

/** A case waiting for the party's 陈述申辩 after the 告知书. */
function generalNotified(o: (k: string) => string, today: string): Scenario {
  const two = officers2(o('scjg.o2'), o('scjg.o5'));
  return {
    agency: 'scjg',
    procedure: 'penalty-general',
    title: '未按规定公示营业执照案',
    field: '市场监管',
    region: '130433101',
    party: COMPANY_B,
    officers: ['scjg.o2', 'scjg.o5'],
    openedOn: '2026-10-12',
    opener: 'scjg.o2',
    openInputs: {
      source: 'complaint',
      clueOn: '2026-10-09',
      summary: '群众举报当事人未在经营场所醒目位置悬挂营业执照。',
    },
    steps: [
      { on: '2026-10-12', actor: 'scjg.head', step: 'approve-filing', inputs: { opinion: '经核查，举报属实，同意立案。' } },
      {
        on: '2026-10-13',
        actor: 'scjg.o2',
        step: 'inspect',
        inputs: {
          ...two,
          place: '房寨镇工业园区 8 号',
          startedAt: '2026-10-13T09:00',
          endedAt: '2026-10-13T09:30',
          refusedToSign: true,
          witness: '园区管委会工作人员刘某',
          findings: '经营场所未悬挂营业执照。当事人在场人员拒绝在笔录上签名。',
        },
      },
      {
        on: '2026-10-20',
        actor: 'scjg.o2',
        step: 'conclude-investigation',
        inputs: {
          facts: '当事人未将营业执照置于住所或者营业场所的醒目位置。',
          evidence: '现场检查笔录、照片',
          violatedProvision: '《中华人民共和国市场主体登记管理条例》第三十六条',
          legalBasis: '《中华人民共和国市场主体登记管理条例》第四十八条',
          proposal: 'penalty',
        },
      },
      {
        on: today,
        actor: 'scjg.o2',
        step: 'notify',
        inputs: { proposedPenalty: '罚款 3000 元', sanctions: [{ kind: '罚款', amount: 3000 }], proposedFine: 3000, hearingRight: false },
      },
      { on: today, actor: 'scjg.o5', step: 'deliver-notice', inputs: { deliveredOn: today, method: 'direct', recipient: '当事人' } },
    ],
  };
}

/** A case left in investigation past its 90-day limit: shows up as overdue. */
function generalOverdue(): Scenario {
  return {
    agency: 'scjg',
    procedure: 'penalty-general',
    title: '无照经营食品案',
    field: '市场监管',
    region: '130433102',
    party: PERSON_A,
    officers: ['scjg.o1', 'scjg.o5'],
    openedOn: '2026-07-15',
    opener: 'scjg.o1',
    openInputs: { source: 'inspection', clueOn: '2026-07-13', summary: '当事人在柴堡镇集市无证经营熟食。' },
    steps: [{ on: '2026-07-15', actor: 'scjg.head', step: 'approve-filing', inputs: { opinion: '同意立案。' } }],
  };
}

/** A complaint put to the head for 立案 today: waits in the head's 待我审批 (市场监管程序规定 §20). */
function generalFiling(today: string): Scenario {
  return {
    agency: 'scjg',
    procedure: 'penalty-general',
    title: '销售无中文标签进口食品案',
    field: '市场监管',
    region: '130433100',
    party: COMPANY_A,
    officers: ['scjg.o1', 'scjg.o2'],
    openedOn: today,
    opener: 'scjg.o1',
    openInputs: {
      source: 'complaint',
      clueOn: today,
      summary: '消费者投诉当事人销售的进口饼干无中文标签，经初步核查，符合立案条件，报请负责人批准立案。',
    },
    steps: [],
  };
}

/** A 综合执法局 case in legal review. */
function cityInReview(o: (k: string) => string): Scenario {
  const two = officers2(o('zhzf.o1'), o('zhzf.o2'));
  return {
    agency: 'zhzf',
    procedure: 'penalty-general',
    title: '擅自占用城市道路堆放物料案',
    field: '城市管理',
    region: '130433100',
    party: {
      kind: 'org',
      name: '邯郸市宏达建筑工程有限公司',
      creditCode: creditCode('91130400MA0G7H8J9'),
      legalRep: '曹宏达',
      address: '邯郸市丛台区中华北大街 88 号',
      phone: '0310-3012345',
    },
    officers: ['zhzf.o1', 'zhzf.o2'],
    openedOn: '2026-10-26',
    opener: 'zhzf.o1',
    openInputs: { source: 'inspection', clueOn: '2026-10-26', summary: '巡查发现当事人在平安大街占道堆放建筑材料。' },
    steps: [
      { on: '2026-10-26', actor: 'zhzf.head', step: 'approve-filing', inputs: { opinion: '经核查，符合立案条件，同意立案。' } },
      {
        on: '2026-10-26',
        actor: 'zhzf.o1',
        step: 'inspect',
        inputs: {
          ...two,
          place: '平安大街与陶山街交叉口东 50 米',
          presentPerson: '曹宏达（法定代表人）',
          startedAt: '2026-10-26T08:30',
          endedAt: '2026-10-26T09:10',
          findings: '占道堆放砂石约 30 平方米，未经批准。',
        },
      },
      {
        on: '2026-11-02',
        actor: 'zhzf.o1',
        step: 'conclude-investigation',
        inputs: {
          facts: '当事人未经批准占用城市道路堆放物料约 30 平方米。',
          evidence: '现场检查笔录、照片、询问笔录',
          violatedProvision: '《城市道路管理条例》第二十七条第（四）项',
          legalBasis: '《城市道路管理条例》第四十二条第（二）项',
          proposal: 'penalty',
        },
      },
      {
        on: '2026-11-03',
        actor: 'zhzf.o1',
        step: 'notify',
        inputs: {
          proposedPenalty: '责令限期改正，罚款 5000 元',
          sanctions: [{ kind: '罚款', amount: 5000 }],
          proposedFine: 5000,
          hearingRight: true,
        },
      },
      {
        on: '2026-11-03',
        actor: 'zhzf.o2',
        step: 'deliver-notice',
        inputs: {
          deliveredOn: '2026-11-03',
          method: 'mail',
          recipient: '曹宏达（法定代表人）',
          mailAddress: '馆陶县平安大街 18 号',
          trackingNumber: '1190087654321',
        },
      },
      { on: '2026-11-04', actor: 'zhzf.o2', step: 'waive', inputs: { statement: '当事人书面表示放弃陈述申辩和听证权利。' } },
      {
        on: '2026-11-13',
        actor: 'zhzf.o1',
        review: 'propose',
        inputs: {
          step: 'decide',
          decision: {
            decisionType: 'penalty',
            facts: '当事人未经批准占用城市道路堆放物料约 30 平方米。',
            violatedProvision: '《城市道路管理条例》第二十七条第（四）项',
            legalBasis: '《城市道路管理条例》第四十二条第（二）项',
            penalty: '责令限期改正，罚款 5000 元',
            fineAmount: 5000,
          },
          sanctions: ['罚款'],
          discretion: {
            violation: 'road-occupation',
            grade: '一般处罚',
            baseAmount: null,
            reasoning: '占道面积约 30 平方米，未造成交通事故，按一般情节处罚。',
          },
        },
      },
      {
        on: '2026-11-16',
        actor: 'zhzf.o1',
        review: 'submit',
        inputs: {
          summary: '巡查发现当事人占道堆放建筑材料，经调查终结并告知，当事人放弃陈述申辩和听证。',
          facts: '当事人未经批准占用城市道路堆放物料约 30 平方米。',
          legalBasis: '《城市道路管理条例》第二十七条、第四十二条',
        },
      },
    ],
  };
}

/** 简易程序: a street vendor fined on the spot, filed and archived. */
function simpleArchived(o: (k: string) => string): Scenario {
  const two = officers2(o('scjg.o1'), o('scjg.o2'));
  return {
    agency: 'scjg',
    procedure: 'penalty-simple',
    title: '未明码标价案',
    field: '市场监管',
    region: '130433100',
    party: { kind: 'person', name: '王某某', idNumber: idNumber('13043319790315201'), address: '馆陶镇', phone: '13700001111' },
    officers: ['scjg.o1', 'scjg.o2'],
    openedOn: '2026-09-14',
    opener: 'scjg.o1',
    openInputs: { place: '馆陶镇农贸市场 12 号摊位', facts: '当事人销售水果未明码标价。' },
    steps: [
      {
        on: '2026-09-14',
        actor: 'scjg.o1',
        step: 'notify-on-spot',
        inputs: { ...two, proposedPenalty: '罚款 100 元', proposedFine: 100, statement: '当事人无异议。' },
      },
      {
        on: '2026-09-14',
        actor: 'scjg.o1',
        step: 'decide-on-spot',
        inputs: { ...two, penaltyType: 'fine', fineAmount: 100, legalBasis: '《价格违法行为行政处罚规定》第十三条' },
      },
      { on: '2026-09-14', actor: 'scjg.o2', step: 'deliver-on-spot', inputs: { recipient: '王某某', refused: false } },
      { on: '2026-09-15', actor: 'scjg.o1', step: 'execute', inputs: { performance: 'bank', paidAmount: 100, receipt: 'HB2026091500123' } },
      { on: '2026-09-16', actor: 'scjg.o1', step: 'file-report', inputs: { reportedTo: '法制科' } },
      { on: '2026-09-18', actor: 'scjg.head', step: 'close', inputs: { summary: '罚款已缴纳，同意结案。' } },
      { on: '2026-09-21', actor: 'scjg.o1', step: 'archive', inputs: { volumes: '1' } },
    ],
  };
}

export function demoScenarios(o: (k: string) => string, today: string): Scenario[] {
  return [
    generalArchived(o),
    generalNotified(o, today),
    generalOverdue(),
    cityInReview(o),
    simpleArchived(o),
    inspectionRectifying(o),
    seizureImposed(o),
    licenseAccepted(o),
    generalFiling(today),
  ];
}
