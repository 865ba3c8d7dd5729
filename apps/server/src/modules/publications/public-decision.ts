import type { Kysely, Transaction } from 'kysely';
import { bigramsOf, normalizeForSearch } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * The portal's read model of a published decision (R-PUB-3, R-PUB-8): only what is public — the
 * 双公示 fields as published and the redacted full text — plus its status (a withdrawn, corrected
 * or expired decision keeps its page, which says so). Written in the same transaction as the
 * publication act that changes it; decisions pushed in by other agencies' systems land here too.
 */
export type PublicStatus = 'published' | 'corrected' | 'withdrawn' | 'expired' | 'stopped';

export interface PublicDecision {
  /** the publication's id (or the pushed record's) */
  id: string;
  /** permanent key from the 文号: `<机关统一社会信用代码>/<文号>` */
  key: string;
  /** 'local', or the name of the pushing system */
  source: string;
  agency: { id: string | null; name: string; creditCode: string; regionCode: string | null };
  /** 执法行为类别, e.g. 行政处罚 */
  kind: string;
  /** 决定书文号 */
  docNumber: string;
  title: string;
  partyName: string;
  partyCreditCode: string | null;
  /** 违法行为类型 */
  violation: string | null;
  /** 违法事实 / 执法事项 */
  facts: string;
  /** 执法结论 */
  conclusion: string;
  fineAmount: number | null;
  /** YYYY-MM-DD */
  decidedOn: string;
  publishedAt: Date;
  /** 公示截止期 */
  publicUntil: string | null;
  status: PublicStatus;
  statusReason: string | null;
  statusAt: Date | null;
  version: number;
  /** every version and act, oldest first: what the public page lists */
  history: readonly { version: number | null; act: string; on: string; reason: string | null }[];
  /** 'penalty' | 'license' | 'general' */
  fieldSet: string;
  /** 双公示 items by code, as published */
  fields: Record<string, string | null>;
  /** redacted full text (一般程序 处罚决定书), or null */
  body: string | null;
}

export const decisionKey = (creditCode: string, docNumber: string) => `${creditCode}/${docNumber}`;

export async function upsertPublicDecision(db: Kysely<Database> | Transaction<Database>, d: PublicDecision, at: Date): Promise<void> {
  const row = {
    id: d.id,
    key: d.key,
    source: d.source,
    agency_id: d.agency.id,
    agency_name: d.agency.name,
    agency_credit_code: d.agency.creditCode,
    region_code: d.agency.regionCode,
    kind: d.kind,
    doc_number: d.docNumber,
    title: d.title,
    party_name: d.partyName,
    party_credit_code: d.partyCreditCode,
    violation: d.violation,
    facts: d.facts,
    conclusion: d.conclusion,
    fine_amount: d.fineAmount,
    decided_on: d.decidedOn,
    published_at: d.publishedAt,
    public_until: d.publicUntil,
    status: d.status,
    status_reason: d.statusReason,
    status_at: d.statusAt,
    version: d.version,
    history: JSON.stringify(d.history),
    field_set: d.fieldSet,
    fields: JSON.stringify(d.fields),
    body: d.body,
    updated_at: at,
    ...searchColumns(d),
  };
  const { id: _id, ...update } = row;
  await db
    .insertInto('public_decisions')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(update))
    .execute();
}

/** What search reads (R-PUB-8): every public field and the full text, normalised, and its bigrams. */
export function searchColumns(
  d: Pick<
    PublicDecision,
    'title' | 'partyName' | 'partyCreditCode' | 'docNumber' | 'violation' | 'facts' | 'conclusion' | 'agency' | 'kind' | 'body'
  >,
): { search_text: string; bigrams: string[] } {
  const search_text = normalizeForSearch(
    [
      d.docNumber,
      d.partyName,
      d.partyCreditCode ?? '',
      d.title,
      d.violation ?? '',
      d.kind,
      d.agency.name,
      d.facts,
      d.conclusion,
      d.body ?? '',
    ].join('\n'),
  );
  return { search_text, bigrams: bigramsOf(search_text) };
}
