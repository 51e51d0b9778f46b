import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Two things a client must not get past:
 *
 * - `ticket_search.client_visible`: whether a searchable text is one a client may read (the
 *   subject, a merged ticket's subject, a ticket's description, a public reply) or staff-only (an
 *   internal note, a call log). A client's search matches only visible texts. New rows must say
 *   so; the default is false, so a text nobody classified stays out of clients' searches.
 * - `instance_keys`: random keys shared by every node through the database, created on first
 *   use; the first one signs paging cursors (docs/adr/0004-signed-cursors.md).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('ticket_search').addColumn('client_visible', t.bool, (c) => c.notNull().defaultTo(sql.lit(dialect === 'sqlite' ? 0 : false))).execute();
  await sql`UPDATE ticket_search SET client_visible = ${sql.lit(dialect === 'sqlite' ? 1 : true)}
    WHERE source = 'subject' OR source LIKE 'merged:%' OR source IN (SELECT id FROM messages WHERE kind IN ('reply', 'description'))`.execute(db);
  await db.schema
    .createTable('instance_keys')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
}
