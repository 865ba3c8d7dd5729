/** Shop names (字号) the benchmarks' generated companies are named from. */
export const SHOP = [
  '惠民',
  '永安',
  '鑫源',
  '康泰',
  '顺达',
  '金鼎',
  '华兴',
  '宏达',
  '利民',
  '天成',
  '恒信',
  '福源',
  '新世纪',
  '鸿运',
  '瑞丰',
  '佳美',
] as const;
