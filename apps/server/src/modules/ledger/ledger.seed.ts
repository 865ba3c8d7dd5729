import type { Kysely } from 'kysely';
import { DomainError, consistencyProof, inclusionProof, rootOf, type SeedSource } from '@sanxiang/domain';
import type { Database } from '../../db/schema.ts';
import type { LedgerService } from './ledger.service.ts';
import { leafIndexOf, logHeadAndCheckpoint, type LeafSource } from './ledger.queries.ts';

/**
 * A seed nobody could know in advance (R-X-2, R-REC-8): the root of an agency's log at a tree size
 * not reached when a commitment was entered in it. Used by every act that draws at random from a
 * published list — the 双随机 draw and the 案卷评查 sample — so the evidence an outsider checks is
 * the same: a signed checkpoint at or past that size, the consistency proof from the seed's tree to
 * it, and the commitment's own leaf with its inclusion proof inside the seed's tree (so it was
 * written before the seed existed). docs/draw.md.
 */
export interface SeedEvidence {
  /** the signed checkpoint (tree size ≥ the seed's) that vouches for the seed */
  checkpoint: string;
  checkpointSize: number;
  /** RFC 6962 consistency proof from the seed's tree to the checkpoint's (hex) */
  consistency: string[];
  /** the commitment's entry: its leaf index and inclusion proof in the seed's tree (hex) */
  commitmentLeaf: { index: number; body: string; proof: string[] };
  /** the log's verifier keys (C2SP note vkeys) */
  vkeys: string[];
}

/**
 * The seed of `seedSource` on the log of `agencyId`, with its evidence; DRAW_SEED_PENDING (409) while
 * the log is short of the size or no checkpoint covers it, DRAW_STATE when the commitment's leaf is
 * not inside the seed's tree.
 */
export async function seedFromLedger(
  deps: { db: Kysely<Database>; ledger: LedgerService },
  agencyId: string,
  seedSource: SeedSource,
  commitment: { source: LeafSource; id: number; body: string },
): Promise<{ seed: string; evidence: SeedEvidence }> {
  const size = seedSource.treeSize;
  const head = await logHeadAndCheckpoint(deps.db, agencyId);
  if (head.size < size || !head.checkpoint || head.checkpoint.size < size)
    throw new DomainError(
      'DRAW_SEED_PENDING',
      `种子尚未产生：须待本机关账本达到 ${size} 条并签署检查点（现已记入 ${head.size} 条${
        head.checkpoint ? `，最新检查点 ${head.checkpoint.size} 条` : ''
      }）`,
      { treeSize: size, size: head.size },
    );
  const index = await leafIndexOf(deps.db, commitment.source, commitment.id);
  if (index === null || index >= size)
    throw new DomainError('DRAW_STATE', `承诺的账本条目（第 ${index ?? '?'} 条）不在种子所在的前 ${size} 条之中，不能据此抽取`);
  const cp = head.checkpoint;
  const tiles = deps.ledger.tiles;
  const seedRoot = Buffer.from(await tiles.withTree(agencyId, size, (src) => rootOf(src, size)));
  const consistency = await tiles.withTree(agencyId, cp.size, (src) => consistencyProof(src, size, cp.size));
  const inclusion = await tiles.withTree(agencyId, size, (src) => inclusionProof(src, index, size));
  const hex = (h: Uint8Array) => Buffer.from(h).toString('hex');
  return {
    seed: seedRoot.toString('hex'),
    evidence: {
      checkpoint: cp.note,
      checkpointSize: cp.size,
      consistency: consistency.map(hex),
      commitmentLeaf: { index, body: commitment.body, proof: inclusion.map(hex) },
      vkeys: deps.ledger.verifierKeys(agencyId, seedSource.origin),
    },
  };
}
