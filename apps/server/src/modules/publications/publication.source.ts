import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  DEFAULT_REDACTION_RULES,
  buildPublication,
  documentContentSha256,
  documentKindOfName,
  documentPlainText,
  getProcedure,
  isNumberedKind,
  publishingStep,
  type DocumentKind,
  type DocumentModel,
  type PublicationDraft,
  type RedactionContext,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { agencyIdentitiesSubquery } from '../org/org.queries.ts';
import { peopleWithCurrentCertificate } from '../people/people.queries.ts';
import { caseLogEntries, casesWithParty, officerAssignments } from '../cases/case.reads.ts';
import { documentRegistrationsSubquery } from '../documents/document.queries.ts';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * What a publication is derived from: the case's own record (R-PUB-1 "never re-typed") — the
 * decision step as entered in the case's event chain, the parties and officers of the case, and
 * the 决定书 as served (its model, kept in the ledger entry that filed it).
 */
export interface CaseFacts {
  caseId: string;
  agency: { id: string; name: string; creditCode: string; regionCode: string; phone: string };
  number: string;
  title: string;
  field: string;
  procedureCode: string;
  rulePackId: string;
  party: { kind: 'person' | 'org'; name: string; creditCode: string | null; legalRep: string | null };
  officials: { name: string; certificate: string | null }[];
  openingInputs: Record<string, unknown>;
  /** publishing steps taken, in order */
  decisions: { seq: number; step: string; on: Date; inputs: Record<string, unknown> }[];
  /** the persons the case's 询问笔录 were taken from (被询问人, the `inquire` step's `person`), with the step's place in the log */
  interviewed: { seq: number; name: string }[];
}

export async function loadCaseFacts(db: Db, caseId: string): Promise<CaseFacts | null> {
  const c = await db
    .selectFrom(casesWithParty(db).as('c'))
    .innerJoin(agencyIdentitiesSubquery(db).as('a'), 'a.id', 'c.agency_id')
    .select([
      'c.id',
      'c.number',
      'c.title',
      'c.field',
      'c.procedure_code',
      'c.rule_pack_id',
      'a.id as agency_id',
      'a.name as agency_name',
      'a.credit_code',
      'a.region_code',
      'a.phone',
      'c.party_kind',
      'c.party_name',
      'c.party_credit_code as party_credit',
      'c.party_legal_rep as legal_rep',
    ])
    .where('c.id', '=', caseId)
    .executeTakeFirst();
  if (!c) return null;
  const def = getProcedure(c.procedure_code);
  if (!def) return null;
  const events = await caseLogEntries(db, caseId).where('step', 'is not', null).orderBy('seq').execute();
  const officers = await caseOfficials(db, caseId);
  const opening = events.find((e) => e.kind === 'case.opened');
  return {
    caseId,
    agency: { id: c.agency_id, name: c.agency_name, creditCode: c.credit_code, regionCode: c.region_code, phone: c.phone },
    number: c.number,
    title: c.title,
    field: c.field,
    procedureCode: c.procedure_code,
    rulePackId: c.rule_pack_id,
    party: { kind: c.party_kind, name: c.party_name, creditCode: c.party_credit, legalRep: c.legal_rep },
    officials: officers.map((o) => ({ name: o.display_name, certificate: o.number })),
    openingInputs: ((opening?.inputs as { inputs?: Record<string, unknown> } | undefined)?.inputs ?? {}) as Record<string, unknown>,
    decisions: events
      .filter((e) => e.kind === 'case.step' && e.step && publishingStep(def, e.step))
      .map((e) => ({ seq: e.seq, step: e.step!, on: e.at, inputs: (e.inputs ?? {}) as Record<string, unknown> })),
    interviewed: events
      .filter((e) => e.kind === 'case.step' && e.step === 'inquire')
      .map((e) => ({ seq: e.seq, name: String((e.inputs as { person?: unknown } | null)?.person ?? '').trim() })),
  };
}

/**
 * The case's officers, each once, with the certificate in force: a valid one, else the one that
 * ended last (an officer keeps earlier, suspended or revoked certificates on record beside it).
 * The same rule as the case module's officer view; lead officer first, then in order of assignment.
 */
function caseOfficials(db: Db, caseId: string) {
  return db
    .selectFrom(officerAssignments(db, caseId).as('co'))
    .innerJoin(peopleWithCurrentCertificate(db).as('u'), 'u.id', 'co.user_id')
    .select(['u.display_name', 'u.c_number as number'])
    .orderBy('co.lead', 'desc')
    .orderBy('co.assigned_at')
    .execute();
}

const personNamesMasked = DEFAULT_REDACTION_RULES.rules.some((r) => r.id === 'person-name' && r.party);

/**
 * The 文号 of a decision entry (issue 20 item 2): the number of the document that served it — of the
 * kinds its step names that carry their own number (行政处罚决定书, 准予行政许可决定书, 实施行政强制措施决定书 …),
 * the latest issued after the step was last taken before this entry and before it is taken again.
 * The published record, the published full text and the served document so show one number.
 *
 * The case's 案号 stands in when there is no such number: the document is not issued yet (the record
 * is made with the step, before its 决定书; the number is settled when the document is issued and
 * again when the record is first published), the step serves no numbered document, or the document
 * was issued before decisions were numbered on their own (documents.number NULL: its text printed
 * the 案号, and its record keeps it).
 */
export async function decisionDocNumber(db: Db, f: CaseFacts, decision: CaseFacts['decisions'][number]): Promise<string> {
  return (await servingDocument(db, f, decision)).issued?.number ?? f.number;
}

/**
 * The document that serves a decision entry (decisionDocNumber): the numbered kinds its step names,
 * and the one issued for the entry, if any (its number NULL when issued before decisions were numbered).
 */
export async function servingDocument(
  db: Db,
  f: CaseFacts,
  decision: CaseFacts['decisions'][number],
): Promise<{ kinds: DocumentKind[]; issued: { number: string | null } | null }> {
  const step = getProcedure(f.procedureCode)?.steps.find((s) => s.code === decision.step);
  const kinds = [...new Set((step?.documents ?? []).map(documentKindOfName))].filter(
    (k): k is DocumentKind => k !== null && isNumberedKind(k),
  );
  if (!kinds.length) return { kinds, issued: null };
  const same = f.decisions.filter((d) => d.step === decision.step);
  const after = same.filter((d) => d.seq < decision.seq).at(-1)?.seq ?? 0;
  const before = same.find((d) => d.seq > decision.seq)?.seq ?? null;
  let q = db
    .selectFrom(documentRegistrationsSubquery(db).as('d'))
    .select('d.number')
    .where('d.case_id', '=', f.caseId)
    .where('d.kind', 'in', kinds)
    .where('d.event_seq', '>', after);
  if (before !== null) q = q.where('d.event_seq', '<', before);
  const doc = await q.orderBy('d.event_seq', 'desc').limit(1).executeTakeFirst();
  return { kinds, issued: doc ?? null };
}

/** The publication draft of a decision entry, with its 文号 (decisionDocNumber). */
export function draftOf(f: CaseFacts, decision: CaseFacts['decisions'][number], decidedOn: string, docNumber: string): PublicationDraft {
  return buildPublication({
    procedure: getProcedure(f.procedureCode)!,
    stepCode: decision.step,
    inputs: decision.inputs,
    openingInputs: f.openingInputs,
    docNumber,
    caseTitle: f.title,
    field: f.field,
    decidedOn,
    agency: { name: f.agency.name, creditCode: f.agency.creditCode },
    party: f.party,
    maskPersonName: personNamesMasked,
  });
}

/** What the redaction engine is told about the case: the party, the officials (public), the agency's own numbers. */
export function redactionContext(f: CaseFacts, decisionSeq?: number): RedactionContext {
  // R-PUB-4: the persons questioned before the decision are natural persons the text may name (证人,
  // employees, customers …): hidden wherever they stand. Not an official, not the organisation's
  // legal representative (public), and only what reads as a name (not 法定代表人 or 店员 written as the person).
  const officials = new Set(f.officials.map((o) => o.name));
  const protectedPersons = [
    ...new Set(
      f.interviewed
        .filter((p) => decisionSeq === undefined || p.seq < decisionSeq)
        .map((p) => p.name)
        .filter((n) => /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,10}·\p{Script=Han}{1,10})$/u.test(n))
        .filter((n) => !officials.has(n) && n !== f.party.legalRep && !/(?:人|员|者|代表|经理|负责|店主|老板|主任|股东)$/.test(n)),
    ),
  ];
  return {
    agency: { name: f.agency.name, phones: f.agency.phone ? [f.agency.phone] : [] },
    party: { kind: f.party.kind, name: f.party.name },
    officials: f.officials,
    ...(protectedPersons.length ? { protectedPersons } : {}),
  };
}

export interface ServedDocument {
  id: string;
  text: string;
  sha256: string;
  model: DocumentModel;
}

/**
 * The latest issued document of a kind, with its text as served: the model filed in the ledger
 * entry, checked against the hash the document row and its seal carry (so a changed model is refused).
 */
export async function servedDocument(db: Db, caseId: string, kind: string): Promise<ServedDocument | null> {
  const d = await db
    .selectFrom(documentRegistrationsSubquery(db).as('d'))
    .innerJoin(caseLogEntries(db, caseId).as('e'), (j) => j.onRef('e.case_id', '=', 'd.case_id').onRef('e.seq', '=', 'd.event_seq'))
    .select(['d.id', 'd.content_sha256', 'e.inputs'])
    .where('d.case_id', '=', caseId)
    .where('d.kind', '=', kind)
    .orderBy('d.issued_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!d) return null;
  const model = (d.inputs as { model?: DocumentModel }).model;
  if (!model || documentContentSha256(model) !== d.content_sha256)
    throw new Error(`document ${d.id}: the filed model does not match its sealed hash`);
  const text = documentPlainText(model);
  return { id: d.id, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex'), model };
}
