/**
 * 执法文书 as data (R-REC-2 文字记录): a template fills a model from the case; PDF and Word are
 * rendered from the same model, so the paper and electronic versions say the same thing. The
 * model's canonical JSON is what the agency's electronic seal signs (see documentContentSha256).
 */

/** One row of a form's table: a label and its value, or a blank to fill by hand. */
export interface FieldRow {
  label: string;
  value: string;
}

export type DocumentBlock =
  /** 小标题, e.g. 违法事实和证据 */
  | { type: 'heading'; text: string }
  /** 正文段落: first line indented two characters unless indent is false (e.g. the addressee line) */
  | { type: 'paragraph'; text: string; indent?: boolean }
  /** 表格: label/value rows, as on paper forms (审批表, 笔录 headers) */
  | { type: 'fields'; rows: readonly FieldRow[] }
  /** 签名栏: one line per signer with the date, signed by hand on paper */
  | { type: 'signatures'; lines: readonly string[] }
  /**
   * 落款: the issuing agency and the date, where its seal goes (印章 on paper, 电子签章 on the
   * electronic copy). `lines` are what is printed under the seal: the agency name and the date.
   */
  | { type: 'seal'; agencyName: string; date: string; lines: readonly string[] };

export interface DocumentModel {
  /** template code, e.g. penalty-decision */
  kind: string;
  /** 文书名称, e.g. 行政处罚决定书 */
  title: string;
  agencyName: string;
  /** 文书编号 of a kind numbered on its own (document-numbers.ts), e.g. 馆市监处罚〔2026〕42号; '' for a form, which names the case by its 案号 in its rows */
  number: string;
  /** YYYY-MM-DD, China date; renderers take the file dates from it, so output is repeatable */
  issuedOn: string;
  blocks: DocumentBlock[];
}

/** A step the case has taken, as recorded in its event log. */
export interface DocumentStep {
  /** step code from the procedure definition, e.g. notify */
  code: string;
  /** step name, e.g. 行政处罚告知 */
  name: string;
  /** YYYY-MM-DD, the China date the step was taken */
  on?: string | null;
  /** ISO 8601 instant the step was taken; gives the time of day on 笔录 (shown in China time) */
  at?: string | null;
  actorName: string;
  /** the step's inputs, named as in the procedure definition */
  inputs: Record<string, unknown>;
}

/** What templates are filled from. Optional values missing give blanks to fill by hand. */
export interface DocumentContext {
  agency: {
    name: string;
    /** 简称, e.g. 馆陶县市场监管局 */
    shortName?: string | null;
    /** 统一社会信用代码 */
    creditCode: string;
    address?: string | null;
    phone?: string | null;
    /** 行政复议机关: the people's government at the agency's level (行政复议法 §24), e.g. 馆陶县人民政府 */
    reviewBody?: string | null;
    /** the court for 行政诉讼 where the agency sits (行政诉讼法 §18), e.g. 馆陶县人民法院 */
    court?: string | null;
    /** how 罚没款 are paid (行政处罚法 §59(4), §67): the agency's account or the 非税收入缴款码; null when not configured */
    payment?: PaymentSettings | null;
  };
  case: {
    /** 案号, e.g. 馆市监罚〔2026〕1号 */
    number: string;
    title: string;
    /** e.g. 行政处罚一般程序; also picks the procedure whose input labels are shown */
    procedureName: string;
    /** 执法领域 */
    field: string;
    regionName?: string | null;
    /** YYYY-MM-DD, China date of 立案 */
    openedOn?: string | null;
    /** ISO instant of 立案, used when openedOn is not given */
    openedAt?: string | null;
  };
  party: {
    /** 'org' as stored for parties; 'organization' is accepted as well */
    kind: 'person' | 'org' | 'organization';
    name: string;
    /** 统一社会信用代码 (organisations) */
    creditCode?: string | null;
    /** 公民身份号码 (persons) */
    idNumber?: string | null;
    /** 法定代表人（负责人） */
    legalRep?: string | null;
    address?: string | null;
    phone?: string | null;
  };
  /** the case's officers (承办人员), lead first; `userId` names them in a step's 在场执法人员 */
  officers: readonly { name: string; certificateNumber?: string | null; userId?: string | null }[];
  /** the steps taken so far, oldest first */
  steps: readonly DocumentStep[];
  /** YYYY-MM-DD, China date the document is made */
  issuedOn: string;
  /** 文书编号 when the kind has its own, handed out when the document is filed (document-numbers.ts) */
  documentNumber?: string | null;
  /**
   * Working days the party has to state a defence and to ask for a hearing after the 告知书: the
   * rule pack's penalty.hearingRequestWindow (行政处罚法 §64(1) 五日, §85 工作日). Default 5.
   */
  responseWorkingDays?: number | null;
  /**
   * The party's access to the portal (当事人专区) printed on a 告知书: where to sign in and the
   * one code for this case. Only the code's hash is kept by the product.
   */
  partyAccess?: { url: string; code: string } | null;
  /** the case's evidence items (音像记录, photos, files) with what each proves, oldest first */
  evidence?: readonly EvidenceEntry[] | null;
  /** the documents the case has issued, oldest first (the 卷内文件目录 lists them) */
  issuedDocuments?: readonly IssuedDocumentEntry[] | null;
  /** one round of 法制审核, for the 法制审核意见书 */
  review?: ReviewDocumentData;
  /** a 集体讨论, for its record */
  discussion?: DiscussionDocumentData;
}

/**
 * Where the party pays 罚没款 (罚缴分离, 行政处罚法 §67): into the agency's designated account
 * (户名, 开户行, 账号), or with the 非税收入缴款码 the finance system issues for each decision.
 */
export interface PaymentSettings {
  method: 'account' | 'code';
  /** 户名 */
  accountName?: string | null;
  /** 开户行 */
  bank?: string | null;
  /** 账号 */
  accountNumber?: string | null;
  /** where a 缴款码 is paid, e.g. 河北省非税收入电子缴款平台、代理银行柜台或者手机银行 */
  codeChannel?: string | null;
}

/** One evidence item of the case (R-REC-3 音像记录 metadata): what it is, when and where taken, and what it proves. */
export interface EvidenceEntry {
  /** file name as recorded, e.g. 冷柜照片.jpg */
  name: string;
  kind: 'photo' | 'audio' | 'video' | 'other';
  /** YYYY-MM-DD, China date it was captured */
  capturedOn?: string | null;
  capturedPlace?: string | null;
  /** 证明对象, as the officer recorded it */
  proves?: string | null;
}

/** A document the case issued, as its 案卷 lists it. */
export interface IssuedDocumentEntry {
  /** template code, e.g. penalty-notice: lets a document cite an earlier one by its number */
  kind?: string | null;
  title: string;
  /** 文号 or 编号 printed on it, when it has its own */
  number?: string | null;
  /** YYYY-MM-DD */
  issuedOn?: string | null;
  /** 页数, when known */
  pages?: number | null;
}

export interface ReviewDocumentData {
  round: number;
  submittedBy: string;
  submittedOn: string;
  materialsSha256: string;
  catalogRules: readonly string[];
  proposedDecision: string;
  answers: readonly { name: string; result: 'pass' | 'problem'; comment: string }[];
  findings: readonly { ok: boolean; message: string }[];
  advice: readonly { name: string; opinion: string }[];
  conclusion: 'agree' | 'problems';
  opinion: string;
  reviewerName: string;
  reviewedOn: string;
}

export interface DiscussionDocumentData {
  heldOn: string;
  chair: string;
  recorder: string;
  proposalVersion: number;
  proposedDecision: string;
  reviewOpinion: string | null;
  reason: string;
  participants: readonly { name: string; post: string; opinion: string; vote: 'agree' | 'disagree' | 'abstain' }[];
  votes: { agree: number; disagree: number; abstain: number };
  conclusion: string;
  /** who overrode which review opinion, when the decision departs from it */
  override: string | null;
}
