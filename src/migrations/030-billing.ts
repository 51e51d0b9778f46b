import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Contracts that bill (issue 13, items 1–3), owned by the billing module:
 *
 * - `billing_accounts`: a client's billing currency (ISO 4217); a client without a row is billed in
 *   the configured default.
 * - `billing_terms`: one row per contract (the contract itself is the sla module's): kind, flat
 *   fee, block hours and rollover, rates per work type, the after-hours multiplier, minimum and
 *   increment with the rounding mode, and the scope. Money is integer minor units of `currency`.
 * - `billing_timers`: the running timer of each person — the primary key makes it one at a time.
 * - `billing_time_entries`: time on a ticket with its classification, the reason, the rate and
 *   value worked out when it was logged, who waived it as goodwill and why; `invoice_id` and
 *   `invoiced_at` stay null until an invoice run (issue 13, item 4) bills the entry, so a repeated
 *   run never bills it twice.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('billing_accounts')
    .addColumn('organization_id', t.id, (c) => c.primaryKey().references('organizations.id'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('billing_terms')
    .addColumn('contract_id', t.id, (c) => c.primaryKey().references('contracts.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('flat_fee_basis', 'text')
    .addColumn('flat_fee_minor', 'integer')
    .addColumn('block_minutes', 'integer')
    .addColumn('rollover', 'text')
    .addColumn('rollover_cap_minutes', 'integer')
    .addColumn('low_balance_minutes', 'integer')
    .addColumn('default_rate_minor', 'integer', (c) => c.notNull())
    .addColumn('work_types', t.json, (c) => c.notNull())
    .addColumn('after_hours_percent', 'integer', (c) => c.notNull())
    .addColumn('minimum_minutes', 'integer', (c) => c.notNull())
    .addColumn('increment_minutes', 'integer', (c) => c.notNull())
    .addColumn('rounding', 'text', (c) => c.notNull())
    .addColumn('scope', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', t.id, (c) => c.references('users.id'))
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_terms_organization').on('billing_terms').column('organization_id').execute();

  await db.schema
    .createTable('billing_timers')
    .addColumn('user_id', t.id, (c) => c.primaryKey().references('users.id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('work_type', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('billing_time_entries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('billed_minutes', 'integer', (c) => c.notNull())
    .addColumn('work_type', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('classification', 'text', (c) => c.notNull())
    .addColumn('coverage', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('after_hours', t.bool, (c) => c.notNull())
    .addColumn('rate_minor', 'integer', (c) => c.notNull())
    .addColumn('multiplier_percent', 'integer', (c) => c.notNull())
    .addColumn('value_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('waive_reason', 'text')
    .addColumn('waived_by', t.id, (c) => c.references('users.id'))
    .addColumn('waived_at', t.instant)
    .addColumn('invoice_id', t.id)
    .addColumn('invoiced_at', t.instant)
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_time_entries_ticket').on('billing_time_entries').columns(['ticket_id', 'started_at']).execute();
  // The goodwill ledger and the coming invoice run read a client's entries by classification and month.
  await db.schema.createIndex('billing_time_entries_client').on('billing_time_entries').columns(['organization_id', 'classification', 'started_at']).execute();
}
