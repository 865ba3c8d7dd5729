import { describe, expect, it } from 'vitest';
import { PROCEDURES } from '../procedures/registry.ts';
import type { DocumentBlock, DocumentContext, DocumentModel } from './document-model.ts';
import { BLANK, chineseDate } from './document-fill.ts';
import { DOCUMENT_KINDS, DOCUMENT_NAME_TO_KIND, buildDocument, documentContentSha256, documentKindOfName } from './document-templates.ts';
import {
  emptyContext,
  endingCaseContext,
  generalCaseContext,
  sampleReviewRecords,
  simpleCaseContext,
  step,
} from './document-test-factories.ts';

/** Everything a person would read on the document, in order. */
function textOf(m: DocumentModel): string {
  const parts = [m.agencyName, m.title, m.number];
  for (const b of m.blocks) parts.push(...blockTexts(b));
  return parts.join('\n');
}
function blockTexts(b: DocumentBlock): string[] {
  if (b.type === 'fields') return b.rows.flatMap((r) => [r.label, r.value]);
  if (b.type === 'signatures' || b.type === 'seal') return [...b.lines];
  return [b.text];
}
const BAD = /undefined|null|NaN|\[object|Invalid Date/;

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('R-REC-2 执法文书: the unified templates', () => {
  it('has a template for each document the requirement names, and more', () => {
    const titles = DOCUMENT_KINDS.map((k) => k.title);
    for (const t of [
      '立案审批表',
      '现场检查笔录',
      '询问笔录',
      '证据提取单',
      '行政处罚告知书',
      '听证告知书',
      '听证笔录',
      '行政处罚决定书',
      '送达回证',
      '结案审批表',
    ]) {
      expect(titles).toContain(t);
    }
    expect(new Set(DOCUMENT_KINDS.map((k) => k.code)).size).toBe(DOCUMENT_KINDS.length);
  });

  it('maps the document names of procedure definitions to templates, and every template title to itself', () => {
    expect(documentKindOfName('行政处罚决定书')).toBe('penalty-decision');
    expect(documentKindOfName('听证通知书')).toBe('hearing-notice');
    expect(documentKindOfName('当场行政处罚决定书')).toBe('on-spot-penalty-decision');
    expect(documentKindOfName('现场笔录')).toBe('coercion-scene-record');
    expect(documentKindOfName('卷宗封皮')).toBeNull();
    expect(documentKindOfName('toString')).toBeNull();
    for (const k of DOCUMENT_KINDS) expect(documentKindOfName(k.title)).toBe(k.code);
    // every mapped name is one a procedure uses or a template's own title: no stale entries
    const used = new Set(PROCEDURES.flatMap((p) => [p.open, ...p.steps].flatMap((s) => s.documents)));
    for (const name of Object.keys(DOCUMENT_NAME_TO_KIND)) {
      expect(used.has(name) || DOCUMENT_KINDS.some((k) => k.title === name) || name === '不予行政处罚决定书', name).toBe(true);
    }
    // and the procedures' names that match a template title are mapped
    for (const name of used) if (DOCUMENT_KINDS.some((k) => k.title === name)) expect(documentKindOfName(name), name).not.toBeNull();
  });

  it('refuses a kind it has no template for', () => {
    expect(() => buildDocument('nope', emptyContext())).toThrow('没有「nope」文书模板');
    expect(() => buildDocument('__proto__', emptyContext())).toThrow(/文书模板/);
  });

  it('missing data gives blanks to fill by hand, never "undefined" or "null", and never crashes', () => {
    const sparse: DocumentContext = {
      agency: { name: '馆陶县市场监督管理局', creditCode: '', address: null, phone: undefined, reviewBody: null, court: null },
      case: { number: '', title: '', procedureName: '', field: '', regionName: null, openedOn: null },
      party: { kind: 'person', name: '', idNumber: null, address: undefined },
      officers: [{ name: '', certificateNumber: null }],
      // steps taken with odd or missing inputs
      steps: [
        { code: 'open', name: '立案', actorName: '', inputs: { summary: null, clueOn: 'not a date', source: { a: 1 } } },
        {
          code: 'notify',
          name: '行政处罚告知',
          on: null,
          at: 'garbage',
          actorName: '',
          inputs: { proposedFine: Number.NaN, hearingRight: 'yes' },
        },
        { code: 'decide', name: '作出处罚决定', actorName: '', inputs: { fineAmount: -5, facts: '   ', penalty: [] } },
        { code: 'deliver', name: '送达', actorName: '', inputs: { method: 'carrier-pigeon' } },
      ],
      issuedOn: '2026-09-01',
      // the review documents are made only with their review record (without it they refuse, below)
      ...sampleReviewRecords(),
    };
    expect(() => buildDocument('legal-review-opinion', { ...sparse, review: undefined })).toThrow('随审核意见生成');
    expect(() => buildDocument('collective-discussion-record', { ...sparse, discussion: undefined })).toThrow('随集体讨论生成');
    for (const ctx of [emptyContext(), sparse]) {
      for (const k of DOCUMENT_KINDS) {
        const t = textOf(buildDocument(k.code, ctx));
        expect(t, `${k.title}`).not.toMatch(BAD);
        expect(t, `${k.title}`).toContain('＿＿');
      }
    }
    // an unknown choice value is shown as entered rather than dropped
    expect(textOf(buildDocument('delivery-receipt', sparse))).toContain('carrier-pigeon');
  });

  it('is a pure function of the case: same context, same model; the context is not changed', () => {
    const ctx = deepFreeze(generalCaseContext());
    for (const k of DOCUMENT_KINDS) {
      const a = buildDocument(k.code, ctx);
      expect(buildDocument(k.code, ctx)).toEqual(a);
      expect(documentContentSha256(buildDocument(k.code, ctx))).toBe(documentContentSha256(a));
    }
    const m = buildDocument('penalty-decision', ctx);
    expect(documentContentSha256(m)).toMatch(/^[0-9a-f]{64}$/);
    expect(documentContentSha256({ ...m, title: '行政处罚决定书（副本）' })).not.toBe(documentContentSha256(m));
  });

  it('行政处罚法 §57(二)(四): the 不予行政处罚决定书 states its legal ground and no performance; the 移送书 names the receiver and materials', () => {
    const np = buildDocument('no-penalty-decision', endingCaseContext('no-penalty'));
    const npText = textOf(np);
    expect(np.title).toBe('不予行政处罚决定书');
    expect(npText).toContain('初次违法且危害后果轻微并及时改正（第三十三条第一款）');
    expect(npText).toContain('不予行政处罚');
    expect(npText).not.toMatch(/缴纳罚款|履行方式|向社会公示/);
    const tr = buildDocument('case-transfer', endingCaseContext('transfer'));
    expect(tr.title).toBe('涉嫌犯罪案件移送书');
    expect(textOf(tr)).toContain('馆陶县公安局');
    expect(textOf(tr)).toContain('第二十七条');
    expect(textOf(tr)).not.toContain('行政处罚决定书');
  });

  it('行政处罚法 §44, §61: the 送达回证 of a 告知书 names the 告知书 and its own date, not a decision', () => {
    const g = generalCaseContext();
    const upTo = g.steps.findIndex((x) => x.code === 'deliver-notice');
    const receipt = textOf(buildDocument('delivery-receipt', { ...g, steps: g.steps.slice(0, upTo + 1) }));
    expect(receipt).toContain('《行政处罚告知书》');
    expect(receipt).toContain('2026年8月11日');
    expect(receipt).not.toContain('行政处罚决定书应当在宣告后');
    expect(textOf(buildDocument('delivery-receipt', g))).toContain('《行政处罚决定书》');
  });

  it('reads the step codes and input names the procedures use: a case walked to the end leaves only the hand-filled blanks', () => {
    // rows and prompts that paper forms leave to be written by hand even when the case is complete
    const handFilled = new Set(['当事人是否申请回避', '提取地点', '证明对象', '证据来源', '备注']);
    const prompts = ['核对意见', '答：', '是否申请回避', '时＿＿分'];
    const cases: [DocumentContext, string[]][] = [
      [
        // the 决定书 was issued under its own number, which the 送达回证 cites
        generalCaseContext({
          issuedDocuments: [{ kind: 'penalty-decision', title: '行政处罚决定书', number: '馆市监处罚〔2026〕1号', issuedOn: '2026-09-20' }],
        }),
        // the forms of this case's steps; the others (coercion, licence, inspection, 案卷, the rarer
        // penalty forms) are walked through their own cases in their own test files
        [
          'case-filing-approval',
          'inspection-record',
          'inquiry-record',
          'evidence-extraction',
          'penalty-notice',
          'hearing-rights-notice',
          'hearing-notice',
          'hearing-record',
          'penalty-decision',
          'delivery-receipt',
          'case-closing-approval',
          'legal-review-opinion',
          'collective-discussion-record',
        ],
      ],
      [simpleCaseContext(), ['on-spot-penalty-decision']],
      [endingCaseContext('no-penalty'), ['no-penalty-decision']],
      [endingCaseContext('transfer'), ['case-transfer']],
    ];
    for (const [ctx, kinds] of cases) {
      for (const kind of kinds) {
        const m = buildDocument(kind, ctx);
        for (const b of m.blocks) {
          if (b.type === 'fields')
            for (const r of b.rows) if (!handFilled.has(r.label)) expect(r.value, `${m.title} ${r.label}`).not.toContain('＿');
          if (b.type === 'paragraph' && !prompts.some((p) => b.text.includes(p))) expect(b.text, m.title).not.toContain(BLANK);
          if (b.type === 'seal') expect(b.date).not.toContain('＿');
        }
      }
    }
  });

  it('names officers with their certificate numbers, and persons and organisations with their own identifiers (行政处罚法 §42, §59(1))', () => {
    const org = textOf(buildDocument('inspection-record', generalCaseContext()));
    expect(org).toContain('李明（执法证号：13043300101）、王芳（执法证号：13043300102）');
    expect(org).toContain('统一社会信用代码');
    expect(org).toContain('91130433MA0A1B2C3X');
    const person = textOf(buildDocument('on-spot-penalty-decision', simpleCaseContext()));
    expect(person).toContain('公民身份号码');
    expect(person).toContain('11010519491231002X');
    const notice = textOf(buildDocument('penalty-notice', simpleCaseContext()));
    expect(notice).toContain('刘某：');
    expect(notice).toContain('你享有陈述、申辩的权利');
    const organization = emptyContext({ party: { kind: 'organization', name: '某公司', creditCode: '91130433MA0A1B2C3X' } });
    expect(textOf(buildDocument('penalty-notice', organization))).toContain('你单位享有陈述、申辩的权利');
  });

  it('R-REC-2: a 笔录 states the times the officers recorded, never the moment it was typed in', () => {
    // entered the next night (17:30Z = 01:30 Beijing on 5 August), about an inspection on the 4th
    const ctx = generalCaseContext({
      steps: [
        {
          code: 'inspect',
          name: '现场检查',
          at: '2026-08-04T17:30:00Z',
          actorName: '李明',
          inputs: { startedAt: '2026-08-04T09:30', endedAt: '2026-08-04T10:40' },
        },
      ],
    });
    const text = textOf(buildDocument('inspection-record', ctx));
    expect(text).toContain('2026年8月4日9时30分至10时40分');
    expect(text).not.toContain('1时30分');
    // one that ran past midnight gives the end's date too
    const late = generalCaseContext({
      steps: [step('inquire', '询问', '2026-08-06', '王芳', { startedAt: '2026-08-05T23:10', endedAt: '2026-08-06T00:20' })],
    });
    expect(textOf(buildDocument('inquiry-record', late))).toContain('2026年8月5日23时10分至2026年8月6日0时20分');
    // no times recorded: the whole line is left to be written by hand, not the day of data entry
    const none = generalCaseContext({ steps: [step('inquire', '询问', '2026-08-05', '王芳', {})] });
    const blank = textOf(buildDocument('inquiry-record', none));
    expect(blank).toContain('询问时间\n＿＿＿＿年＿＿月＿＿日＿＿时＿＿分至＿＿时＿＿分');
    expect(blank).not.toContain('2026年8月5日');
  });

  it('prints the Beijing date of an instant, never its UTC date (issue 18 item 11)', () => {
    expect(chineseDate('2026-11-05T17:30:00Z')).toBe('2026年11月6日');
    expect(chineseDate('2026-11-05T17:30:00.000Z')).toBe('2026年11月6日');
    expect(chineseDate('2026-11-05')).toBe('2026年11月5日');
    expect(chineseDate('2026-11-05 上午')).toBe('2026年11月5日');
  });

  it('市场监管 行政处罚信息公示规定 §8: the 决定书 tells the party it will be published; not for 警告 only (§2), nor outside 市场监管', () => {
    const SENTENCE = '本行政处罚决定信息将依照《市场监督管理行政处罚信息公示规定》通过国家企业信用信息公示系统向社会公示。';
    const market = generalCaseContext();
    expect(market.case.field).toBe('市场监管');
    expect(textOf(buildDocument('penalty-decision', market))).toContain(SENTENCE);
    const other = generalCaseContext();
    expect(textOf(buildDocument('penalty-decision', { ...other, case: { ...other.case, field: '城市管理' } }))).not.toContain(SENTENCE);
    const warning = generalCaseContext();
    const steps = warning.steps.map((s) =>
      s.code === 'decide'
        ? { ...s, inputs: { decisionType: 'penalty', facts: '销售过期食品。', legalBasis: '某条', penalty: '警告。' } }
        : s,
    );
    expect(textOf(buildDocument('penalty-decision', { ...warning, steps }))).not.toContain(SENTENCE);
  });

  it('prints the document number it was filed with, a published decision too (never its 案号); a form none (its rows name the 案号)', () => {
    expect(buildDocument('penalty-decision', generalCaseContext()).number).toBe('');
    expect(buildDocument('penalty-notice', generalCaseContext()).number).toBe('');
    expect(buildDocument('case-filing-approval', generalCaseContext()).number).toBe('');
    expect(buildDocument('penalty-decision', generalCaseContext({ documentNumber: '馆市监罚决〔2026〕7号' })).number).toBe(
      '馆市监罚决〔2026〕7号',
    );
    const m = buildDocument('penalty-decision', generalCaseContext());
    expect(m).toMatchObject({ kind: 'penalty-decision', agencyName: '馆陶县市场监督管理局', issuedOn: '2026-09-20' });
  });

  it("R-REC-2: the party's telephone only on the forms whose 范本 has the row (笔录, 审批表), not on review papers, reports or decisions", () => {
    const g = generalCaseContext();
    const phone = g.party.phone!;
    const has = (kind: string, ctx: DocumentContext = g) => {
      const t = textOf(buildDocument(kind, ctx));
      expect(t.includes('联系电话'), kind).toBe(t.includes(phone));
      return t.includes(phone);
    };
    for (const kind of [
      'case-filing-approval',
      'inspection-record',
      'evidence-extraction',
      'hearing-record',
      'defence-record',
      'case-closing-approval',
      'extend-case-approval',
      'terminate-investigation-approval',
      'coercion-approval',
      'coercion-scene-record',
      'preservation-approval',
    ])
      expect(has(kind), kind).toBe(true);
    for (const kind of [
      'legal-review-opinion',
      'collective-discussion-record',
      'legal-review-submission',
      'investigation-conclusion-report',
      'hearing-report',
      'penalty-decision',
      'coercion-decision',
      'coercion-disposal',
    ])
      expect(has(kind), kind).toBe(false);
    expect(has('no-penalty-decision', endingCaseContext('no-penalty'))).toBe(false);
    // sent to the 公安机关: a third party has no need of the party's number
    expect(has('case-transfer', endingCaseContext('transfer'))).toBe(false);
    const simple = simpleCaseContext();
    expect(textOf(buildDocument('on-spot-penalty-decision', simple))).not.toContain(simple.party.phone!);
  });
});

describe('issue 20 item 2: a document cites another by that document’s own number, never the 案号', () => {
  it('the 送达回证 names the served 决定书 with the number it was issued under', () => {
    const ctx = generalCaseContext({
      issuedDocuments: [
        { kind: 'penalty-notice', title: '行政处罚告知书', number: '馆市监罚告〔2026〕3号', issuedOn: '2026-09-10' },
        { kind: 'penalty-decision', title: '行政处罚决定书', number: '馆市监处罚〔2026〕5号', issuedOn: '2026-09-20' },
      ],
    });
    const text = textOf(buildDocument('delivery-receipt', ctx));
    expect(text).toContain('《行政处罚决定书》馆市监处罚〔2026〕5号');
    expect(text).not.toContain(`》${ctx.case.number}`);
    // none issued yet: a blank to fill by hand, not the 案号
    expect(textOf(buildDocument('delivery-receipt', generalCaseContext()))).toContain('《行政处罚决定书》＿＿');
  });
});
