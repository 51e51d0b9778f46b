import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** Calendars, SLA policies, contracts with coverage rules, ticket clocks and the deadline table. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('calendars')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('spec', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sla_policies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('targets', t.json, (c) => c.notNull())
    .addColumn('warning_percent', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sla_policy_id', t.id, (c) => c.notNull().references('sla_policies.id'))
    .addColumn('coverage', t.json, (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contracts_organization').on('contracts').columns(['organization_id', 'active']).execute();

  await db.schema
    .createTable('ticket_clocks')
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('calendar_id', t.id, (c) => c.notNull())
    .addColumn('target_minutes', 'integer', (c) => c.notNull())
    .addColumn('elapsed_minutes', 'real', (c) => c.notNull())
    .addColumn('paused_ms', t.bigint, (c) => c.notNull())
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('stopped_at', t.instant)
    .addColumn('due_at', t.instant)
    .addColumn('warn_at', t.instant)
    .addColumn('organization_id', t.id, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_clocks_pk', ['ticket_id', 'clock'])
    .execute();
  await db.schema.createIndex('ticket_clocks_report').on('ticket_clocks').columns(['organization_id', 'started_at']).execute();

  // Events moved by a merge remember the ticket they happened on, so the target's clocks are not
  // driven by the source's history.
  await db.schema.alterTable('ticket_events').addColumn('origin_ticket_id', t.id).execute();

  // The nearest due time of a running clock, for the "at risk" queue.
  await db.schema.alterTable('tickets').addColumn('sla_due_at', t.instant).execute();
  await db.schema.createIndex('tickets_sla_due').on('tickets').columns(['sla_due_at', 'id']).execute();

  // Every deadline of the engine: id is deterministic per (kind, subject, round), so re-arming
  // the same deadline updates one row, and a handled one is never handled twice.
  await db.schema
    .createTable('deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', t.id, (c) => c.notNull())
    .addColumn('due_at', t.instant, (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', t.instant)
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('done_at', t.instant)
    .addColumn('outcome', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await sql`CREATE INDEX deadlines_pending ON deadlines (due_at) WHERE done_at IS NULL`.execute(db);
  await db.schema.createIndex('deadlines_subject').on('deadlines').columns(['subject_id', 'kind']).execute();

  // One row per notice that fired: the unique key makes "exactly once" a database fact.
  await db.schema
    .createTable('sla_notices')
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('clock', 'text', (c) => c.notNull())
    .addColumn('cycle', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('node', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_notices_pk', ['ticket_id', 'clock', 'cycle', 'kind'])
    .execute();
}
