import type { EnforcementKind, ProcedureDef, StepDef } from '../procedures/types.ts';
import { maskName } from '../redaction/masks.ts';
import { yuanFigures } from '../documents/amount-in-words.ts';
import type { FieldValues, PublicationFieldSet } from './fields.ts';

/**
 * A 执法决定 becomes a publication record (R-PUB-3): which steps publish, what their 执法结论 says,
 * and the 双公示 data items filled from the case's own record (never re-typed).
 */
export interface DecisionSource {
  procedure: ProcedureDef;
  stepCode: string;
  /** the decision step's inputs as recorded */
  inputs: Record<string, unknown>;
  /** the opening step's inputs (e.g. 许可事项, 违法事实 of a 简易程序 case) */
  openingInputs: Record<string, unknown>;
  /**
   * the decision's 文号 (CF_WSH, XK_WSH, ZF_WSH): the number of the document that served it, e.g.
   * 馆市监处罚〔2026〕3号, or the case's 案号 where it has none (document-numbers.ts)
   */
  docNumber: string;
  /** 案由 */
  caseTitle: string;
  /** 执法领域 */
  field: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  agency: { name: string; creditCode: string };
  party: { kind: 'person' | 'org'; name: string; creditCode?: string | null; legalRep?: string | null };
  /** 违法行为类型 named by the 裁量基准 the proposal used, when there was one */
  violation?: string | null;
  /** 自然人姓名 in published data: masked like the redaction rules mask the party in the text */
  maskPersonName: boolean;
}

export interface PublicationDraft {
  kind: EnforcementKind;
  /** the procedure the decision was made under (a sector may publish only some: 市场监管 公示规定 §2) */
  procedureCode: string;
  fieldSet: PublicationFieldSet;
  /** the 双公示 items, by code; 公示截止期 is filled when the record is published */
  fields: FieldValues;
  /** headline shown in lists, e.g. 某某公司销售过期食品案 行政处罚决定 */
  title: string;
  /** 违法事实 / 执法事项 shown in lists and searched */
  facts: string;
  violation: string | null;
  /** 执法结论 in one sentence */
  conclusion: string;
  fineAmount: number | null;
  confiscation: number | null;
  /** 一般程序 处罚决定书 are published in full text: the document kind whose text is published */
  fullTextDocument: string | null;
  /** the party as published (a natural person's name masked) */
  partyName: string;
  partyCreditCode: string | null;
  /**
   * for the period: 警告 / 通报批评 only, or a fine; `onlyWarning`: a 行政处罚 of 警告 and nothing else
   * (not published in 市场监管, 公示规定 §2)
   */
  sanctionWeight: { warningOnly: boolean; onlyWarning: boolean; fine: number; restrictionDays?: number | null };
}

/** The step of a procedure whose taking is a 执法决定 to publish (StepDef.publish). */
export function publishingStep(def: ProcedureDef, stepCode: string): StepDef | null {
  const s = def.steps.find((x) => x.code === stepCode);
  return s?.publish ? s : null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
const num = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;
/** 长期 in the 双公示 standard's date items (有效期至, 处罚有效期) */
export const LONG_TERM = '2099-12-31';

/** 万元 with up to six decimals, as the 双公示 standard asks */
const wan = (yuan: number | null): string | null => (yuan === null ? null : String(Number((yuan / 10_000).toFixed(6))));

function choiceLabel(step: StepDef, input: string, value: unknown): string {
  const def = step.inputs.find((i) => i.name === input);
  return def?.choices?.find((c) => c.value === value)?.label ?? str(value);
}

/** The longest term (日) of a 限制开展生产经营活动 or 限制从业 in the decision's sanctions, if it names one. */
function restrictionDays(sanctions: unknown): number | null {
  if (!Array.isArray(sanctions)) return null;
  const days = sanctions
    .filter((x): x is { kind: string; days?: unknown } => typeof x === 'object' && x !== null && 'kind' in x)
    .filter((x) => x.kind === '限制开展生产经营活动' || x.kind === '限制从业')
    .map((x) => num(x.days))
    .filter((d): d is number => d !== null && d > 0);
  return days.length ? Math.max(...days) : null;
}

function violationOf(src: DecisionSource): string {
  if (src.violation) return src.violation;
  return src.caseTitle.replace(/案$/, '');
}

export function buildPublication(src: DecisionSource): PublicationDraft {
  const step = publishingStep(src.procedure, src.stepCode);
  if (!step) throw new Error(`step ${src.procedure.code}/${src.stepCode} does not publish`);
  const partyName = src.party.kind === 'person' && src.maskPersonName ? maskName(src.party.name) : src.party.name;
  const partyCreditCode = src.party.kind === 'org' ? (src.party.creditCode ?? null) : null;
  const partyKind = src.party.kind === 'org' ? '法人及非法人组织' : '自然人';
  const kind = src.procedure.kind;
  const i = src.inputs;
  const base = { partyName, partyCreditCode, procedureCode: src.procedure.code };
  /** 行政相对人 items, the same in both sets; a natural person's ID number is never published (R-PUB-4) */
  const partyItems = (p: 'CF' | 'XK'): FieldValues => ({
    [`${p}_XDR_MC`]: partyName,
    [`${p}_XDR_LB`]: partyKind,
    [`${p}_XDR_SHXYM`]: partyCreditCode,
    [`${p}_FRDB`]: src.party.kind === 'org' ? (src.party.legalRep ?? null) : null,
    [`${p}_XDR_ZJLX`]: src.party.kind === 'person' ? '身份证' : null,
    [`${p}_XDR_ZJHM`]: null,
  });

  if (kind === '行政处罚') {
    const fine = num(i['fineAmount']);
    const confiscation = num(i['confiscation']);
    const general = src.procedure.code === 'penalty-general';
    const penaltyText = general
      ? str(i['penalty'])
      : fine
        ? `罚款人民币${yuanFigures(fine)}`
        : choiceLabel(step, 'penaltyType', i['penaltyType']);
    const noPenalty = general && i['decisionType'] === 'no-penalty';
    const categories = [
      ...(/警告/.test(penaltyText) ? ['警告'] : []),
      ...(/通报批评/.test(penaltyText) ? ['通报批评'] : []),
      ...(fine ? ['罚款'] : []),
      ...(confiscation || /没收/.test(penaltyText) ? ['没收违法所得、没收非法财物'] : []),
      ...(/暂扣/.test(penaltyText) ? ['暂扣许可证件'] : []),
      ...(/吊销/.test(penaltyText) ? ['吊销许可证件'] : []),
      ...(/降低资质等级/.test(penaltyText) ? ['降低资质等级'] : []),
      ...(/责令停产停业|责令关闭|限制从业/.test(penaltyText) ? ['责令停产停业、责令关闭、限制从业'] : []),
      ...(/限制开展生产经营活动/.test(penaltyText) ? ['限制开展生产经营活动'] : []),
    ];
    const facts = str(general ? i['facts'] : src.openingInputs['facts']);
    const basis = str(i['legalBasis']);
    const licence = /(?:暂扣|吊销)[^，。；]*?(?:许可证|执照|证书|证件)[^，。；]*/.exec(penaltyText)?.[0] ?? null;
    const conclusion = noPenalty ? '不予行政处罚' : penaltyText || '给予行政处罚';
    return {
      ...base,
      kind,
      fieldSet: 'penalty',
      fields: {
        ...partyItems('CF'),
        CF_WSH: src.docNumber,
        CF_WFXW: violationOf(src),
        CF_SY: facts,
        CF_YJ: basis,
        CF_CFLB: noPenalty ? '不予行政处罚' : categories.join('；') || '其他',
        CF_NR: conclusion,
        CF_NR_FK: wan(fine),
        CF_NR_WFFF: wan(confiscation),
        CF_NR_ZKDX: licence,
        CF_JDRQ: src.decidedOn,
        CF_YXQ: null,
        CF_GSJZQ: null,
        CF_CFJG: src.agency.name,
        CF_CFJGDM: src.agency.creditCode,
        CF_SJLY: src.agency.name,
        CF_SJLYDM: src.agency.creditCode,
      },
      title: `${src.caseTitle} 行政处罚决定`,
      facts,
      violation: violationOf(src),
      conclusion,
      fineAmount: fine,
      confiscation,
      fullTextDocument: general && !noPenalty ? 'penalty-decision' : null,
      sanctionWeight: {
        warningOnly: !fine && !confiscation && categories.every((c) => c === '警告' || c === '通报批评'),
        onlyWarning: !noPenalty && !fine && !confiscation && categories.length === 1 && categories[0] === '警告',
        fine: fine ?? 0,
        restrictionDays: noPenalty ? null : restrictionDays(i['sanctions']),
      },
    };
  }

  // 双公示 行政许可信息 are the licences granted: a refusal (不予许可) is no 许可 record and is published
  // as an 执法决定 of its kind with its conclusion (the general set below), never pushed as XK_*.
  if (kind === '行政许可' && src.stepCode === 'grant') {
    const item = str(src.openingInputs['item']) || src.caseTitle;
    const conclusion = `准予许可：${str(i['scope'])}`;
    return {
      ...base,
      kind,
      fieldSet: 'license',
      fields: {
        ...partyItems('XK'),
        XK_XKWS: '准予行政许可决定书',
        XK_WSH: src.docNumber,
        XK_XKLB: '普通',
        XK_XKZS: item,
        XK_XKBH: str(i['licenceNumber']) || null,
        XK_NR: str(i['scope']),
        XK_JDRQ: src.decidedOn,
        XK_YXQZ: src.decidedOn,
        // the standard's code for 有效期至; 2099-12-31 stands for 长期 when the licence has no end
        XK_YXQZI: str(i['validTo']) || LONG_TERM,
        XK_XKJG: src.agency.name,
        XK_XKJGDM: src.agency.creditCode,
        XK_ZT: '有效',
        XK_LYDW: src.agency.name,
        XK_LYDWDM: src.agency.creditCode,
      },
      title: `${item} 准予行政许可决定`,
      facts: item,
      violation: null,
      conclusion,
      fineAmount: null,
      confiscation: null,
      fullTextDocument: null,
      sanctionWeight: { warningOnly: false, onlyWarning: false, fine: 0 },
    };
  }

  // 行政强制, 行政检查, 不予行政许可 and the other kinds: 执法机关, 执法对象, 执法类别, 执法结论
  const matter = str(src.openingInputs['subject']) || str(src.openingInputs['item']) || src.caseTitle;
  const conclusion = generalConclusion(step, i);
  return {
    ...base,
    kind,
    fieldSet: 'general',
    fields: {
      ZF_XDR_MC: partyName,
      ZF_XDR_SHXYM: partyCreditCode,
      ZF_WSH: src.docNumber,
      ZF_LB: kind,
      ZF_SX: matter,
      ZF_JL: conclusion,
      ZF_JDRQ: src.decidedOn,
      ZF_GSJZQ: null,
      ZF_JG: src.agency.name,
      ZF_JGDM: src.agency.creditCode,
    },
    title: `${src.caseTitle} ${step.name}`,
    facts: str(src.openingInputs['reason']) || matter,
    violation: null,
    conclusion,
    fineAmount: null,
    confiscation: null,
    fullTextDocument: null,
    sanctionWeight: { warningOnly: false, onlyWarning: false, fine: 0 },
  };
}

function generalConclusion(step: StepDef, i: Record<string, unknown>): string {
  const choice = step.inputs.find((d) => d.type === 'choice');
  const text = step.inputs.find((d) => d.type === 'longtext' && str(i[d.name]));
  const parts = [step.name, choice ? choiceLabel(step, choice.name, i[choice.name]) : '', text ? str(i[text.name]) : ''].filter(Boolean);
  return parts.join('：');
}
