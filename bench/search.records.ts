/**
 * The search benchmark's generated 公示 records: phrase pools whose bigram frequencies look like real
 * decisions, 400 agencies, and one realistic publication record (双公示 fields, 违法事实 of 200–400
 * characters, the full 决定书 text for the first tenth) with its search columns.
 */
import { randomUUID } from 'node:crypto';
import { searchColumns, decisionKey } from '../apps/server/src/modules/publications/public-decision.ts';
import { SHOP } from './lib/names.ts';
import { pick } from './lib/rng.ts';
import { FULL_TEXT } from './search.config.ts';

// phrase pools: enough variety that bigram frequencies look like real decisions
const PROVINCES = ['河北省', '山东省', '河南省', '江苏省', '浙江省', '广东省', '四川省', '湖北省', '湖南省', '安徽省', '福建省', '山西省'];
const CITIES = [
  '邯郸市',
  '石家庄市',
  '保定市',
  '济南市',
  '郑州市',
  '南京市',
  '杭州市',
  '广州市',
  '成都市',
  '武汉市',
  '长沙市',
  '合肥市',
  '福州市',
  '太原市',
  '唐山市',
  '洛阳市',
];
const COUNTIES = [
  '馆陶县',
  '魏县',
  '大名县',
  '成安县',
  '临漳县',
  '肥乡区',
  '永年区',
  '曲周县',
  '邱县',
  '鸡泽县',
  '广平县',
  '涉县',
  '磁县',
  '武安市',
  '峰峰矿区',
  '丛台区',
];
const AGENCY_KINDS = [
  '市场监督管理局',
  '综合行政执法局',
  '生态环境局',
  '应急管理局',
  '交通运输局',
  '卫生健康委员会',
  '自然资源和规划局',
  '文化广电和旅游局',
];
const TRADE = [
  '超市有限公司',
  '食品厂',
  '建材经营部',
  '药房',
  '物流有限公司',
  '餐饮店',
  '化工有限公司',
  '汽车修理厂',
  '网吧',
  '加油站',
  '服装店',
  '农资经营部',
  '养殖场',
  '印刷厂',
  '家具厂',
  '商贸有限公司',
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];
const VIOLATIONS = [
  '销售过期食品',
  '未取得食品经营许可从事食品经营',
  '虚假宣传',
  '占道经营',
  '未按规定明码标价',
  '销售不合格建材',
  '超标排放大气污染物',
  '未批先建',
  '未按规定设置安全警示标志',
  '超限超载运输',
  '无证行医',
  '非法占用耕地',
  '未经许可经营网吧',
  '生产销售假冒伪劣产品',
  '违规储存危险化学品',
  '未按规定落实消防安全责任',
];
const FACTS = [
  '执法人员依法对当事人经营场所进行现场检查',
  '发现当事人货架上摆放超过保质期的预包装食品',
  '当事人无法提供进货查验记录和供货者资质证明',
  '经询问当事人对上述违法事实无异议',
  '涉案货值金额共计人民币',
  '违法所得共计人民币',
  '当事人在其微信公众号发布宣传内容',
  '宣称产品具有预防和治疗疾病的功效',
  '占用城市道路人行道摆放商品经营',
  '价格标签标示的价格与结算价格不一致',
  '抽样检验结果显示该批次产品不合格',
  '在线监测数据显示颗粒物排放浓度超过国家标准',
  '未依法报批建设项目环境影响评价文件擅自开工建设',
  '现场检查时未能提供有效的许可证件',
  '经核查当事人已于案发后主动整改',
  '当事人系初次违法且危害后果轻微',
  '当事人拒不配合调查',
  '现场查扣涉案物品一批并制作查封扣押清单',
  '冷藏柜内存放的酸奶已过保质期三天',
  '车辆实际载货重量超过核定载质量百分之三十',
  '在未取得医疗机构执业许可证的情况下开展诊疗活动',
  '经现场测量占用耕地面积约二百平方米',
  '储存区未按规定设置通风和防爆设施',
  '消防通道被杂物堵塞且疏散指示标志损坏',
  '当事人提交了书面陈述申辩意见',
  '本机关依法告知当事人享有陈述申辩和要求听证的权利',
];
const DECISION_TEXT = [
  '依据《中华人民共和国行政处罚法》第二十八条',
  '依据《中华人民共和国食品安全法》第一百二十四条第一款',
  '依据《中华人民共和国广告法》第五十五条',
  '依据《中华人民共和国大气污染防治法》第九十九条',
  '当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法申请行政复议',
  '或者在六个月内依法向人民法院提起行政诉讼',
  '罚款应当自收到本决定书之日起十五日内缴至指定银行',
  '逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款',
  '本机关于调查终结后依法进行了法制审核',
  '经本机关负责人集体讨论决定',
  '当事人的违法行为事实清楚、证据确凿',
  '根据当事人违法行为的事实、性质、情节以及社会危害程度',
];
const KINDS = ['行政处罚', '行政处罚', '行政处罚', '行政处罚', '行政许可', '行政许可', '行政检查', '行政强制'];

export interface Agency {
  name: string;
  credit: string;
  short: string;
}
export function agencies(r: (n: number) => number): Agency[] {
  const out: Agency[] = [];
  for (let i = 0; i < 400; i++) {
    const county = `${pick(r, PROVINCES)}${pick(r, CITIES)}${pick(r, COUNTIES)}`;
    const kind = pick(r, AGENCY_KINDS);
    out.push({
      name: `${county.slice(-3)}${kind}`,
      credit: `11${String(130000 + i).padStart(6, '0')}MB${String(i).padStart(6, '0')}${'0123456789ABCDEFGHJKLMNPQRTUWXY'[i % 31]}`,
      short: `${county.slice(-3, -1)}${kind.slice(0, 2)}`,
    });
  }
  return out;
}

export function record(i: number, r: (n: number) => number, ag: Agency[]) {
  const a = pick(r, ag);
  const kind = pick(r, KINDS);
  const person = r(5) === 0;
  const party = person ? `${pick(r, SURNAMES)}某某` : `${pick(r, COUNTIES)}${pick(r, SHOP)}${pick(r, TRADE)}`;
  const violation = pick(r, VIOLATIONS);
  let facts = `经查，${party}`;
  while (facts.length < 200 + r(200)) facts += `${pick(r, FACTS)}，`;
  facts += `涉案金额${r(90000) + 100}元。`;
  const year = 2019 + r(8);
  const docNumber = `${a.short}${kind === '行政处罚' ? '罚' : kind === '行政许可' ? '许' : kind === '行政检查' ? '检' : '强'}〔${year}〕${i}号`;
  const fine = kind === '行政处罚' ? (r(200) + 1) * 500 : null;
  const conclusion = kind === '行政处罚' ? `罚款人民币${fine}元` : kind === '行政许可' ? '准予许可' : '责令限期整改';
  let body: string | null = null;
  if (i < FULL_TEXT) {
    body = `${a.name}\n行政处罚决定书\n${docNumber}\n当事人：${party}\n${facts}\n`;
    while (body.length < 1500 + r(1500)) body += `${pick(r, DECISION_TEXT)}，${pick(r, FACTS)}。\n`;
  }
  const d = {
    id: randomUUID(),
    key: decisionKey(a.credit, docNumber),
    agency: { name: a.name, creditCode: a.credit },
    kind,
    docNumber,
    title: `${party}${violation}案`,
    partyName: party,
    partyCreditCode: person ? null : `91${String(130000 + r(9000)).padStart(6, '0')}MA${String(i).padStart(9, '0')}`.slice(0, 18),
    violation,
    facts,
    conclusion,
    fine,
    decidedOn: `${year}-${String(r(12) + 1).padStart(2, '0')}-${String(r(28) + 1).padStart(2, '0')}`,
    body,
  };
  return { ...d, ...searchColumns({ ...d, agency: { id: null, name: a.name, creditCode: a.credit, regionCode: null } }) };
}
