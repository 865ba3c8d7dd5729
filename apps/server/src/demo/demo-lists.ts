import type { WorkingCalendar } from '@sanxiang/domain';
import type { Clock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { putList } from '../modules/lists/lists.service.ts';
import type { DemoOrg } from './demo-org.ts';
import type { DemoStore } from './demo-cases.ts';

/** The demo agencies' 事前公开 lists (R-PUB-1), as their administrators would publish them. */
const SP = '《中华人民共和国食品安全法》';
const LISTS: Record<string, Record<string, Record<string, string>[]>> = {
  scjg: {
    matters: [
      {
        code: '130433-SJ-CF-0001',
        name: '对经营超过保质期食品的行政处罚',
        kind: '行政处罚',
        basis: `${SP}第三十四条第十项、第一百二十四条第一款第五项`,
        unit: '综合执法大队',
        timeLimit: '立案之日起九十日内作出决定',
        fee: '不收费',
      },
      {
        code: '130433-SJ-CF-0002',
        name: '对未取得食品经营许可从事食品经营活动的行政处罚',
        kind: '行政处罚',
        basis: `${SP}第三十五条、第一百二十二条`,
        unit: '综合执法大队',
        timeLimit: '立案之日起九十日内作出决定',
        fee: '不收费',
      },
      {
        code: '130433-SJ-XK-0001',
        name: '食品经营许可',
        kind: '行政许可',
        basis: `${SP}第三十五条；《食品经营许可和备案管理办法》`,
        unit: '登记注册科',
        timeLimit: '受理之日起十个工作日',
        fee: '不收费',
      },
      {
        code: '130433-SJ-QZ-0001',
        name: '查封、扣押有证据证明不符合食品安全标准的食品',
        kind: '行政强制',
        basis: `${SP}第一百一十条第四项`,
        unit: '综合执法大队',
        timeLimit: '三十日，情况复杂的可延长三十日',
        fee: '不收费',
      },
      {
        code: '130433-SJ-JC-0001',
        name: '食品经营者监督检查',
        kind: '行政检查',
        basis: `${SP}第一百一十条；《食品生产经营监督检查管理办法》`,
        unit: '综合执法大队',
        timeLimit: '按年度检查计划',
        fee: '不收费',
      },
    ],
    inspections: [
      {
        code: '130433-SJ-SJ-01',
        name: '食品销售者落实进货查验记录制度情况检查',
        subject: '馆陶县市场监督管理局',
        basis: `${SP}第五十三条`,
        target: '辖区内食品销售经营者',
        content: '进货查验记录、票证留存、临期过期食品处置',
        ratio: '5%',
        method: '现场检查、书面检查',
        frequency: '每年不少于一次',
      },
      {
        code: '130433-SJ-SJ-02',
        name: '明码标价情况检查',
        subject: '馆陶县市场监督管理局',
        basis: '《中华人民共和国价格法》第十三条',
        target: '辖区内商品零售经营者',
        content: '价格标签、结算价格',
        ratio: '3%',
        method: '现场检查',
        frequency: '每年不少于一次',
      },
    ],
    guides: [
      {
        matter: '食品经营许可',
        basis: `${SP}第三十五条`,
        organ: '馆陶县市场监督管理局政务服务窗口',
        approver: '馆陶县市场监督管理局',
        conditions: '有与经营的食品品种、数量相适应的经营场所、设备设施和管理制度',
        materials:
          '食品经营许可申请书；营业执照复印件；与食品经营相适应的主要设备设施布局、操作流程等文件；食品安全自查、从业人员健康管理等规章制度',
        process: '申请—受理—审查（必要时现场核查）—决定—送达',
        timeLimit: '受理之日起十个工作日',
        hours: '工作日 8:30—12:00，14:30—17:30',
        address: '馆陶县政务服务中心二楼市场监管窗口',
        phone: '0310-6512345',
        supervision: '馆陶县司法局行政执法协调监督股',
        remedy: '对决定不服的，可以在六十日内申请行政复议，或者在六个月内提起行政诉讼',
      },
    ],
    remedies: [
      {
        type: '行政复议',
        name: '馆陶县人民政府',
        how: '自知道具体行政行为之日起六十日内，向馆陶县人民政府行政复议机构提出（馆陶县司法局）',
        phone: '0310-6512001',
        url: '',
        limit: '六十日',
      },
      {
        type: '行政诉讼',
        name: '馆陶县人民法院',
        how: '自知道或者应当知道作出行政行为之日起六个月内起诉',
        phone: '',
        url: '',
        limit: '六个月',
      },
      {
        type: '投诉举报',
        name: '全国12315平台',
        how: '拨打12315或登录平台在线投诉举报',
        phone: '12315',
        url: 'https://www.12315.cn',
        limit: '',
      },
    ],
  },
  zhzf: {
    matters: [
      {
        code: '130433-ZF-CF-0001',
        name: '对擅自占用城市道路摆摊设点的行政处罚',
        kind: '行政处罚',
        basis: '《城市道路管理条例》第二十七条、第四十二条',
        unit: '执法一中队',
        timeLimit: '立案之日起九十日内作出决定',
        fee: '不收费',
      },
      {
        code: '130433-ZF-QZ-0001',
        name: '暂扣违法摆摊设点的物品',
        kind: '行政强制',
        basis: '《河北省城市市容和环境卫生条例》',
        unit: '执法一中队',
        timeLimit: '三十日',
        fee: '不收费',
      },
    ],
    remedies: [
      {
        type: '行政复议',
        name: '馆陶县人民政府',
        how: '自知道具体行政行为之日起六十日内申请',
        phone: '0310-6512001',
        url: '',
        limit: '六十日',
      },
      { type: '投诉举报', name: '12345政务服务便民热线', how: '拨打12345', phone: '12345', url: '', limit: '' },
    ],
  },
};

export async function loadDemoLists(store: DemoStore, clock: Clock, calendar: () => WorkingCalendar, org: DemoOrg): Promise<void> {
  for (const [agencyKey, lists] of Object.entries(LISTS)) {
    const agencyId = org.agencies.get(agencyKey)!;
    const admin = await loadActor(store.db, org.users.get(`${agencyKey}.admin`)!);
    for (const [code, rows] of Object.entries(lists))
      await putList({ db: store.db, clock, calendar }, admin, agencyId, code, { rows, note: '首次公布' });
  }
}
