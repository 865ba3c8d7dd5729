import { remedies } from './decision-templates.ts';
import {
  BLANK,
  BLANK_DATE,
  addresseeLine,
  agencyContact,
  blankLines,
  chineseDate,
  fields,
  heading,
  input,
  isOrganization,
  isPresent,
  lastStep,
  officerText,
  paragraph,
  passage,
  rawInput,
  row,
  sealBlock,
  signLine,
  signatures,
  stepDateTime,
  stepDay,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';
import { othersPresentText, presentOfficerText, recordPeriod, recorderText, refusalNote } from './record-fill.ts';
import type { DocumentBlock, DocumentContext, FieldRow } from './document-model.ts';

/**
 * 行政许可 documents (R-REC-2), after the 行政许可 forms: from the 申请材料接收凭证 to the 准予 /
 * 不予行政许可决定书. Step codes and input names are those of procedures/definitions/license.ts
 * (open, request-supplement, resubmit, accept, refuse-acceptance, verify-on-site, hearing,
 * suspend-count, extend-decision, examine, grant, deny). The party of a licence case is the
 * 申请人 (被许可人 once granted), never a 当事人.
 */

const LAW = '《中华人民共和国行政许可法》';

/** 申请人 rows: name (名称), its code or identity number, representative, address, phone. */
function applicantRows(ctx: DocumentContext): FieldRow[] {
  const p = ctx.party;
  return isOrganization(ctx)
    ? [
        row('申请人（单位名称）', text(p.name)),
        row('统一社会信用代码', text(p.creditCode)),
        row('法定代表人（负责人）', text(p.legalRep)),
        row('住所', text(p.address)),
        row('联系电话', text(p.phone)),
      ]
    : [
        row('申请人（姓名）', text(p.name)),
        row('公民身份号码', text(p.idNumber)),
        row('住址', text(p.address)),
        row('联系电话', text(p.phone)),
      ];
}

/** The application as a letter names it: 「你单位于2026年9月1日提出的「食品经营许可」申请」 */
function application(ctx: DocumentContext): string {
  return `${you(ctx)}于${input(ctx, 'open', 'appliedOn', BLANK_DATE)}提出的「${input(ctx, 'open', 'item')}」申请`;
}

/** A passage used inside a sentence: without the full stop it was written with. */
const clause = (s: string) => s.replace(/[。；;.\s]+$/u, '');

/** The day the application materials were received (the 接收 step). */
const receivedOn = (ctx: DocumentContext) => chineseDate(stepDay(lastStep(ctx, 'open')));

/** The 受理日期 the twenty days of §42 run from, as entered at 受理. */
const acceptedOn = (ctx: DocumentContext) => input(ctx, 'accept', 'acceptedOn', BLANK_DATE);

/** The applicant signs for a notice handed over (or the 送达回证 records it). */
const applicantReceipt = (): DocumentBlock => ({ type: 'signatures', lines: [signLine('申请人签收（签名或者盖章）')] });

/**
 * 行政复议 within 60 days (行政复议法 §20) before the 复议机关 (§24), or 行政诉讼 within 6 months
 * (行政诉讼法 §46) before the court where the agency sits (§18): the rights 行政许可法 §7 gives and
 * §38 二款 says a 不予 decision must tell of.
 */
function licenceRemedies(ctx: DocumentContext, article: string): string {
  return `根据${LAW}${article}的规定，${remedies(ctx, true)}`;
}

/** A hearing held on the application (§47, §48 二款: the decision is made on its record). */
function hearingSentence(ctx: DocumentContext): string {
  const h = lastStep(ctx, 'hearing');
  return h ? `本机关于${chineseDate(stepDay(h))}依法举行了听证，并根据听证笔录作出本决定（${LAW}第四十八条第二款）。` : '';
}

/** 申请材料接收凭证 — §29 (申请), §32: the materials received; acceptance is decided within five days. */
export const applicationReceipt: DocumentTemplate = {
  title: '申请材料接收凭证',
  build: (ctx) => {
    const s = lastStep(ctx, 'open');
    return [
      fields(
        ...applicantRows(ctx),
        row('许可事项', input(ctx, 'open', 'item')),
        row('申请日期', input(ctx, 'open', 'appliedOn', BLANK_DATE)),
        row('接收时间', stepDateTime(s)),
        row('接收人', text(s?.actorName)),
      ),
      heading('申请材料'),
      paragraph(passage(ctx, 'open', 'materials', 4)),
      paragraph(
        `本机关已收到${you(ctx)}提交的上述行政许可申请材料。本凭证仅证明本机关收到上述材料，不表示申请已被受理。本机关将自收到申请材料之日起五日内作出是否受理的决定；申请材料不齐全或者不符合法定形式的，将在五日内一次告知${you(ctx)}需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理（${LAW}第三十二条第一款第（四）项）。`,
      ),
      agencyContact(ctx),
      signatures('申请人或者委托代理人（签名）', '接收人（签名）'),
      sealBlock(ctx, stepDay(s)),
    ];
  },
};

/** 补正材料通知书 — §32 一款(四): everything to add, told at once (一次告知). */
export const supplementNotice: DocumentTemplate = {
  title: '补正材料通知书',
  build: (ctx) => {
    const s = lastStep(ctx, 'request-supplement');
    return [
      addresseeLine(ctx),
      paragraph(
        `${application(ctx)}，本机关于${receivedOn(ctx)}收到申请材料。经审查，申请材料不齐全或者不符合法定形式。根据${LAW}第三十二条第一款第（四）项的规定，现一次告知${you(ctx)}需要补正的全部内容如下：`,
      ),
      paragraph(passage(ctx, 'request-supplement', 'missing', 5)),
      paragraph(
        `请${you(ctx)}按照上述要求补正全部材料后向本机关提交。本机关将自收到全部补正材料之日起五日内决定是否受理；申请人按照本机关的要求提交全部补正申请材料的，本机关依法受理（${LAW}第三十二条第一款第（五）项）。`,
      ),
      agencyContact(ctx),
      sealBlock(ctx, stepDay(s)),
      applicantReceipt(),
    ];
  },
};

/** 受理通知书 — §32 一款(五) and 二款 (a sealed, dated writing), §42 (twenty days), §45 (time not counted). */
export const acceptanceNotice: DocumentTemplate = {
  title: '受理通知书',
  build: (ctx) => {
    const s = lastStep(ctx, 'accept');
    const supplemented = lastStep(ctx, 'resubmit');
    const note = rawInput(ctx, 'accept', 'note');
    const v = you(ctx);
    return [
      addresseeLine(ctx),
      paragraph(
        `${application(ctx)}，本机关于${receivedOn(ctx)}收到申请材料${supplemented ? `，${v}已于${chineseDate(stepDay(supplemented))}按照本机关的要求提交全部补正申请材料` : ''}。经审查，申请事项属于本机关职权范围，申请材料齐全、符合法定形式。根据${LAW}第三十二条第一款第（五）项的规定，本机关决定予以受理。`,
      ),
      fields(row('受理日期', acceptedOn(ctx))),
      ...(isPresent(note) ? [paragraph(`受理意见：${text(note)}`)] : []),
      paragraph(
        `本机关将自受理之日起二十日内作出行政许可决定；二十日内不能作出决定的，经本机关负责人批准，可以延长十日，并将延长期限的理由告知${v}；法律、法规另有规定的，依照其规定（${LAW}第四十二条第一款）。依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将书面告知${v}所需时间（第四十五条）。`,
      ),
      agencyContact(ctx),
      sealBlock(ctx, stepDay(s)),
      applicantReceipt(),
    ];
  },
};

/** 不予受理决定书 — §32 一款 and 二款: the reason, in a sealed, dated writing; §7: 复议 and 诉讼. */
export const refusalOfAcceptance: DocumentTemplate = {
  title: '不予受理决定书',
  build: (ctx) => {
    const s = lastStep(ctx, 'refuse-acceptance');
    return [
      addresseeLine(ctx),
      paragraph(`${application(ctx)}，本机关于${receivedOn(ctx)}收到申请材料。`),
      heading('不予受理的理由'),
      paragraph(passage(ctx, 'refuse-acceptance', 'reason', 4)),
      paragraph(`根据${LAW}第三十二条第一款的规定，本机关决定对${you(ctx)}的上述申请不予受理。`),
      heading('申请行政复议或者提起行政诉讼的途径和期限'),
      paragraph(licenceRemedies(ctx, '第七条')),
      sealBlock(ctx, stepDay(s)),
      applicantReceipt(),
    ];
  },
};

/**
 * 现场核查笔录 — §34 三款: two or more staff check the substance of the materials on the spot: when,
 * where, who was present, as the step recorded them (blanks to write at the site where it did not).
 */
export const siteVerificationRecord: DocumentTemplate = {
  title: '现场核查笔录',
  build: (ctx) => {
    const s = lastStep(ctx, 'verify-on-site');
    const refusal = refusalNote(s, '申请人或者在场人员');
    return [
      fields(
        row('许可事项', input(ctx, 'open', 'item')),
        row('核查时间', recordPeriod(s)),
        row('核查地点', input(ctx, 'verify-on-site', 'place')),
        ...applicantRows(ctx),
        row('申请人在场人员（姓名、职务）', input(ctx, 'verify-on-site', 'presentPerson')),
        row('核查人员', presentOfficerText(ctx, s)),
        row('记录人', recorderText(s)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(
        `核查人员已向申请人出示行政执法证件，表明身份，说明依据${LAW}第三十四条第三款的规定，对申请人提交的行政许可申请材料的实质内容进行现场核查，请申请人予以配合，如实提供情况。`,
      ),
      heading('核查情况'),
      paragraph(passage(ctx, 'verify-on-site', 'findings', 8)),
      paragraph(`申请人核对意见（以上笔录我已看过或者已向我宣读，与实际情况相符）：${blankLines(1)}`),
      ...(refusal ? [paragraph(refusal)] : []),
      signatures('申请人或者在场人员（签名）', '核查人员（签名）', '核查人员（签名）', '记录人（签名）'),
    ];
  },
};

/**
 * 许可期限中止计算告知书 — §45: the time a hearing, tender, auction, 检验、检测、检疫、鉴定 or 专家评审
 * takes is not counted, and the applicant is told in writing how long it takes. The step records no
 * expected duration: 所需时间 is a blank to fill.
 */
export const suspensionNotice: DocumentTemplate = {
  title: '许可期限中止计算告知书',
  build: (ctx) => {
    const s = lastStep(ctx, 'suspend-count');
    const cause = input(ctx, 'suspend-count', 'cause');
    const notified = rawInput(ctx, 'suspend-count', 'notifiedOn');
    return [
      addresseeLine(ctx),
      paragraph(`${application(ctx)}，本机关已于${acceptedOn(ctx)}受理。`),
      paragraph(
        `因该申请依法需要进行${cause}，根据${LAW}第四十五条的规定，${cause}所需时间不计算在本机关作出行政许可决定的期限内。现将有关事项书面告知如下：`,
      ),
      fields(row('不计入期限的事项', cause), row('所需时间', `${BLANK}日`)),
      heading('事项说明'),
      paragraph(passage(ctx, 'suspend-count', 'detail', 3)),
      paragraph(`${cause}结束后，本机关将恢复计算作出行政许可决定的期限，并依法作出决定。`),
      agencyContact(ctx),
      sealBlock(ctx, isPresent(notified) ? String(notified) : stepDay(s)),
      applicantReceipt(),
    ];
  },
};

/** 延长行政许可期限告知书 — §42 一款: ten more days, approved by the head, the reason told to the applicant. */
export const extensionNotice: DocumentTemplate = {
  title: '延长行政许可期限告知书',
  build: (ctx) => {
    const s = lastStep(ctx, 'extend-decision');
    return [
      addresseeLine(ctx),
      paragraph(`${application(ctx)}，本机关已于${acceptedOn(ctx)}受理。`),
      paragraph(`因${clause(passage(ctx, 'extend-decision', 'reason', 2))}，本机关不能在二十日内作出行政许可决定。`),
      paragraph(
        `根据${LAW}第四十二条第一款的规定，经本机关负责人批准，作出行政许可决定的期限延长十日。依法需要听证、检验、检测、检疫、鉴定和专家评审等的，所需时间仍不计算在期限内（第四十五条）。`,
      ),
      fields(row('负责人批准日期', chineseDate(stepDay(s)))),
      agencyContact(ctx),
      sealBlock(ctx, stepDay(s)),
      applicantReceipt(),
    ];
  },
};

/** What the case did before the 审查意见 that bears on it: 现场核查, 听证, 期限中止与延长. */
function examinationHistory(ctx: DocumentContext): FieldRow[] {
  const site = lastStep(ctx, 'verify-on-site');
  const hearing = lastStep(ctx, 'hearing');
  const rows: FieldRow[] = [];
  if (site) rows.push(row('现场核查', `${chineseDate(stepDay(site))}：${input(ctx, 'verify-on-site', 'findings')}`));
  if (hearing) rows.push(row('听证', `${chineseDate(stepDay(hearing))}：${input(ctx, 'hearing', 'record')}`));
  const suspended = lastStep(ctx, 'suspend-count');
  if (suspended) rows.push(row('期限中止计算', `${chineseDate(stepDay(suspended))}：${input(ctx, 'suspend-count', 'cause')}`));
  const extended = lastStep(ctx, 'extend-decision');
  if (extended) rows.push(row('期限延长', `${chineseDate(stepDay(extended))}经负责人${text(extended.actorName)}批准延长十日`));
  return rows;
}

/** 许可审查意见表 — §34: the materials examined (and checked on site); the head decides (§37, §38). */
export const examinationOpinion: DocumentTemplate = {
  title: '许可审查意见表',
  build: (ctx) => {
    const e = lastStep(ctx, 'examine');
    const decision = lastStep(ctx, 'grant', 'deny');
    const history = examinationHistory(ctx);
    return [
      fields(
        row('案号', text(ctx.case.number)),
        row('许可事项', input(ctx, 'open', 'item')),
        ...applicantRows(ctx),
        row('申请日期', input(ctx, 'open', 'appliedOn', BLANK_DATE)),
        row('受理日期', acceptedOn(ctx)),
        row('承办人员', officerText(ctx)),
      ),
      ...(history.length ? [heading('审查过程'), fields(...history)] : []),
      heading('审查意见'),
      paragraph(passage(ctx, 'examine', 'opinion', 5)),
      fields(
        row('审查依据', `${LAW}第三十四条`),
        row('审查人', text(e?.actorName)),
        row('审查日期', chineseDate(stepDay(e))),
        row(
          '负责人决定意见',
          decision
            ? `${decision.code === 'grant' ? '准予行政许可' : '不予行政许可'}（${text(decision.actorName)}，${chineseDate(stepDay(decision))}）`
            : BLANK,
        ),
      ),
      signatures('审查人（签名）', '负责人（签名）'),
    ];
  },
};

/**
 * 准予行政许可决定书 — §38 一款 (a written decision granting it), §39 (the licence document under the
 * agency's seal), §40 (made public), §44 (licence delivered within ten days), §50 (延续).
 */
export const grantDecision: DocumentTemplate = {
  title: '准予行政许可决定书',
  build: (ctx) => {
    const g = lastStep(ctx, 'grant');
    const v = you(ctx);
    const validTo = rawInput(ctx, 'grant', 'validTo');
    return [
      addresseeLine(ctx),
      paragraph(
        `${application(ctx)}，本机关于${acceptedOn(ctx)}受理。经审查，${v}的申请符合法定条件、标准。${hearingSentence(ctx)}根据${LAW}第三十八条第一款的规定，本机关决定准予${v}行政许可。`,
      ),
      fields(
        row('被许可人', text(ctx.party.name)),
        row('许可事项', input(ctx, 'open', 'item')),
        row('许可证编号', input(ctx, 'grant', 'licenceNumber')),
        row('许可内容（范围）', input(ctx, 'grant', 'scope')),
        row('有效期限', `自${chineseDate(stepDay(g))}起至${input(ctx, 'grant', 'validTo', BLANK_DATE)}止`),
      ),
      paragraph(
        `本机关将自作出本决定之日起十日内向${v}颁发、送达加盖本机关印章的行政许可证件（${LAW}第三十九条、第四十四条）。准予行政许可的决定依法予以公开，公众有权查阅（第四十条）。`,
      ),
      paragraph(
        `${v}应当在许可的范围内从事活动。要求变更行政许可事项的，应当向本机关提出申请（第四十九条）${isPresent(validTo) ? `；需要延续行政许可有效期的，应当在有效期届满三十日前向本机关提出申请（第五十条）` : ''}。`,
      ),
      sealBlock(ctx, stepDay(g)),
    ];
  },
};

/** 不予行政许可决定书 — §38 二款: the reasons, and the right to 复议 (60 days) and 诉讼 (6 months). */
export const denialDecision: DocumentTemplate = {
  title: '不予行政许可决定书',
  build: (ctx) => {
    const d = lastStep(ctx, 'deny');
    const v = you(ctx);
    return [
      addresseeLine(ctx),
      paragraph(
        `${application(ctx)}，本机关于${acceptedOn(ctx)}受理。${hearingSentence(ctx)}经审查，${v}的申请不符合法定条件、标准，理由如下：`,
      ),
      heading('不予行政许可的理由'),
      paragraph(passage(ctx, 'deny', 'reason', 4)),
      paragraph(`根据${LAW}第三十八条第二款的规定，本机关决定对${v}的上述申请不予行政许可。`),
      heading('申请行政复议或者提起行政诉讼的途径和期限'),
      paragraph(licenceRemedies(ctx, '第三十八条第二款')),
      sealBlock(ctx, stepDay(d)),
    ];
  },
};

export const LICENSE_TEMPLATES = {
  'license-application-receipt': applicationReceipt,
  'license-supplement-notice': supplementNotice,
  'license-acceptance-notice': acceptanceNotice,
  'license-refusal-of-acceptance': refusalOfAcceptance,
  'license-site-verification-record': siteVerificationRecord,
  'license-suspension-notice': suspensionNotice,
  'license-extension-notice': extensionNotice,
  'license-examination-opinion': examinationOpinion,
  'license-grant-decision': grantDecision,
  'license-denial-decision': denialDecision,
} as const satisfies Record<string, DocumentTemplate>;

/** The names license.ts gives its documents, mapped to the templates here. */
export const LICENSE_NAMES: Readonly<Record<string, keyof typeof LICENSE_TEMPLATES>> = {
  申请材料接收凭证: 'license-application-receipt',
  补正材料通知书: 'license-supplement-notice',
  受理通知书: 'license-acceptance-notice',
  不予受理决定书: 'license-refusal-of-acceptance',
  现场核查笔录: 'license-site-verification-record',
  许可期限中止计算告知书: 'license-suspension-notice',
  延长行政许可期限告知书: 'license-extension-notice',
  许可审查意见表: 'license-examination-opinion',
  准予行政许可决定书: 'license-grant-decision',
  不予行政许可决定书: 'license-denial-decision',
};
