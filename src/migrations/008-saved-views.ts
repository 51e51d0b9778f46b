import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** Saved views: a person's named queue with its filters, private or shared with every staff member. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('saved_views')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('owner_user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('filters', t.json, (c) => c.notNull())
    .addColumn('shared', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('saved_views_owner_name', ['owner_user_id', 'name'])
    .execute();
}
