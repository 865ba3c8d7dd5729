import type { Scenario } from './demo-scenarios.ts';
import { COMPANY_A, COMPANY_B, PERSON_A, officers2 } from './demo-scenario-parties.ts';

/**
 * The demo scenarios of the procedures other than 行政处罚: a 行政检查 waiting for rectification, a running
 * 查封扣押 and a 行政许可 under examination (demoScenarios in demo-scenarios.ts lists them with the rest).
 */

/** 双随机抽查 by the 馆陶镇 所, now waiting for rectification. */
export function inspectionRectifying(o: (k: string) => string): Scenario {
  const two = officers2(o('scjgs.o1'), o('scjgs.o2'));
  return {
    agency: 'scjgs',
    procedure: 'inspection',
    title: '食品销售者落实进货查验制度检查',
    field: '市场监管',
    region: '130433100',
    party: COMPANY_A,
    officers: ['scjgs.o1', 'scjgs.o2'],
    openedOn: '2026-11-09',
    opener: 'scjgs.o1',
    openInputs: { source: 'random', subject: '食品销售者进货查验记录制度落实情况', basis: '《中华人民共和国食品安全法》第五十三条' },
    steps: [
      {
        on: '2026-11-10',
        actor: 'scjgs.o1',
        step: 'inspect',
        inputs: {
          ...two,
          place: '惠民超市',
          startedAt: '2026-11-10T08:30',
          endedAt: '2026-11-10T09:20',
          findings: '部分批次乳制品缺少进货查验记录。',
        },
      },
      {
        on: '2026-11-11',
        actor: 'scjgs.o1',
        step: 'conclude',
        inputs: { result: 'rectify', conclusion: '进货查验记录不完整，责令整改。' },
      },
      {
        on: '2026-11-11',
        actor: 'scjgs.o2',
        step: 'order-rectification',
        inputs: { requirements: '补全 2026 年 10 月以来乳制品进货查验记录。', deadline: '2026-11-25' },
      },
    ],
  };
}

/** 查封扣押 by the 综合执法局, the measure still running. */
export function seizureImposed(o: (k: string) => string): Scenario {
  const two = officers2(o('zhzf.o1'), o('zhzf.o2'));
  return {
    agency: 'zhzf',
    procedure: 'coercion-seizure',
    title: '违法占道经营物品扣押',
    field: '城市管理',
    region: '130433100',
    party: PERSON_A,
    officers: ['zhzf.o1', 'zhzf.o2'],
    openedOn: '2026-11-10',
    opener: 'zhzf.o1',
    openInputs: {
      reason: '当事人经责令改正后仍占道经营，为制止违法行为。',
      legalBasis: '《河北省城市市容和环境卫生条例》第五十二条',
      property: '三轮车 1 辆、遮阳棚 1 顶',
    },
    steps: [
      {
        on: '2026-11-10',
        actor: 'zhzf.o1',
        review: 'propose',
        inputs: { step: 'approve', decision: { opinion: '同意实施扣押。' }, sanctions: ['扣押'] },
      },
      { on: '2026-11-10', actor: 'zhzf.head', step: 'approve', inputs: {} },
      {
        on: '2026-11-10',
        actor: 'zhzf.o1',
        step: 'impose',
        inputs: {
          ...two,
          place: '平安大街北段',
          items: '三轮车 1 辆、遮阳棚 1 顶',
          partyPresent: true,
          startedAt: '2026-11-10T09:30',
          endedAt: '2026-11-10T10:00',
          statement: '当事人表示知错。',
        },
      },
    ],
  };
}

/** 食品经营许可 accepted and under examination. */
export function licenseAccepted(o: (k: string) => string): Scenario {
  return {
    agency: 'scjg',
    procedure: 'license',
    title: '食品经营许可（新办）',
    field: '市场监管',
    region: '130433101',
    party: COMPANY_B,
    officers: ['scjg.o5'],
    openedOn: '2026-11-16',
    opener: 'scjg.o5',
    openInputs: { item: '食品经营许可', appliedOn: '2026-11-16', materials: '申请书、营业执照、经营场所平面图、食品安全管理制度' },
    steps: [{ on: '2026-11-17', actor: 'scjg.o5', step: 'accept', inputs: { acceptedOn: '2026-11-17', note: '材料齐全，予以受理。' } }],
  };
}

/**
 * The demo's decisions about 惠民超市 beyond 市场监管局's 行政处罚: a 综合执法局 简易程序 fine and a
 * 食品经营许可 change granted by 市场监管局, so that its public profile (/parties/<统一社会信用代码>) shows
 * 行政处罚 and 行政许可 of two agencies. Run by loadDemo only (not in demoScenarios, whose cases the tests count).
 */
export function companyProfileScenarios(o: (k: string) => string): Scenario[] {
  const two = officers2(o('zhzf.o1'), o('zhzf.o2'));
  return [
    {
      agency: 'zhzf',
      procedure: 'penalty-simple',
      title: '超出门窗外墙经营案',
      field: '城市管理',
      region: '130433100',
      party: COMPANY_A,
      officers: ['zhzf.o1', 'zhzf.o2'],
      openedOn: '2026-08-20',
      opener: 'zhzf.o1',
      openInputs: { place: '馆陶县陶山街 201 号门前人行道', facts: '当事人在门店外人行道摆放货架销售商品，占用人行道约 6 平方米。' },
      steps: [
        {
          on: '2026-08-20',
          actor: 'zhzf.o1',
          step: 'notify-on-spot',
          inputs: { ...two, proposedPenalty: '罚款 500 元', proposedFine: 500, statement: '当事人对违法事实无异议，当场将货架移回店内。' },
        },
        {
          on: '2026-08-20',
          actor: 'zhzf.o1',
          step: 'decide-on-spot',
          inputs: { ...two, penaltyType: 'fine', fineAmount: 500, legalBasis: '《河北省城市市容和环境卫生条例》第六十条' },
        },
        { on: '2026-08-20', actor: 'zhzf.o2', step: 'deliver-on-spot', inputs: { recipient: '钱立新（法定代表人）', refused: false } },
      ],
    },
    {
      agency: 'scjg',
      procedure: 'license',
      title: '食品经营许可（变更）',
      field: '市场监管',
      region: '130433101',
      party: COMPANY_A,
      officers: ['scjg.o5'],
      openedOn: '2026-08-24',
      opener: 'scjg.o5',
      openInputs: { item: '食品经营许可', appliedOn: '2026-08-24', materials: '变更申请书、营业执照、变更后经营场所平面图' },
      steps: [
        { on: '2026-08-25', actor: 'scjg.o5', step: 'accept', inputs: { acceptedOn: '2026-08-25', note: '材料齐全，予以受理。' } },
        {
          on: '2026-08-27',
          actor: 'scjg.o5',
          step: 'examine',
          inputs: { opinion: '经审查，变更后的经营项目和场所符合食品经营许可条件。' },
        },
        {
          on: '2026-08-28',
          actor: 'scjg.o5',
          review: 'propose',
          inputs: {
            step: 'grant',
            decision: {
              licenceNumber: 'JY11304330012345',
              scope: '经营项目变更为：预包装食品销售（含冷藏冷冻食品）、散装食品销售',
              validTo: '2031-08-27',
            },
            sanctions: [],
          },
        },
        { on: '2026-08-31', actor: 'scjg.head', step: 'grant', inputs: {} },
      ],
    },
  ];
}
