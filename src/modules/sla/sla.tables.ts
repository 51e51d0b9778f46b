/**
 * Row types of the tables owned by the sla module (migrations 002-sla, 013, 023), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
type Bool = boolean | number;
type Json = unknown;

export interface CalendarTable {
  id: string;
  name: string;
  time_zone: string;
  spec: Json;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SlaPolicyTable {
  id: string;
  name: string;
  /** Per priority: covered minutes or { businessDays, dueAt } for each clock (023 adds business days, no column). */
  targets: Json;
  warning_percent: number;
  created_at: string;
  updated_at: string;
  /** When set, warnings fall this many covered minutes before due instead of at warning_percent (023). */
  warning_before_minutes?: number | null;
}

export interface ContractTable {
  id: string;
  organization_id: string;
  name: string;
  /** managed, block_hours or time_and_materials. */
  kind: string;
  sla_policy_id: string;
  /** Ordered coverage rules: [{ calendarId, priorities?, siteIds?, services? }]. */
  coverage: Json;
  active: Bool;
  created_at: string;
  updated_at: string;
  /** The contract covers tickets opened from this instant (013); null: from created_at. */
  starts_at?: string | null;
  /** ... and before this one; null: no end. */
  ends_at?: string | null;
}

export interface TicketClockTable {
  ticket_id: string;
  clock: string;
  cycle: number;
  status: string;
  priority: string;
  calendar_id: string;
  target_minutes: number;
  elapsed_minutes: number;
  paused_ms: number;
  started_at: string;
  stopped_at: string | null;
  due_at: string | null;
  warn_at: string | null;
  organization_id: string;
  updated_at: string;
}

export interface SlaNoticeTable {
  ticket_id: string;
  clock: string;
  cycle: number;
  kind: string;
  at: string;
  node: string;
}

/** The tables of the sla module by name (a type alias: `withTables` needs its implicit index signature). */
export type SlaTables = {
  calendars: CalendarTable;
  sla_policies: SlaPolicyTable;
  contracts: ContractTable;
  ticket_clocks: TicketClockTable;
  sla_notices: SlaNoticeTable;
};
