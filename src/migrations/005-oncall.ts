import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** On-call schedules (layers of rotations, stored as JSON) and their overrides. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('oncall_schedules')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('layers', t.json, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('oncall_overrides')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('schedule_id', t.id, (c) => c.notNull().references('oncall_schedules.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('replaces_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('start_at', t.instant, (c) => c.notNull())
    .addColumn('end_at', t.instant, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  // Overrides are read per schedule for a time range: "start before the range ends" uses this index.
  await db.schema.createIndex('oncall_overrides_schedule_start').on('oncall_overrides').columns(['schedule_id', 'start_at']).execute();
}
