import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * The wire-fraud guard's workflow (issue 15, item 8; the fraud-checks module's tables):
 *
 * - `fraud_flags`: a ticket flagged *verify by phone* — why (score, reasons), who the message
 *   claimed to be, and the call-back's outcome (who called, when, which number, where it came from).
 * - `fraud_lookalike_domains`: look-alike domains confirmed as fraud at any client.
 * - `fraud_seen_domains`: sender domains each client has had mail from.
 * - `fraud_settings`: a client's flag threshold when it is not the default.
 * - `fraud_warnings`: the portal banner that warns a client's users of a confirmed fraud.
 * - `organizations.main_phone` (the clients module's table): the client's main number, the number
 *   on file to call back when the purported sender has none of their own.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('organizations').addColumn('main_phone', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('main_phone_extension', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema
    .createTable('fraud_flags')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('score', 'integer')
    .addColumn('threshold', 'integer')
    .addColumn('reasons', t.json, (c) => c.notNull())
    .addColumn('sender_address', 'text')
    .addColumn('sender_name', 'text')
    .addColumn('raised_by', t.id, (c) => c.references('users.id'))
    .addColumn('raised_at', t.instant, (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('called_by', t.id, (c) => c.references('users.id'))
    .addColumn('called_at', t.instant)
    .addColumn('number_called', 'text')
    .addColumn('number_source', 'text')
    .addColumn('where_found', 'text')
    .addColumn('call_note', 'text')
    .addColumn('recorded_at', t.instant)
    .execute();
  await db.schema.createIndex('fraud_flags_ticket').on('fraud_flags').columns(['ticket_id', 'raised_at']).execute();
  // One flag per inbound message: an intake that retries after a crash flags it once.
  await db.schema.createIndex('fraud_flags_message').on('fraud_flags').columns(['ticket_id', 'message_id']).unique().execute();

  await db.schema
    .createTable('fraud_lookalike_domains')
    .addColumn('domain', 'text', (c) => c.primaryKey())
    .addColumn('flag_id', t.id, (c) => c.notNull().references('fraud_flags.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('confirmed_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fraud_seen_domains')
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', t.instant, (c) => c.notNull())
    .addColumn('last_seen_at', t.instant, (c) => c.notNull())
    .addColumn('messages', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('fraud_seen_domains_pk', ['organization_id', 'domain'])
    .execute();

  await db.schema
    .createTable('fraud_settings')
    .addColumn('organization_id', t.id, (c) => c.primaryKey().references('organizations.id'))
    .addColumn('threshold', 'integer', (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('fraud_warnings')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('flag_id', t.id, (c) => c.notNull().references('fraud_flags.id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('ended_at', t.instant)
    .execute();
  // The portal reads a client's active warnings on every page load.
  await db.schema.createIndex('fraud_warnings_organization').on('fraud_warnings').columns(['organization_id', 'active', 'created_at']).execute();
}
