/**
 * Row types of the incident tables (migrations 027-vendors-and-incidents, 032-incident-lifecycle and 040-subscriptions-and-declared-suspicions), owned by the incidents
 * module: only its repository names them in SQL. Instants are ISO-8601 strings on both dialects;
 * booleans are booleans on PostgreSQL and 0/1 on SQLite (read them with `readBool`); JSON columns
 * are written as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

type Bool = boolean | number;
type Json = unknown;

export interface IncidentTable {
  id: string;
  title: string;
  summary: string;
  /** `declaring` while its children are written chunk by chunk, then `open`, then `resolved`. */
  status: string;
  declared_by: string | null;
  declared_at: string;
  client_count: number;
  /** The vendor's own ticket or case number for the outage; '' until known. */
  vendor_ticket: string;
  /** Who we spoke to at the vendor (name, role, when); '' until known. */
  vendor_contact: string;
  /** When the vendor promised the service back; null without a promise. */
  vendor_promised_at: string | null;
  /** The declaring request's Idempotency-Key, so a retry answers (or finishes) this incident. */
  declare_key: string | null;
  request_hash: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface IncidentServiceTable {
  incident_id: string;
  service_id: string;
}

export interface IncidentChildTable {
  incident_id: string;
  organization_id: string;
  ticket_id: string;
  /** An existing ticket of the client attached as its child, rather than one opened for the incident. */
  attached: Bool;
  criticality: string;
  /** The client's checklist as it was when the incident was declared. */
  workaround_steps: Json;
  /** `not_started`, `in_place`, `not_needed` or `blocked` (incident.ts). */
  workaround_state: string;
  /** `[0, 2]`: the indices of the checklist's steps done. */
  steps_done: Json;
  /** When the incident let the child go (detached, or kept open at resolve); null while it owns it. */
  released_at: string | null;
  release_reason: string;
  created_at: string;
  updated_at: string;
}

/** The incident's event log, what its review is written from (incident.ts names the types). */
export interface IncidentEventTable {
  id: string;
  incident_id: string;
  type: string;
  organization_id: string | null;
  actor_user_id: string | null;
  data: Json;
  at: string;
}

/** An update written once on the incident: copied to the children, the clients and the status pages. */
export interface IncidentUpdateTable {
  id: string;
  incident_id: string;
  body: string;
  posted_by: string | null;
  posted_at: string;
}

/** The post-incident review: Markdown, and the sanitised HTML rendered from it. */
export interface IncidentReviewTable {
  incident_id: string;
  body: string;
  body_html: string;
  edited_by: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** An action item of the review. */
export interface IncidentActionTable {
  id: string;
  incident_id: string;
  title: string;
  assignee_user_id: string | null;
  /** A calendar date, YYYY-MM-DD. */
  due_on: string | null;
  done_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A subscription to the public status page (no organisation) or a client's (migration 040). */
export interface StatusSubscriptionTable {
  id: string;
  organization_id: string | null;
  /** `email` or `webhook`. */
  kind: string;
  email: string | null;
  url: string | null;
  /** A webhook's signing secret, encrypted with the secret key (context `status-subscription:<id>`). */
  secret_encrypted: string | null;
  /** `pending` (an email not yet confirmed), `active`, `unsubscribed` or `stopped` (a webhook that kept failing). */
  state: string;
  /** Deliveries refused or given up on in a row. */
  failures: number;
  stop_reason: string;
  created_by: string | null;
  created_at: string;
  confirmed_at: string | null;
  ended_at: string | null;
  updated_at: string;
}

/** One webhook delivery of an incident event to a subscription: the webhook outbox. */
export interface StatusDeliveryTable {
  id: string;
  subscription_id: string;
  /** `update:<update id>` or `resolved:<incident id>`: one delivery per subscription and event. */
  event_key: string;
  payload: Json;
  /** `queued`, `delivered`, `failed` or `cancelled`. */
  state: string;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  created_at: string;
  delivered_at: string | null;
  updated_at: string;
}

/** The incident tables by name (a type alias: `withTables` needs its implicit index signature). */
export type IncidentTables = {
  incidents: IncidentTable;
  incident_services: IncidentServiceTable;
  incident_children: IncidentChildTable;
  incident_events: IncidentEventTable;
  incident_updates: IncidentUpdateTable;
  incident_reviews: IncidentReviewTable;
  incident_actions: IncidentActionTable;
  status_subscriptions: StatusSubscriptionTable;
  status_deliveries: StatusDeliveryTable;
};

export type IncidentDb = Kysely<Database & IncidentTables>;

/** The same handle (a transaction stays that transaction), typed with the incident tables. */
export function incidentDb(db: Db): IncidentDb {
  return db.withTables<IncidentTables>();
}
