import type {
  CatalogEvaluation,
  DecisionProposal,
  Finding,
  Inputs,
  PartyInput,
  PointAnswer,
  ProposalChange,
  ReviewConclusion,
  DiscussionOutcome,
} from '@sanxiang/domain';

/**
 * What each kind of case-log entry records (全过程记录, R-REC-2): the `inputs` of the entry, typed by
 * its kind, so a writer cannot put one kind's data under another and a reader knows what it holds.
 * The stored body is the canonical JSON of these fields (case-log.ts#sealEntry); changing a field
 * here changes what future entries hold, never what past ones held.
 */
export interface CaseLogData {
  /** 立案/受理: the case as opened, with the opening step's checked inputs */
  'case.opened': {
    procedure: string;
    procedureVersion: string;
    /** `id@version` of the rule pack in force */
    rulePack: string;
    number: string;
    title: string;
    field: string;
    regionCode: string;
    party: PartyInput & { id: string };
    officers: string[];
    unitId: string | null;
    inputs: Inputs;
  };
  /** a procedure step: the inputs as the engine checked them, plus who cleared a gated decision and the party acting online */
  'case.step': StepData;
  /** 音像记录 / evidence bound to the case (R-REC-2, R-REC-3) */
  'case.evidence': {
    evidenceId: string;
    filename: string;
    mediaType: string;
    size: number;
    sha256: string;
    sm3: string;
    step: string | null;
    capturedAt: string;
    capturedPlace: string;
    capturedBy: string;
    provesWhat: string;
  };
  /**
   * an issued, sealed 执法文书: its number and content (the model), whose hash the seal signs. Since
   * issue 20 the PDF and Word follow in a case.document.rendered entry; documents issued before
   * carry their files' digests here.
   */
  'case.document': {
    documentId: string;
    kind: string;
    title: string;
    /** 文书编号 of a kind numbered on its own; absent before issue 20 */
    number?: string | null;
    contentSha256: string;
    pdfSha256?: string;
    pdfSm3?: string;
    docxSha256?: string;
    docxSm3?: string;
    /** the content seal; since issue 20 also the PDF signature's certificate and the seal image shown */
    seal: { algorithm: string; keyId: string; signature: string; certificateSerial?: string | null; imageSha256?: string | null };
    /** the document's content model as rendered */
    model: unknown;
  };
  /** the PDF and Word of a filed document, rendered from its model and seal after filing */
  'case.document.rendered': {
    documentId: string;
    pdfSha256: string;
    pdfSm3: string;
    docxSha256: string;
    docxSm3: string;
  };
  /** a 当事人专区 access code voided by staff, with the reason (issue 17: never silently) */
  'party.access-voided': { accessId: string; documentId: string; reason: string };
  /** 双随机: the inspection was drawn (R-X-2) — the plan, its published commitment and seed, and the inspectors drawn */
  'case.drawn': {
    planId: string;
    item: string;
    commitmentHash: string;
    seed: string;
    treeSize: number;
    /** the target's place in the draw, from 1 */
    position: number;
    inspectors: string[];
    url: string;
  };
  /** 拟作出的决定, one version (R-REV-1) */
  'review.proposal': {
    version: number;
    proposal: DecisionProposal;
    proposalSha256: string;
    catalogVersion: number;
    evaluation: CatalogEvaluation;
    discretion: unknown;
    changes: readonly ProposalChange[];
  };
  /** 送审: a review round opened with its frozen materials */
  'review.submitted': {
    round: number;
    proposalVersion: number;
    materialsSha256: string;
    materials: unknown;
    findings: readonly Finding[];
    dueOn: string | null;
  };
  /** 法制审核意见 (R-REV-4) */
  'review.opinion': {
    round: number;
    proposalVersion: number;
    materialsSha256: string;
    answers: readonly PointAnswer[];
    conclusion: ReviewConclusion;
    opinion: string;
    documentId: string;
  };
  /** the officer's disagreement with a returned round */
  'review.disagreed': { round: number; reason: string };
  /** 集体讨论 (行政处罚法 §57) */
  'review.collective': {
    proposalVersion: number;
    heldOn: string;
    participants: { name: string; post: string; opinion: string; vote: 'agree' | 'disagree' | 'abstain'; userId?: string | undefined }[];
    votes: { agree: number; disagree: number; abstain: number };
    conclusion: string;
    outcome: DiscussionOutcome;
    override: unknown;
    documentId: string;
  };
  /** an adviser invited to a round, or the adviser's opinion entered */
  'review.advice':
    | { round: number; adviser: { id: string; name: string; kind: string; organisation: string | null }; invited: true }
    | { round: number; adviceId: string; adviser: string; opinion: string };
}

/** A step's entry: the engine-checked inputs, and what the server adds beside them. */
export type StepData = Inputs & {
  /** who cleared a gated decision (R-REV-2), recorded with the decision */
  review?: unknown;
  /** the party acting online, named in the entry (the actor is the agency's party channel) */
  onlineParty?: { partyId: string; name: string; accessId: string };
};

export type EntryKind = keyof CaseLogData;

/** Entries that are not procedure steps, appended by other modules through case.records.ts. */
export type RecordKind = Exclude<EntryKind, 'case.opened' | 'case.step'>;

/** One entry to append: its kind and data, who and when, and for steps the transition. */
export type CaseLogEntry = {
  [K in EntryKind]: {
    kind: K;
    data: CaseLogData[K];
    actorId: string;
    at: Date;
    /** the step and the states it moves between (opening and steps only) */
    transition?: { step: string; from: string | null; to: string | null };
  };
}[EntryKind];
