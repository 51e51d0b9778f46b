import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * The mail channel's tables (issue 15; the mail module owns them, row types in
 * src/modules/mail/mail.tables.ts):
 *
 * - `mailboxes`: IMAP mailboxes and SMTP-listener addresses, each mapped to a team and a default
 *   priority; non-secret settings as JSON, passwords and OAuth2 tokens encrypted; health columns.
 * - `inbound_messages`: every message received, raw bytes first (stored before the sender is told),
 *   then what screening found and what intake did with it, and why.
 * - `inbound_attachments`: parsed attachments with their bytes (within the parse limits).
 * - `outbound_mail`: the outbox of mail to clients (staff replies, ticket notifications) with our
 *   Message-ID, delivery status and leases.
 * - `mail_ticket_cursors`: how far each ticket's event log has been turned into mail.
 * - `mail_address_bounces`: addresses that bounced, with the reason.
 * - `mail_templates`: per-event, per-client wording and sender identity.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('mailboxes')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('team_id', t.id)
    .addColumn('default_priority', 'text', (c) => c.notNull())
    .addColumn('settings', t.json, (c) => c.notNull())
    .addColumn('secrets_encrypted', 'text')
    .addColumn('outside_sender', 'text', (c) => c.notNull())
    .addColumn('health_minutes', 'integer', (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('last_success_at', t.instant)
    .addColumn('last_message_at', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', t.instant)
    .addColumn('token_failed_at', t.instant)
    .addColumn('alerted_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inbound_messages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('mailbox_id', t.id, (c) => c.notNull().references('mailboxes.id'))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('raw', t.bytes, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', t.instant, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('from_address', 'text')
    .addColumn('from_name', 'text')
    .addColumn('subject', 'text')
    .addColumn('sent_at', t.instant)
    .addColumn('in_reply_to', t.json)
    .addColumn('reference_ids', t.json)
    .addColumn('full_text', 'text')
    .addColumn('visible_text', 'text')
    .addColumn('html', 'text')
    .addColumn('auto', t.json)
    .addColumn('bounce', t.json)
    .addColumn('fraud_score', 'integer')
    .addColumn('fraud_flagged', t.bool)
    .addColumn('fraud_reasons', t.json)
    .addColumn('notes', t.json)
    .addColumn('organization_id', t.id)
    .addColumn('contact_id', t.id)
    .addColumn('ticket_id', t.id)
    .addColumn('ticket_message_id', t.id)
    .addColumn('disposition', 'text')
    .addColumn('disposition_detail', t.json)
    .addColumn('processed_at', t.instant)
    .execute();
  await db.schema.createIndex('inbound_messages_state').on('inbound_messages').columns(['state', 'received_at']).execute();
  await db.schema.createIndex('inbound_messages_message_id').on('inbound_messages').column('message_id').execute();
  await db.schema.createIndex('inbound_messages_ticket').on('inbound_messages').columns(['ticket_id', 'received_at']).execute();
  await db.schema.createIndex('inbound_messages_disposition').on('inbound_messages').columns(['disposition', 'received_at']).execute();
  await db.schema.createIndex('inbound_messages_sender').on('inbound_messages').columns(['from_address', 'received_at']).execute();

  await db.schema
    .createTable('inbound_attachments')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('inbound_message_id', t.id, (c) => c.notNull().references('inbound_messages.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text')
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content_id', 'text')
    .addColumn('inline', t.bool, (c) => c.notNull())
    .addColumn('from_tnef', t.bool, (c) => c.notNull())
    .addColumn('content', t.bytes)
    .execute();
  await db.schema.createIndex('inbound_attachments_message').on('inbound_attachments').columns(['inbound_message_id', 'position']).execute();

  await db.schema
    .createTable('outbound_mail')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('mailbox_id', t.id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('ticket_message_id', t.id)
    .addColumn('contact_id', t.id)
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text')
    .addColumn('from_name', 'text')
    .addColumn('auto_submitted', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('in_reply_to', 'text')
    .addColumn('reference_ids', t.json, (c) => c.notNull())
    .addColumn('auto', t.bool, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('send_after', t.instant, (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('bounce', t.json)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('sent_at', t.instant)
    .addColumn('bounced_at', t.instant)
    .execute();
  await db.schema.createIndex('outbound_mail_due').on('outbound_mail').columns(['status', 'send_after']).execute();
  await db.schema.createIndex('outbound_mail_ticket').on('outbound_mail').columns(['ticket_id', 'created_at']).execute();
  await db.schema.createIndex('outbound_mail_recipient').on('outbound_mail').columns(['to_address', 'created_at']).execute();

  await db.schema
    .createTable('mail_ticket_cursors')
    .addColumn('ticket_id', t.id, (c) => c.primaryKey())
    .addColumn('last_event_id', t.bigint, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mail_address_bounces')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', t.id)
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text')
    .addColumn('hard', t.bool, (c) => c.notNull())
    .addColumn('diagnostic', 'text', (c) => c.notNull())
    .addColumn('inbound_message_id', t.id, (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_address_bounces_contact').on('mail_address_bounces').column('contact_id').execute();

  await db.schema
    .createTable('mail_templates')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', t.id)
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text')
    .addColumn('signature', 'text')
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}
