import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * CSV imports (the imports module): each uploaded file is a run with its rows as read and planned
 * (create, update, skip or error, and why), applied later in chunks; and the ids records had in
 * the system they came from, so importing the same export again finds them (ADR 0011).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('import_runs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_hash', 'text', (c) => c.notNull())
    .addColumn('file_bytes', t.bigint, (c) => c.notNull())
    .addColumn('header', t.json, (c) => c.notNull())
    .addColumn('default_time_zone', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('to_create', 'integer', (c) => c.notNull())
    .addColumn('to_update', 'integer', (c) => c.notNull())
    .addColumn('to_skip', 'integer', (c) => c.notNull())
    .addColumn('to_fix', 'integer', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('updated', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('failed', 'integer', (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('applied_by', t.id)
    .addColumn('started_at', t.instant)
    .addColumn('finished_at', t.instant)
    .addColumn('lease_until', t.instant)
    .addColumn('message', 'text')
    .execute();
  // The list of runs, newest first.
  await db.schema.createIndex('import_runs_created').on('import_runs').columns(['created_at', 'id']).execute();

  await db.schema
    .createTable('import_rows')
    .addColumn('run_id', t.id, (c) => c.notNull().references('import_runs.id').onDelete('cascade'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('changes', t.json, (c) => c.notNull())
    .addColumn('issues', t.json, (c) => c.notNull())
    .addColumn('cells', t.json, (c) => c.notNull())
    .addColumn('record_id', t.id)
    .addColumn('outcome', 'text')
    .addColumn('outcome_reason', 'text')
    .addPrimaryKeyConstraint('import_rows_pk', ['run_id', 'row_number'])
    .execute();
  // A run's rows of one action (the preview's tabs), in file order.
  await db.schema.createIndex('import_rows_action').on('import_rows').columns(['run_id', 'action', 'row_number']).execute();

  await db.schema
    .createTable('import_external_ids')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('record_id', t.id, (c) => c.notNull())
    .addColumn('run_id', t.id, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('import_external_ids_pk', ['source', 'kind', 'external_id'])
    .execute();
}
