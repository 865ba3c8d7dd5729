import type { Kysely, Transaction } from 'kysely';
import { creditRepairEligibility, creditRepairRulesFor, type CreditRepairEligibility, type EarlyStopFacts } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import { loadCaseFacts } from './publication.source.ts';
import { earlyStopFacts, type Locked } from './publication.withdrawal.ts';
import { appendAct, lockPublication } from './publication.service.ts';

/**
 * What the 信用修复 module (modules/credit-repair) asks the owner of the publications: which of a
 * case's decisions are public, and whether each may be repaired now (the early-stop facts read from
 * the record as published); and the application's acts sealed in the publication's hashed log, so
 * an application, its refusal and the stop are all in the agency's ledger.
 */
export interface RepairTarget {
  id: string;
  agencyId: string;
  caseId: string;
  kind: string;
  state: string;
  docNumber: string;
  decidedOn: string;
  publishedOn: string | null;
  publicUntil: string | null;
  title: string;
  field: string;
  /** 处罚内容 as published */
  penalty: string;
  eligibility: CreditRepairEligibility;
  /** the facts the record shows for the conditions the agency verifies (自觉履行, 再次处罚) */
  facts: Omit<EarlyStopFacts, 'confirmed'> | null;
}

async function targetOf(db: Kysely<Database> | Transaction<Database>, p: Locked, today: string): Promise<RepairTarget> {
  const caseFacts = await loadCaseFacts(db as Transaction<Database>, p.case_id);
  const field = caseFacts?.field ?? '';
  const rules = creditRepairRulesFor(field);
  const facts =
    caseFacts && p.state === 'published'
      ? await earlyStopFacts(db as Transaction<Database>, p, caseFacts, today, { harmRemoved: false, notListed: false })
      : null;
  const draft = p.draft as { title?: string };
  const eligibility: CreditRepairEligibility = facts
    ? creditRepairEligibility(rules, facts)
    : {
        eligible: false,
        refusals: [{ condition: 'not-allowed', message: '该决定当前不在公示中，无需申请提前停止公示', basis: '' }],
        toVerify: [],
        from: null,
        minimum: null,
      };
  if (facts && !rules.repair.allowed.value) eligibility.refusals[0]!.basis = rules.publication.name;
  return {
    id: p.id,
    agencyId: p.agency_id,
    caseId: p.case_id,
    kind: p.kind,
    state: p.state,
    docNumber: p.doc_number,
    decidedOn: p.decided_on,
    publishedOn: p.published_on,
    publicUntil: p.public_until,
    title: draft.title ?? p.doc_number,
    field,
    penalty: facts?.penalty ?? '',
    eligibility,
    facts: facts ? (({ confirmed: _c, ...rest }) => rest)(facts) : null,
  };
}

/** The case's decisions that went public (published, or already ended), with whether each may be repaired today. */
export async function repairTargetsOfCase(db: Kysely<Database>, caseId: string, today: string): Promise<RepairTarget[]> {
  const rows = (await db
    .selectFrom('publications')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('version', '>', 0)
    .orderBy('decided_on')
    .execute()) as Locked[];
  const out: RepairTarget[] = [];
  for (const p of rows) out.push(await targetOf(db, p, today));
  return out;
}

/** One record as a repair target, read in the caller's transaction (locked when `lock`), or null. */
export async function repairTarget(tx: Transaction<Database>, id: string, today: string, lock = false): Promise<RepairTarget | null> {
  const p = lock
    ? await lockPublication(tx, 'system', id).catch(() => null)
    : ((await tx.selectFrom('publications').selectAll().where('id', '=', id).executeTakeFirst()) as Locked | undefined);
  return p ? targetOf(tx, p, today) : null;
}

/** Seals an act of a 信用修复 application (applied, refused) in the publication's hashed log (→ the ledger). */
export async function recordRepairAct(
  tx: Transaction<Database>,
  publicationId: string,
  kind: 'repair-applied' | 'repair-refused',
  actorId: string | null,
  at: Date,
  details: Record<string, unknown>,
): Promise<number> {
  const p = await lockPublication(tx, 'system', publicationId);
  return appendAct(tx, p, kind, actorId, at, details);
}
