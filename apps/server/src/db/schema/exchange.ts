import type { Generated } from 'kysely';
import type { Timestamp, Json } from './columns.ts';

/** Data exchange with other systems (`exchange` module): push-in systems and the upward outbox. */

/** R-X-6 (migration 0015). */
export interface ExchangeSystemsTable {
  id: string;
  agency_id: string;
  name: string;
  key_sha256: string;
  created_by: string;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ExchangePushesTable {
  id: Generated<number>;
  system_id: string;
  at: Timestamp;
  received: number;
  stored: number;
  rejected: number;
}

export interface OutboxTable {
  id: Generated<string>;
  publication_id: string;
  act: string;
  payload: Json<unknown>;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_at: Timestamp;
  delivered_at: Timestamp | null;
  dead: Generated<boolean>;
  last_error: string | null;
}

export interface ExchangeTables {
  exchange_systems: ExchangeSystemsTable;
  exchange_pushes: ExchangePushesTable;
  outbox: OutboxTable;
}
