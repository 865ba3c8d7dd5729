import { createHash } from 'node:crypto';

/**
 * The case event log (R-REC-4, issue 2 §6): each entry carries the hash of the previous entry
 * of its case, so a case's history is a hash chain. The entry hash is domain-separated
 * (prefix 0x00 for leaves, as RFC 6962 does) so that the same bytes can later become the
 * leaf of the agency's Merkle ledger without re-hashing the history.
 */
export interface EventBody {
  caseId: string;
  seq: number;
  kind: string;
  step: string | null;
  fromState: string | null;
  toState: string | null;
  actorId: string;
  /** ISO timestamp with milliseconds, UTC */
  at: string;
  inputs: unknown;
}

export const GENESIS_HASH = Buffer.alloc(32, 0);
const LEAF_PREFIX = Buffer.from([0]);

/** Deterministic JSON: object keys sorted, no whitespace; rejects non-finite numbers. */
export function canonicalJson(value: unknown): string {
  // Hot in `verify` (a million entries): plain loops and string concatenation, same output as
  // the obvious map/join version — sorted keys, no undefined members, no whitespace.
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i) out += ',';
      const v = value[i];
      out += canonicalJson(v === undefined ? null : v);
    }
    return `${out}]`;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    let out = '{';
    let first = true;
    for (const k of keys) {
      const v = obj[k];
      if (v === undefined) continue;
      if (!first) out += ',';
      first = false;
      out += `${JSON.stringify(k)}:${canonicalJson(v)}`;
    }
    return `${out}}`;
  }
  throw new Error(`canonicalJson: unsupported ${typeof value}`);
}

/** The leaf bytes of an entry: its canonical body bound to the previous hash. */
export function eventLeafData(body: EventBody, prevHash: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(prevHash), Buffer.from(canonicalJson(body), 'utf8')]);
}

/** SHA-256(0x00 || prevHash || canonical(body)). */
export function eventHash(body: EventBody, prevHash: Uint8Array): Buffer {
  return eventHashOfText(canonicalJson(body), prevHash);
}

/** The same hash from the body's canonical JSON text (what is stored beside the entry, so a database can check it). */
export function eventHashOfText(canonicalBody: string, prevHash: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(prevHash).update(canonicalBody, 'utf8').digest();
}

export interface ChainProblem {
  seq: number;
  problem: 'hash-mismatch' | 'prev-mismatch' | 'seq-gap';
}

/** Re-computes a case's chain; names the first entry that does not fit. */
export function verifyChain(entries: readonly { body: EventBody; prevHash: Uint8Array; hash: Uint8Array }[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let prev: Uint8Array = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.body.seq !== expectedSeq) problems.push({ seq: e.body.seq, problem: 'seq-gap' });
    if (!Buffer.from(e.prevHash).equals(Buffer.from(prev))) problems.push({ seq: e.body.seq, problem: 'prev-mismatch' });
    if (!eventHash(e.body, e.prevHash).equals(Buffer.from(e.hash))) problems.push({ seq: e.body.seq, problem: 'hash-mismatch' });
    prev = e.hash;
    expectedSeq = e.body.seq + 1;
  }
  return problems;
}

/** Body of an access-log entry (调阅记录, R-REC-7). */
export interface AccessBody {
  type: 'access';
  agencyId: string;
  actorId: string;
  actorAgencyId: string;
  at: string;
  action: 'view' | 'download' | 'list' | 'export';
  targetKind: string;
  targetId: string;
  caseId: string | null;
  reason: string;
}

const ACCESS_PREFIX = Buffer.from('sanxiang/access/v1\n', 'utf8');

/** Leaf data of an access entry: a fixed prefix (so it is never read as a case event) and the canonical body. */
export function accessLeafData(body: AccessBody): Buffer {
  return Buffer.concat([ACCESS_PREFIX, Buffer.from(canonicalJson(body), 'utf8')]);
}

export function accessHash(body: AccessBody): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(accessLeafData(body))
    .digest();
}

/** Body of a publication act (公示, 更正, 撤下 …, R-PUB-3/R-PUB-5): one leaf of the agency's ledger. */
export interface PublicationEventBody {
  type: 'publication';
  agencyId: string;
  publicationId: string;
  seq: number;
  kind: string;
  /** null for what the system does by itself (automatic publication, expiry) */
  actorId: string | null;
  at: string;
  details: Record<string, unknown>;
}

const PUBLICATION_PREFIX = Buffer.from('sanxiang/publication/v1\n', 'utf8');

export function publicationLeafData(body: PublicationEventBody): Buffer {
  return Buffer.concat([PUBLICATION_PREFIX, Buffer.from(canonicalJson(body), 'utf8')]);
}

export function publicationEventHash(body: PublicationEventBody): Buffer {
  return createHash('sha256')
    .update(Buffer.from([0]))
    .update(publicationLeafData(body))
    .digest();
}
