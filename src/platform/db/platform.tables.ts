/**
 * Row types of the tables owned by platform (the HTTP idempotency keys, the engine's deadlines, the shared instance keys) (migrations 001-foundation, 002-sla, 012), as Kysely sees them:
 * only platform code names them in SQL.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Json = unknown;

export interface IdempotencyKeyTable {
  user_id: string;
  key: string;
  request_hash: string;
  status_code: number;
  response_body: string;
  created_at: string;
}

export interface DeadlineTable {
  id: string;
  kind: string;
  subject_id: string;
  due_at: string;
  payload: Json;
  version: number;
  lease_owner: string | null;
  lease_until: string | null;
  attempts: number;
  done_at: string | null;
  outcome: string | null;
  created_at: string;
}

/** Random keys every node shares through the database, created on first use (012). */
export interface InstanceKeyTable {
  name: string;
  /** base64url. */
  secret: string;
  created_at: string;
}

/** The tables of platform (the HTTP idempotency keys, the engine's deadlines, the shared instance keys) by name (a type alias: `withTables` needs its implicit index signature). */
export type PlatformTables = {
  idempotency_keys: IdempotencyKeyTable;
  deadlines: DeadlineTable;
  instance_keys: InstanceKeyTable;
};
