import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { accessCodeHash, currentAccessCodesSubquery, normaliseAccessCode } from '../modules/party/party-access.ts';
import { caseSummaries } from '../modules/cases/case.reads.ts';

/**
 * The demo's 告知书 carry access codes derived from their case numbers, so that the start-up
 * banner can show a new user how to sign in to the 当事人专区. Real codes are random.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function demoAccessCode(caseNumber: string): string {
  const h = createHash('sha256').update(`sanxiang-demo-party\n${caseNumber}`).digest();
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[h[i]! & 31];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}`;
}

/** The demo case waiting for the party's 陈述申辩, with the code that still opens it. */
export async function demoPartySignIn(db: Kysely<Database>): Promise<{ caseNumber: string; code: string } | null> {
  const rows = await db
    .selectFrom(currentAccessCodesSubquery(db).as('pa'))
    .innerJoin(caseSummaries(db).as('c'), 'c.id', 'pa.case_id')
    .select(['c.number', 'pa.code_sha256'])
    .where('c.state', '=', 'notified')
    .orderBy('c.opened_at')
    .execute();
  for (const r of rows) {
    const code = demoAccessCode(r.number);
    if (accessCodeHash(normaliseAccessCode(code)!).equals(r.code_sha256)) return { caseNumber: r.number, code };
  }
  return null;
}
