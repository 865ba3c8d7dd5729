import type { Generated } from 'kysely';
import type { Timestamp } from './columns.ts';

/** The transparency log (`ledger` module, R-REC-4): Merkle leaves, tiles, checkpoints, cosignatures; and the 司法局 witness (`witness` module). */

export interface LedgerLogsTable {
  agency_id: string;
  origin: string;
  size: number;
  root: Buffer;
  updated_at: Timestamp;
}

export interface LedgerPendingTable {
  id: Generated<number>;
  agency_id: string;
  leaf_hash: Buffer;
  source: string;
  source_id: number;
}

export interface LedgerLeavesTable {
  agency_id: string;
  idx: number;
  leaf_hash: Buffer;
  source: string;
  source_id: number;
}

export interface LedgerTilesTable {
  agency_id: string;
  level: number;
  idx: number;
  width: number;
  data: Buffer;
}

export interface LedgerCheckpointsTable {
  agency_id: string;
  size: number;
  root: Buffer;
  note: string;
  signed_at: Timestamp;
}

export interface LedgerCosignaturesTable {
  agency_id: string;
  size: number;
  witness: string;
  line: string;
  cosigned_at: Timestamp;
}

export interface WitnessLogsTable {
  witness_agency_id: string;
  origin: string;
  vkeys: string[];
  size: Generated<number>;
  root: Buffer | null;
  note: string | null;
  updated_at: Timestamp;
}

export interface WitnessRefusalsTable {
  id: Generated<number>;
  witness_agency_id: string;
  origin: string;
  old_size: number;
  note: string;
  reason: string;
  at: Timestamp;
}

export interface LedgerTables {
  ledger_logs: LedgerLogsTable;
  ledger_pending: LedgerPendingTable;
  ledger_leaves: LedgerLeavesTable;
  ledger_tiles: LedgerTilesTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  ledger_cosignatures: LedgerCosignaturesTable;
  witness_logs: WitnessLogsTable;
  witness_refusals: WitnessRefusalsTable;
}
