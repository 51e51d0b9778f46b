/**
 * Row types of the tables owned by the staff module (migrations 001-foundation), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
export interface TeamTable {
  id: string;
  name: string;
  lead_user_id: string | null;
  created_at: string;
}

/** The tables of the staff module by name (a type alias: `withTables` needs its implicit index signature). */
export type StaffTables = {
  teams: TeamTable;
};
