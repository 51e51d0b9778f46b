/**
 * Row types of the tables owned by the auth module (migrations 001-foundation, 011-login-throttles), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;

export interface UserTable {
  id: string;
  /** `staff` or `client`. */
  kind: string;
  email: string;
  name: string;
  password_hash: string | null;
  /** Staff: owner, admin, service_manager, technician. Client: client_user, client_admin. */
  role: string;
  tier: number | null;
  team_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  disabled: Bool;
  created_at: string;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Failed-login throttle per account or client address (011-login-throttles; auth module). */
export interface LoginThrottleTable {
  /** `account:<email>` or `ip:<address>`. */
  key: string;
  /** Failed attempts counted since the key was last cleared or forgotten. */
  failures: number;
  /** When `failures` last changed. */
  updated_at: string;
  /** No attempt for this key is checked before this instant; null when it may try now. */
  next_attempt_at: string | null;
}

/** The tables of the auth module by name (a type alias: `withTables` needs its implicit index signature). */
export type AuthTables = {
  users: UserTable;
  api_tokens: ApiTokenTable;
  sessions: SessionTable;
  login_throttles: LoginThrottleTable;
};
