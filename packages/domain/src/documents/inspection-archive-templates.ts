import { remedies } from './decision-templates.ts';
import { PROCEDURES } from '../procedures/registry.ts';
import {
  BLANK,
  addresseeLine,
  agencyContact,
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
  sealBlock,
  signLine,
  signatures,
  stepDateTime,
  stepDay,
  issuedNumber,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';
import type { DocumentBlock, DocumentContext, DocumentStep, FieldRow } from './document-model.ts';

/**
 * 行政检查 documents (R-REC-2) — 检查结果告知书, 责令改正通知书, 整改复查意见书, 案件移交审批表 (steps
 * conclude, order-rectification, recheck, refer of procedures/definitions/inspection.ts) — and the
 * 案卷 forms every procedure names at its `archive` step: 卷宗封面, 卷内文件目录, 卷内备考表.
 */

const PENALTY_LAW = '《中华人民共和国行政处罚法》';
/** a short blank for a count or a page number written by hand */
const SHORT = '＿＿＿';

const receipt = (): DocumentBlock => ({ type: 'signatures', lines: [signLine('当事人签收（签名或者盖章）')] });

/** 检查时间、地点 and what was inspected, as the notices open. */
function inspectionOpening(ctx: DocumentContext): string {
  const inspect = lastStep(ctx, 'inspect');
  return `本机关执法人员于${stepDateTime(inspect)}在${input(ctx, 'inspect', 'place')}对${you(ctx)}进行了现场检查（检查来源：${input(ctx, 'open', 'source')}；检查事项：${input(ctx, 'open', 'subject')}）。`;
}

/** What the 检查结论 means for the party, by its result (ok / rectify / refer). */
function resultConsequence(ctx: DocumentContext): DocumentBlock[] {
  const v = you(ctx);
  switch (rawInput(ctx, 'conclude', 'result')) {
    case 'ok':
      return [paragraph(`经检查，未发现${v}存在违法违规问题。`)];
    case 'rectify':
      return [
        paragraph(
          `对检查发现的问题，本机关将另行向${v}下达《责令改正通知书》。${v}应当按照通知书载明的改正要求和期限改正，并接受本机关复查。`,
        ),
      ];
    case 'refer':
      return [paragraph(`检查发现${v}涉嫌违法，本机关将依照${PENALTY_LAW}第五十四条的规定移交立案调查，并依法告知${v}享有的权利。`)];
    default:
      return [];
  }
}

/** 检查结果告知书 — the result of a 行政检查 told to the party, who may object with evidence. */
export const inspectionResultNotice: DocumentTemplate = {
  title: '检查结果告知书',
  build: (ctx) => {
    const v = you(ctx);
    return [
      addresseeLine(ctx),
      paragraph(inspectionOpening(ctx)),
      paragraph(`检查依据：${input(ctx, 'open', 'basis')}`),
      heading('检查情况'),
      paragraph(passage(ctx, 'inspect', 'findings', 4)),
      heading('检查结论'),
      fields(row('检查结果', input(ctx, 'conclude', 'result'))),
      paragraph(passage(ctx, 'conclude', 'conclusion', 3)),
      ...resultConsequence(ctx),
      paragraph(
        `${v}对本检查结果有异议的，可以向本机关提出陈述、申辩意见，并提供相关证据材料。检查结果将依照行政执法公示的有关规定向社会公开。`,
      ),
      agencyContact(ctx),
      sealBlock(ctx, stepDay(lastStep(ctx, 'conclude'))),
      receipt(),
    ];
  },
};

/**
 * 责令改正通知书 — what to correct, by when, the legal basis (no step input holds it: blanks for the
 * officer), what follows if not corrected (立案查处, 行政处罚法 §54), and 复议/诉讼 against the order.
 */
export const rectificationOrder: DocumentTemplate = {
  title: '责令改正通知书',
  build: (ctx) => {
    const v = you(ctx);
    const inspect = lastStep(ctx, 'inspect');
    const deadline = input(ctx, 'order-rectification', 'deadline', chineseDate(null));
    return [
      addresseeLine(ctx),
      paragraph(
        `本机关于${chineseDate(stepDay(inspect))}对${v}进行现场检查，发现${v}存在下列问题：${passage(ctx, 'conclude', 'conclusion', 3)}`,
      ),
      paragraph(`上述行为违反了${BLANK}的规定。依据${BLANK}的规定，本机关责令${v}于${deadline}前改正上述违法行为。`),
      heading('改正内容和要求'),
      paragraph(passage(ctx, 'order-rectification', 'requirements', 4)),
      paragraph(
        `${v}应当在上述期限内改正，并将改正情况书面报告本机关。本机关将在期限届满后进行复查。逾期不改正或者改正不到位的，本机关将依照${PENALTY_LAW}第五十四条的规定立案调查，依法予以处理。`,
      ),
      paragraph(remedies(ctx, true, '通知')),
      agencyContact(ctx),
      sealBlock(ctx, stepDay(lastStep(ctx, 'order-rectification'))),
      receipt(),
    ];
  },
};

/** 整改复查意见书 — the recheck after the deadline: what the officers found and whether it is corrected. */
export const rectificationRecheckOpinion: DocumentTemplate = {
  title: '整改复查意见书',
  build: (ctx) => {
    const v = you(ctx);
    const recheck = lastStep(ctx, 'recheck');
    const order = lastStep(ctx, 'order-rectification');
    const rectified = rawInput(ctx, 'recheck', 'rectified');
    return [
      fields(...partyRows(ctx), row('复查时间', stepDateTime(recheck)), row('复查地点', BLANK), row('复查人员', officerText(ctx))),
      paragraph(
        `本机关于${chineseDate(stepDay(order))}向${v}下达《责令改正通知书》（${issuedNumber(ctx, '责令改正通知书')}），责令${v}于${input(ctx, 'order-rectification', 'deadline', chineseDate(null))}前改正。改正要求：${input(ctx, 'order-rectification', 'requirements')}`,
      ),
      heading('复查情况'),
      paragraph(passage(ctx, 'recheck', 'findings', 4)),
      heading('复查意见'),
      paragraph(
        rectified === true
          ? `经复查，${v}已按照《责令改正通知书》的要求整改到位。`
          : rectified === false
            ? `经复查，${v}未按照《责令改正通知书》的要求整改到位。本机关将依照${PENALTY_LAW}第五十四条的规定移交立案调查。`
            : blankLines(2),
      ),
      signatures('当事人（签名或者盖章）', '复查人员（签名）'),
      sealBlock(ctx, stepDay(recheck)),
    ];
  },
};

/** 案件移交审批表 — the head approves sending what the inspection found to 立案 (行政处罚法 §54). */
export const caseReferralApproval: DocumentTemplate = {
  title: '案件移交审批表',
  build: (ctx) => {
    const refer = lastStep(ctx, 'refer');
    const recheck = lastStep(ctx, 'recheck');
    return [
      fields(
        row('检查编号', text(ctx.case.number)),
        row('检查事项', input(ctx, 'open', 'subject')),
        row('检查来源', input(ctx, 'open', 'source')),
        ...partyRows(ctx),
        row('检查时间', stepDateTime(lastStep(ctx, 'inspect'))),
        row('检查地点', input(ctx, 'inspect', 'place')),
        row('检查人员', officerText(ctx)),
      ),
      heading('检查情况'),
      paragraph(passage(ctx, 'inspect', 'findings', 3)),
      heading('检查结论'),
      paragraph(`${input(ctx, 'conclude', 'result')}。${passage(ctx, 'conclude', 'conclusion', 2)}`),
      ...(recheck
        ? [
            heading('整改复查情况'),
            paragraph(passage(ctx, 'recheck', 'findings', 2)),
            fields(row('复查日期', chineseDate(stepDay(recheck))), row('是否整改到位', input(ctx, 'recheck', 'rectified'))),
          ]
        : []),
      heading('移交理由'),
      paragraph(passage(ctx, 'refer', 'reason', 3)),
      fields(
        row('移交依据', `${PENALTY_LAW}第五十四条`),
        row('接收部门', BLANK),
        row('承办人意见', BLANK),
        row('负责人审批意见', refer ? `同意移交立案。（批准负责人：${text(refer.actorName)}，${stepDateTime(refer)}）` : BLANK),
        row('审批日期', chineseDate(stepDay(refer))),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

// ——— 案卷: the forms every procedure's `archive` step names ———

/** The 案卷 forms themselves, which are not entries of the 卷内文件目录. */
const ARCHIVE_FORMS = new Set(['卷宗封面', '卷内文件目录', '卷内备考表']);

interface DirectoryEntry {
  title: string;
  number: string;
  date: string;
}

/** The documents a step names in the case's procedure (or in any procedure when it is unknown). */
function documentsOfStep(ctx: DocumentContext, step: DocumentStep): readonly string[] {
  const own = PROCEDURES.filter((p) => p.name === ctx.case.procedureName);
  for (const p of own.length ? own : PROCEDURES) {
    const def = [p.open, ...p.steps].find((s) => s.code === step.code);
    if (def) return def.documents;
  }
  return [];
}

/** 卷内文件: the case's issued documents when the context carries them, else the documents of the steps taken. */
function directory(ctx: DocumentContext): DirectoryEntry[] {
  const issued = ctx.issuedDocuments;
  if (issued && issued.length)
    return issued
      .filter((d) => !ARCHIVE_FORMS.has(d.title))
      .map((d) => ({ title: text(d.title), number: text(d.number), date: chineseDate(d.issuedOn) }));
  return ctx.steps.flatMap((s) =>
    documentsOfStep(ctx, s)
      .filter((name) => !ARCHIVE_FORMS.has(name))
      // a 文号 is known only of documents the context lists as issued
      .map((name) => ({ title: name, number: SHORT + SHORT, date: chineseDate(stepDay(s)) })),
  );
}

/** What the case came to, by the last step that decided it in any procedure. */
function outcome(ctx: DocumentContext): string {
  const sources: [string, string][] = [
    ['decide', 'penalty'],
    ['decide-on-spot', 'penaltyType'],
    ['decide-no-penalty', 'ground'],
    ['transfer', 'receiver'],
    ['terminate', 'reason'],
    ['dispose', 'decision'],
    ['release', 'reason'],
    ['grant', 'scope'],
    ['deny', 'reason'],
    ['refuse-acceptance', 'reason'],
    ['refer', 'reason'],
    ['recheck', 'rectified'],
    ['conclude', 'result'],
  ];
  const s = lastStep(ctx, ...sources.map(([c]) => c));
  if (!s) return BLANK;
  switch (s.code) {
    case 'conclude':
      return `检查结论：${input(ctx, 'conclude', 'result')}`;
    case 'recheck': {
      const done = s.inputs['rectified'];
      return `责令整改，经复查${done === true ? '已整改到位' : done === false ? '未整改到位' : BLANK}`;
    }
    case 'refer':
      return '涉嫌违法，移交立案';
    case 'transfer':
      return `案件移送${input(ctx, 'transfer', 'receiver')}`;
    default:
      return `${s.name}：${input(ctx, s.code, sources.find(([c]) => c === s.code)![1])}`;
  }
}

/** The case's officers by name, as the cover lists its 承办人. */
function officerNames(ctx: DocumentContext): string {
  const named = ctx.officers.filter((o) => isPresent(o.name)).map((o) => o.name.trim());
  return named.length ? named.join('、') : BLANK;
}

/** 卷宗册数 from the archive step: 「2」 reads 共2册. */
function volumesText(ctx: DocumentContext): string {
  const v = rawInput(ctx, 'archive', 'volumes');
  if (!isPresent(v)) return `共${SHORT}册，本册为第${SHORT}册`;
  const s = text(v);
  return /^\d+$/.test(s) ? `共${s}册，本册为第${SHORT}册` : `${s}，本册为第${SHORT}册`;
}

/** 卷宗封面 — the cover of the case file: who filed what case, when it began and ended, how it ended. */
export const caseFileCover: DocumentTemplate = {
  title: '卷宗封面',
  build: (ctx) => {
    const archive = lastStep(ctx, 'archive');
    const docs = directory(ctx);
    return [
      fields(
        row('档号', BLANK),
        row('机关名称', text(ctx.agency.name)),
        row('案卷题名（案由）', text(ctx.case.title)),
        row('案号', text(ctx.case.number)),
        row('当事人', text(ctx.party.name)),
        row('立案（启动）日期', chineseDate(openedOn(ctx) ?? stepDay(lastStep(ctx, 'open')))),
        row('结案日期', chineseDate(stepDay(lastStep(ctx, 'close')))),
        row('处理结果', outcome(ctx)),
        row('承办人', officerNames(ctx)),
        row('归档日期', chineseDate(stepDay(archive))),
        row('保管期限', '□永久　□定期30年　□定期10年'),
        row('卷宗册数', volumesText(ctx)),
        row('卷内文件', `${docs.length ? docs.length : SHORT}件，共${SHORT}页`),
      ),
    ];
  },
};

/** 卷内文件目录 — one row per document in the file: 序号, 文书名称, 文号, 日期, 页号 (页号 written after binding). */
export const caseFileDirectory: DocumentTemplate = {
  title: '卷内文件目录',
  build: (ctx) => {
    const docs = directory(ctx);
    const rows: FieldRow[] = docs.length
      ? docs.map((d, i) => row(`${i + 1}．${d.title}`, `日期：${d.date}；页号：${SHORT}；文号：${d.number}`))
      : [1, 2, 3].map((i) => row(`${i}．${BLANK}`, `日期：${chineseDate(null)}；页号：${SHORT}；文号：${SHORT + SHORT}`));
    return [
      fields(row('案卷题名（案由）', text(ctx.case.title)), row('案号', text(ctx.case.number))),
      heading('卷内文件'),
      fields(row('序号．文书名称', '日期、页号、文号（编号）'), ...rows),
    ];
  },
};

/** 卷内备考表 — what the file holds and its state, signed by who made it up (立卷人) and who checked it. */
export const caseFileNote: DocumentTemplate = {
  title: '卷内备考表',
  build: (ctx) => {
    const archive = lastStep(ctx, 'archive');
    const count = directory(ctx).length;
    return [
      fields(row('案卷题名（案由）', text(ctx.case.title)), row('案号', text(ctx.case.number))),
      heading('本卷情况说明'),
      paragraph(`本卷共有文件材料${count ? count : SHORT}件，共${SHORT}页；其中文字材料${SHORT}页，照片${SHORT}张，音像材料${SHORT}件。`),
      paragraph(`卷内文件材料缺损、修改、补充、移出等情况：${blankLines(2)}`),
      fields(row('立卷人', text(archive?.actorName)), row('检查人', BLANK), row('立卷时间', chineseDate(stepDay(archive)))),
      signatures('立卷人（签名）', '检查人（签名）'),
    ];
  },
};

export const INSPECTION_ARCHIVE_TEMPLATES = {
  'inspection-result-notice': inspectionResultNotice,
  'rectification-order': rectificationOrder,
  'rectification-recheck-opinion': rectificationRecheckOpinion,
  'case-referral-approval': caseReferralApproval,
  'case-file-cover': caseFileCover,
  'case-file-directory': caseFileDirectory,
  'case-file-note': caseFileNote,
} as const satisfies Record<string, DocumentTemplate>;

export const INSPECTION_ARCHIVE_NAMES: Readonly<Record<string, keyof typeof INSPECTION_ARCHIVE_TEMPLATES>> = {
  检查结果告知书: 'inspection-result-notice',
  责令改正通知书: 'rectification-order',
  整改复查意见书: 'rectification-recheck-opinion',
  案件移交审批表: 'case-referral-approval',
  卷宗封面: 'case-file-cover',
  卷内文件目录: 'case-file-directory',
  卷内备考表: 'case-file-note',
};
