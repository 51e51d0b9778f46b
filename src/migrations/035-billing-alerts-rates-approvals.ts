import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Contracts that bill, continued (issue 13, items 1, 2 and 5), owned by the billing module:
 *
 * - `billing_terms.block_price_minor`: what the client pays for a month's block of hours (null: the
 *   block's minutes at the default rate), so the owner's profitability report knows the contract's value.
 * - `billing_terms.role_rates`: hourly rates per staff role, optionally per work type (JSON).
 * - `billing_terms.approval_required`: chargeable work on the contract needs the client's approval.
 * - `billing_low_balance_alerts`: one row per block-hours contract and month whose balance was
 *   found at or under its threshold and the account manager was told; deleted when the balance is
 *   back above it, so the next fall tells them again.
 * - `billing_approvals`: a technician's request for the client's approval of chargeable work on a
 *   ticket, with its estimate, and the client admin's answer.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  const no = dialect === 'sqlite' ? 0 : false;
  await db.schema.alterTable('billing_terms').addColumn('block_price_minor', 'integer').execute();
  await db.schema.alterTable('billing_terms').addColumn('role_rates', t.json, (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('billing_terms').addColumn('approval_required', t.bool, (c) => c.notNull().defaultTo(no)).execute();

  await db.schema
    .createTable('billing_low_balance_alerts')
    .addColumn('contract_id', t.id, (c) => c.notNull().references('contracts.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('balance_minutes', 'integer', (c) => c.notNull())
    .addColumn('sent_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('billing_low_balance_alerts_pk', ['contract_id', 'month'])
    .execute();

  await db.schema
    .createTable('billing_approvals')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('contract_id', t.id, (c) => c.references('contracts.id'))
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('estimate_minor', t.bigint, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', t.instant, (c) => c.notNull())
    .addColumn('answered_by', t.id, (c) => c.references('users.id'))
    .addColumn('answered_at', t.instant)
    .addColumn('comment', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('billing_approvals_ticket').on('billing_approvals').columns(['ticket_id', 'requested_at']).execute();
  // The portal lists a client's requests, the pending ones first.
  await db.schema.createIndex('billing_approvals_client').on('billing_approvals').columns(['organization_id', 'status']).execute();
}
