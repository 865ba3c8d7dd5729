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
