/**
 * Row types of the tables owned by the oncall module (migrations 005-oncall), as Kysely sees them: only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Json = unknown;

export interface OncallScheduleTable {
  id: string;
  name: string;
  /** IANA time zone of the hand-off times, anchor dates and restriction windows. */
  time_zone: string;
  /** The ordered layers, bottom first: [{ name, participants, shiftLength, shiftUnit, handoffTime, handoffDay?, anchorDate, restrictions? }]. */
  layers: Json;
  created_at: string;
  updated_at: string;
  /** Starts at 1; every change adds one. */
  version: number;
}

export interface OncallOverrideTable {
  id: string;
  schedule_id: string;
  /** The user who covers [start_at, end_at). */
  user_id: string;
  /** Null: covers whoever is on call; otherwise only while this user would be. */
  replaces_user_id: string | null;
  start_at: string;
  end_at: string;
  reason: string;
  created_by: string;
  created_at: string;
}

/** The tables of the oncall module by name (a type alias: `withTables` needs its implicit index signature). */
export type OncallTables = {
  oncall_schedules: OncallScheduleTable;
  oncall_overrides: OncallOverrideTable;
};
