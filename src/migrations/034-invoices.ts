import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Invoices (issue 13, item 4), owned by the invoices module:
 *
 * - `invoice_settings`: per client, the tax rate in basis points (2000 = 20%) and its name, the
 *   payment terms in days and the customer name the accounting system knows the client by.
 * - `invoice_runs`: a run over a period of days (`period_from`..`period_to` inclusive, in each
 *   client's time zone), for every client or one; draft → approved → sent / exported, or discarded.
 * - `invoices`: one per client and run, in the client's currency; the number (`seq`, unique) is
 *   given on approval, so discarded drafts leave no gaps. Money in integer minor units.
 * - `invoice_lines`: flat fees, chargeable time, block hours and overage, and goodwill ($0 with
 *   the value waived); a time or goodwill line names its time entry and the entry's version as the
 *   draft read it, so approval can tell the entry changed since.
 * - `invoice_exports`: each accounting export file made of a run, kept as made.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('invoice_settings')
    .addColumn('organization_id', t.id, (c) => c.primaryKey().references('organizations.id'))
    .addColumn('tax_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('tax_name', 'text', (c) => c.notNull())
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull())
    .addColumn('customer_name', 'text')
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('invoice_runs')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('approved_by', t.id, (c) => c.references('users.id'))
    .addColumn('approved_at', t.instant)
    .addColumn('sent_at', t.instant)
    .addColumn('exported_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoice_runs_created').on('invoice_runs').column('created_at').execute();

  await db.schema
    .createTable('invoices')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('run_id', t.id, (c) => c.notNull().references('invoice_runs.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('seq', 'integer', (c) => c.unique())
    .addColumn('number', 'text')
    .addColumn('customer_name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('payment_terms_days', 'integer', (c) => c.notNull())
    .addColumn('subtotal_minor', t.bigint, (c) => c.notNull())
    .addColumn('tax_rate_bp', 'integer', (c) => c.notNull())
    .addColumn('tax_name', 'text', (c) => c.notNull())
    .addColumn('tax_minor', t.bigint, (c) => c.notNull())
    .addColumn('total_minor', t.bigint, (c) => c.notNull())
    .addColumn('goodwill_minor', t.bigint, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoices_run').on('invoices').columns(['run_id', 'organization_id']).execute();

  await db.schema
    .createTable('invoice_lines')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('invoice_id', t.id, (c) => c.notNull().references('invoices.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_minor', t.bigint, (c) => c.notNull())
    .addColumn('amount_minor', t.bigint, (c) => c.notNull())
    .addColumn('value_minor', t.bigint, (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .addColumn('rate_minor', 'integer')
    .addColumn('multiplier_percent', 'integer')
    .addColumn('contract_id', t.id)
    .addColumn('month', 'text')
    .addColumn('entry_id', t.id)
    .addColumn('entry_version', 'integer')
    .execute();
  await db.schema.createIndex('invoice_lines_invoice').on('invoice_lines').columns(['invoice_id', 'position']).execute();
  // Approved fees and overage are looked up by contract and month, so a month is billed once.
  await db.schema.createIndex('invoice_lines_contract_month').on('invoice_lines').columns(['contract_id', 'month', 'kind']).execute();

  await db.schema
    .createTable('invoice_exports')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('run_id', t.id, (c) => c.notNull().references('invoice_runs.id'))
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invoice_exports_run').on('invoice_exports').column('run_id').execute();
}
