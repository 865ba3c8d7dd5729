import { remedies } from './decision-templates.ts';
import {
  BLANK,
  addresseeLine,
  chineseDate,
  fields,
  heading,
  input,
  isPresent,
  lastStep,
  officerText,
  paragraph,
  partyRows,
  passage,
  rawInput,
  row,
  sealBlock,
  signatures,
  stepDateTime,
  stepDay,
  text,
  you,
  type DocumentTemplate,
} from './document-fill.ts';
import { momentText, othersPresentText, presentOfficerText, recordPeriod, recorderText } from './record-fill.ts';
import type { DocumentBlock, DocumentContext, DocumentStep, FieldRow } from './document-model.ts';

/**
 * 行政强制 (查封、扣押) documents and the 先行登记保存 set (R-REC-2). Step codes and input names are
 * those of procedures/definitions: coercion-seizure (open, approve, reject, impose, impose-emergency,
 * report-emergency, approve-emergency, order-release, extend, extend-emergency, release, dispose) and
 * penalty-general (approve-preserve, preserve, handle-preserved).
 */

const LAW = '《中华人民共和国行政强制法》';
const PENALTY_LAW = '《中华人民共和国行政处罚法》';
const IMPOSE = ['impose', 'impose-emergency'] as const;
const EXTEND = ['extend', 'extend-emergency'] as const;
/** the measure as paper forms name it; the officer strikes out the one not taken */
const MEASURE = '查封（扣押）';

/** blanks for what the officers write by hand on the spot */
const BLANK_DATE_TIME = '＿＿＿＿年＿＿月＿＿日＿＿时＿＿分';
const BLANK_TIME_ONLY = '＿＿时＿＿分';
const BLANK_SHORT = '＿'.repeat(20);

const imposeStep = (ctx: DocumentContext): DocumentStep | null => lastStep(ctx, ...IMPOSE);
const isEmergency = (ctx: DocumentContext): boolean => imposeStep(ctx)?.code === 'impose-emergency';

/** Remedies against a coercive measure (行政强制法 §8): 复议 or 诉讼, which do not stop it, and 赔偿. */
function coercionRemedies(ctx: DocumentContext): DocumentBlock[] {
  const v = you(ctx);
  return [
    heading('陈述、申辩和救济途径'),
    paragraph(
      `${v}对本决定享有陈述权、申辩权。${remedies(ctx, true)}申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外（《中华人民共和国行政复议法》第四十二条、《中华人民共和国行政诉讼法》第五十六条）。因本机关违法实施行政强制受到损害的，${v}有权依法要求赔偿（${LAW}第八条）。`,
    ),
  ];
}

/** One line per item of a free-text list (new lines or ；), as the rows of the form's table. */
function itemLines(v: unknown): string[] {
  if (!isPresent(v)) return [];
  return text(v)
    .split(/\r?\n|；|;/)
    .map((s) => s.trim().replace(/[。．.]$/, ''))
    .filter((s) => s !== '');
}

/** A list inside a sentence: its items joined by ；, or blank lines to write on. */
function itemsInline(ctx: DocumentContext, codes: string | readonly string[], name: string, lines = 2): string {
  const items = itemLines(rawInput(ctx, codes, name));
  return items.length ? `${items.join('；')}。` : passage(ctx, codes, name, lines);
}

/**
 * The table of a 财物清单: 序号 and the item's 名称、规格、数量、状况. A line written as four parts
 * (名称，规格，数量，状况 separated by ，| or tabs) is shown part by part; any other line as written.
 * No list gives blank rows to fill by hand.
 */
function itemTable(v: unknown, blankRows = 5): DocumentBlock {
  const lines = itemLines(v);
  const rows: FieldRow[] = [row('序号', '财物名称、规格（型号）、数量、状况')];
  if (!lines.length) for (let i = 1; i <= blankRows; i++) rows.push(row(String(i), BLANK));
  lines.forEach((line, i) => {
    const parts = line.split(/\s*[，,|｜\t]\s*/).filter((p) => p !== '');
    const value = parts.length === 4 ? `名称：${parts[0]}；规格：${parts[1]}；数量：${parts[2]}；状况：${parts[3]}` : line;
    rows.push(row(String(i + 1), value));
  });
  return fields(...rows);
}

/** 行政强制法 §25: the period of the measure and of its one extension are each at most thirty days. */
const PERIOD_RULE = `查封、扣押的期限不得超过三十日；情况复杂的，经本机关负责人批准，可以延长，但是延长期限不得超过三十日（${LAW}第二十五条第一款）`;

/** 「本机关于2026年9月1日对你单位的下列场所、设施或者财物实施了查封（扣押）」 */
function imposedSentence(ctx: DocumentContext): string {
  return `本机关于${chineseDate(stepDay(imposeStep(ctx)))}对${you(ctx)}的下列场所、设施或者财物实施了${MEASURE}`;
}

/** 行政强制措施审批表 — 行政强制法 §18(一) (approval before), §19 (情况紧急: report within 24 hours, 补办批准). */
export const coercionApproval: DocumentTemplate = {
  title: '行政强制措施审批表',
  build: (ctx) => {
    const emergency = lastStep(ctx, 'impose-emergency');
    const report = lastStep(ctx, 'report-emergency');
    const approval = lastStep(ctx, 'approve', 'approve-emergency');
    const refusal = lastStep(ctx, 'reject', 'order-release');
    let decision = BLANK;
    if (approval) {
      const opinion = approval.inputs['opinion'];
      const word = approval.code === 'approve-emergency' ? '同意补办批准手续，继续实施' : '同意采取';
      decision = `${isPresent(opinion) ? text(opinion) : `${word}${MEASURE}行政强制措施。`}（批准负责人：${text(approval.actorName)}，${stepDateTime(approval)}）`;
    } else if (refusal) {
      const head = refusal.code === 'order-release' ? '不应当采取行政强制措施，立即解除' : '不予批准';
      decision = `${head}：${text(refusal.inputs['reason'])}（负责人：${text(refusal.actorName)}，${stepDateTime(refusal)}）`;
    }
    const blocks: DocumentBlock[] = [
      fields(row('案件名称', text(ctx.case.title)), row('案号', text(ctx.case.number)), ...partyRows(ctx)),
      heading('采取行政强制措施的理由'),
      paragraph(passage(ctx, 'open', 'reason', 3)),
      fields(
        row('行政强制措施种类', MEASURE),
        row('法律依据', input(ctx, 'open', 'legalBasis')),
        row('拟查封（扣押）的场所、设施或者财物', input(ctx, 'open', 'property')),
        row('承办人员', officerText(ctx)),
        row('报请日期', chineseDate(stepDay(lastStep(ctx, 'open')))),
      ),
    ];
    if (emergency || report) {
      blocks.push(
        heading(`情况紧急当场实施情况报告（${LAW}第十九条）`),
        fields(
          row('当场实施时间', stepDateTime(emergency)),
          row('实施地点', input(ctx, 'impose-emergency', 'place')),
          row('需要当场实施的紧急情况', input(ctx, 'impose-emergency', 'urgency')),
          row('报告时间', stepDateTime(report)),
          row('报告人', text(report?.actorName)),
        ),
        paragraph(passage(ctx, 'report-emergency', 'report', 3)),
      );
    }
    blocks.push(
      fields(
        row('审批依据', emergency || report ? `${LAW}第十八条、第十九条` : `${LAW}第十八条第（一）项`),
        row('负责人审批意见', decision),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    );
    return blocks;
  },
};

/**
 * 实施行政强制措施决定书 — 行政强制法 §24: (一) 当事人 and address; (二) reasons, basis and period;
 * (三) the 场所、设施或者财物 by name and quantity; (四) remedies; (五) the agency, its seal and the date.
 */
export const coercionDecision: DocumentTemplate = {
  title: '实施行政强制措施决定书',
  build: (ctx) => {
    const s = imposeStep(ctx);
    const v = you(ctx);
    const items = rawInput(ctx, IMPOSE, 'items');
    const blocks: DocumentBlock[] = [fields(...partyRows(ctx, { phone: false }))];
    blocks.push(heading(`${MEASURE}的理由和依据`), paragraph(passage(ctx, 'open', 'reason', 3)));
    if (isEmergency(ctx))
      blocks.push(
        paragraph(
          `因${input(ctx, 'impose-emergency', 'urgency')}，情况紧急，本机关执法人员依照${LAW}第十九条的规定当场实施，并在二十四小时内向本机关负责人报告，补办批准手续。`,
        ),
      );
    blocks.push(
      paragraph(
        `依据${input(ctx, 'open', 'legalBasis')}和${LAW}第九条、第二十二条、第二十三条、第二十四条的规定，本机关决定对${v}的下列场所、设施或者财物予以${MEASURE}。`,
      ),
      heading(`${MEASURE}的场所、设施或者财物`),
      ...(isPresent(items) ? [itemTable(items)] : [paragraph(passage(ctx, 'open', 'property', 2))]),
      paragraph('名称、数量等详见《查封（扣押）财物清单》。'),
      fields(
        row('实施时间', momentText(s?.inputs['startedAt']) ?? stepDateTime(s)),
        row('实施地点', input(ctx, IMPOSE, 'place')),
        row(`${MEASURE}期限`, `${BLANK}日，自${chineseDate(stepDay(s))}起算`),
        row('执法人员', officerText(ctx)),
      ),
      paragraph(
        `${PERIOD_RULE}。${MEASURE}期间，本机关对上述场所、设施或者财物妥善保管，不使用或者损毁（第二十六条）；${v}不得擅自启封、动用、转移、损毁、隐匿被${MEASURE}的场所、设施或者财物。`,
      ),
      ...coercionRemedies(ctx),
      sealBlock(ctx, stepDay(s)),
    );
    return blocks;
  },
};

/** 查封（扣押）财物清单 — 行政强制法 §24 二款: the list is made on the spot, signed by the party and the officers, one copy each. */
export const seizureList: DocumentTemplate = {
  title: '查封（扣押）财物清单',
  build: (ctx) => {
    const s = imposeStep(ctx);
    const absent = rawInput(ctx, IMPOSE, 'partyPresent') === false;
    const witness = rawInput(ctx, IMPOSE, 'witness');
    return [
      fields(
        row('案号', text(ctx.case.number)),
        row('当事人', text(ctx.party.name)),
        row('住所（住址）', text(ctx.party.address)),
        row('实施时间', momentText(s?.inputs['startedAt']) ?? stepDateTime(s)),
        row('实施地点', input(ctx, IMPOSE, 'place')),
        row('执法人员', officerText(ctx)),
      ),
      heading(`${MEASURE}财物`),
      itemTable(rawInput(ctx, IMPOSE, 'items')),
      fields(row('保管地点', BLANK)),
      paragraph(
        `以上财物经当场清点，与实际相符。本清单一式二份，一份交当事人，一份附卷（${LAW}第二十四条第二款）。${
          absent ? `当事人不到场，由见证人${text(witness)}在场见证并签名（第十八条第（九）项）。` : ''
        }`,
      ),
      signatures('当事人（签名或者盖章）', '见证人（签名或者盖章）', '执法人员（签名）', '执法人员（签名）'),
    ];
  },
};

/**
 * 现场笔录 — 行政强制法 §18: approval (一), two officers (二) showing their certificates (三), the party
 * called (四) and told the reasons, basis, rights and remedies (五), heard (六); the record (七) signed by
 * the party and officers, a refusal noted (八); a witness when the party is absent (九).
 */
export const coercionSceneRecord: DocumentTemplate = {
  title: '现场笔录',
  build: (ctx) => {
    const s = imposeStep(ctx);
    const present = rawInput(ctx, IMPOSE, 'partyPresent');
    const witness = rawInput(ctx, IMPOSE, 'witness');
    const approval = lastStep(ctx, 'approve');
    const v = text(ctx.party.name);
    let before: string;
    if (isEmergency(ctx))
      before = `因${input(ctx, 'impose-emergency', 'urgency')}，情况紧急，需要当场实施行政强制措施，执法人员依照${LAW}第十九条的规定当场实施，并在二十四小时内向本机关负责人报告。`;
    else if (approval)
      before = `本次行政强制措施已于${stepDateTime(approval)}经本机关负责人${text(approval.actorName)}批准（${LAW}第十八条第（一）项）。`;
    else before = `本次行政强制措施经本机关负责人${BLANK}于${BLANK_DATE_TIME}批准（${LAW}第十八条第（一）项）。`;
    return [
      fields(
        row('起止时间', recordPeriod(s)),
        row('地点', input(ctx, IMPOSE, 'place')),
        ...partyRows(ctx),
        row('当事人是否到场', present === true ? '到场' : present === false ? '未到场' : BLANK),
        row('见证人', text(witness)),
        row('执法人员', presentOfficerText(ctx, s)),
        row('记录人', recorderText(s)),
        row('其他在场人员', othersPresentText(s)),
      ),
      paragraph(before),
      paragraph(
        present === false
          ? `执法人员出示行政执法证件，表明身份（第十八条第（三）项）。当事人经通知未到场，执法人员邀请见证人${text(witness)}到场，向见证人说明采取${MEASURE}行政强制措施的理由和依据，并将在送达决定书时告知当事人依法享有的陈述权、申辩权和申请行政复议、提起行政诉讼的权利（第十八条第（四）项、第（五）项、第（九）项）。`
          : `执法人员通知当事人到场，向当事人出示行政执法证件，表明身份，当场告知当事人采取${MEASURE}行政强制措施的理由、依据以及当事人依法享有的陈述权、申辩权和申请行政复议、提起行政诉讼的权利，听取当事人的陈述和申辩（第十八条第（三）项至第（六）项）。`,
      ),
      heading('现场实施情况'),
      paragraph(
        `执法人员在${input(ctx, IMPOSE, 'place')}对${v}的下列场所、设施或者财物实施${MEASURE}：${itemsInline(ctx, IMPOSE, 'items', 3)}`,
      ),
      paragraph(`采取的措施：${BLANK_SHORT}（张贴封条、加贴扣押标识、封存、异地保管等）。`),
      heading('当事人的陈述和申辩'),
      paragraph(passage(ctx, IMPOSE, 'statement', 3)),
      paragraph(`以上笔录已交当事人阅读（或者已向当事人宣读）。当事人核对意见：${BLANK}`),
      // §18(八): a refusal the officers recorded is noted; a record that says nobody refused needs no line for it
      ...(s?.inputs['refusedToSign'] === true
        ? [
            paragraph(
              `执法人员注明：当事人拒绝签名或者盖章（第十八条第（八）项）${isPresent(witness) ? `，见证人${text(witness)}在场见证并签名` : ''}。`,
            ),
          ]
        : s?.inputs['refusedToSign'] === false
          ? []
          : [paragraph(`当事人拒绝签名或者盖章的，由执法人员在此注明：${BLANK}（第十八条第（八）项）`)]),
      signatures('当事人（签名或者盖章）', '见证人（签名或者盖章）', '执法人员（签名）', '执法人员（签名）', '记录人（签名）'),
    ];
  },
};

/** 延长查封扣押期限决定书 — 行政强制法 §25: extended once, by at most thirty days, with the head's approval, told to the party in writing with reasons. */
export const coercionExtension: DocumentTemplate = {
  title: '延长查封扣押期限决定书',
  build: (ctx) => {
    const e = lastStep(ctx, ...EXTEND);
    return [
      addresseeLine(ctx),
      paragraph(`${imposedSentence(ctx)}：${itemsInline(ctx, IMPOSE, 'items')}`),
      heading('延长的理由'),
      paragraph(passage(ctx, EXTEND, 'reason', 3)),
      paragraph(
        `因情况复杂，经本机关负责人${text(e?.actorName)}于${chineseDate(stepDay(e))}批准，依据${LAW}第二十五条第一款、第二款的规定，本机关决定将上述${MEASURE}期限延长${BLANK}日（延长期限不得超过三十日），自原${MEASURE}期限届满之日起计算。`,
      ),
      paragraph(
        `对物品需要进行检测、检验、检疫或者技术鉴定的，检测、检验、检疫或者技术鉴定的期间不计入${MEASURE}期间（第二十五条第三款）。`,
      ),
      ...coercionRemedies(ctx),
      sealBlock(ctx, stepDay(e)),
    ];
  },
};

/** The paragraph of 行政强制法 §28 一款 for each 解除理由 of the release step (§19 for the head's order). */
const RELEASE_GROUND: Readonly<Record<string, string>> = {
  'no-violation': '第二十八条第一款第（一）项',
  unrelated: '第二十八条第一款第（二）项',
  decided: '第二十八条第一款第（三）项',
  expired: '第二十八条第一款第（四）项',
  other: '第二十八条第一款第（五）项',
  'not-approved': '第十九条',
};

/** 解除行政强制措施决定书 — 行政强制法 §28: the ground for lifting, and the property returned at once (二款). */
export const coercionRelease: DocumentTemplate = {
  title: '解除行政强制措施决定书',
  build: (ctx) => {
    const r = lastStep(ctx, 'release');
    const reason = rawInput(ctx, 'release', 'reason');
    const ground = typeof reason === 'string' ? RELEASE_GROUND[reason] : undefined;
    const order = reason === 'not-approved' ? lastStep(ctx, 'order-release') : null;
    return [
      addresseeLine(ctx),
      paragraph(`${imposedSentence(ctx)}：${itemsInline(ctx, IMPOSE, 'items')}`),
      heading('解除的理由和依据'),
      paragraph(
        `经查，${input(ctx, 'release', 'reason')}${order ? `（${text(order.inputs['reason'])}）` : ''}。依据${LAW}${ground ?? `第二十八条第一款第（${BLANK}）项`}的规定，本机关决定自${chineseDate(stepDay(r))}起解除上述${MEASURE}，并立即退还财物（第二十八条第二款）。`,
      ),
      fields(row('解除时间', stepDateTime(r)), row('执法人员', officerText(ctx))),
      paragraph(`退还的财物详见《退还财物清单》。请${you(ctx)}持本决定书及有效身份证件，核对、签收退还的财物。`),
      sealBlock(ctx, stepDay(r)),
    ];
  },
};

/** 退还财物清单 — 行政强制法 §28 二款: 解除查封、扣押应当立即退还财物, the party signing for what it got back. */
export const returnList: DocumentTemplate = {
  title: '退还财物清单',
  build: (ctx) => {
    const r = lastStep(ctx, 'release');
    return [
      fields(
        row('案号', text(ctx.case.number)),
        row('当事人', text(ctx.party.name)),
        row('住所（住址）', text(ctx.party.address)),
        row('退还时间', stepDateTime(r)),
        row('退还地点', BLANK),
        row('执法人员', officerText(ctx)),
      ),
      heading('退还财物'),
      itemTable(rawInput(ctx, 'release', 'returned')),
      paragraph(
        `本机关依据${LAW}第二十八条第二款的规定，解除${MEASURE}并将上述财物立即退还当事人。本清单一式二份，一份交当事人，一份附卷。`,
      ),
      paragraph(`当事人核对意见（上述财物已如数收到，与清单相符）：${BLANK}`),
      signatures('当事人（签收）', '执法人员（签名）', '执法人员（签名）'),
    ];
  },
};

/** The article of 行政强制法 for each 处理方式 of the dispose step. */
const DISPOSAL_BASIS: Readonly<Record<string, string>> = {
  confiscate: '第二十七条',
  destroy: '第二十七条',
  transfer: '第二十一条',
};

/**
 * 行政处理决定书 — 行政强制法 §27: after the measure, facts established within the §25 period, the
 * agency confiscates illegal property or destroys it as the law requires; §21: a suspected crime is
 * sent to the judicial organs with the property.
 */
export const coercionDisposal: DocumentTemplate = {
  title: '行政处理决定书',
  build: (ctx) => {
    const d = lastStep(ctx, 'dispose');
    const disposal = rawInput(ctx, 'dispose', 'disposal');
    const article = typeof disposal === 'string' ? DISPOSAL_BASIS[disposal] : undefined;
    return [
      fields(...partyRows(ctx, { phone: false })),
      paragraph(`${imposedSentence(ctx)}：${itemsInline(ctx, IMPOSE, 'items')}`),
      heading('处理决定'),
      paragraph(passage(ctx, 'dispose', 'decision', 4)),
      paragraph(
        `依据${input(ctx, 'open', 'legalBasis')}和${LAW}${article ?? '第二十七条'}的规定，本机关决定对上述财物作如下处理：${input(ctx, 'dispose', 'disposal')}。`,
      ),
      ...coercionRemedies(ctx),
      sealBlock(ctx, stepDay(d)),
    ];
  },
};

/** 先行登记保存证据审批表 — 行政处罚法 §56: evidence that may be lost or later hard to obtain, preserved with the head's approval. */
export const preservationApproval: DocumentTemplate = {
  title: '先行登记保存证据审批表',
  build: (ctx) => {
    const a = lastStep(ctx, 'approve-preserve');
    return [
      fields(row('案件名称', text(ctx.case.title)), row('案号', text(ctx.case.number)), ...partyRows(ctx)),
      heading('拟先行登记保存的证据'),
      paragraph(passage(ctx, 'approve-preserve', 'items', 3)),
      heading('理由（证据可能灭失或者以后难以取得）'),
      paragraph(passage(ctx, 'approve-preserve', 'reason', 3)),
      fields(
        row('法律依据', `${PENALTY_LAW}第五十六条`),
        row('承办人员', officerText(ctx)),
        row('负责人审批意见', a ? `同意先行登记保存。（批准负责人：${text(a.actorName)}，${stepDateTime(a)}）` : BLANK),
      ),
      signatures('承办人（签名）', '负责人（签名）'),
    ];
  },
};

/** 先行登记保存证据通知书 — 行政处罚法 §56: approved by the head, decided within 七日 (working days, §85); the evidence not to be destroyed or moved. */
export const preservationNotice: DocumentTemplate = {
  title: '先行登记保存证据通知书',
  build: (ctx) => {
    const p = lastStep(ctx, 'preserve');
    const a = lastStep(ctx, 'approve-preserve');
    const v = you(ctx);
    return [
      addresseeLine(ctx),
      paragraph(
        `本机关在调查「${text(ctx.case.title)}」（案号：${text(ctx.case.number)}）过程中，因${input(ctx, 'approve-preserve', 'reason')}，经本机关负责人${text(a?.actorName)}于${chineseDate(stepDay(a))}批准，依据${PENALTY_LAW}第五十六条的规定，决定对${v}的下列物品予以先行登记保存：`,
      ),
      itemTable(rawInput(ctx, 'preserve', 'items')),
      fields(row('登记保存时间', stepDateTime(p)), row('保存地点', BLANK), row('执法人员', officerText(ctx))),
      paragraph(
        `本机关将在七个工作日内作出处理决定（${PENALTY_LAW}第五十六条、第八十五条）。在此期间，${v}或者有关人员不得损毁、销毁或者转移上述证据。`,
      ),
      signatures('当事人（签名或者盖章）', '执法人员（签名）', '执法人员（签名）'),
      sealBlock(ctx, stepDay(p)),
    ];
  },
};

/** 先行登记保存证据处理决定书 — 行政处罚法 §56: what is done with the preserved evidence, within seven working days. */
export const preservationDisposal: DocumentTemplate = {
  title: '先行登记保存证据处理决定书',
  build: (ctx) => {
    const h = lastStep(ctx, 'handle-preserved');
    const p = lastStep(ctx, 'preserve');
    return [
      addresseeLine(ctx),
      paragraph(`本机关于${chineseDate(stepDay(p))}对${you(ctx)}的下列物品予以先行登记保存：${itemsInline(ctx, 'preserve', 'items')}`),
      paragraph(`依据${PENALTY_LAW}第五十六条的规定，本机关对上述先行登记保存的证据作出如下处理决定：`),
      fields(row('处理措施', input(ctx, 'handle-preserved', 'measure'))),
      paragraph(passage(ctx, 'handle-preserved', 'detail', 3)),
      signatures('当事人（签收）'),
      sealBlock(ctx, stepDay(h)),
    ];
  },
};

export const COERCION_TEMPLATES = {
  'coercion-approval': coercionApproval,
  'coercion-decision': coercionDecision,
  'seizure-list': seizureList,
  'coercion-scene-record': coercionSceneRecord,
  'coercion-extension': coercionExtension,
  'coercion-release': coercionRelease,
  'return-list': returnList,
  'coercion-disposal': coercionDisposal,
  'preservation-approval': preservationApproval,
  'preservation-notice': preservationNotice,
  'preservation-disposal': preservationDisposal,
} as const satisfies Record<string, DocumentTemplate>;

export const COERCION_NAMES: Readonly<Record<string, keyof typeof COERCION_TEMPLATES>> = {
  行政强制措施审批表: 'coercion-approval',
  实施行政强制措施决定书: 'coercion-decision',
  '查封（扣押）财物清单': 'seizure-list',
  现场笔录: 'coercion-scene-record',
  延长查封扣押期限决定书: 'coercion-extension',
  解除行政强制措施决定书: 'coercion-release',
  退还财物清单: 'return-list',
  行政处理决定书: 'coercion-disposal',
  先行登记保存证据审批表: 'preservation-approval',
  先行登记保存证据通知书: 'preservation-notice',
  先行登记保存证据处理决定书: 'preservation-disposal',
};
