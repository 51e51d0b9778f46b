/**
 * Row types of the tables owned by the tickets module (migrations 001-foundation, 002-sla, 012), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
import type { Generated } from 'kysely';

type Bool = boolean | number;
type Json = unknown;

export interface TicketTable {
  id: string;
  number: number;
  organization_id: string;
  contact_id: string | null;
  site_id: string | null;
  subject: string;
  priority: string;
  business_critical: Bool;
  status: string;
  tier: number;
  team_id: string | null;
  assignee_id: string | null;
  channel: string;
  tags: Json;
  fcr_outcome: string | null;
  merged_into_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  /** Nearest due time of a running SLA clock (002-sla). */
  sla_due_at: string | null;
}

export interface MessageTable {
  id: string;
  ticket_id: string;
  /** `reply`, `note` or `call`. */
  kind: string;
  author_user_id: string | null;
  author_contact_id: string | null;
  body: string;
  call_direction: string | null;
  caller_number: string | null;
  call_duration_seconds: number | null;
  created_at: string;
}

export interface TicketEventTable {
  /** Increasing with every event; orders a ticket's history. */
  id: Generated<number>;
  ticket_id: string;
  actor_user_id: string | null;
  type: string;
  field: string | null;
  before_value: Json;
  after_value: Json;
  internal: Bool;
  at: string;
  /** Set when a merge moved the event: the ticket it happened on (002-sla). */
  origin_ticket_id: string | null;
}

export interface TicketLinkTable {
  id: string;
  /** `parent` (from is the parent of to), `duplicate` (from duplicates to), `merged` (from was merged into to). */
  kind: string;
  from_ticket_id: string;
  to_ticket_id: string;
  created_by: string | null;
  created_at: string;
}

export interface TicketSearchTable {
  ticket_id: string;
  /** `subject`, `merged:<ticket id>` or a message id. */
  source: string;
  body: string;
  /** Whether a client may read this text: subjects and public replies, not notes or calls (012). */
  client_visible: Bool;
}

export interface CounterTable {
  name: string;
  value: number;
}

/** The tables of the tickets module by name (a type alias: `withTables` needs its implicit index signature). */
export type TicketTables = {
  tickets: TicketTable;
  messages: MessageTable;
  ticket_events: TicketEventTable;
  ticket_links: TicketLinkTable;
  ticket_search: TicketSearchTable;
  counters: CounterTable;
};
