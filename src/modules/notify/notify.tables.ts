/**
 * Row types of the tables owned by the notify module (migrations 003-escalation, 004-notify, 026-demo-outbox), as Kysely sees them:
 * only its repositories name them in SQL; other modules ask through its index.ts.
 * Instants are ISO-8601 strings on both dialects; booleans are booleans on PostgreSQL and 0/1 on
 * SQLite (read them with `readBool`); JSON columns are written as text and read with `readJson`.
 */
import type { Generated } from 'kysely';

type Bool = boolean | number;
type Json = unknown;

export interface NotificationTable {
  id: string;
  dedupe_key: string;
  /** `page` (a ladder's page) or `test` (a person's test page: no ladder, no ticket). */
  kind: Generated<string>;
  escalation_id: string | null;
  ticket_id: string | null;
  step: number;
  round: number;
  recipient_user_id: string;
  method: string;
  address: string;
  subject: string;
  body: string;
  requires_ack: Bool;
  /** queued, sending, sent, failed or cancelled. */
  status: string;
  send_after: string;
  attempts: number;
  lease_owner: string | null;
  lease_until: string | null;
  provider: string | null;
  provider_message_id: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface DeliveryAttemptTable {
  id: string;
  notification_id: string;
  at: string;
  provider: string;
  outcome: string;
  provider_message_id: string | null;
  detail: string;
}

export interface ProviderTable {
  id: string;
  name: string;
  kind: string;
  methods: Json;
  settings_encrypted: string;
  /** Order among providers of the same method: lower is tried first, later ones take over on failure. */
  position: number;
  enabled: Bool;
  created_at: string;
  updated_at: string;
}

/** A message the `demo` provider "sent", kept for the demo outbox viewer (026-demo-outbox). */
export interface DemoMessageTable {
  id: string;
  notification_id: string;
  provider: string;
  method: string;
  address: string;
  subject: string;
  text: string;
  ack_url: string | null;
  at: string;
}

/** The tables of the notify module by name (a type alias: `withTables` needs its implicit index signature). */
export type NotifyTables = {
  notifications: NotificationTable;
  delivery_attempts: DeliveryAttemptTable;
  providers: ProviderTable;
  demo_messages: DemoMessageTable;
};
