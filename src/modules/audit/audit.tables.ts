/**
 * Row types of the tables owned by the audit module (migrations 001-foundation), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Json = unknown;

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  action: string;
  ip: string | null;
  detail: Json;
}

/** The tables of the audit module by name (a type alias: `withTables` needs its implicit index signature). */
export type AuditTables = {
  audit_log: AuditLogTable;
};
