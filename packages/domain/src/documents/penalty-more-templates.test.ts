import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import type { DocumentBlock, DocumentContext, DocumentStep } from './document-model.ts';
import { BLANK, type DocumentTemplate } from './document-fill.ts';
import { emptyContext, generalCaseContext, step } from './document-test-factories.ts';
import { PENALTY_MORE_NAMES, PENALTY_MORE_TEMPLATES, evidenceItems } from './penalty-more-templates.ts';

/** Everything a person reads on the document, in order. */
function textOf(t: DocumentTemplate, ctx: DocumentContext): string {
  const parts = [t.title];
  for (const b of t.build(ctx)) parts.push(...blockTexts(b));
  return parts.join('\n');
}
function blockTexts(b: DocumentBlock): string[] {
  if (b.type === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.type === 'signatures' || b.type === 'seal') return [...b.lines];
  return [b.text];
}
/** The value of a row of the document, by its label. */
function field(t: DocumentTemplate, ctx: DocumentContext, label: string): string | undefined {
  for (const b of t.build(ctx)) if (b.type === 'fields') for (const r of b.rows) if (r.label === label) return r.value;
  return undefined;
}
const BAD = /undefined|null|NaN|\[object|Invalid Date/;
const T = PENALTY_MORE_TEMPLATES;

/** The general case's steps up to and including the first `code`, then `extra`. */
function upTo(code: string, ...extra: DocumentStep[]): DocumentContext {
  const g = generalCaseContext();
  const i = g.steps.findIndex((s) => s.code === code);
  return { ...g, steps: [...g.steps.slice(0, i + 1), ...extra] };
}

/** A clue refused before 立案: only the opening and the head's refusal. */
function refusedContext(): DocumentContext {
  const g = generalCaseContext();
  return {
    ...g,
    case: { ...g.case, openedOn: null },
    steps: [
      g.steps[0]!,
      step('extend-filing', '延长立案核查期限', '2026-08-14', '张建国', {
        reason: '需待检验机构出具酸奶微生物检验结果后方能判断是否存在违法事实。',
      }),
      step('refuse-filing', '不予立案', '2026-08-20', '张建国', {
        ground: 'minor',
        reason: '经核查，当事人已将过期酸奶全部下架销毁，涉及货值 12 元，未售出，未造成危害后果。',
      }),
    ],
  };
}

describe('R-REC-2 行政处罚一般程序: the remaining documents', () => {
  it('names each document as the procedure definitions do, and every name is used by a step of 行政处罚一般程序', () => {
    const general = PROCEDURES.find((p) => p.code === 'penalty-general')!;
    const used = new Map([general.open, ...general.steps].flatMap((s) => s.documents.map((d) => [d, s.code] as const)));
    const expected: Record<string, string> = {
      不予立案审批表: 'refuse-filing',
      延长立案期限审批表: 'extend-filing',
      撤销立案审批表: 'revoke-filing',
      延长办案期限审批表: 'extend',
      终止调查审批表: 'terminate',
      案件调查终结报告: 'conclude-investigation',
      陈述申辩笔录: 'record-defence',
      听证报告: 'hold-hearing',
      法制审核送审表: 'submit-review',
    };
    expect(Object.keys(PENALTY_MORE_NAMES).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, kind] of Object.entries(PENALTY_MORE_NAMES)) {
      expect(used.get(name), name).toBe(expected[name]);
      expect(T[kind].title).toBe(name);
      expect(kind).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  it('不予立案审批表: the clue, the 核查 and the ground with its article, the head who refused and when', () => {
    const ctx = refusedContext();
    const t = textOf(T['refuse-filing-approval'], ctx);
    expect(t).toContain('不予立案审批表');
    expect(t).toContain('监督检查发现');
    expect(t).toContain('2026年8月1日');
    expect(t).toContain('日常检查发现该超市货架上摆放超过保质期的酸奶。');
    expect(t).toContain('已将过期酸奶全部下架销毁');
    expect(t).toContain('违法行为轻微并及时改正，没有造成危害后果');
    expect(t).toContain('《市场监督管理行政处罚程序规定》第二十条第一款第（一）项');
    expect(field(T['refuse-filing-approval'], ctx, '负责人审批意见')).toBe('同意不予立案。（负责人：张建国，2026年8月20日10时05分）');
    expect(field(T['refuse-filing-approval'], ctx, '不予立案日期')).toBe('2026年8月20日');
    expect(t).toContain('91130433MA0A1B2C3X');
    expect(t).toContain('负责人（签名）：');
    // a ground outside §20 is stated as the filing condition of §19 it fails
    const noJurisdiction = {
      ...ctx,
      steps: ctx.steps.map((s) => (s.code === 'refuse-filing' ? { ...s, inputs: { ...s.inputs, ground: 'no-jurisdiction' } } : s)),
    };
    expect(field(T['refuse-filing-approval'], noJurisdiction, '依据')).toBe(
      '不符合《市场监督管理行政处罚程序规定》第十九条第一款第（三）项规定的立案条件',
    );
  });

  it('延长立案期限审批表: fifteen working days more under 程序规定 §18, with the reason and the head', () => {
    const ctx = refusedContext();
    const t = textOf(T['extend-filing-approval'], ctx);
    expect(t).toContain('需待检验机构出具酸奶微生物检验结果');
    expect(field(T['extend-filing-approval'], ctx, '申请延长期限')).toBe('十五个工作日');
    expect(t).toContain('《市场监督管理行政处罚程序规定》第十八条');
    expect(field(T['extend-filing-approval'], ctx, '负责人审批意见')).toBe(
      '同意延长立案期限十五个工作日。（负责人：张建国，2026年8月14日10时05分）',
    );
    expect(field(T['extend-filing-approval'], ctx, '发现线索日期')).toBe('2026年8月1日');
  });

  it('撤销立案审批表: the 立案 date, what was done, the reason and the §19 conditions', () => {
    const ctx = upTo(
      'inquire',
      step('revoke-filing', '撤销立案', '2026-08-07', '张建国', {
        reason: '经调查，涉案酸奶在保质期内，标签日期系打印错误，违法事实不能成立。',
      }),
    );
    const t = textOf(T['revoke-filing-approval'], ctx);
    expect(field(T['revoke-filing-approval'], ctx, '立案日期')).toBe('2026年8月3日');
    expect(t).toContain('2026年8月4日现场检查（地点：馆陶县陶山街 201 号惠民超市）；2026年8月5日询问（被询问人：钱立新）。');
    expect(t).toContain('标签日期系打印错误');
    expect(t).toContain('立案后发现不符合《市场监督管理行政处罚程序规定》第十九条第一款规定的立案条件');
    expect(field(T['revoke-filing-approval'], ctx, '负责人审批意见')).toContain('同意撤销立案。（负责人：张建国，2026年8月7日');
    expect(field(T['revoke-filing-approval'], ctx, '撤销立案日期')).toBe('2026年8月7日');
  });

  it('延长办案期限审批表: ninety days by §60, thirty more once by 程序规定 §64, a second time by 集体讨论', () => {
    const once = upTo(
      'collect-evidence',
      step('extend', '延长办案期限', '2026-10-20', '张建国', { reason: '涉案产品需送省级检验机构复检。' }),
    );
    const t = textOf(T['extend-case-approval'], once);
    expect(t).toContain('涉案产品需送省级检验机构复检。');
    expect(field(T['extend-case-approval'], once, '办案期限')).toBe('自立案之日起九十日（《中华人民共和国行政处罚法》第六十条）');
    expect(field(T['extend-case-approval'], once, '申请延长期限')).toBe('三十日');
    expect(field(T['extend-case-approval'], once, '延期次数')).toBe('第1次');
    expect(t).toContain('《市场监督管理行政处罚程序规定》第六十四条');
    expect(t).toContain('2026年8月5日提取证据');
    expect(field(T['extend-case-approval'], once, '负责人审批意见')).toBe(
      '同意延长办案期限三十日。（负责人：张建国，2026年10月20日10时05分）',
    );
    const twice = { ...once, steps: [...once.steps, step('extend', '延长办案期限', '2026-11-19', '张建国', { reason: '复检尚未完成。' })] };
    expect(field(T['extend-case-approval'], twice, '延期次数')).toBe('第2次');
    expect(field(T['extend-case-approval'], twice, '申请延长期限')).toBe(`${BLANK}日（由负责人集体讨论确定）`);
    expect(textOf(T['extend-case-approval'], twice)).toContain('集体讨论决定是否继续延期');
  });

  it('终止调查审批表: the reason, the course, and the 先行登记保存 still to be dealt with', () => {
    const ctx = upTo(
      'collect-evidence',
      step('preserve', '先行登记保存', '2026-08-06', '李明', { items: '过期酸奶 12 盒' }),
      step('terminate', '终止调查', '2026-08-09', '张建国', { reason: '当事人已注销，无权利义务承受人。' }),
    );
    const t = textOf(T['terminate-investigation-approval'], ctx);
    expect(t).toContain('当事人已注销，无权利义务承受人。');
    expect(t).toContain('2026年8月6日先行登记保存');
    expect(field(T['terminate-investigation-approval'], ctx, '先行登记保存的证据')).toBe('过期酸奶 12 盒');
    expect(field(T['terminate-investigation-approval'], ctx, '先行登记保存证据的处理')).toBe(BLANK);
    expect(field(T['terminate-investigation-approval'], ctx, '负责人审批意见')).toContain('同意终止调查。（负责人：张建国');
    // no preservation recorded: no such rows
    const plain = upTo('collect-evidence', step('terminate', '终止调查', '2026-08-09', '张建国', { reason: '当事人死亡。' }));
    expect(field(T['terminate-investigation-approval'], plain, '先行登记保存的证据')).toBeUndefined();
  });

  it('案件调查终结报告: facts, each item of evidence with a line for what it proves, the basis, the proposal, the 裁量 left to write', () => {
    const ctx = upTo('conclude-investigation');
    const t = textOf(T['investigation-conclusion-report'], ctx);
    expect(t).toContain('当事人于2026年7月起销售超过保质期的酸奶，货值金额 120 元，违法所得 48 元。');
    for (const [i, item] of ['现场检查笔录', '询问笔录', '购进单据', '照片'].entries())
      expect(field(T['investigation-conclusion-report'], ctx, `${i + 1}．${item}`)).toBe(`证明：${BLANK}`);
    expect(t).toContain('依照《中华人民共和国食品安全法》第一百二十四条第一款的规定，应当给予行政处罚。');
    expect(t).toContain('建议给予行政处罚，拟给予的行政处罚：');
    expect(t).toContain('《中华人民共和国行政处罚法》第五十七条');
    expect(t).toContain('自由裁量的理由');
    expect(t).toContain(
      '2026年8月4日现场检查（地点：馆陶县陶山街 201 号惠民超市）；2026年8月5日询问（被询问人：钱立新）；2026年8月5日提取证据。',
    );
    expect(field(T['investigation-conclusion-report'], ctx, '调查终结日期')).toBe('2026年8月10日');
    expect(t).toContain('承办人（签名）：');
    // the 告知 that came after does not change the report
    expect(textOf(T['investigation-conclusion-report'], generalCaseContext())).toBe(t);
  });

  it('splits a 证据清单 by line or 「；」 first, else by 「、」', () => {
    expect(evidenceItems('现场检查笔录、询问笔录')).toEqual(['现场检查笔录', '询问笔录']);
    expect(evidenceItems('1.购进单据、发票；\n2.照片 6 张。')).toEqual(['1.购进单据、发票', '2.照片 6 张']);
    expect(evidenceItems(['笔录', ' ', '照片'])).toEqual(['笔录', '照片']);
    expect(evidenceItems(null)).toEqual([]);
  });

  it('陈述申辩笔录: times, place, speaker, officers, recorder, the party, the notice it answers, §45 rights, the statement and signatures', () => {
    const ctx = upTo(
      'deliver-notice',
      step('record-defence', '陈述申辩', '2026-08-13', '王芳', {
        speaker: '钱立新（法定代表人）',
        place: '馆陶县市场监督管理局二楼询问室',
        startedAt: '2026-08-12T15:00',
        endedAt: '2026-08-12T15:40',
        statement: '当事人称系员工疏忽未及时下架，请求从轻处罚。',
        adopted: false,
      }),
    );
    const t = textOf(T['defence-record'], ctx);
    // the sitting on the 12th, recorded on the 13th: the record says the 12th
    expect(field(T['defence-record'], ctx, '时间')).toBe('2026年8月12日15时00分至15时40分');
    expect(field(T['defence-record'], ctx, '记录人')).toBe('王芳');
    expect(field(T['defence-record'], ctx, '地点')).toBe('馆陶县市场监督管理局二楼询问室');
    expect(field(T['defence-record'], ctx, '陈述申辩人（姓名、职务或者与当事人关系）')).toBe('钱立新（法定代表人）');
    expect(field(T['defence-record'], ctx, '其他在场人员')).toBe('无');
    expect(t).toContain('李明（执法证号：13043300101）、王芳（执法证号：13043300102）');
    expect(t).toContain('馆陶县惠民超市有限公司');
    expect(t).toContain('本机关于2026年8月11日向你单位送达了《行政处罚告知书》');
    expect(t).toContain('《中华人民共和国行政处罚法》第四十五条');
    expect(t).toContain('不因你单位陈述、申辩而给予更重的处罚');
    expect(t).toContain('当事人称系员工疏忽未及时下架，请求从轻处罚。');
    expect(t).toContain('陈述申辩人（签名或者盖章）：');
    expect(t).toContain('记录人（签名）：');
    // the 复核 is the agency's, not part of what the party signs
    expect(t).not.toContain('不予采纳');
  });

  it("听证报告: time, place, host, the investigators' case, the hearing, the host's opinion, §64/§65", () => {
    const ctx = upTo('hold-hearing');
    const t = textOf(T['hearing-report'], ctx);
    expect(field(T['hearing-report'], ctx, '听证时间')).toBe('2026年8月26日10时05分');
    expect(field(T['hearing-report'], ctx, '听证地点')).toBe('本局三楼听证室');
    expect(field(T['hearing-report'], ctx, '听证主持人')).toBe('陈静');
    expect(field(T['hearing-report'], ctx, '记录员')).toBe('孙浩');
    expect(field(T['hearing-report'], ctx, '听证申请日期')).toBe('2026年8月13日');
    expect(t).toContain('拟作出如下行政处罚：没收违法所得 48 元，罚款 50000 元，其中罚款人民币50000元（大写：伍万元整）。');
    expect(t).toContain('调查人员陈述违法事实；当事人称系疏忽，请求从轻。');
    expect(t).toContain('事实清楚，证据确凿，建议维持拟处罚意见。');
    expect(t).toContain('《中华人民共和国行政处罚法》第六十五条、第五十七条');
    expect(t).toContain('听证主持人（签名）：');
  });

  it('法制审核送审表: the proposal, the round, the materials made so far, how the party was heard, §58', () => {
    const g = generalCaseContext();
    const ctx = upTo('submit-review');
    ctx.steps = ctx.steps.map((s) =>
      s.code === 'submit-review'
        ? {
            ...s,
            inputs: {
              ...s.inputs,
              round: '1',
              proposalVersion: '2',
              materialsSha256: 'ab'.repeat(32),
              proposedSanctions: [
                { kind: '没收违法所得', amount: 48 },
                { kind: '罚款', amount: 50000 },
              ],
            },
          }
        : s,
    );
    expect(g.steps.length).toBeGreaterThan(ctx.steps.length);
    const t = textOf(T['legal-review-submission'], ctx);
    expect(field(T['legal-review-submission'], ctx, '审核轮次')).toBe('第1轮');
    expect(field(T['legal-review-submission'], ctx, '拟作出决定的版本')).toBe('第2版');
    expect(field(T['legal-review-submission'], ctx, '送审日期')).toBe('2026年8月27日');
    expect(field(T['legal-review-submission'], ctx, '送审人')).toBe('李明');
    expect(field(T['legal-review-submission'], ctx, '送审材料摘要值（SHA-256）')).toBe('ab'.repeat(32));
    expect(field(T['legal-review-submission'], ctx, '拟罚款金额')).toContain('伍万元整');
    expect(field(T['legal-review-submission'], ctx, '拟作出的处罚种类')).toContain('罚款');
    expect(t).toContain('没收违法所得 48 元，罚款 50000 元');
    expect(t).toContain(
      '1．立案审批表；2．现场检查笔录；3．询问笔录；4．证据提取单；5．案件调查终结报告；6．行政处罚告知书；7．送达回证；8．听证通知书；9．听证笔录；10．听证报告。',
    );
    expect(t).toContain('2026年8月11日作出行政处罚告知书；2026年8月11日送达当事人；2026年8月26日举行听证');
    expect(t).toContain('《中华人民共和国行政处罚法》第五十八条');
    expect(t).toContain('法制审核机构收件人（签名）：');
  });

  it('an absent step gives blanks to fill by hand, never invented text nor "undefined"', () => {
    const empty = emptyContext();
    for (const [kind, tpl] of Object.entries(T)) {
      const t = textOf(tpl, empty);
      expect(t, kind).not.toMatch(BAD);
      expect(t, kind).toContain('＿＿');
      // none of the sample case's facts appear in a case that has none
      expect(t, kind).not.toMatch(/张建国|钱立新|酸奶|2026年8月/);
    }
    expect(field(T['refuse-filing-approval'], empty, '负责人审批意见')).toBe(BLANK);
    expect(field(T['refuse-filing-approval'], empty, '依据')).toBe(BLANK);
    expect(field(T['extend-case-approval'], empty, '延期次数')).toBe(BLANK);
    expect(field(T['legal-review-submission'], empty, '审核轮次')).toBe(BLANK);
    expect(textOf(T['investigation-conclusion-report'], empty)).toContain(`1．${BLANK}`);
    expect(field(T['hearing-report'], empty, '听证时间')).toBe('＿＿＿＿年＿＿月＿＿日＿＿时＿＿分');
    // odd inputs are shown or blanked, never crash
    const odd = emptyContext({
      steps: [
        { code: 'refuse-filing', name: '不予立案', actorName: '', inputs: { ground: 'martian', reason: { a: 1 } } },
        { code: 'submit-review', name: '提交法制审核', actorName: '', inputs: { proposedSanctions: 'x', proposedFine: Number.NaN } },
        { code: 'conclude-investigation', name: '调查终结', at: 'garbage', actorName: '', inputs: { evidence: [null, ''] } },
      ],
    });
    for (const [kind, tpl] of Object.entries(T)) expect(textOf(tpl, odd), kind).not.toMatch(BAD);
    expect(field(T['refuse-filing-approval'], odd, '不予立案的情形')).toBe('martian');
  });

  it('is a pure function of the case', () => {
    const ctx = generalCaseContext();
    for (const tpl of Object.values(T)) expect(tpl.build(ctx)).toEqual(tpl.build(ctx));
  });
});
