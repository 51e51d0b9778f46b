/**
 * Row types of the imports module's tables (migration 022-imports). Instants are ISO-8601 strings
 * on both dialects; JSON columns are written as text and read with `readJson`.
 */

/** One uploaded file: what it holds, its preview's counts, and how far applying it has come. */
export interface ImportRunTable {
  id: string;
  /** clients, sites, contacts, staff or tickets. */
  kind: string;
  /** switchboard, connectwise, autotask or halopsa: which column names the file uses. */
  format: string;
  file_name: string;
  /** SHA-256 of the file's bytes, hex: the same export uploaded again is recognisable. */
  file_hash: string;
  file_bytes: number;
  /** JSON array: the file's header row as it was written. */
  header: unknown;
  /** IANA zone for clients whose row names none and whose country has several; null: none given. */
  default_time_zone: string | null;
  /** previewed, applying, done or failed (an expired lease while applying reads as interrupted). */
  status: string;
  total_rows: number;
  to_create: number;
  to_update: number;
  to_skip: number;
  /** Rows the preview found errors in (not imported until fixed). */
  to_fix: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  created_by: string;
  created_at: string;
  applied_by: string | null;
  started_at: string | null;
  finished_at: string | null;
  /** While applying: the node doing it holds the run until this instant, renewed per chunk. */
  lease_until: string | null;
  /** Why the run failed, for people; null otherwise. */
  message: string | null;
}

/** One data row of a run: its cells as read, the plan for it, and what applying it did. */
export interface ImportRowTable {
  run_id: string;
  /** The row's number as a spreadsheet shows it: the header is row 1. */
  row_number: number;
  /** create, update, skip or error. */
  action: string;
  reason: string;
  /** What the row is, for people: a name, an email, a ticket number. */
  label: string;
  external_id: string | null;
  /** JSON array of the fields an update changes. */
  changes: unknown;
  /** JSON array of `{ column, field, code, message }`. */
  issues: unknown;
  /** JSON array: the row's cells as written. */
  cells: unknown;
  /** The record the row matched or made. */
  record_id: string | null;
  /** Null until applied; then created, updated, skipped or failed. */
  outcome: string | null;
  outcome_reason: string | null;
}

/** The id a record had in the system it was imported from (ADR 0011). */
export interface ImportExternalIdTable {
  /** The format it came in: connectwise, autotask, halopsa or switchboard (a spreadsheet's own ids). */
  source: string;
  kind: string;
  external_id: string;
  record_id: string;
  run_id: string;
  created_at: string;
}

/** The imports module's tables by name. */
export interface ImportTables {
  import_runs: ImportRunTable;
  import_rows: ImportRowTable;
  import_external_ids: ImportExternalIdTable;
}
