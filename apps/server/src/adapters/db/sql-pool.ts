/** The part of a pg pool that hot paths use directly, for named prepared statements (beside Kysely on the same pool). */
export interface SqlPool {
  query(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: any[]; rowCount: number | null }>;
}
