import type { DiscretionBenchmark, Sanction } from '@sanxiang/domain';

/** The demo agencies' 裁量基准 (R-REV-10), which loadDemoOrg (demo-org.ts) records as their first version. */

const FOOD_34_10 = '《中华人民共和国食品安全法》第三十四条第（十）项';
const FOOD_124 = '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项';
const CONFISCATE: Sanction[] = ['没收违法所得', '没收非法财物'];

/** The 市场监管局's benchmarks for two food-safety violations (amounts as the law's ranges). */
export const SCJG_BENCHMARKS: DiscretionBenchmark[] = [
  {
    id: 'food-expired-small',
    name: '经营超过保质期的食品（货值金额不足一万元）',
    violatedArticle: FOOD_34_10,
    penaltyArticle: FOOD_124,
    grades: [
      {
        grade: '不予处罚',
        circumstances: '初次违法且危害后果轻微并及时改正（《行政处罚法》第三十三条）',
        fine: { kind: 'none' },
        sanctions: [],
      },
      {
        grade: '减轻处罚',
        circumstances: '主动消除或者减轻违法行为危害后果，或者受他人胁迫、诱骗（《行政处罚法》第三十二条）',
        fine: { kind: 'amount', min: 10000, max: 49999 },
        sanctions: CONFISCATE,
      },
      {
        grade: '从轻处罚',
        circumstances: '货值金额较小，主动下架召回，积极配合调查',
        fine: { kind: 'amount', min: 50000, max: 60000 },
        sanctions: CONFISCATE,
      },
      {
        grade: '一般处罚',
        circumstances: '无从轻、减轻、从重情节',
        fine: { kind: 'amount', min: 60000, max: 80000 },
        sanctions: CONFISCATE,
      },
      {
        grade: '从重处罚',
        circumstances: '一年内因同一违法行为受过处罚，或者涉及婴幼儿、老年人专供食品',
        fine: { kind: 'amount', min: 80000, max: 100000 },
        sanctions: [...CONFISCATE, '吊销许可证件'],
      },
    ],
  },
  {
    id: 'food-expired-large',
    name: '经营超过保质期的食品（货值金额一万元以上）',
    violatedArticle: FOOD_34_10,
    penaltyArticle: FOOD_124,
    grades: [
      {
        grade: '从轻处罚',
        circumstances: '主动下架召回，积极配合调查',
        fine: { kind: 'multiple', min: 10, max: 13, base: '货值金额' },
        sanctions: CONFISCATE,
      },
      {
        grade: '一般处罚',
        circumstances: '无从轻、减轻、从重情节',
        fine: { kind: 'multiple', min: 13, max: 17, base: '货值金额' },
        sanctions: CONFISCATE,
      },
      {
        grade: '从重处罚',
        circumstances: '一年内因同一违法行为受过处罚',
        fine: { kind: 'multiple', min: 17, max: 20, base: '货值金额' },
        sanctions: [...CONFISCATE, '吊销许可证件'],
      },
    ],
  },
];

/** The 综合执法局's benchmark for occupying a city road without approval. */
export const ZHZF_BENCHMARKS: DiscretionBenchmark[] = [
  {
    id: 'road-occupation',
    name: '擅自占用城市道路',
    violatedArticle: '《城市道路管理条例》第二十七条',
    penaltyArticle: '《城市道路管理条例》第四十二条',
    grades: [
      { grade: '不予处罚', circumstances: '占道面积 5 平方米以下，经责令立即改正', fine: { kind: 'none' }, sanctions: [] },
      {
        grade: '从轻处罚',
        circumstances: '占道面积 5 至 20 平方米，及时改正',
        fine: { kind: 'amount', min: 1000, max: 5000 },
        sanctions: ['警告'],
      },
      {
        grade: '一般处罚',
        circumstances: '占道面积 20 至 50 平方米，未造成交通事故',
        fine: { kind: 'amount', min: 5000, max: 12000 },
        sanctions: [],
      },
      {
        grade: '从重处罚',
        circumstances: '占道面积 50 平方米以上，或者造成交通事故、拒不改正',
        fine: { kind: 'amount', min: 12000, max: 20000 },
        sanctions: [],
      },
    ],
  },
];
