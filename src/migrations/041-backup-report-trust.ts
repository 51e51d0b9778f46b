import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Backup email reports believed only when they authenticate (docs/adr/0034):
 *
 * - `backup_jobs.accept_unauthenticated`: the job's email reports count without a DMARC pass (an
 *   appliance that relays without SPF/DKIM); off by default, existing jobs included.
 * - `backup_results.unverified`: why a result did not count (e.g. `dmarc_fail`), or null when it
 *   did. An unverified success is kept and shown but moves neither the last success nor the
 *   staleness deadline.
 * - `backup_jobs_ticket`: a ticket's change finds the job that raised it (re-arming a job whose
 *   ticket was resolved while it is still stale).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('backup_jobs').addColumn('accept_unauthenticated', t.bool, (c) => c.notNull().defaultTo(sql.lit(dialect === 'sqlite' ? 0 : false))).execute();
  await db.schema.alterTable('backup_results').addColumn('unverified', 'text').execute();
  await db.schema.createIndex('backup_jobs_ticket').on('backup_jobs').column('ticket_id').execute();
}
