import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Backups and DR readiness (issue 14, item 4), owned by the backups module.
 *
 * - `backup_jobs`: a client's backup job — the product, what it protects (optionally an asset),
 *   its RPO and expected schedule (every N hours, or daily at a wall time in the client's zone), the
 *   token its results are posted with (hashed), the sender and name its email reports carry, and
 *   its last result and last success; `ticket_id` is the one open ticket a stale or failed backup
 *   opened (an engine deadline, `backups.stale`, falls due when it would be stale).
 * - `backup_results`: each result received (webhook or email report).
 * - `restore_tests`: restores tried from a job, with their result and duration.
 * - `dr_plans`: a client's DR plan (one per client): RTO, who decides, the fallback for each vendor
 *   dependency (JSON, by dependency id), when it was last reviewed.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('backup_jobs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('product', 'text', (c) => c.notNull())
    .addColumn('protects', 'text', (c) => c.notNull())
    .addColumn('asset_id', t.id, (c) => c.references('assets.id'))
    .addColumn('rpo_hours', 'integer', (c) => c.notNull())
    .addColumn('every_hours', 'integer')
    .addColumn('daily_at', 'text')
    .addColumn('grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('resolve_on_success', t.bool, (c) => c.notNull())
    .addColumn('report_from', 'text')
    .addColumn('report_name', 'text', (c) => c.notNull())
    .addColumn('subject_pattern', 'text')
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('last_result_at', t.instant)
    .addColumn('last_status', 'text')
    .addColumn('last_message', 'text')
    .addColumn('last_success_at', t.instant)
    .addColumn('ticket_id', t.id, (c) => c.references('tickets.id'))
    .addColumn('archived_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('backup_jobs_organization').on('backup_jobs').columns(['organization_id', 'name', 'id']).execute();
  // Mail intake asks, for every message, whether its sender reports backups.
  await db.schema.createIndex('backup_jobs_report_from').on('backup_jobs').column('report_from').execute();

  await db.schema
    .createTable('backup_results')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('job_id', t.id, (c) => c.notNull().references('backup_jobs.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('finished_at', t.instant, (c) => c.notNull())
    .addColumn('size_bytes', t.bigint)
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('received_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('backup_results_job').on('backup_results').columns(['job_id', 'finished_at']).execute();

  await db.schema
    .createTable('restore_tests')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('job_id', t.id, (c) => c.notNull().references('backup_jobs.id'))
    .addColumn('tested_on', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('tested_by', t.id, (c) => c.references('users.id'))
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('restore_tests_organization').on('restore_tests').columns(['organization_id', 'tested_on']).execute();

  await db.schema
    .createTable('dr_plans')
    .addColumn('organization_id', t.id, (c) => c.primaryKey().references('organizations.id'))
    .addColumn('rto_hours', 'integer', (c) => c.notNull())
    .addColumn('decider_contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('fallbacks', t.json, (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('last_reviewed_on', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}
