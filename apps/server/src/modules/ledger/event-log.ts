import type { Transaction } from 'kysely';
import { canonicalJson, eventHashOfText, type EventBody } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';

/**
 * The append-only case event log. An entry is written in the same transaction as the change
 * it records; its hash chains to the previous entry of the case (kept on the case row, so the
 * append costs one insert). The agency-wide Merkle ledger will be built over these entries.
 */
export interface AppendInput {
  agencyId: string;
  caseId: string;
  prevSeq: number;
  prevHash: Buffer;
  kind: string;
  step: string | null;
  fromState: string | null;
  toState: string | null;
  actorId: string;
  at: Date;
  inputs: Record<string, unknown>;
}

/**
 * The entry's body, its canonical JSON text and chained hash: what is stored and what verification
 * recomputes. The text is stored beside the columns so that `verify` can check a million entries
 * inside the database (SHA-256 of the text, and the text against the columns) instead of shipping them.
 */
export function sealEvent(e: Omit<AppendInput, 'agencyId'>): { body: EventBody; text: string; hash: Buffer } {
  const body: EventBody = {
    caseId: e.caseId,
    seq: e.prevSeq + 1,
    kind: e.kind,
    step: e.step,
    fromState: e.fromState,
    toState: e.toState,
    actorId: e.actorId,
    at: e.at.toISOString(),
    inputs: e.inputs,
  };
  const text = canonicalJson(body);
  return { body, text, hash: eventHashOfText(text, e.prevHash) };
}

export async function appendCaseEvent(tx: Transaction<Database>, e: AppendInput): Promise<{ seq: number; hash: Buffer }> {
  const { body, text, hash } = sealEvent(e);
  await tx
    .insertInto('case_events')
    .values({
      agency_id: e.agencyId,
      case_id: e.caseId,
      seq: body.seq,
      kind: e.kind,
      step: e.step,
      from_state: e.fromState,
      to_state: e.toState,
      actor_id: e.actorId,
      at: e.at,
      inputs: JSON.stringify(e.inputs),
      prev_hash: e.prevHash,
      hash,
      body: text,
    })
    .execute();
  return { seq: body.seq, hash };
}

export function eventBodyOfRow(row: {
  case_id: string;
  seq: number;
  kind: string;
  step: string | null;
  from_state: string | null;
  to_state: string | null;
  actor_id: string;
  at: Date;
  inputs: unknown;
}): EventBody {
  return {
    caseId: row.case_id,
    seq: row.seq,
    kind: row.kind,
    step: row.step,
    fromState: row.from_state,
    toState: row.to_state,
    actorId: row.actor_id,
    at: row.at.toISOString(),
    inputs: row.inputs,
  };
}
