import { yuanText } from './amount-in-words.ts';
import {
  BLANK,
  blankLines,
  chineseDate,
  fields,
  heading,
  input,
  isPresent,
  lastStep,
  officerText,
  openedOn,
  paragraph,
  partyRows,
  passage,
  rawInput,
  row,
  signatures,
  stepDateTime,
  stepDay,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';
import { othersPresentText, recordPeriod, recorderText, refusalNote } from './record-fill.ts';
import type { DocumentBlock, DocumentContext, DocumentStep, FieldRow } from './document-model.ts';
import { normaliseSanctions, sanctionsText } from '../procedures/sanctions.ts';
import { PROCEDURES } from '../procedures/registry.ts';

/**
 * The remaining documents of 行政处罚一般程序 (R-REC-2), after the 2021 市场监督管理行政处罚文书格式范本:
 * the head's approvals (不予立案, 延长立案期限, 撤销立案, 延长办案期限, 终止调查), the 案件调查终结报告,
 * the 陈述申辩笔录, the 听证报告 and the 法制审核送审表. Step codes and input names are those of
 * procedures/definitions/penalty-general*.ts; what no step records is left blank to fill by hand.
 */

const LAW = '《中华人民共和国行政处罚法》';
const RULES = '《市场监督管理行政处罚程序规定》';

/** A text put inside a sentence, without its own closing punctuation. */
const clause = (t: string): string => t.replace(/[。；;，,\s]+$/, '');

/** The steps recorded before the last time `code` was taken (all steps when it was not). */
function stepsBefore(ctx: DocumentContext, code: string): readonly DocumentStep[] {
  for (let i = ctx.steps.length - 1; i >= 0; i--) if (ctx.steps[i]!.code === code) return ctx.steps.slice(0, i);
  return ctx.steps;
}

/** The investigative acts of the case, with what each step records of where and whom. */
const COURSE: Readonly<Record<string, (s: DocumentStep) => string>> = {
  inspect: (s) => (isPresent(s.inputs['place']) ? `（地点：${text(s.inputs['place'])}）` : ''),
  inquire: (s) => (isPresent(s.inputs['person']) ? `（被询问人：${text(s.inputs['person'])}）` : ''),
  'collect-evidence': () => '',
  preserve: () => '',
  'handle-preserved': () => '',
  'start-testing': (s) => (isPresent(s.inputs['institution']) ? `（${text(s.inputs['institution'])}）` : ''),
  'finish-testing': () => '',
};

/** 调查经过: 「2026年8月4日现场检查（地点：…）；2026年8月5日询问（被询问人：…）。」, or blank lines. */
function investigationCourse(ctx: DocumentContext, before: string, lines = 2): string {
  const acts = stepsBefore(ctx, before).filter((s) => Object.hasOwn(COURSE, s.code));
  if (!acts.length) return blankLines(lines);
  return `${acts.map((s) => `${chineseDate(stepDay(s))}${text(s.name)}${COURSE[s.code]!(s)}`).join('；')}。`;
}

/** 先行登记保存 (行政处罚法 §56) recorded before `before`, and how it was dealt with; none when not taken. */
function preservationRows(ctx: DocumentContext, before: string): FieldRow[] {
  const earlier = stepsBefore(ctx, before);
  const kept = [...earlier].reverse().find((s) => s.code === 'preserve');
  if (!kept) return [];
  const handled = [...earlier].reverse().find((s) => s.code === 'handle-preserved');
  return [
    row('先行登记保存的证据', text(kept.inputs['items'])),
    row('先行登记保存证据的处理', handled ? input({ ...ctx, steps: [handled] }, 'handle-preserved', 'measure') : BLANK),
  ];
}

/** The head's decision in the system: its words, who took it and when; blank until taken. */
function headApproval(step: DocumentStep | null, words: string): string {
  return step ? `${words}（负责人：${text(step.actorName)}，${stepDateTime(step)}）` : BLANK;
}

/** The case's own rows, as every 审批表 opens. */
function caseRows(ctx: DocumentContext): FieldRow[] {
  return [row('案件名称', text(ctx.case.title)), row('案号', text(ctx.case.number)), row('案件来源', input(ctx, 'open', 'source'))];
}

/** Basis of each 不予立案 ground: the filing conditions it fails (§19) or the case of §20 it is. */
const REFUSAL_BASIS: Readonly<Record<string, string>> = {
  'no-violation': `不符合${RULES}第十九条第一款第（一）项规定的立案条件`,
  minor: `${RULES}第二十条第一款第（一）项`,
  'time-barred': `${LAW}第三十六条；不符合${RULES}第十九条第一款第（四）项规定的立案条件`,
  'no-jurisdiction': `不符合${RULES}第十九条第一款第（三）项规定的立案条件`,
  other: `${RULES}第二十条第一款第（四）项`,
};

/** 不予立案审批表 — 市场监管 程序规定 §18 (核查, the head decides), §19 (立案条件), §20 (不予立案, its 审批表). */
export const refuseFilingApproval: DocumentTemplate = {
  title: '不予立案审批表',
  build: (ctx) => {
    const s = lastStep(ctx, 'refuse-filing');
    const ground = rawInput(ctx, 'refuse-filing', 'ground');
    const basis = typeof ground === 'string' && Object.hasOwn(REFUSAL_BASIS, ground) ? REFUSAL_BASIS[ground]! : BLANK;
    return [
      fields(...caseRows(ctx), row('发现线索日期', input(ctx, 'open', 'clueOn', chineseDate(null))), ...partyRows(ctx)),
      heading('简要案情'),
      paragraph(passage(ctx, 'open', 'summary', 3)),
      heading('核查情况及不予立案理由'),
      paragraph(passage(ctx, 'refuse-filing', 'reason', 4)),
      fields(
        row('不予立案的情形', input(ctx, 'refuse-filing', 'ground')),
        row('依据', basis),
        row('核查人员', officerText(ctx)),
        row('负责人审批意见', headApproval(s, '同意不予立案。')),
        row('不予立案日期', chineseDate(stepDay(s))),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** 延长立案期限审批表 — 程序规定 §18: 核查 in 15 working days of the clue, once extended by 15 with the head's approval. */
export const extendFilingApproval: DocumentTemplate = {
  title: '延长立案期限审批表',
  build: (ctx) => {
    const s = lastStep(ctx, 'extend-filing');
    return [
      fields(...caseRows(ctx), row('发现线索日期', input(ctx, 'open', 'clueOn', chineseDate(null))), ...partyRows(ctx)),
      heading('简要案情'),
      paragraph(passage(ctx, 'open', 'summary', 3)),
      heading('延期理由'),
      paragraph(passage(ctx, 'extend-filing', 'reason', 4)),
      fields(
        row('核查期限', '自发现线索或者收到材料之日起十五个工作日'),
        row('申请延长期限', '十五个工作日'),
        row(
          '依据',
          `${RULES}第十八条：特殊情况下，经市场监督管理部门负责人批准，可以延长十五个工作日；检测、检验、检疫、鉴定以及权利人辨认或者鉴别等所需时间，不计入核查期限`,
        ),
        row('核查人员', officerText(ctx)),
        row('负责人审批意见', headApproval(s, '同意延长立案期限十五个工作日。')),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** 撤销立案审批表 — a filed case found after 立案 not to meet the conditions of 程序规定 §19 is revoked by the head. */
export const revokeFilingApproval: DocumentTemplate = {
  title: '撤销立案审批表',
  build: (ctx) => {
    const s = lastStep(ctx, 'revoke-filing');
    return [
      fields(...caseRows(ctx), row('立案日期', chineseDate(openedOn(ctx))), ...partyRows(ctx), row('承办人员', officerText(ctx))),
      heading('简要案情'),
      paragraph(passage(ctx, 'open', 'summary', 3)),
      heading('调查经过'),
      paragraph(investigationCourse(ctx, 'revoke-filing')),
      heading('撤销立案的理由'),
      paragraph(passage(ctx, 'revoke-filing', 'reason', 4)),
      fields(
        ...preservationRows(ctx, 'revoke-filing'),
        row('依据', `立案后发现不符合${RULES}第十九条第一款规定的立案条件`),
        row('负责人审批意见', headApproval(s, '同意撤销立案。')),
        row('撤销立案日期', chineseDate(stepDay(s))),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/**
 * 延长办案期限审批表 — 行政处罚法 §60 (ninety days from 立案), 程序规定 §64: thirty days more once with
 * the head's approval; a further extension is decided by the heads' 集体讨论, which sets its length.
 */
export const extendCaseApproval: DocumentTemplate = {
  title: '延长办案期限审批表',
  build: (ctx) => {
    const s = lastStep(ctx, 'extend');
    const taken = ctx.steps.filter((x) => x.code === 'extend').length;
    const again = taken > 1;
    return [
      fields(
        ...caseRows(ctx),
        row('立案日期', chineseDate(openedOn(ctx))),
        ...partyRows(ctx),
        row('承办人员', officerText(ctx)),
        row('办案期限', `自立案之日起九十日（${LAW}第六十条）`),
        row('延期次数', s ? `第${taken}次` : BLANK),
        row('申请延长期限', again ? `${BLANK}日（由负责人集体讨论确定）` : '三十日'),
      ),
      heading('案件办理情况'),
      paragraph(investigationCourse(ctx, 'extend')),
      heading('延期理由'),
      paragraph(passage(ctx, 'extend', 'reason', 4)),
      fields(
        row(
          '依据',
          again
            ? `${RULES}第六十四条：案情特别复杂或者有其他特殊情况，经延期仍不能作出处理决定的，由市场监督管理部门负责人集体讨论决定是否继续延期，并确定延长的合理期限`
            : `${RULES}第六十四条：因案情复杂或者其他原因，不能在规定期限内作出处理决定的，经市场监督管理部门负责人批准，可以延长三十日`,
        ),
        row('负责人审批意见', headApproval(s, again ? '经集体讨论，同意继续延长办案期限。' : '同意延长办案期限三十日。')),
      ),
      paragraph(`案件处理过程中，中止、听证、公告和检测、检验、检疫、鉴定等时间不计入办案期限（${RULES}第六十四条）。`),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** 终止调查审批表 — the head ends the investigation of a filed case (e.g. the person died, the organisation ended with no successor). */
export const terminateInvestigationApproval: DocumentTemplate = {
  title: '终止调查审批表',
  build: (ctx) => {
    const s = lastStep(ctx, 'terminate');
    return [
      fields(...caseRows(ctx), row('立案日期', chineseDate(openedOn(ctx))), ...partyRows(ctx), row('承办人员', officerText(ctx))),
      heading('简要案情'),
      paragraph(passage(ctx, 'open', 'summary', 3)),
      heading('调查经过'),
      paragraph(investigationCourse(ctx, 'terminate')),
      heading('终止调查的理由'),
      paragraph(passage(ctx, 'terminate', 'reason', 4)),
      fields(
        ...preservationRows(ctx, 'terminate'),
        row('负责人审批意见', headApproval(s, '同意终止调查。')),
        row('终止调查日期', chineseDate(stepDay(s))),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** A 证据清单 as its items: one a line or separated by 「；」, else by 「、」. */
export function evidenceItems(v: unknown): string[] {
  if (!isPresent(v)) return [];
  const all = Array.isArray(v) ? v.filter(isPresent).map((x) => text(x)) : [text(v)];
  const split = (sep: RegExp) =>
    all
      .flatMap((x) => x.split(sep))
      .map((x) => x.trim().replace(/[。；;]$/, ''))
      .filter(Boolean);
  const lines = split(/[\n；;]+/);
  return lines.length > 1 ? lines : split(/[、，,]+/);
}

/**
 * 案件调查终结报告 — 行政处罚法 §57: at the end of an investigation the head reviews its result. The
 * report states the party, the source and course of the investigation, the facts found, each item
 * of evidence with what it proves, the nature and legal basis, the proposal and the 裁量 reasons.
 */
export const investigationConclusionReport: DocumentTemplate = {
  title: '案件调查终结报告',
  build: (ctx) => {
    const s = lastStep(ctx, 'conclude-investigation');
    const items = evidenceItems(rawInput(ctx, 'conclude-investigation', 'evidence'));
    const proposal = rawInput(ctx, 'conclude-investigation', 'proposal');
    return [
      fields(
        ...caseRows(ctx),
        row('立案日期', chineseDate(openedOn(ctx))),
        ...partyRows(ctx, { phone: false }),
        row('承办人员', officerText(ctx)),
      ),
      heading('调查经过'),
      paragraph(`本机关于${chineseDate(openedOn(ctx))}立案后，依法进行了调查：${investigationCourse(ctx, 'conclude-investigation')}`),
      ...(preservationRows(ctx, 'conclude-investigation').length ? [fields(...preservationRows(ctx, 'conclude-investigation'))] : []),
      heading('调查认定的事实'),
      paragraph(passage(ctx, 'conclude-investigation', 'facts', 4)),
      heading('证据及证明事项'),
      // the 证据清单 names the evidence; what each item proves is not recorded by the step: written by hand
      items.length
        ? fields(...items.map((item, i) => row(`${i + 1}．${item}`, `证明：${BLANK}`)))
        : fields(row(`1．${BLANK}`, `证明：${BLANK}`), row(`2．${BLANK}`, `证明：${BLANK}`)),
      heading('违法行为性质及法律依据'),
      paragraph(
        `当事人的上述行为，依照${clause(input(ctx, 'conclude-investigation', 'legalBasis'))}的规定，${
          proposal === 'penalty'
            ? '应当给予行政处罚'
            : proposal === 'no-penalty'
              ? '依法可以不予行政处罚'
              : proposal === 'transfer'
                ? '应当移送'
                : BLANK
        }。`,
      ),
      heading('自由裁量的理由'),
      paragraph(blankLines(3)),
      heading('处理意见'),
      paragraph(
        `建议${input(ctx, 'conclude-investigation', 'proposal')}${proposal === 'penalty' ? `，拟给予的行政处罚：${BLANK}` : ''}。以上报告，请负责人审查（${LAW}第五十七条）。`,
      ),
      fields(row('调查终结日期', chineseDate(stepDay(s))), row('报告人', text(s?.actorName))),
      signatures('承办人（签名）', '办案机构负责人（签名）', '负责人（签名）'),
    ];
  },
};

/** 陈述申辩笔录 — 行政处罚法 §45: the party states its case; the agency hears it in full and reviews it, never punishing more for it. */
export const defenceRecord: DocumentTemplate = {
  title: '陈述申辩笔录',
  build: (ctx) => {
    const s = lastStep(ctx, 'record-defence');
    const refusal = refusalNote(s, '陈述申辩人');
    const v = you(ctx);
    const delivered = lastStep(ctx, 'deliver-notice');
    const noticeDay = delivered
      ? input(ctx, 'deliver-notice', 'deliveredOn', chineseDate(stepDay(delivered)))
      : chineseDate(stepDay(lastStep(ctx, 'notify')));
    return [
      fields(
        // the times and place the officers recorded for the sitting, blanks where they did not
        row('时间', recordPeriod(s)),
        row('地点', input(ctx, 'record-defence', 'place')),
        ...partyRows(ctx),
        row('陈述申辩人（姓名、职务或者与当事人关系）', input(ctx, 'record-defence', 'speaker')),
        row('执法人员', officerText(ctx)),
        row('记录人', recorderText(s)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(
        `问：我们是${text(ctx.agency.name)}的执法人员，这是我们的执法证件。本机关于${noticeDay}向${v}送达了《行政处罚告知书》，告知了拟作出行政处罚的事实、理由、依据和处罚内容。根据${LAW}第四十五条的规定，${v}有权进行陈述和申辩；本机关将充分听取${v}的意见，对提出的事实、理由和证据进行复核，成立的予以采纳，不因${v}陈述、申辩而给予更重的处罚。你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避。你是否申请回避？`,
      ),
      paragraph(`答：${BLANK}`),
      heading('陈述申辩内容'),
      paragraph(passage(ctx, 'record-defence', 'statement', 8)),
      paragraph(`陈述申辩人核对意见（以上笔录我已看过或者已向我宣读，与我所说相符）：${blankLines(1)}`),
      ...(refusal ? [paragraph(refusal)] : []),
      signatures('陈述申辩人（签名或者盖章）', '执法人员（签名）', '记录人（签名）', ...(refusal ? ['见证人（签名）'] : [])),
    ];
  },
};

/**
 * 听证报告 — 行政处罚法 §64, §65: after the hearing the 听证主持人 reports its course, what the
 * investigators and the party said, and an opinion, with the 听证笔录, to the head, who decides by §57.
 */
export const hearingReport: DocumentTemplate = {
  title: '听证报告',
  build: (ctx) => {
    const s = lastStep(ctx, 'hold-hearing');
    const fine = rawInput(ctx, 'notify', 'proposedFine');
    return [
      fields(
        row('案由', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        ...partyRows(ctx, { phone: false }),
        row('听证申请日期', input(ctx, 'request-hearing', 'requestedOn', chineseDate(null))),
        row('听证时间', stepDateTime(s)),
        row('听证地点', input(ctx, 'notify-hearing', 'place')),
        row('听证主持人', input(ctx, 'notify-hearing', 'host')),
        row('记录员', text(s?.actorName)),
        row('案件调查人员', officerText(ctx)),
        row('当事人委托代理人', BLANK),
        row('听证方式', '公开举行'),
      ),
      heading('案件调查人员提出的违法事实、证据和处罚建议'),
      paragraph(
        `${clause(passage(ctx, 'conclude-investigation', 'facts', 2))}。证据：${clause(input(ctx, 'conclude-investigation', 'evidence'))}。依据${clause(input(ctx, 'conclude-investigation', 'legalBasis'))}，拟作出如下行政处罚：${clause(input(ctx, 'notify', 'proposedPenalty'))}${typeof fine === 'number' && fine > 0 ? `，其中罚款${yuanText(fine)}` : ''}。`,
      ),
      heading('听证的基本情况'),
      paragraph(passage(ctx, 'hold-hearing', 'record', 6)),
      heading('当事人的陈述、申辩和质证意见'),
      // 听证情况 records the hearing as a whole; the party's points are written out by hand from the 听证笔录
      paragraph(`${blankLines(3)}（详见听证笔录）`),
      heading('听证主持人意见和建议'),
      paragraph(passage(ctx, 'hold-hearing', 'opinion', 3)),
      paragraph(`本报告连同听证笔录报请负责人审查，依照${LAW}第六十五条、第五十七条的规定作出决定。`),
      fields(row('报告日期', chineseDate(stepDay(s)))),
      signatures('听证主持人（签名）', '负责人审阅意见（签名）'),
    ];
  },
};

/** The documents a procedure's steps made, by step code (from the procedure definitions). */
function documentsOf(ctx: DocumentContext, code: string): readonly string[] {
  const own = PROCEDURES.filter((p) => p.name === ctx.case.procedureName);
  for (const p of [...own, ...PROCEDURES]) {
    const d = [p.open, ...p.steps].find((x) => x.code === code);
    if (d) return d.documents;
  }
  return [];
}

/** The case file sent for review: each document the earlier steps made, with how many. */
function reviewMaterials(ctx: DocumentContext): string {
  // one paper per time a step was taken; a form passed between steps (立案审批表: open, approve-filing) is one
  const byStep = new Map<string, Map<string, number>>();
  for (const s of stepsBefore(ctx, 'submit-review'))
    for (const name of documentsOf(ctx, s.code)) {
      const per = byStep.get(name) ?? new Map<string, number>();
      per.set(s.code, (per.get(s.code) ?? 0) + 1);
      byStep.set(name, per);
    }
  const counts = new Map([...byStep].map(([name, per]) => [name, Math.max(...per.values())] as const));
  if (!counts.size) return blankLines(3);
  return `${[...counts].map(([name, n], i) => `${i + 1}．${name}${n > 1 ? `（${n}份）` : ''}`).join('；')}。`;
}

/** How the party was told and heard before the review: 告知, 送达, 陈述申辩, 听证. */
function partyHeard(ctx: DocumentContext): string {
  const earlier = { ...ctx, steps: stepsBefore(ctx, 'submit-review') };
  const notify = lastStep(earlier, 'notify');
  if (!notify) return blankLines(2);
  const parts = [`${chineseDate(stepDay(notify))}作出行政处罚告知书`];
  const delivered = lastStep(earlier, 'deliver-notice');
  if (delivered) parts.push(`${input(earlier, 'deliver-notice', 'deliveredOn', chineseDate(stepDay(delivered)))}送达当事人`);
  const defence = lastStep(earlier, 'record-defence', 'party-defence');
  if (defence) {
    const adopted = defence.inputs['adopted'];
    parts.push(
      `当事人于${chineseDate(stepDay(defence))}提出陈述、申辩意见${adopted === true ? '，经复核予以采纳' : adopted === false ? '，经复核不予采纳' : ''}`,
    );
  }
  const heard = lastStep(earlier, 'hold-hearing');
  if (heard) parts.push(`${chineseDate(stepDay(heard))}举行听证，听证主持人意见：${clause(input(earlier, 'hold-hearing', 'opinion'))}`);
  else if (lastStep(earlier, 'waive')) parts.push('当事人明确表示放弃陈述、申辩和听证');
  else if (!defence) parts.push('当事人在规定期限内未提出陈述、申辩意见，也未要求听证');
  return `${parts.join('；')}。`;
}

/** 法制审核送审表 — 行政处罚法 §58: before the head decides, the proposal and the case file go to 法制审核. */
export const legalReviewSubmission: DocumentTemplate = {
  title: '法制审核送审表',
  build: (ctx) => {
    const s = lastStep(ctx, 'submit-review');
    const sanctions = normaliseSanctions(rawInput(ctx, 'submit-review', 'proposedSanctions'));
    const sanctionRows = Array.isArray(sanctions) && sanctions.length ? [row('拟作出的处罚种类', sanctionsText(sanctions))] : [];
    const fine = rawInput(ctx, 'submit-review', 'proposedFine');
    const blocks: DocumentBlock[] = [
      fields(
        ...caseRows(ctx),
        row('立案日期', chineseDate(openedOn(ctx))),
        ...partyRows(ctx, { phone: false }),
        row('承办人员', officerText(ctx)),
        row('送审人', text(s?.actorName)),
        row('送审日期', chineseDate(stepDay(s))),
        row('审核轮次', isPresent(s?.inputs['round']) ? `第${text(s?.inputs['round'])}轮` : BLANK),
        row('拟作出决定的版本', isPresent(s?.inputs['proposalVersion']) ? `第${text(s?.inputs['proposalVersion'])}版` : BLANK),
      ),
      heading('案件事实'),
      paragraph(passage(ctx, 'conclude-investigation', 'facts', 3)),
      fields(
        row('主要证据', input(ctx, 'conclude-investigation', 'evidence')),
        row('法律依据', input(ctx, 'conclude-investigation', 'legalBasis')),
      ),
      heading('告知、陈述申辩及听证情况'),
      paragraph(partyHeard(ctx)),
      heading('拟作出的决定'),
      paragraph(passage(ctx, 'submit-review', 'proposedDecision', 3)),
    ];
    const money = [...sanctionRows, ...(typeof fine === 'number' && fine > 0 ? [row('拟罚款金额', yuanText(fine))] : [])];
    if (money.length) blocks.push(fields(...money));
    blocks.push(
      heading('送审材料'),
      paragraph(reviewMaterials(ctx)),
      fields(
        row('送审材料摘要值（SHA-256）', input(ctx, 'submit-review', 'materialsSha256')),
        ...(isPresent(s?.inputs['notes']) ? [row('备注', text(s?.inputs['notes']))] : []),
      ),
      paragraph(
        `根据${LAW}第五十八条的规定，本案在作出决定前提请法制审核，请对执法主体、管辖、程序、事实与证据、适用依据、处罚种类和幅度等进行审核。`,
      ),
      signatures('承办人（签名）', '办案机构负责人（签名）', '法制审核机构收件人（签名）'),
    );
    return blocks;
  },
};

export const PENALTY_MORE_TEMPLATES = {
  'refuse-filing-approval': refuseFilingApproval,
  'extend-filing-approval': extendFilingApproval,
  'revoke-filing-approval': revokeFilingApproval,
  'extend-case-approval': extendCaseApproval,
  'terminate-investigation-approval': terminateInvestigationApproval,
  'investigation-conclusion-report': investigationConclusionReport,
  'defence-record': defenceRecord,
  'hearing-report': hearingReport,
  'legal-review-submission': legalReviewSubmission,
} as const satisfies Record<string, DocumentTemplate>;

export const PENALTY_MORE_NAMES: Readonly<Record<string, keyof typeof PENALTY_MORE_TEMPLATES>> = {
  不予立案审批表: 'refuse-filing-approval',
  延长立案期限审批表: 'extend-filing-approval',
  撤销立案审批表: 'revoke-filing-approval',
  延长办案期限审批表: 'extend-case-approval',
  终止调查审批表: 'terminate-investigation-approval',
  案件调查终结报告: 'investigation-conclusion-report',
  陈述申辩笔录: 'defence-record',
  听证报告: 'hearing-report',
  法制审核送审表: 'legal-review-submission',
};
