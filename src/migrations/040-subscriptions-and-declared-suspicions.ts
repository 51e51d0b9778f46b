import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Subscriptions to the status pages (issue 12, item 3), owned by the incidents module:
 *
 * - `status_subscriptions`: who follows the public page (`organization_id` null) or one client's
 *   page — an email address (double opt-in: `pending` until its confirmation link is used) or a
 *   webhook URL with its signing secret (kept encrypted with the secret key). `failures` counts the
 *   deliveries refused or given up on in a row; enough of them stop the subscription.
 * - `status_deliveries`: the webhook outbox: one row per subscription and event (an update, a
 *   resolution), its payload, attempts and outcome; retried on the engine's deadlines.
 *
 * And, owned by the alerts module: `suspected_incidents.incident_id`, `declared_by`, `declared_at` —
 * the incident a suspected incident was declared as (status `declared`), by whom and when.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('suspected_incidents').addColumn('incident_id', t.id, (c) => c.references('incidents.id')).execute();
  await db.schema.alterTable('suspected_incidents').addColumn('declared_by', t.id, (c) => c.references('users.id')).execute();
  await db.schema.alterTable('suspected_incidents').addColumn('declared_at', t.instant).execute();
  await db.schema
    .createTable('status_subscriptions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('url', 'text')
    .addColumn('secret_encrypted', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('stop_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', t.id, (c) => c.references('users.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('confirmed_at', t.instant)
    .addColumn('ended_at', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // An update looks up the live subscriptions of the public page and of each client it touches.
  await db.schema.createIndex('status_subscriptions_page').on('status_subscriptions').columns(['organization_id', 'state']).execute();

  await db.schema
    .createTable('status_deliveries')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('subscription_id', t.id, (c) => c.notNull().references('status_subscriptions.id'))
    .addColumn('event_key', 'text', (c) => c.notNull())
    .addColumn('payload', t.json, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_status', 'integer')
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('delivered_at', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // One delivery per subscription and event, whatever retries of the request that queued it.
  await db.schema.createIndex('status_deliveries_event').unique().on('status_deliveries').columns(['subscription_id', 'event_key']).execute();
}
