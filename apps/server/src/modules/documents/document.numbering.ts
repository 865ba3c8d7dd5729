import type { Kysely } from 'kysely';
import {
  DomainError,
  NUMBERED_DOCUMENT_KINDS,
  PROCEDURES,
  documentWord,
  formatDocumentNumber,
  validateDocumentWords,
  chinaDate,
} from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../adapters/clock.ts';
import type { Actor } from '../../http/actor.ts';
import { authorize } from '../../http/policy/authorize.ts';
import { agencyById } from '../org/org.queries.ts';
import { agencyDocumentWords } from './document.service.ts';

/**
 * The agency's numbering rule for its documents (issue 20 item 2): the 文书代字 of each kind that
 * carries its own number, shown with the number the next document of that kind would get.
 */
export interface DocumentNumberingView {
  template: string;
  shortName: string;
  kinds: { kind: string; title: string; word: string; defaultWord: string; nextNumber: string }[];
}

export async function documentNumbering(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  agencyId: string,
): Promise<DocumentNumberingView> {
  const agency = await agencyById(deps.db, agencyId);
  authorize(actor, 'agency.read', { agencyId: agency?.id });
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  const words = await agencyDocumentWords(deps.db, agencyId);
  const year = Number(chinaDate(deps.clock.now()).slice(0, 4));
  const counters = await deps.db
    .selectFrom('document_number_counters')
    .select(['word', 'last_seq'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .execute();
  const last = new Map(counters.map((c) => [c.word, c.last_seq]));
  return {
    template: agency.number_template,
    shortName: agency.short_name,
    kinds: NUMBERED_DOCUMENT_KINDS.map((k) => {
      const word = documentWord(k.code, words)!;
      return {
        kind: k.code,
        title: k.title,
        word,
        defaultWord: k.word,
        nextNumber: formatDocumentNumber(agency.number_template, { short: agency.short_name, word, year, seq: (last.get(word) ?? 0) + 1 }),
      };
    }),
  };
}

/**
 * Sets the agency's words: `words` maps a kind to its word; a kind left out, or given its default,
 * takes the default. Refused whole when any word is wrong (nothing changes).
 */
export async function setDocumentWords(
  deps: { db: Kysely<Database>; clock: Clock },
  actor: Actor,
  agencyId: string,
  words: Record<string, string>,
): Promise<DocumentNumberingView> {
  const agency = await agencyById(deps.db, agencyId);
  authorize(actor, 'agency.update', { agencyId: agency?.id });
  if (!agency) throw new DomainError('NOT_FOUND', '机关不存在');
  const trimmed = Object.fromEntries(Object.entries(words).map(([k, w]) => [k, String(w).trim()]));
  const problems = validateDocumentWords(
    trimmed,
    PROCEDURES.map((p) => p.numberWord),
  );
  if (problems.length) throw new DomainError('VALIDATION_FAILED', problems.join('；'), { problems });
  const own = Object.entries(trimmed).filter(([k, w]) => NUMBERED_DOCUMENT_KINDS.find((n) => n.code === k)!.word !== w);
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('document_number_words').where('agency_id', '=', agencyId).execute();
    if (own.length)
      await tx
        .insertInto('document_number_words')
        .values(own.map(([kind, word]) => ({ agency_id: agencyId, kind, word, set_by: actor.userId, set_at: now })))
        .execute();
  });
  return documentNumbering(deps, actor, agencyId);
}
