/**
 * Row types of the mail tables (migration 020-mail-intake), owned by the mail module. Instants are
 * ISO-8601 strings on both dialects; JSON columns are written as text and read with `readJson`;
 * byte columns come back as Buffer on both dialects.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/tables.js';

type Bool = boolean | number;
type Json = unknown;

export interface MailboxTable {
  id: string;
  name: string;
  /** The address mail is sent to (lowercase); the SMTP listener accepts mail for it. */
  address: string;
  /** `imap` (fetched from a server) or `smtp` (delivered to the built-in listener). */
  kind: string;
  team_id: string | null;
  default_priority: string;
  /** Non-secret settings: { imap?: …, outgoing?: … } (see mailbox.ts). */
  settings: Json;
  /** Password, OAuth2 client secret and tokens, encrypted with the secret key (context `mailbox:<id>`). */
  secrets_encrypted: string | null;
  /** What a reply from outside the ticket's client becomes: `note` or `new_ticket`. */
  outside_sender: string;
  /** Minutes without a successful poll or IDLE before the admins are paged. */
  health_minutes: number;
  enabled: Bool;
  last_success_at: string | null;
  last_message_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  token_failed_at: string | null;
  /** When the admins were last paged about this mailbox. */
  alerted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface InboundMessageTable {
  id: string;
  mailbox_id: string;
  /** mailbox id, Message-ID and content hash: the same message twice is stored once. */
  dedupe_key: string;
  message_id: string | null;
  content_hash: string;
  raw: Uint8Array;
  size: number;
  /** `smtp` or `imap`. */
  source: string;
  received_at: string;
  /** `stored` (raw kept, not processed yet), `processed`, or `failed` (processing threw; retried). */
  state: string;
  attempts: number;
  last_error: string | null;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  sent_at: string | null;
  in_reply_to: Json;
  reference_ids: Json;
  full_text: string | null;
  visible_text: string | null;
  html: string | null;
  auto: Json;
  bounce: Json;
  fraud_score: number | null;
  fraud_flagged: Bool | null;
  fraud_reasons: Json;
  notes: Json;
  organization_id: string | null;
  contact_id: string | null;
  ticket_id: string | null;
  ticket_message_id: string | null;
  /** What intake did: created, threaded, note, new_ticket, triage, suppressed, bounce, refused. */
  disposition: string | null;
  /** Why: { by: 'token' | 'header' | 'bounce' | 'auto' | 'sender' …, … }. */
  disposition_detail: Json;
  processed_at: string | null;
}

export interface InboundAttachmentTable {
  id: string;
  inbound_message_id: string;
  position: number;
  filename: string | null;
  content_type: string;
  size: number;
  content_id: string | null;
  inline: Bool;
  from_tnef: Bool;
  /** Null when the attachment was over the attachment limit (listed, bytes dropped). */
  content: Uint8Array | null;
}

export interface OutboundMailTable {
  id: string;
  /** One mail per (ticket event, recipient): queued exactly once. */
  dedupe_key: string;
  ticket_id: string;
  mailbox_id: string | null;
  /** `reply` (a staff reply) or `notification` (automatic). */
  kind: string;
  /** reply, created, acknowledged, resolved. */
  event: string;
  ticket_message_id: string | null;
  contact_id: string | null;
  to_address: string;
  to_name: string | null;
  /** The sender's display name (template or mailbox name); the address is the mailbox's. */
  from_name: string | null;
  /** Auto-Submitted header value for automatic mail (auto-replied, auto-generated); null for replies. */
  auto_submitted: string | null;
  subject: string;
  body_text: string;
  /** Our Message-ID, without angle brackets; replies to it thread back to the ticket. */
  message_id: string;
  in_reply_to: string | null;
  reference_ids: Json;
  /** Automatic mail (Auto-Submitted: auto-generated / auto-replied). */
  auto: Bool;
  /** queued, sending, sent, failed, bounced, suppressed. */
  status: string;
  attempts: number;
  send_after: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  bounce: Json;
  created_at: string;
  sent_at: string | null;
  bounced_at: string | null;
}

export interface MailTicketCursorTable {
  ticket_id: string;
  last_event_id: number;
}

export interface MailAddressBounceTable {
  address: string;
  contact_id: string | null;
  reason: string;
  status: string | null;
  hard: Bool;
  diagnostic: string;
  inbound_message_id: string;
  at: string;
}

export interface MailTemplateTable {
  /** `<organization id or *>:<event>`. */
  key: string;
  organization_id: string | null;
  event: string;
  subject: string;
  body: string;
  from_name: string | null;
  signature: string | null;
  updated_at: string;
}

/** The mail tables by name. */
export interface MailTables {
  mailboxes: MailboxTable;
  inbound_messages: InboundMessageTable;
  inbound_attachments: InboundAttachmentTable;
  outbound_mail: OutboundMailTable;
  mail_ticket_cursors: MailTicketCursorTable;
  mail_address_bounces: MailAddressBounceTable;
  mail_templates: MailTemplateTable;
}

/** A database handle that knows the mail tables: the shared handle, as `Database` extends `MailTables`. */
export type MailDb = Kysely<Database>;
