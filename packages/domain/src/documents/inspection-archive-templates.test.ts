import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import { BLANK, type DocumentTemplate } from './document-fill.ts';
import type { DocumentBlock, DocumentContext } from './document-model.ts';
import { emptyContext, generalCaseContext, step } from './document-test-factories.ts';
import { INSPECTION_ARCHIVE_NAMES, INSPECTION_ARCHIVE_TEMPLATES } from './inspection-archive-templates.ts';

type Kind = keyof typeof INSPECTION_ARCHIVE_TEMPLATES;

/** Everything a person reads on the document, in order. */
function textOf(kind: Kind, ctx: DocumentContext): string {
  const t: DocumentTemplate = INSPECTION_ARCHIVE_TEMPLATES[kind];
  const parts = [ctx.agency.name, t.titleFor?.(ctx) ?? t.title];
  for (const b of t.build(ctx)) parts.push(...blockTexts(b));
  return parts.join('\n');
}
function blockTexts(b: DocumentBlock): string[] {
  if (b.type === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.type === 'signatures' || b.type === 'seal') return [...b.lines];
  return [b.text];
}
const BAD = /undefined|null|NaN|\[object|Invalid Date/;

/** A 行政检查 walked from 启动 to 归档: 责令整改, not corrected on recheck, referred to 立案. */
function inspectionContext(over: Partial<DocumentContext> = {}): DocumentContext {
  const g = generalCaseContext();
  const two = { officers: ['u-1', 'u-2'] };
  return {
    ...g,
    case: {
      ...g.case,
      number: '馆市监检〔2026〕7号',
      title: '惠民超市食品安全日常检查',
      procedureName: '行政检查',
      openedOn: '2026-08-18',
    },
    steps: [
      step('open', '启动检查', '2026-08-18', '李明', {
        source: 'routine',
        subject: '食品经营者进货查验及食品贮存情况',
        basis: '《中华人民共和国食品安全法》第一百一十条',
      }),
      step('inspect', '现场检查', '2026-08-20', '李明', {
        ...two,
        place: '馆陶县陶山街 201 号惠民超市',
        findings: '冷柜内存放超过保质期的酸奶 3 盒，未见进货查验记录。',
      }),
      step('conclude', '作出检查结论', '2026-08-21', '李明', {
        result: 'rectify',
        conclusion: '当事人未建立食品进货查验记录制度，冷柜内存放超过保质期的食品。',
      }),
      step('order-rectification', '责令整改', '2026-08-21', '王芳', {
        requirements: '一、立即下架并销毁过期酸奶；二、建立并如实记录食品进货查验记录。',
        deadline: '2026-09-05',
      }),
      step('recheck', '整改复查', '2026-09-08', '王芳', {
        ...two,
        findings: '过期酸奶已下架销毁，但仍未建立进货查验记录。',
        rectified: false,
      }),
      step('refer', '移交立案', '2026-09-09', '张建国', {
        reason: '当事人逾期未建立进货查验记录，涉嫌违反《中华人民共和国食品安全法》第五十三条。',
      }),
      step('close', '结案', '2026-09-10', '张建国', { summary: '已移交立案，检查结案。' }),
      step('archive', '归档', '2026-09-12', '刘洋', { volumes: '1' }),
    ],
    issuedOn: '2026-09-12',
    ...over,
  };
}

/** The same procedure with nothing taken yet. */
const emptyInspection = () => emptyContext({ case: { number: '', title: '', procedureName: '行政检查', field: '市场监管' } });

describe('R-REC-2 行政检查 and 案卷 templates', () => {
  it('names every template after the procedures, and every document the inspection and archive steps name has one', () => {
    for (const [name, kind] of Object.entries(INSPECTION_ARCHIVE_NAMES)) expect(INSPECTION_ARCHIVE_TEMPLATES[kind].title).toBe(name);
    const inspection = PROCEDURES.find((p) => p.code === 'inspection')!;
    const named = [inspection.open, ...inspection.steps]
      .filter((s) => ['conclude', 'order-rectification', 'recheck', 'refer', 'archive'].includes(s.code))
      .flatMap((s) => s.documents);
    expect(new Set(named)).toEqual(new Set(Object.keys(INSPECTION_ARCHIVE_NAMES)));
  });

  it('检查结果告知书 states when and where the inspection was, its basis, findings, result and the right to object', () => {
    const s = textOf('inspection-result-notice', inspectionContext());
    expect(s).toContain('检查结果告知书');
    expect(s).toContain('馆陶县惠民超市有限公司：');
    expect(s).toContain('2026年8月20日10时05分在馆陶县陶山街 201 号惠民超市对你单位进行了现场检查');
    expect(s).toContain('检查来源：日常巡查');
    expect(s).toContain('食品经营者进货查验及食品贮存情况');
    expect(s).toContain('检查依据：《中华人民共和国食品安全法》第一百一十条');
    expect(s).toContain('冷柜内存放超过保质期的酸奶 3 盒');
    expect(s).toContain('发现问题，责令整改');
    expect(s).toContain('另行向你单位下达《责令改正通知书》');
    expect(s).toContain('提出陈述、申辩意见');
    expect(s).toContain('馆陶县市场监督管理局');
    expect(s).toContain('2026年8月21日');
    expect(s).toContain('当事人签收（签名或者盖章）');
    expect(s).not.toMatch(BAD);
    // a result of 移交立案 says so, with the article
    const referred = inspectionContext();
    const steps = referred.steps.map((x) => (x.code === 'conclude' ? { ...x, inputs: { ...x.inputs, result: 'refer' } } : x));
    expect(textOf('inspection-result-notice', { ...referred, steps })).toContain(
      '《中华人民共和国行政处罚法》第五十四条的规定移交立案调查',
    );
  });

  it('责令改正通知书 states what to correct, the deadline, the legal basis to write in, the consequence and the remedies', () => {
    const s = textOf('rectification-order', inspectionContext());
    expect(s).toContain('责令改正通知书');
    expect(s).toContain('本机关于2026年8月20日对你单位进行现场检查');
    expect(s).toContain('当事人未建立食品进货查验记录制度');
    expect(s).toContain('一、立即下架并销毁过期酸奶');
    expect(s).toContain('责令你单位于2026年9月5日前改正上述违法行为');
    // no step input holds the provision violated: blanks for the officer, not invented articles
    expect(s).toContain(`上述行为违反了${BLANK}的规定。依据${BLANK}的规定`);
    expect(s).toContain('逾期不改正或者改正不到位的，本机关将依照《中华人民共和国行政处罚法》第五十四条的规定立案调查');
    expect(s).toContain('六十日内向馆陶县人民政府申请行政复议');
    expect(s).toContain('六个月内依法向馆陶县人民法院提起行政诉讼');
    expect(s).toContain('《中华人民共和国行政复议法》第二十条');
    expect(s).toContain('《中华人民共和国行政诉讼法》第四十六条');
    expect(s).toContain('馆陶县市场监督管理局');
    expect(s).not.toMatch(BAD);
  });

  it('整改复查意见书 records the recheck and whether the order was met', () => {
    const s = textOf('rectification-recheck-opinion', {
      ...inspectionContext(),
      issuedDocuments: [{ kind: 'rectification-order', title: '责令改正通知书', number: '馆市监责改〔2026〕7号', issuedOn: '2026-08-21' }],
    });
    expect(s).toContain('整改复查意见书');
    expect(s).toContain('2026年9月8日10时05分');
    expect(s).toContain('李明（执法证号：13043300101）、王芳（执法证号：13043300102）');
    expect(s).toContain('本机关于2026年8月21日向你单位下达《责令改正通知书》（馆市监责改〔2026〕7号），责令你单位于2026年9月5日前改正');
    expect(s).toContain('仍未建立进货查验记录');
    expect(s).toContain('未按照《责令改正通知书》的要求整改到位');
    expect(s).toContain('复查人员（签名）');
    expect(s).not.toMatch(BAD);
    const ok = inspectionContext();
    const steps = ok.steps.map((x) => (x.code === 'recheck' ? { ...x, inputs: { ...x.inputs, rectified: true } } : x));
    expect(textOf('rectification-recheck-opinion', { ...ok, steps })).toContain('已按照《责令改正通知书》的要求整改到位');
  });

  it('案件移交审批表 carries the findings, the recheck, the reason and the head’s approval', () => {
    const s = textOf('case-referral-approval', inspectionContext());
    expect(s).toContain('案件移交审批表');
    expect(s).toContain('馆市监检〔2026〕7号');
    expect(s).toContain('统一社会信用代码');
    expect(s).toContain('91130433MA0A1B2C3X');
    expect(s).toContain('未见进货查验记录');
    expect(s).toContain('仍未建立进货查验记录');
    expect(s).toContain('是否整改到位\n否');
    expect(s).toContain('涉嫌违反《中华人民共和国食品安全法》第五十三条');
    expect(s).toContain('《中华人民共和国行政处罚法》第五十四条');
    expect(s).toContain('同意移交立案。（批准负责人：张建国，2026年9月9日10时05分）');
    expect(s).toContain('负责人（签名）');
    expect(s).not.toMatch(BAD);
  });

  it('卷宗封面 shows the agency, case, party, dates, result, officers, volumes', () => {
    const s = textOf('case-file-cover', inspectionContext());
    expect(s).toContain('卷宗封面');
    expect(s).toContain('惠民超市食品安全日常检查');
    expect(s).toContain('馆市监检〔2026〕7号');
    expect(s).toContain('馆陶县惠民超市有限公司');
    expect(s).toContain('2026年8月18日');
    expect(s).toContain('2026年9月10日');
    expect(s).toContain('涉嫌违法，移交立案');
    expect(s).toContain('李明、王芳');
    expect(s).toContain('2026年9月12日');
    expect(s).toContain('□永久');
    expect(s).toContain('共1册');
    // 检查结果告知书, 责令改正通知书, 整改复查意见书, 案件移交审批表, 现场检查笔录, 结案审批表
    expect(s).toContain('6件');
    expect(s).not.toMatch(BAD);
    // a penalty case: its decision is the result
    expect(textOf('case-file-cover', generalCaseContext())).toContain('作出处罚决定：一、没收违法所得 48 元；二、罚款 50000 元。');
  });

  it('卷内文件目录 lists the documents of the steps taken, in order and dated, without the 案卷 forms', () => {
    const t = INSPECTION_ARCHIVE_TEMPLATES['case-file-directory'].build(inspectionContext());
    const rows = t.flatMap((b) => (b.type === 'fields' ? b.rows : []));
    const labels = rows.map((r) => r.label).filter((l) => /^\d+．/.test(l));
    expect(labels).toEqual([
      '1．现场检查笔录',
      '2．检查结果告知书',
      '3．责令改正通知书',
      '4．整改复查意见书',
      '5．案件移交审批表',
      '6．结案审批表',
    ]);
    expect(rows.find((r) => r.label === '3．责令改正通知书')!.value).toContain('日期：2026年8月21日');
    // a 文号 is not known from the steps: left to write in
    expect(rows.find((r) => r.label === '3．责令改正通知书')!.value).toContain('文号：＿＿＿＿＿＿');
    const s = textOf('case-file-directory', inspectionContext());
    expect(s).not.toContain('卷宗封面');
    expect(s).not.toMatch(BAD);
    // a 一般程序 case lists its own documents
    const g = textOf('case-file-directory', generalCaseContext());
    for (const name of ['现场检查笔录', '询问笔录', '行政处罚告知书', '听证笔录', '行政处罚决定书', '送达回证', '结案审批表'])
      expect(g).toContain(name);
  });

  it('卷内文件目录 takes numbers and dates from the issued documents when the context carries them', () => {
    const ctx = {
      ...inspectionContext(),
      issuedDocuments: [
        { title: '检查结果告知书', number: '馆市监检告〔2026〕3号', issuedOn: '2026-08-21' },
        { title: '卷宗封面', number: null, issuedOn: '2026-09-12' },
      ],
    };
    const s = textOf('case-file-directory', ctx);
    expect(s).toContain('1．检查结果告知书');
    expect(s).toContain('日期：2026年8月21日；页号：＿＿＿；文号：馆市监检告〔2026〕3号');
    expect(s).not.toContain('2．');
  });

  it('卷内备考表 states the count, who made up the file and when, with a checker to sign', () => {
    const s = textOf('case-file-note', inspectionContext());
    expect(s).toContain('卷内备考表');
    expect(s).toContain('本卷情况说明');
    expect(s).toContain('本卷共有文件材料6件');
    expect(s).toContain('刘洋');
    expect(s).toContain('2026年9月12日');
    expect(s).toContain('检查人（签名）');
    expect(s).not.toMatch(BAD);
  });

  it('with no steps taken every template gives blanks, never invented data', () => {
    for (const kind of Object.keys(INSPECTION_ARCHIVE_TEMPLATES) as Kind[]) {
      const s = textOf(kind, emptyInspection());
      expect(s, kind).not.toMatch(BAD);
      expect(s, kind).toContain(BLANK);
      for (const invented of ['日常巡查', '2026年8月', '整改到位', '同意移交立案', '刘洋', '共1册', '李明'])
        expect(s, `${kind}: ${invented}`).not.toContain(invented);
    }
    expect(textOf('rectification-order', emptyInspection())).toContain('于＿＿＿＿年＿＿月＿＿日前改正');
    expect(textOf('case-file-cover', emptyInspection())).toContain('共＿＿＿册');
    expect(textOf('case-file-directory', emptyInspection())).toContain(`1．${BLANK}`);
  });
});
