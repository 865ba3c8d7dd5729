import { describe, expect, it } from 'vitest';
import { license } from '../procedures/definitions/license.ts';
import { BLANK, BLANK_DATE } from './document-fill.ts';
import type { DocumentBlock, DocumentContext } from './document-model.ts';
import { emptyContext, generalCaseContext, step } from './document-test-factories.ts';
import { LICENSE_NAMES, LICENSE_TEMPLATES } from './license-templates.ts';

type Kind = keyof typeof LICENSE_TEMPLATES;

/** Everything a person reads on the document, title first. */
function textOf(kind: Kind, ctx: DocumentContext): string {
  const t = LICENSE_TEMPLATES[kind];
  const parts = [ctx.agency.name, t.title];
  for (const b of t.build(ctx)) parts.push(...blockTexts(b));
  return parts.join('\n');
}
function blockTexts(b: DocumentBlock): string[] {
  if (b.type === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.type === 'signatures' || b.type === 'seal') return [...b.lines];
  return [b.text];
}
const BAD = /undefined|null|NaN|\[object|Invalid Date/;

/** A 食品经营许可 application by a company, from 接收 through 补正, 受理, 核查, 中止, 延长 and 审查. */
function licenceCaseContext(ending: 'grant' | 'deny' | 'refuse' | 'none' = 'grant', over: Partial<DocumentContext> = {}): DocumentContext {
  const g = generalCaseContext();
  const early = [
    step('open', '接收申请', '2026-09-01', '李明', {
      item: '食品经营许可（新办）',
      appliedOn: '2026-09-01',
      materials: '食品经营许可申请书 1 份；营业执照复印件 1 份；食品安全管理制度文本 1 份。',
    }),
    step('request-supplement', '一次告知补正', '2026-09-03', '李明', {
      missing: '一、经营场所平面布局图 1 份；二、食品安全管理人员健康证明复印件。',
    }),
    step('resubmit', '补正材料', '2026-09-08', '李明', { materials: '平面布局图、健康证明复印件' }),
  ];
  const endings = {
    refuse: [
      step('refuse-acceptance', '不予受理', '2026-09-09', '张建国', {
        reason: '申请事项不属于本机关职权范围，请向邯郸市市场监督管理局申请。',
      }),
    ],
    none: [],
    grant: [],
    deny: [],
  };
  const middle = [
    step('accept', '受理', '2026-09-09', '李明', { acceptedOn: '2026-09-09', note: '材料齐全，予以受理。' }),
    step('verify-on-site', '现场核查', '2026-09-12', '李明', {
      officers: ['u-1', 'u-2'],
      place: '馆陶县陶山街 66 号（申请经营场所）',
      presentPerson: '周梅（申请人的负责人）',
      startedAt: '2026-09-12T09:00',
      endedAt: '2026-09-12T10:15',
      recorder: '王芳',
      findings: '经营场所面积 120 平方米，设有独立粗加工区，冷藏设备 2 台运转正常。',
    }),
    step('suspend-count', '中止计算许可期限', '2026-09-14', '李明', {
      cause: 'testing',
      detail: '委托邯郸市食品检验检测中心对生活饮用水水质进行检测。',
      notifiedOn: '2026-09-15',
    }),
    step('resume-count', '恢复计算许可期限', '2026-09-24', '李明', { result: '水质检测合格。' }),
    step('extend-decision', '延长许可决定期限', '2026-09-28', '张建国', { reason: '申请人经营项目涉及冷食类食品制售，需进一步审查。' }),
    step('examine', '审查', '2026-10-08', '王芳', { opinion: '申请材料齐全，现场核查符合要求，建议准予许可。' }),
  ];
  const decisions = {
    grant: [
      step('grant', '准予许可', '2026-10-10', '张建国', {
        licenceNumber: 'JY11304330012345',
        scope: '预包装食品（含冷藏冷冻食品）销售；热食类食品制售。',
        validTo: '2031-10-09',
      }),
    ],
    deny: [step('deny', '不予许可', '2026-10-10', '张建国', { reason: '经营场所与有毒、有害场所的距离不符合要求。' })],
    refuse: [],
    none: [],
  };
  const steps = ending === 'refuse' ? [...early, ...endings.refuse] : [...early, ...middle, ...decisions[ending]];
  return {
    ...g,
    case: { ...g.case, number: '馆市监许〔2026〕5号', title: '食品经营许可申请', procedureName: '行政许可' },
    steps,
    issuedOn: '2026-10-10',
    ...over,
  };
}

const empty = () => emptyContext({ case: { number: '', title: '', procedureName: '行政许可', field: '市场监管' } });

describe('R-REC-2 行政许可 documents', () => {
  it('names every document of the licence procedure by its Chinese name, with the template of that title', () => {
    const used = [license.open, ...license.steps].flatMap((s) => s.documents);
    for (const [name, kind] of Object.entries(LICENSE_NAMES)) {
      expect(used, name).toContain(name);
      expect(LICENSE_TEMPLATES[kind].title).toBe(name);
    }
    expect(Object.keys(LICENSE_NAMES)).toHaveLength(Object.keys(LICENSE_TEMPLATES).length);
  });

  it('speaks of the 申请人, never of a 当事人, and never prints "undefined"', () => {
    for (const kind of Object.keys(LICENSE_TEMPLATES) as Kind[]) {
      for (const ctx of [licenceCaseContext('grant'), licenceCaseContext('deny'), licenceCaseContext('refuse'), empty()]) {
        const t = textOf(kind, ctx);
        expect(t, kind).not.toMatch(BAD);
        expect(t, kind).not.toContain('当事人');
      }
    }
  });

  it('申请材料接收凭证: the item, the materials received, the five days of §32', () => {
    const t = textOf('license-application-receipt', licenceCaseContext());
    expect(t).toContain('申请材料接收凭证');
    expect(t).toContain('申请人（单位名称）\n馆陶县惠民超市有限公司');
    expect(t).toContain('食品经营许可（新办）');
    expect(t).toContain('2026年9月1日10时05分');
    expect(t).toContain('食品安全管理制度文本 1 份');
    expect(t).toContain('不表示申请已被受理');
    expect(t).toContain('第三十二条第一款第（四）项');
    expect(t).toContain('接收人（签名）');
    expect(t).toContain('馆陶县市场监督管理局\n2026年9月1日');
  });

  it('补正材料通知书: everything to add, told at once', () => {
    const t = textOf('license-supplement-notice', licenceCaseContext());
    expect(t).toContain('馆陶县惠民超市有限公司：');
    expect(t).toContain('你单位于2026年9月1日提出的「食品经营许可（新办）」申请');
    expect(t).toContain('一次告知你单位需要补正的全部内容');
    expect(t).toContain('二、食品安全管理人员健康证明复印件');
    expect(t).toContain('馆陶县市场监督管理局\n2026年9月3日');
    expect(t).toContain('申请人签收（签名或者盖章）');
  });

  it('受理通知书: the 受理日期, the 补正 received, the twenty days of §42 and §45', () => {
    const t = textOf('license-acceptance-notice', licenceCaseContext('none'));
    expect(t).toContain('已于2026年9月8日按照本机关的要求提交全部补正申请材料');
    expect(t).toContain('决定予以受理');
    expect(t).toContain('受理日期\n2026年9月9日');
    expect(t).toContain('受理意见：材料齐全，予以受理。');
    expect(t).toContain('二十日内作出行政许可决定');
    expect(t).toContain('可以延长十日');
    expect(t).toContain('第四十二条第一款');
    expect(t).toContain('第四十五条');
  });

  it('不予受理决定书: the reason and the rights to 复议 (60 日) and 诉讼 (6 个月) before the named bodies', () => {
    const t = textOf('license-refusal-of-acceptance', licenceCaseContext('refuse'));
    expect(t).toContain('不予受理的理由');
    expect(t).toContain('申请事项不属于本机关职权范围');
    expect(t).toContain('决定对你单位的上述申请不予受理');
    expect(t).toContain('六十日内向馆陶县人民政府申请行政复议');
    expect(t).toContain('六个月内依法向馆陶县人民法院提起行政诉讼');
    expect(t).toContain('馆陶县市场监督管理局\n2026年9月9日');
  });

  it('现场核查笔录: the times, place and those present as recorded, the officers, the findings and signatures', () => {
    const t = textOf('license-site-verification-record', licenceCaseContext());
    expect(t).toContain('核查时间\n2026年9月12日9时00分至10时15分');
    expect(t).toContain('核查地点\n馆陶县陶山街 66 号（申请经营场所）');
    expect(t).toContain('申请人在场人员（姓名、职务）\n周梅（申请人的负责人）');
    expect(t).toContain('记录人\n王芳');
    expect(t).toContain('李明（执法证号：13043300101）、王芳（执法证号：13043300102）');
    expect(t).toContain('冷藏设备 2 台运转正常');
    expect(t).toContain('第三十四条第三款');
    expect(t).toContain('申请人或者在场人员（签名）');
    expect(t).toContain('核查人员（签名）');
  });

  it('许可期限中止计算告知书: what is not counted and why, dated the day the applicant is told', () => {
    const t = textOf('license-suspension-notice', licenceCaseContext());
    expect(t).toContain('本机关已于2026年9月9日受理');
    expect(t).toContain('依法需要进行检测');
    expect(t).toContain('检测所需时间不计算在本机关作出行政许可决定的期限内');
    expect(t).toContain('第四十五条');
    expect(t).toContain('邯郸市食品检验检测中心');
    expect(t).toContain(`所需时间\n${BLANK}日`);
    expect(t).toContain('馆陶县市场监督管理局\n2026年9月15日');
  });

  it('延长行政许可期限告知书: ten more days with the head’s approval, and why', () => {
    const t = textOf('license-extension-notice', licenceCaseContext());
    expect(t).toContain('因申请人经营项目涉及冷食类食品制售，需进一步审查，本机关不能在二十日内作出行政许可决定');
    expect(t).toContain('经本机关负责人批准，作出行政许可决定的期限延长十日');
    expect(t).toContain('第四十二条第一款');
    expect(t).toContain('馆陶县市场监督管理局\n2026年9月28日');
  });

  it('许可审查意见表: the opinion, what was done before it, and the head’s decision', () => {
    const t = textOf('license-examination-opinion', licenceCaseContext());
    expect(t).toContain('馆市监许〔2026〕5号');
    expect(t).toContain('建议准予许可');
    expect(t).toContain('现场核查\n2026年9月12日：经营场所面积 120 平方米');
    expect(t).toContain('期限中止计算\n2026年9月14日：检测');
    expect(t).toContain('审查人\n王芳');
    expect(t).toContain('准予行政许可（张建国，2026年10月10日）');
    expect(t).toContain('负责人（签名）');
    expect(textOf('license-examination-opinion', licenceCaseContext('none'))).toContain(`负责人决定意见\n${BLANK}`);
  });

  it('准予行政许可决定书: the licence, its scope and validity, §38, §39, §40, §44', () => {
    const t = textOf('license-grant-decision', licenceCaseContext('grant'));
    expect(t).toContain('本机关决定准予你单位行政许可');
    expect(t).toContain('第三十八条第一款');
    expect(t).toContain('被许可人\n馆陶县惠民超市有限公司');
    expect(t).toContain('许可证编号\nJY11304330012345');
    expect(t).toContain('热食类食品制售');
    expect(t).toContain('自2026年10月10日起至2031年10月9日止');
    expect(t).toContain('第三十九条、第四十四条');
    expect(t).toContain('有效期届满三十日前');
    expect(t).toContain('馆陶县市场监督管理局\n2026年10月10日');
  });

  it('不予行政许可决定书: the reasons, §38 二款, 复议 60 日 and 诉讼 6 个月 before ctx.agency’s bodies', () => {
    const t = textOf('license-denial-decision', licenceCaseContext('deny'));
    expect(t).toContain('不予行政许可的理由');
    expect(t).toContain('距离不符合要求');
    expect(t).toContain('第三十八条第二款');
    expect(t).toContain('自收到本决定书之日起六十日内向馆陶县人民政府申请行政复议');
    expect(t).toContain('自收到本决定书之日起六个月内依法向馆陶县人民法院提起行政诉讼');
    const heard = licenceCaseContext('deny');
    const withHearing = {
      ...heard,
      steps: [...heard.steps.slice(0, -1), step('hearing', '听证', '2026-10-06', '孙浩', { record: '申请人陈述。' }), heard.steps.at(-1)!],
    };
    expect(textOf('license-denial-decision', withHearing)).toContain('本机关于2026年10月6日依法举行了听证');
  });

  it('a natural person applies as 你, with 公民身份号码', () => {
    const ctx = licenceCaseContext('deny', { party: { kind: 'person', name: '刘某', idNumber: '11010519491231002X' } });
    const t = textOf('license-examination-opinion', ctx);
    expect(t).toContain('申请人（姓名）\n刘某');
    expect(t).toContain('11010519491231002X');
    expect(textOf('license-denial-decision', ctx)).toContain('你如不服本决定');
  });

  it('an absent step gives blanks to fill by hand, not invented text', () => {
    const ctx = empty();
    const receipt = textOf('license-application-receipt', ctx);
    expect(receipt).toContain(`许可事项\n${BLANK}`);
    expect(receipt).toContain(`申请日期\n${BLANK_DATE}`);
    expect(receipt).toContain(`馆陶县市场监督管理局\n2026年9月1日`);
    expect(textOf('license-supplement-notice', ctx)).toContain('＿'.repeat(34));
    expect(textOf('license-acceptance-notice', ctx)).toContain(`受理日期\n${BLANK_DATE}`);
    const refused = textOf('license-refusal-of-acceptance', ctx);
    expect(refused).toContain(`六十日内向${BLANK}申请行政复议`);
    expect(refused).toContain(`六个月内依法向${BLANK}提起行政诉讼`);
    const suspended = textOf('license-suspension-notice', ctx);
    expect(suspended).toContain(`依法需要进行${BLANK}`);
    expect(textOf('license-extension-notice', ctx)).toContain(`负责人批准日期\n${BLANK_DATE}`);
    const grant = textOf('license-grant-decision', ctx);
    expect(grant).toContain(`许可证编号\n${BLANK}`);
    expect(grant).toContain(`自${BLANK_DATE}起至${BLANK_DATE}止`);
    expect(grant).not.toContain('有效期届满三十日前');
    expect(textOf('license-denial-decision', ctx)).toContain('＿'.repeat(34));
    expect(textOf('license-examination-opinion', ctx)).not.toContain('审查过程');
    expect(textOf('license-site-verification-record', ctx)).toContain(`核查时间\n${BLANK_DATE}＿＿时＿＿分至＿＿时＿＿分`);
  });
});
