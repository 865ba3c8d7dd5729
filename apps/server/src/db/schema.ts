import type { PlatformTables } from './schema/platform.ts';
import type { OrgTables } from './schema/org.ts';
import type { PeopleTables } from './schema/people.ts';
import type { CasesTables } from './schema/cases.ts';
import type { RecordsTables } from './schema/records.ts';
import type { LedgerTables } from './schema/ledger.ts';
import type { ReviewTables } from './schema/review.ts';
import type { PublicationsTables } from './schema/publications.ts';
import type { StatisticsTables } from './schema/statistics.ts';
import type { ExchangeTables } from './schema/exchange.ts';
import type { ListsTables } from './schema/lists.ts';
import type { PartyTables } from './schema/party.ts';
import type { DrawTables } from './schema/draw.ts';
import type { AlertsTables } from './schema/alerts.ts';
import type { CreditRepairTables } from './schema/credit-repair.ts';
import type { EvaluationTables } from './schema/evaluation.ts';
import type { ComplaintsTables } from './schema/complaints.ts';

/**
 * Kysely's view of the tables created by db/migrations: one file per owning area under schema/
 * (each with its tables' row types and the map of its table names), joined here into the one
 * Database interface the query builder takes.
 */

export type * from './schema/platform.ts';
export type * from './schema/org.ts';
export type * from './schema/people.ts';
export type * from './schema/cases.ts';
export type * from './schema/records.ts';
export type * from './schema/ledger.ts';
export type * from './schema/review.ts';
export type * from './schema/publications.ts';
export type * from './schema/statistics.ts';
export type * from './schema/exchange.ts';
export type * from './schema/lists.ts';
export type * from './schema/party.ts';
export type * from './schema/draw.ts';
export type * from './schema/alerts.ts';
export type * from './schema/credit-repair.ts';
export type * from './schema/evaluation.ts';
export type * from './schema/complaints.ts';

export interface Database
  extends
    PlatformTables,
    OrgTables,
    PeopleTables,
    CasesTables,
    RecordsTables,
    LedgerTables,
    ReviewTables,
    PublicationsTables,
    StatisticsTables,
    ExchangeTables,
    ListsTables,
    PartyTables,
    DrawTables,
    AlertsTables,
    CreditRepairTables,
    EvaluationTables,
    ComplaintsTables {}
