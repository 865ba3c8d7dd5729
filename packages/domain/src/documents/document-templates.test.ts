import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, buildDocument, documentKindOfName } from './document-templates.ts';
import type { DocumentContext } from './document-model.ts';

const base: DocumentContext = {
  agency: { name: '馆陶县市场监督管理局', creditCode: '11130433MB0000000X', address: '', phone: '', reviewBody: '馆陶县人民政府', court: '馆陶县人民法院' },
  case: { number: '馆市监罚〔2026〕1号', title: '销售过期食品案', procedureName: '行政处罚一般程序', field: '市场监管', regionName: '馆陶镇', openedOn: '2026-08-03' },
  party: { kind: 'org', name: '馆陶县惠民超市有限公司', creditCode: null, idNumber: null, legalRep: null, address: null, phone: null },
  officers: [],
  steps: [],
  issuedOn: '2026-09-01',
};
const textOf = (ctx: DocumentContext, kind: string) => JSON.stringify(buildDocument(kind, ctx));

describe('R-REC-2 执法文书 templates', () => {
  it('has the ten required documents, and missing data gives blanks to fill by hand, never "undefined"', () => {
    expect(DOCUMENT_KINDS.map((k) => k.title)).toEqual(['立案审批表', '现场检查笔录', '询问笔录', '证据提取单', '行政处罚告知书', '听证告知书', '听证笔录', '行政处罚决定书', '送达回证', '结案审批表']);
    for (const k of DOCUMENT_KINDS) {
      const t = textOf(base, k.code);
      expect(t).not.toMatch(/undefined|null|NaN|\[object/);
      expect(t).toContain('＿＿');
    }
    expect(documentKindOfName('行政处罚决定书')).toBe('penalty-decision');
    expect(documentKindOfName('听证通知书')).toBe('hearing-notice');
    expect(() => buildDocument('nope', base)).toThrow('没有「nope」文书模板');
  });

  it('the 告知书 states 陈述、申辩 rights, and the hearing right with its time limit when the case has it (§44, §45, §63, §64)', () => {
    const withHearing = { ...base, steps: [{ code: 'notify', name: '行政处罚告知', on: '2026-08-20', actorName: '李明', inputs: { proposedPenalty: '罚款 5000 元', hearingRight: true } }] };
    const t = textOf(withHearing, 'penalty-notice');
    expect(t).toContain('陈述、申辩的权利');
    expect(t).toContain('五个工作日');
    expect(t).toContain('有权要求举行听证');
    expect(textOf({ ...withHearing, steps: [{ ...withHearing.steps[0]!, inputs: { hearingRight: false } }] }, 'penalty-notice')).not.toContain('有权要求举行听证');
  });

  it('the 决定书 states facts, basis, penalty, how to perform it and the remedies with their bodies and time limits (§59)', () => {
    const ctx = { ...base, steps: [{ code: 'decide', name: '作出处罚决定', on: '2026-09-01', actorName: '张建国', inputs: { facts: '销售过期酸奶12盒', legalBasis: '食品安全法第一百二十四条', penalty: '罚款5000元', fineAmount: 5000 } }] };
    const t = textOf(ctx, 'penalty-decision');
    for (const s of ['销售过期酸奶12盒', '食品安全法第一百二十四条', '罚款5000元', '十五日内', '六十日内向馆陶县人民政府申请行政复议', '六个月内依法向馆陶县人民法院提起行政诉讼']) expect(t).toContain(s);
  });
});
