import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * The demo outbox (notify module): every message the `demo` provider "sent", as it was composed at
 * send time — method, address, subject, the full text and the signed acknowledge link — because the
 * notifications row keeps only the page's own subject and body, not the bundled text or the link
 * (docs/adr/0015-demo-outbox-table.md). Nothing here ever leaves the machine.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('demo_messages')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('notification_id', t.id, (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('ack_url', 'text')
    .addColumn('at', t.instant, (c) => c.notNull())
    .execute();
  // The viewer lists newest first and pages on (at, id).
  await db.schema.createIndex('demo_messages_at').on('demo_messages').columns(['at', 'id']).execute();
}
