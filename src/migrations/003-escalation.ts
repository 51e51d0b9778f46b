import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** Escalation policies, running ladders, people's contact methods, and the notification outbox. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  const no = dialect === 'sqlite' ? 0 : false;

  await db.schema
    .createTable('escalation_policies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('match', t.json, (c) => c.notNull())
    .addColumn('steps', t.json, (c) => c.notNull())
    .addColumn('repeat', t.json, (c) => c.notNull())
    .addColumn('active', t.bool, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  // A ladder running on a ticket, with the policy as it was when it triggered.
  await db.schema
    .createTable('escalations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('policy_id', t.id, (c) => c.notNull())
    .addColumn('policy_snapshot', t.json, (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('next_step', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('started_at', t.instant, (c) => c.notNull())
    .addColumn('last_step_at', t.instant)
    .addColumn('next_step_at', t.instant)
    .addColumn('acknowledged_by', t.id)
    .addColumn('acknowledged_at', t.instant)
    .addColumn('ended_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('escalations_ticket').on('escalations').columns(['ticket_id', 'state']).execute();

  await db.schema
    .createTable('contact_methods')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.id'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('delay_minutes', 'integer', (c) => c.notNull())
    .addColumn('disabled', t.bool, (c) => c.notNull().defaultTo(no))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_methods_user').on('contact_methods').column('user_id').execute();

  // The outbox. The unique key makes "queued exactly once" a database fact.
  await db.schema
    .createTable('notifications')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('escalation_id', t.id, (c) => c.notNull())
    .addColumn('ticket_id', t.id, (c) => c.notNull())
    .addColumn('step', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('recipient_user_id', t.id, (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('requires_ack', t.bool, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('send_after', t.instant, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', t.instant)
    .addColumn('provider', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('sent_at', t.instant)
    .execute();
  await db.schema.createIndex('notifications_due').on('notifications').columns(['status', 'send_after']).execute();
  await db.schema.createIndex('notifications_ticket').on('notifications').column('ticket_id').execute();
  await db.schema.createIndex('notifications_provider_id').on('notifications').column('provider_message_id').execute();

  await db.schema
    .createTable('delivery_attempts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('notification_id', t.id, (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('provider_message_id', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('delivery_attempts_notification').on('delivery_attempts').column('notification_id').execute();
}
