import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { knownCaseHeader } from '../cases/case.reads.ts';

/**
 * Access codes for the 当事人专区. One per 告知书, printed on it; 12 characters of Crockford's
 * base-32 (60 bits; no I, L, O, U to misread), shown as XXXX-XXXX-XXXX. Only the SHA-256 of
 * the normalised code is stored: a database reader cannot sign in with what the table holds.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The 告知书 kinds that carry the code: the party's rights start there (行政处罚法 §44, §63). */
export const ACCESS_NOTICE_KINDS: ReadonlySet<string> = new Set(['penalty-notice', 'hearing-rights-notice']);

export function newAccessCode(): string {
  const bytes = randomBytes(12);
  let s = '';
  for (const b of bytes) s += ALPHABET[b & 31];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/** What a person typed, made comparable: case, spaces, dashes and the letters people confuse. */
export function normaliseAccessCode(raw: string): string | null {
  const s = raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_—–]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(s) ? s : null;
}

export function accessCodeHash(normalised: string): Buffer {
  return createHash('sha256').update(`sanxiang-party-access\n${normalised}`).digest();
}

/** The codes still in force (one per 告知书 served, until voided), by case. */
export function currentAccessCodesSubquery(db: Kysely<Database>) {
  return db.selectFrom('party_access').select(['case_id', 'code_sha256', 'issued_at']).where('voided_at', 'is', null);
}

/**
 * Files the code of a newly issued 告知书. Earlier codes of the case stay in force: each was printed
 * on a 告知书 served to the party, and only an explicit, recorded act voids one
 * (party-access.service.ts#voidAccessCode).
 */
export async function recordAccessCode(
  tx: Transaction<Database>,
  a: { agencyId: string; caseId: string; documentId: string; code: string; issuedBy: string; at: Date },
): Promise<string> {
  const c = await knownCaseHeader(tx, a.caseId);
  const id = randomUUID();
  const normalised = normaliseAccessCode(a.code);
  if (!normalised) throw new Error('malformed access code');
  await tx
    .insertInto('party_access')
    .values({
      id,
      agency_id: a.agencyId,
      case_id: a.caseId,
      party_id: c.party_id,
      document_id: a.documentId,
      code_sha256: accessCodeHash(normalised),
      issued_by: a.issuedBy,
      issued_at: a.at,
    })
    .execute();
  return id;
}
