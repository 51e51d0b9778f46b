import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Test pages in the notification outbox: a notification has a kind (`page` for a ladder's page,
 * `test` for "send me a test page") and a test page belongs to no ladder or ticket, so
 * `escalation_id` and `ticket_id` may be null. SQLite cannot drop NOT NULL, so it rebuilds the
 * table (one transaction: a crash leaves the old table whole); PostgreSQL alters it in place.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE notifications ALTER COLUMN escalation_id DROP NOT NULL, ALTER COLUMN ticket_id DROP NOT NULL`.execute(db);
    await db.schema.alterTable('notifications').addColumn('kind', 'text', (c) => c.notNull().defaultTo('page')).execute();
  } else {
    await rebuildOnSqlite(db, dialect);
  }
  // A person's test pages, newest first, for "send me a test page".
  await db.schema.createIndex('notifications_test_recipient').on('notifications').columns(['recipient_user_id', 'kind', 'created_at']).execute();
}

async function rebuildOnSqlite(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.transaction().execute(async (trx) => {
    await trx.schema
      .createTable('notifications_017')
      .addColumn('id', t.id, (c) => c.primaryKey())
      .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull().defaultTo('page'))
      .addColumn('escalation_id', t.id)
      .addColumn('ticket_id', t.id)
      .addColumn('step', 'integer', (c) => c.notNull())
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('recipient_user_id', t.id, (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('requires_ack', t.bool, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('send_after', t.instant, (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', t.instant)
      .addColumn('provider', 'text')
      .addColumn('provider_message_id', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('sent_at', t.instant)
      .execute();
    const columns = sql.raw(
      'id, dedupe_key, escalation_id, ticket_id, step, round, recipient_user_id, method, address, subject, body, requires_ack, status, send_after, attempts, lease_owner, lease_until, provider, provider_message_id, last_error, created_at, sent_at',
    );
    await sql`INSERT INTO notifications_017 (${columns}) SELECT ${columns} FROM notifications`.execute(trx);
    await trx.schema.dropTable('notifications').execute();
    await trx.schema.alterTable('notifications_017').renameTo('notifications').execute();
    await trx.schema.createIndex('notifications_due').on('notifications').columns(['status', 'send_after']).execute();
    await trx.schema.createIndex('notifications_ticket').on('notifications').column('ticket_id').execute();
    await trx.schema.createIndex('notifications_provider_id').on('notifications').column('provider_message_id').execute();
  });
}
