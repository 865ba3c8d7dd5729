/**
 * The workbench benchmark's caseload, planned and not yet stored: the county bureau's parties
 * (companies and persons with valid 统一社会信用代码 / 身份证号码) and 10,000 planned cases with the
 * later steps each should take (pure data from a seeded generator).
 */
import { chinaDate, type Inputs, type PartyInput } from '@sanxiang/domain';
import { creditCode } from '../apps/server/src/demo/demo-org.ts';
import { idNumber } from '../apps/server/src/demo/demo-cases.ts';
import { SHOP } from './lib/names.ts';
import { pick, rng } from './lib/rng.ts';
import { DAY } from './workbench.config.ts';

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
];
export const GIVEN = [
  '伟',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '建华',
  '海燕',
  '志强',
  '晓东',
  '丽娟',
  '国庆',
  '红梅',
];
const TRADE = [
  '超市有限公司',
  '食品厂',
  '建材经营部',
  '药房',
  '餐饮店',
  '商贸有限公司',
  '副食店',
  '农资经营部',
  '粮油店',
  '烟酒店',
  '饭店',
  '熟食店',
];
const TOWNS = ['130433100', '130433101', '130433102', '130433103', '130433200', '130433201', '130433202', '130433203'];
const TOWN_NAMES = ['馆陶镇', '房寨镇', '柴堡镇', '魏僧寨镇', '寿山寺乡', '王桥乡', '路桥乡', '南徐村乡'];
const PENALTY_TITLES = [
  '销售过期食品案',
  '未按规定公示营业执照案',
  '无照经营食品案',
  '销售不合格产品案',
  '虚假宣传案',
  '未明码标价案',
  '未建立进货查验记录案',
  '使用不合格计量器具案',
  '销售无中文标签进口食品案',
  '超范围经营案',
];
const INSPECTION_SUBJECTS = [
  '食品销售者进货查验记录制度落实情况',
  '餐饮服务单位食品安全管理情况',
  '药品零售企业经营行为',
  '特种设备使用登记情况',
  '计量器具检定情况',
  '农资经营者进销货台账',
];
const LICENSE_ITEMS = ['食品经营许可（新办）', '食品经营许可（变更）', '药品经营许可（延续）', '小餐饮登记'];

export const PARTIES = 2_500;

export function partyOf(i: number, r: (n: number) => number): PartyInput {
  const town = r(TOWNS.length);
  if (i % 5 === 4) {
    const birth = `19${String(60 + r(40))}${String(1 + r(12)).padStart(2, '0')}${String(1 + r(28)).padStart(2, '0')}`;
    return {
      kind: 'person',
      name: `${pick(r, SURNAMES)}某某`,
      idNumber: idNumber(`130433${birth}${String(i % 1000).padStart(3, '0')}`),
      address: `馆陶县${TOWN_NAMES[town]}`,
      phone: `139${String(r(1e8)).padStart(8, '0')}`,
    };
  }
  return {
    kind: 'org',
    name: `馆陶县${pick(r, SHOP)}${TOWN_NAMES[town]!.slice(0, 2)}${pick(r, TRADE)}${i}`.slice(0, 60),
    creditCode: creditCode(`91130433MA${String(i).padStart(7, '0')}`),
    legalRep: `${pick(r, SURNAMES)}${pick(r, GIVEN)}`,
    address: `馆陶县${TOWN_NAMES[town]}${1 + r(300)} 号`,
    phone: `0310-77${String(r(1e5)).padStart(5, '0')}`,
  };
}

export interface PlannedStep {
  step: string;
  by: 'lead' | 'head';
  inputs: Inputs;
}

export interface PlannedCase {
  procedure: string;
  title: string;
  region: string;
  party: number;
  officers: string[];
  openedAt: Date;
  openInputs: Inputs;
  steps: PlannedStep[];
}

/**
 * 10,000 cases over ~330 days: 一般程序 (55 %; most of those older than 90 days 终止调查 → 结案 → 归档,
 * some concluded or notified, the rest still investigating and overdue), 检查 (20 %, recent),
 * 许可 (13 %; most older ones 不予受理 → 结案 → 归档), 查封扣押 (5 %; recent ones wait for the head's
 * approval, older ones rejected and archived), 简易程序 (7 %, recent). `scjg.liming` is the lead
 * officer of every fifth case; the others go to the agency's other officers in pairs.
 */
export function planCases(n: number, liming: string, others: string[], now: Date): PlannedCase[] {
  const r = rng(20261206);
  const out: PlannedCase[] = [];
  for (let i = 0; i < n; i++) {
    const k = r(100);
    const procedure =
      k < 55 ? 'penalty-general' : k < 75 ? 'inspection' : k < 88 ? 'license' : k < 93 ? 'coercion-seizure' : 'penalty-simple';
    const maxAge = { 'penalty-general': 330, inspection: 45, license: 200, 'coercion-seizure': 120, 'penalty-simple': 20 }[procedure];
    const ageDays = r(maxAge);
    const openedAt = new Date(now.getTime() - ageDays * DAY - (30 + r(6 * 60)) * 60_000);
    const lead = i % 5 === 0 ? liming : pick(r, others);
    let second = pick(r, others);
    while (second === lead) second = pick(r, others);
    const officers = procedure === 'license' ? [lead] : [lead, second];
    const party = i < PARTIES ? i : r(PARTIES);
    const town = pick(r, TOWNS);
    const clueOn = chinaDate(new Date(openedAt.getTime() - r(4) * DAY));
    const steps: PlannedStep[] = [];
    let title: string;
    let openInputs: Inputs;
    const coin = r(100);
    switch (procedure) {
      case 'penalty-general':
        title = pick(r, PENALTY_TITLES);
        openInputs = {
          source: pick(r, ['inspection', 'complaint', 'referral']),
          clueOn,
          summary: `${title.slice(0, -1)}，经初步核查，符合立案条件。`,
        };
        steps.push({ step: 'approve-filing', by: 'head', inputs: { opinion: '经核查，符合立案条件，同意立案。' } });
        if (ageDays > 90 && coin < 80) {
          steps.push(
            { step: 'terminate', by: 'head', inputs: { reason: '违法事实不能成立，终止调查。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        } else if (coin < 35) {
          steps.push({
            step: 'conclude-investigation',
            by: 'lead',
            inputs: {
              facts: '当事人的违法事实清楚。',
              evidence: '现场检查笔录、询问笔录、照片',
              violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
              legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
              proposal: 'penalty',
            },
          });
          if (coin < 18)
            steps.push({
              step: 'notify',
              by: 'lead',
              inputs: { proposedPenalty: `罚款 ${(1 + r(20)) * 1000} 元`, proposedFine: (1 + r(20)) * 1000, hearingRight: r(2) === 0 },
            });
        }
        break;
      case 'inspection':
        title = `${pick(r, INSPECTION_SUBJECTS)}检查`;
        openInputs = {
          source: pick(r, ['random', 'routine', 'complaint', 'special']),
          subject: title.slice(0, -2),
          basis: '《中华人民共和国食品安全法》第一百一十条',
        };
        break;
      case 'license':
        title = pick(r, LICENSE_ITEMS);
        openInputs = {
          item: title.replace(/（.*）/, ''),
          appliedOn: chinaDate(openedAt),
          materials: '申请书、营业执照、经营场所平面图、食品安全管理制度',
        };
        if (ageDays > 20 && coin < 85) {
          steps.push(
            { step: 'refuse-acceptance', by: 'lead', inputs: { reason: '申请事项依法不需要取得行政许可。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        } else if (coin < 92) {
          steps.push({ step: 'accept', by: 'lead', inputs: { acceptedOn: chinaDate(openedAt), note: '材料齐全，予以受理。' } });
        }
        break;
      case 'coercion-seizure':
        title = '涉嫌违法物品扣押';
        openInputs = {
          reason: '为防止证据损毁，依法扣押涉案物品。',
          legalBasis: '《中华人民共和国食品安全法》第一百一十条第（四）项',
          property: `涉案食品 ${1 + r(50)} 箱`,
        };
        if (ageDays > 7 && coin < 90) {
          steps.push(
            { step: 'reject', by: 'head', inputs: { reason: '证据不足，不予批准。' } },
            { step: 'close', by: 'head', inputs: { summary: '同意结案。' } },
            { step: 'archive', by: 'lead', inputs: { volumes: '1' } },
          );
        }
        break;
      default:
        title = '未明码标价案';
        openInputs = { place: `${TOWN_NAMES[TOWNS.indexOf(town)]}农贸市场 ${1 + r(60)} 号摊位`, facts: '当事人销售商品未明码标价。' };
    }
    out.push({ procedure, title, region: town, party, officers, openedAt, openInputs, steps });
  }
  return out;
}
