import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import { COERCION_NAMES, COERCION_TEMPLATES } from './coercion-templates.ts';
import { BLANK } from './document-fill.ts';
import type { DocumentBlock, DocumentContext, DocumentStep } from './document-model.ts';
import { emptyContext, generalCaseContext, step } from './document-test-factories.ts';

type Kind = keyof typeof COERCION_TEMPLATES;

/** Everything a person reads on the document, title first. */
function doc(kind: Kind, ctx: DocumentContext): string {
  const t = COERCION_TEMPLATES[kind];
  const parts = [t.titleFor?.(ctx) ?? t.title];
  for (const b of t.build(ctx)) parts.push(...blockTexts(b));
  return parts.join('\n');
}
function blockTexts(b: DocumentBlock): string[] {
  if (b.type === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.type === 'signatures' || b.type === 'seal') return [...b.lines];
  return [b.text];
}
const BAD = /undefined|null|NaN|\[object|Invalid Date/;
const two = { officers: ['u-1', 'u-2'] };

const OPEN = step('open', '立案', '2026-09-01', '李明', {
  reason: '当事人涉嫌销售超过保质期的食品，涉案食品存在被转移、销毁的可能。',
  legalBasis: '《中华人民共和国食品安全法》第一百一十条第（二）项',
  property: '当事人仓库内的过期酸奶及其包装材料',
});
const IMPOSE_INPUTS = {
  ...two,
  place: '馆陶县陶山街 201 号惠民超市仓库',
  items: '过期酸奶，200g/盒，120盒，外包装完好\n酸奶包装箱，60×40cm，10个，完好',
  partyPresent: true,
  startedAt: '2026-09-02T09:30',
  endedAt: '2026-09-02T11:05',
  statement: '当事人称酸奶系供货商送错批次，请求从轻处理。',
};

/** A 行政强制（查封扣押） case: approved first, or imposed on the spot in an emergency, then extended, released or disposed of. */
function coercionContext(
  path: 'approved' | 'emergency',
  after: readonly DocumentStep[] = [],
  over: Partial<DocumentContext> = {},
): DocumentContext {
  const g = generalCaseContext();
  const steps: DocumentStep[] =
    path === 'approved'
      ? [
          OPEN,
          step('approve', '负责人批准', '2026-09-01', '张建国', { opinion: '' }),
          { ...step('impose', '实施查封扣押', '2026-09-02', '李明', IMPOSE_INPUTS), at: '2026-09-02T01:30:00Z' },
        ]
      : [
          OPEN,
          step('impose-emergency', '情况紧急，当场实施查封扣押', '2026-09-01', '李明', {
            urgency: '当事人正在将涉案酸奶装车转移',
            ...IMPOSE_INPUTS,
            partyPresent: false,
            witness: '赵四（馆陶镇南街社区工作人员）',
          }),
          step('report-emergency', '向负责人报告', '2026-09-01', '李明', {
            report: '已当场扣押过期酸奶 120 盒，现报告并请求补办批准手续。',
          }),
          step('approve-emergency', '负责人补办批准', '2026-09-02', '张建国', { opinion: '同意补办批准手续。' }),
        ];
  return {
    ...g,
    case: { ...g.case, number: '馆市监强〔2026〕2号', title: '惠民超市涉嫌销售过期食品查封扣押案', procedureName: '行政强制（查封扣押）' },
    steps: [...steps, ...after],
    issuedOn: '2026-09-02',
    ...over,
  };
}
/** A case with no steps at all, as the coercion procedure names it. */
const bare = () => emptyContext({ case: { ...emptyContext().case, procedureName: '行政强制（查封扣押）' } });

describe('行政强制 and 先行登记保存 templates', () => {
  it('names every document the coercion and 先行登记保存 steps list, with titles equal to the names', () => {
    const named = new Set<string>();
    for (const p of PROCEDURES)
      for (const s of [p.open, ...p.steps])
        if (p.code === 'coercion-seizure' || ['approve-preserve', 'preserve', 'handle-preserved'].includes(s.code))
          for (const d of s.documents) named.add(d);
    for (const n of named) if (n !== '结案审批表' && !n.startsWith('卷')) expect(COERCION_NAMES).toHaveProperty(n);
    for (const [name, kind] of Object.entries(COERCION_NAMES)) expect(COERCION_TEMPLATES[kind].title).toBe(name);
  });

  it('fills every template without undefined/null, and gives blanks (not invented facts) when no step was taken', () => {
    for (const kind of Object.keys(COERCION_TEMPLATES) as Kind[]) {
      const full = doc(
        kind,
        coercionContext('approved', [
          step('release', '解除', '2026-09-20', '李明', { ...two, reason: 'no-violation', returned: '过期酸奶 120 盒' }),
        ]),
      );
      expect(full, kind).not.toMatch(BAD);
      const empty = doc(kind, bare());
      expect(empty, kind).not.toMatch(BAD);
      expect(empty, kind).toContain(BLANK.slice(0, 4));
      for (const fact of ['过期酸奶', '陶山街 201 号', '张建国', '2026年9月2日', '《中华人民共和国食品安全法》'])
        expect(empty, `${kind}: ${fact}`).not.toContain(fact);
    }
  });
});

describe('行政强制措施审批表 (行政强制法 §18(一), §19)', () => {
  it('states the reasons, basis and property put forward and the head approving with identity and time', () => {
    const t = doc('coercion-approval', coercionContext('approved'));
    expect(t).toContain('行政强制措施审批表');
    expect(t).toContain('涉案食品存在被转移、销毁的可能');
    expect(t).toContain('《中华人民共和国食品安全法》第一百一十条第（二）项');
    expect(t).toContain('当事人仓库内的过期酸奶及其包装材料');
    expect(t).toContain('同意采取查封（扣押）行政强制措施。（批准负责人：张建国，2026年9月1日10时05分）');
    expect(t).toContain('《中华人民共和国行政强制法》第十八条第（一）项');
    expect(t).toContain('李明（执法证号：13043300101）');
    expect(t).toContain('负责人（签名）：');
    expect(t).not.toContain('情况紧急当场实施');
  });

  it('carries the emergency report and the after-the-fact approval (§19)', () => {
    const t = doc('coercion-approval', coercionContext('emergency'));
    expect(t).toContain('情况紧急当场实施情况报告（《中华人民共和国行政强制法》第十九条）');
    expect(t).toContain('当事人正在将涉案酸奶装车转移');
    expect(t).toContain('已当场扣押过期酸奶 120 盒');
    expect(t).toContain('同意补办批准手续。（批准负责人：张建国，2026年9月2日10时05分）');
    expect(t).toContain('第十八条、第十九条');
  });

  it('records a head ordering an emergency measure lifted', () => {
    const ctx = coercionContext('emergency');
    const steps = [
      ...ctx.steps.filter((s) => s.code !== 'approve-emergency'),
      step('order-release', '负责人决定立即解除', '2026-09-02', '张建国', { reason: '涉案酸奶未过保质期' }),
    ];
    expect(doc('coercion-approval', { ...ctx, steps })).toContain('不应当采取行政强制措施，立即解除：涉案酸奶未过保质期（负责人：张建国');
  });

  it('leaves the decision blank before the head has acted', () => {
    const t = doc('coercion-approval', { ...coercionContext('approved'), steps: [OPEN] });
    expect(t).toContain(`负责人审批意见\n${BLANK}`);
  });
});

describe('实施行政强制措施决定书 (行政强制法 §24)', () => {
  it('states the party, reasons, basis, property, place, period rule and remedies with bodies, under the seal', () => {
    const t = doc('coercion-decision', coercionContext('approved'));
    expect(t).toContain('当事人（单位名称）\n馆陶县惠民超市有限公司');
    expect(t).toContain('住所（经营场所）\n馆陶县陶山街 201 号');
    expect(t).toContain('涉案食品存在被转移、销毁的可能');
    expect(t).toContain(
      '依据《中华人民共和国食品安全法》第一百一十条第（二）项和《中华人民共和国行政强制法》第九条、第二十二条、第二十三条、第二十四条的规定',
    );
    expect(t).toContain('1\n名称：过期酸奶；规格：200g/盒；数量：120盒；状况：外包装完好');
    expect(t).toContain('详见《查封（扣押）财物清单》');
    expect(t).toContain('馆陶县陶山街 201 号惠民超市仓库');
    expect(t).toContain('2026年9月2日9时30分');
    expect(t).toContain(`${BLANK}日，自2026年9月2日起算`);
    expect(t).toContain('不得超过三十日');
    expect(t).toContain('第二十五条第一款');
    expect(t).toContain('享有陈述权、申辩权');
    expect(t).toContain('六十日内向馆陶县人民政府申请行政复议');
    expect(t).toContain('六个月内依法向馆陶县人民法院提起行政诉讼');
    expect(t).toContain('有权依法要求赔偿（《中华人民共和国行政强制法》第八条）');
    expect(t).toContain('馆陶县市场监督管理局');
    expect(t).not.toContain('第十九条');
  });

  it('says an emergency measure was imposed on the spot under §19', () => {
    const t = doc('coercion-decision', coercionContext('emergency'));
    expect(t).toContain('因当事人正在将涉案酸奶装车转移，情况紧急');
    expect(t).toContain('第十九条');
  });
});

describe('查封（扣押）财物清单', () => {
  it('lists each item with name, specification, quantity and condition, and the signatures', () => {
    const t = doc('seizure-list', coercionContext('approved'));
    expect(t).toContain('查封（扣押）财物清单');
    expect(t).toContain('财物名称、规格（型号）、数量、状况');
    expect(t).toContain('1\n名称：过期酸奶；规格：200g/盒；数量：120盒；状况：外包装完好');
    expect(t).toContain('2\n名称：酸奶包装箱；规格：60×40cm；数量：10个；状况：完好');
    expect(t).toContain('馆市监强〔2026〕2号');
    expect(t).toContain('当事人（签名或者盖章）：');
    expect(t).toContain('执法人员（签名）：');
    expect(t).not.toContain('见证人赵四');
  });

  it('names the witness when the party was absent (§18(九)), and gives blank rows without a list', () => {
    expect(doc('seizure-list', coercionContext('emergency'))).toContain(
      '当事人不到场，由见证人赵四（馆陶镇南街社区工作人员）在场见证并签名',
    );
    expect(doc('seizure-list', bare())).toContain(`5\n${BLANK}`);
  });

  it('shows a line that is not in four parts as written', () => {
    const ctx = coercionContext('approved');
    const steps = ctx.steps.map((s) =>
      s.code === 'impose' ? { ...s, inputs: { ...s.inputs, items: '过期酸奶 120 盒；包装箱 10 个' } } : s,
    );
    const t = doc('seizure-list', { ...ctx, steps });
    expect(t).toContain('1\n过期酸奶 120 盒');
    expect(t).toContain('2\n包装箱 10 个');
  });
});

describe('现场笔录 (行政强制法 §18)', () => {
  it('records time, place, persons, the approval, what was done, the statement and the refusal line', () => {
    const t = doc('coercion-scene-record', coercionContext('approved'));
    expect(t).toContain('2026年9月2日9时30分至11时05分');
    expect(t).toContain('馆陶县陶山街 201 号惠民超市仓库');
    expect(t).toContain('当事人是否到场\n到场');
    expect(t).toContain('李明（执法证号：13043300101）、王芳（执法证号：13043300102）');
    expect(t).toContain('经本机关负责人张建国批准（《中华人民共和国行政强制法》第十八条第（一）项）');
    expect(t).toContain('向当事人出示行政执法证件');
    expect(t).toContain('当场告知当事人采取查封（扣押）行政强制措施的理由、依据');
    expect(t).toContain('陈述权、申辩权和申请行政复议、提起行政诉讼的权利');
    expect(t).toContain('过期酸奶，200g/盒，120盒');
    expect(t).toContain('当事人称酸奶系供货商送错批次');
    expect(t).toContain('当事人拒绝签名或者盖章的，由执法人员在此注明');
    expect(t).toContain('第十八条第（八）项');
    expect(t).toContain('见证人（签名或者盖章）：');
    expect(t).not.toContain('未到场');
  });

  it('notes the absent party and the witness (§18(九)) and the emergency (§19)', () => {
    const t = doc('coercion-scene-record', coercionContext('emergency'));
    expect(t).toContain('当事人是否到场\n未到场');
    expect(t).toContain('见证人\n赵四（馆陶镇南街社区工作人员）');
    expect(t).toContain('当事人经通知未到场，执法人员邀请见证人赵四（馆陶镇南街社区工作人员）到场');
    expect(t).toContain('第十八条第（四）项、第（五）项、第（九）项');
    // an absent party cannot be told on the spot
    expect(t).not.toContain('当场告知当事人');
    expect(t).toContain('情况紧急，需要当场实施行政强制措施');
    expect(t).toContain('第十九条');
  });
});

describe('延长查封扣押期限决定书 (行政强制法 §25)', () => {
  it('states the measure, the reason, the head approving, the limit of thirty days and remedies', () => {
    const t = doc(
      'coercion-extension',
      coercionContext('approved', [
        step('extend', '延长查封扣押期限', '2026-09-28', '张建国', { reason: '涉案酸奶须送检验机构检验，检验结果尚未作出。' }),
      ]),
    );
    expect(t).toContain('本机关于2026年9月2日对你单位的下列场所、设施或者财物实施了查封（扣押）');
    expect(t).toContain('过期酸奶，200g/盒，120盒');
    expect(t).toContain('检验结果尚未作出');
    expect(t).toContain('经本机关负责人张建国于2026年9月28日批准');
    expect(t).toContain('第二十五条第一款、第二款');
    expect(t).toContain(`延长${BLANK}日（延长期限不得超过三十日）`);
    expect(t).toContain('第二十五条第三款');
    expect(t).toContain('馆陶县人民政府');
    expect(t).toContain('2026年9月28日');
  });

  it('reads the extension of an emergency measure', () => {
    const t = doc(
      'coercion-extension',
      coercionContext('emergency', [
        step('extend-emergency', '延长查封扣押期限', '2026-09-27', '张建国', { reason: '案情复杂，需进一步核查进货来源。' }),
      ]),
    );
    expect(t).toContain('需进一步核查进货来源');
    expect(t).toContain('本机关于2026年9月1日');
  });
});

describe('解除行政强制措施决定书 and 退还财物清单 (行政强制法 §28)', () => {
  const released = (reason: string) =>
    coercionContext('approved', [
      step('release', '解除查封扣押', '2026-09-20', '李明', { ...two, reason, returned: '过期酸奶，200g/盒，120盒，完好' }),
    ]);

  it('states the ground with its paragraph of §28 and the property returned at once', () => {
    const t = doc('coercion-release', released('unrelated'));
    expect(t).toContain('经查，财物与违法行为无关。');
    expect(t).toContain('《中华人民共和国行政强制法》第二十八条第一款第（二）项');
    expect(t).toContain('自2026年9月20日起解除上述查封（扣押），并立即退还财物（第二十八条第二款）');
    expect(t).toContain('过期酸奶，200g/盒，120盒');
    expect(t).toContain('馆陶县市场监督管理局');
    expect(doc('coercion-release', released('expired'))).toContain('第二十八条第一款第（四）项');
    expect(doc('coercion-release', released('not-approved'))).toContain('《中华人民共和国行政强制法》第十九条');
  });

  it('lists what was returned for the party to sign', () => {
    const t = doc('return-list', released('no-violation'));
    expect(t).toContain('退还财物清单');
    expect(t).toContain('1\n名称：过期酸奶；规格：200g/盒；数量：120盒；状况：完好');
    expect(t).toContain('2026年9月20日10时05分');
    expect(t).toContain('第二十八条第二款');
    expect(t).toContain('当事人（签收）：');
    expect(t).toContain(`退还地点\n${BLANK}`);
  });

  it('leaves the ground blank without a release step', () => {
    expect(doc('coercion-release', coercionContext('approved'))).toContain(`第二十八条第一款第（${BLANK}）项`);
  });
});

describe('行政处理决定书 (行政强制法 §27, §21)', () => {
  const disposed = (disposal: string) =>
    coercionContext('approved', [
      step('dispose', '作出处理决定', '2026-09-25', '张建国', {
        disposal,
        decision: '经检验，涉案酸奶已超过保质期，属于依法应当没收的非法财物。',
      }),
    ]);

  it('states the decision, the disposal, its basis and remedies', () => {
    const t = doc('coercion-disposal', disposed('confiscate'));
    expect(t).toContain('行政处理决定书');
    expect(t).toContain('属于依法应当没收的非法财物');
    expect(t).toContain('《中华人民共和国行政强制法》第二十七条的规定，本机关决定对上述财物作如下处理：依法没收。');
    expect(t).toContain('六十日内向馆陶县人民政府申请行政复议');
    expect(t).toContain('2026年9月25日');
    expect(doc('coercion-disposal', disposed('transfer'))).toContain('第二十一条的规定，本机关决定对上述财物作如下处理：移送司法机关。');
  });
});

describe('先行登记保存 (行政处罚法 §56)', () => {
  const preserved = (): DocumentContext => {
    const g = generalCaseContext();
    const at = g.steps.findIndex((s) => s.code === 'inspect');
    return {
      ...g,
      steps: [
        ...g.steps.slice(0, at + 1),
        step('approve-preserve', '负责人批准先行登记保存', '2026-08-04', '张建国', {
          items: '冷柜内超过保质期的酸奶 12 盒',
          reason: '涉案酸奶可能被当事人处理，以后难以取得',
        }),
        step('preserve', '先行登记保存', '2026-08-04', '李明', { ...two, items: '过期酸奶，200g/盒，12盒，完好' }),
        step('handle-preserved', '先行登记保存证据处理决定', '2026-08-10', '张建国', {
          measure: 'test',
          detail: '将上述酸奶送馆陶县食品检验所检验。',
        }),
      ],
    };
  };

  it('审批表: the evidence, the reason and the head approving', () => {
    const t = doc('preservation-approval', preserved());
    expect(t).toContain('冷柜内超过保质期的酸奶 12 盒');
    expect(t).toContain('以后难以取得');
    expect(t).toContain('《中华人民共和国行政处罚法》第五十六条');
    expect(t).toContain('同意先行登记保存。（批准负责人：张建国，2026年8月4日10时05分）');
    expect(t).toContain('销售过期食品案');
  });

  it('通知书: the approval, the items, seven working days and the duty not to destroy or move them', () => {
    const t = doc('preservation-notice', preserved());
    expect(t).toContain('馆陶县惠民超市有限公司：');
    expect(t).toContain('经本机关负责人张建国于2026年8月4日批准');
    expect(t).toContain('名称：过期酸奶；规格：200g/盒；数量：12盒；状况：完好');
    expect(t).toContain('七个工作日内作出处理决定（《中华人民共和国行政处罚法》第五十六条、第八十五条）');
    expect(t).toContain('不得损毁、销毁或者转移上述证据');
    expect(t).toContain(`保存地点\n${BLANK}`);
    expect(t).toContain('馆陶县市场监督管理局');
  });

  it('处理决定书: the measure by its label and the detail', () => {
    const t = doc('preservation-disposal', preserved());
    expect(t).toContain('本机关于2026年8月4日对你单位的下列物品予以先行登记保存');
    expect(t).toContain('送交检测、检验、检疫、鉴定');
    expect(t).toContain('送馆陶县食品检验所检验');
    expect(t).toContain('2026年8月10日');
  });
});
