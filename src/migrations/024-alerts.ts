import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Monitoring and RMM alerts (issue 12, item 7), owned by the alerts module:
 *
 * - `alert_sources`: a webhook sender (generic JSON, Alertmanager, Uptime Kuma, NinjaOne), bound
 *   to one client or MSP-wide with a map from a label's value to a client; its token stored hashed.
 * - `heartbeats`: a job that must report every N minutes, with its own token.
 * - `alerts`: one row per de-duplication identity (source, client, key): the fold of every alert
 *   received for it — counts, last seen, state, flapping — and the ticket it keeps.
 * - `suspected_incidents` and their clients: many clients alerting with one signature in a short
 *   window, proposed as one incident.
 *
 * The alerts row is written on every received alert, so it carries no foreign keys and only
 * indexes on columns that change on state transitions, not on every repeat.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('alert_sources')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('client_label', 'text', (c) => c.notNull())
    .addColumn('client_map', t.json, (c) => c.notNull())
    .addColumn('fallback_organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('severity_map', t.json, (c) => c.notNull())
    .addColumn('default_priority', 'text', (c) => c.notNull())
    .addColumn('resolve_on_recovery', t.bool, (c) => c.notNull())
    .addColumn('flap_changes', 'integer', (c) => c.notNull())
    .addColumn('flap_window_minutes', 'integer', (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('heartbeats')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('interval_minutes', 'integer', (c) => c.notNull())
    .addColumn('grace_minutes', 'integer', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('resolve_on_recovery', t.bool, (c) => c.notNull())
    .addColumn('enabled', t.bool, (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('last_ping_at', t.instant)
    .addColumn('last_status', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('heartbeats_org_name', ['organization_id', 'name'])
    .execute();

  await db.schema
    .createTable('alerts')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('fold_key', 'text', (c) => c.notNull().unique())
    .addColumn('source_id', t.id)
    .addColumn('heartbeat_id', t.id)
    .addColumn('organization_id', t.id, (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('host', 'text')
    .addColumn('check_name', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('observed_state', 'text', (c) => c.notNull())
    .addColumn('flapping', t.bool, (c) => c.notNull())
    .addColumn('changes', t.json, (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('folded', 'integer', (c) => c.notNull())
    .addColumn('first_seen_at', t.instant, (c) => c.notNull())
    .addColumn('last_seen_at', t.instant, (c) => c.notNull())
    .addColumn('last_fired_at', t.instant)
    .addColumn('last_change_at', t.instant)
    .addColumn('event_at', t.instant)
    .addColumn('ticket_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // Clients alerting with one signature lately (suspected incidents); written on transitions only.
  await db.schema.createIndex('alerts_signature_fired').on('alerts').columns(['signature', 'last_fired_at']).execute();
  await db.schema.createIndex('alerts_created').on('alerts').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('alerts_org_created').on('alerts').columns(['organization_id', 'created_at', 'id']).execute();

  await db.schema
    .createTable('suspected_incidents')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('first_alert_at', t.instant, (c) => c.notNull())
    .addColumn('last_alert_at', t.instant, (c) => c.notNull())
    .addColumn('client_count', 'integer', (c) => c.notNull())
    .addColumn('dismissed_by', t.id)
    .addColumn('dismissed_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // At most one open proposal per signature, also when two nodes see the storm at once.
  await sql`CREATE UNIQUE INDEX suspected_incidents_open ON suspected_incidents (signature) WHERE status = 'proposed'`.execute(db);
  await db.schema.createIndex('suspected_incidents_status').on('suspected_incidents').columns(['status', 'last_alert_at', 'id']).execute();
  await db.schema
    .createTable('suspected_incident_clients')
    .addColumn('incident_id', t.id, (c) => c.notNull().references('suspected_incidents.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull())
    .addColumn('alert_id', t.id, (c) => c.notNull())
    .addColumn('first_alert_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('suspected_incident_clients_pk', ['incident_id', 'organization_id'])
    .execute();
}
