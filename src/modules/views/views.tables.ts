/**
 * Row types of the tables owned by the views module (migrations 008-saved-views), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;
type Json = unknown;

/** A person's named queue with filters (008-saved-views). */
export interface SavedViewTable {
  id: string;
  owner_user_id: string;
  name: string;
  queue: string;
  filters: Json;
  shared: Bool;
  created_at: string;
  updated_at: string;
}

/** The tables of the views module by name (a type alias: `withTables` needs its implicit index signature). */
export type ViewTables = {
  saved_views: SavedViewTable;
};
