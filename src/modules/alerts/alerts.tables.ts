/**
 * Row types of the alert tables (migration 024-alerts), owned by the alerts module: only its
 * repositories name them in SQL. Instants are ISO-8601 strings on both dialects; booleans are
 * booleans on PostgreSQL and 0/1 on SQLite (read them with `readBool`); JSON columns are written
 * as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

type Bool = boolean | number;
type Json = unknown;

export interface AlertSourceTable {
  id: string;
  name: string;
  /** `generic`, `alertmanager`, `uptime-kuma` or `ninjaone` (formats/registry.ts). */
  format: string;
  /** The client every alert is for; null for an MSP-wide source that maps clients by label. */
  organization_id: string | null;
  /** MSP-wide: the label (tag, field) whose value names the client. */
  client_label: string;
  /** MSP-wide: `{ "<label value>": "<organization id>" }`. */
  client_map: Json;
  /** MSP-wide: the client of alerts whose label value is not in the map; null refuses them. */
  fallback_organization_id: string | null;
  /** `{ "<severity>": "P1" … }`, over the built-in table (alert.ts). */
  severity_map: Json;
  default_priority: string;
  resolve_on_recovery: Bool;
  flap_changes: number;
  flap_window_minutes: number;
  enabled: Bool;
  /** SHA-256 of the source's token; the token itself is shown once. */
  token_hash: string;
  token_prefix: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface HeartbeatTable {
  id: string;
  organization_id: string;
  name: string;
  interval_minutes: number;
  grace_minutes: number;
  priority: string;
  resolve_on_recovery: Bool;
  enabled: Bool;
  token_hash: string;
  token_prefix: string;
  last_ping_at: string | null;
  /** `success` or `failure`, as the last report said. */
  last_status: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AlertTable {
  id: string;
  /** `<source id>/<organization id>/<dedupe key>`, or `heartbeat/<heartbeat id>`. */
  fold_key: string;
  source_id: string | null;
  heartbeat_id: string | null;
  organization_id: string;
  dedupe_key: string;
  /** What failed, comparable across clients (suspected incidents). */
  signature: string;
  summary: string;
  detail: string;
  host: string | null;
  check_name: string | null;
  severity: string;
  /** `firing` or `resolved`: the state the ticket follows. */
  state: string;
  /** The state the sender last reported; differs from `state` while flapping holds it. */
  observed_state: string;
  flapping: Bool;
  /** Epoch milliseconds of the recent state changes, within the flapping window. */
  changes: Json;
  /** Alerts received for this identity, firing and resolved. */
  count: number;
  /** Repeats folded since the last fold event written to the ticket. */
  folded: number;
  first_seen_at: string;
  last_seen_at: string;
  last_fired_at: string | null;
  last_change_at: string | null;
  /** When a fold event was last written to the ticket (they are rate-limited). */
  event_at: string | null;
  ticket_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SuspectedIncidentTable {
  id: string;
  signature: string;
  /** `proposed`, `dismissed`, `expired` or `declared` (as the incident `incident_id`). */
  status: string;
  first_alert_at: string;
  last_alert_at: string;
  client_count: number;
  dismissed_by: string | null;
  dismissed_at: string | null;
  /** The incident it was declared as (migration 040); null until then. */
  incident_id: string | null;
  declared_by: string | null;
  declared_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SuspectedIncidentClientTable {
  incident_id: string;
  organization_id: string;
  alert_id: string;
  first_alert_at: string;
}

/** The alert tables by name. */
export type AlertTables = {
  alert_sources: AlertSourceTable;
  heartbeats: HeartbeatTable;
  alerts: AlertTable;
  suspected_incidents: SuspectedIncidentTable;
  suspected_incident_clients: SuspectedIncidentClientTable;
};

/** A database handle that knows the alert tables. */
export type AlertDb = Kysely<Database & AlertTables>;

/** The same handle (or transaction), typed with the alert tables. */
export function alertDb(db: Db): AlertDb {
  return db.withTables<AlertTables>();
}
