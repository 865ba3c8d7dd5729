import type { ColumnType } from 'kysely';

/** Column types shared by the tables' interfaces (schema/*.ts), as the pg driver returns them. */

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** `date` columns come back as 'YYYY-MM-DD' strings (see adapters/db/pg-types.ts). */
export type DateText = ColumnType<string, string, string>;
export type Json<T> = ColumnType<T, string, string>;
