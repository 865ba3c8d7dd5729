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
  type DocumentTemplate,
} from './document-fill.ts';
import { othersPresentText, presentOfficerText, recordPeriod, recorderText, refusalNote } from './record-fill.ts';

/**
 * 立案 and 调查取证 documents (R-REC-2): 立案审批表, 现场检查笔录, 询问笔录, 证据提取单. Step codes
 * and input names are those of procedures/definitions (open, inspect, inquire, collect-evidence).
 */

/** 立案审批表 — 行政处罚法 §54: a case meeting the filing standard is filed (立案) with approval. */
export const caseFilingApproval: DocumentTemplate = {
  title: '立案审批表',
  build: (ctx) => {
    // 立案 is the head's act in the system (approve-filing): who approved, when, and in what words
    const approval = lastStep(ctx, 'approve-filing');
    const opinion = rawInput(ctx, 'approve-filing', 'opinion');
    return [
      fields(
        row('案件名称', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        row('执法领域', text(ctx.case.field)),
        row('案件来源', input(ctx, 'open', 'source')),
        row('发现线索日期', input(ctx, 'open', 'clueOn', chineseDate(null))),
        row('涉案区域', text(ctx.case.regionName)),
        ...partyRows(ctx),
      ),
      heading('案情摘要'),
      paragraph(passage(ctx, 'open', 'summary', 4)),
      fields(
        row('承办人员', officerText(ctx)),
        row('立案依据', '《中华人民共和国行政处罚法》第五十四条'),
        row(
          '负责人审批意见',
          approval
            ? `${isPresent(opinion) ? text(opinion) : '同意立案。'}（批准负责人：${text(approval.actorName)}，${stepDateTime(approval)}）`
            : BLANK,
        ),
        row('立案日期', chineseDate(stepDay(approval))),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** 现场检查笔录 — 行政处罚法 §42 (two officers, certificates shown), §43 (回避), §55 (笔录). */
export const inspectionRecord: DocumentTemplate = {
  title: '现场检查笔录',
  build: (ctx) => {
    const s = lastStep(ctx, 'inspect');
    const refusal = refusalNote(s, '当事人');
    return [
      fields(
        row('检查时间', recordPeriod(s)),
        row('检查地点', input(ctx, 'inspect', 'place')),
        ...partyRows(ctx),
        row('当事人在场人员（姓名、职务）', input(ctx, 'inspect', 'presentPerson')),
        row('执法人员', presentOfficerText(ctx, s)),
        row('记录人', recorderText(s)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(
        `执法人员已向当事人出示行政执法证件，表明身份，说明检查的依据和事项，告知当事人依法享有陈述、申辩和申请执法人员回避的权利，以及如实回答询问、协助检查，不得拒绝或者阻挠的义务。`,
      ),
      fields(row('当事人是否申请回避', BLANK)),
      heading('检查情况'),
      paragraph(passage(ctx, 'inspect', 'findings', 6)),
      paragraph(`当事人核对意见：${blankLines(1)}`),
      ...(refusal ? [paragraph(refusal)] : []),
      signatures('当事人（签名）', '执法人员（签名）', '记录人（签名）', '见证人（签名）'),
    ];
  },
};

/** 询问笔录 — 行政处罚法 §55: the person questioned must answer truthfully; §43: 回避. */
export const inquiryRecord: DocumentTemplate = {
  title: '询问笔录',
  build: (ctx) => {
    const s = lastStep(ctx, 'inquire');
    const person = rawInput(ctx, 'inquire', 'person');
    // the party in person: what we hold about them fills what the step did not record
    const isParty = ctx.party.kind === 'person' && isPresent(person) && text(person) === text(ctx.party.name);
    const own = (name: string, fallback: string) => (isPresent(s?.inputs[name]) ? text(s?.inputs[name]) : fallback);
    const refusal = refusalNote(s, '被询问人');
    return [
      fields(
        row('询问时间', recordPeriod(s)),
        row('询问地点', input(ctx, 'inquire', 'place')),
        row('被询问人', input(ctx, 'inquire', 'person')),
        row('身份证件号码', own('personIdNumber', isParty ? text(ctx.party.idNumber) : BLANK)),
        row('工作单位及职务', own('personWork', BLANK)),
        row('与本案关系', own('personRelation', isParty ? '当事人' : BLANK)),
        row('联系电话', own('personPhone', isParty ? text(ctx.party.phone) : BLANK)),
        row('询问人', presentOfficerText(ctx, s)),
        row('记录人', recorderText(s)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(
        `问：我们是${text(ctx.agency.name)}的执法人员，这是我们的执法证件。现依法就「${text(ctx.case.title)}」有关情况向你调查询问。你应当如实回答询问，协助调查，不得拒绝或者阻挠（《中华人民共和国行政处罚法》第五十五条）；对与本案无关的问题，你有权拒绝回答。你认为执法人员与本案有直接利害关系或者有其他关系可能影响公正执法的，有权申请回避（第四十三条）。你是否申请回避？`,
      ),
      paragraph(`答：${BLANK}`),
      heading('询问内容'),
      paragraph(passage(ctx, 'inquire', 'summary', 8)),
      paragraph(`被询问人核对意见（以上笔录我已看过或者已向我宣读，与我所说相符）：${blankLines(1)}`),
      ...(refusal ? [paragraph(refusal)] : []),
      signatures('被询问人（签名）', '询问人（签名）', '记录人（签名）', ...(refusal ? ['见证人（签名）'] : [])),
    ];
  },
};

/** 证据提取单 — 行政处罚法 §46 (kinds of evidence, verified before use), §55. */
export const evidenceExtraction: DocumentTemplate = {
  title: '证据提取单',
  build: (ctx) => [
    fields(
      ...partyRows(ctx),
      row('提取时间', stepDateTime(lastStep(ctx, 'collect-evidence'))),
      row('提取地点', BLANK),
      row('提取人', officerText(ctx)),
    ),
    heading('证据名称及数量'),
    paragraph(passage(ctx, 'collect-evidence', 'items', 4)),
    fields(row('证明对象', BLANK), row('证据来源', BLANK)),
    paragraph(
      '以上证据由当事人提供或者经当事人确认，复制件、复印件与原件、原物核对无误。提供复制件的，由提供人注明「与原件核对无误」及出处，并签名或者盖章。证据经查证属实，方可作为认定案件事实的根据（《中华人民共和国行政处罚法》第四十六条）。',
    ),
    signatures('证据提供人（签名或者盖章）', '执法人员（签名）'),
  ],
};
