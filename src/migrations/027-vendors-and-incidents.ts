import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Vendors and vendor incidents (issue 12, items 1 and 2).
 *
 * Owned by the vendors module:
 * - `vendors`: a supplier the MSP's clients depend on, with its support contacts, portal and the
 *   account numbers it knows the MSP by.
 * - `vendor_services`: what a vendor provides ("Hosted desktops", "Microsoft 365").
 * - `dependencies`: which client (and, optionally, which of its sites) depends on which service,
 *   for what, how critically, and its fallback with a checklist of workaround steps.
 *
 * Owned by the incidents module:
 * - `incidents`: a declared vendor outage, the parent of one child ticket per impacted client;
 *   `declaring` until every child is written (in chunks), then `open`.
 * - `incident_services`: the services an incident is about.
 * - `incident_children`: per impacted client, its child ticket (created or attached), its
 *   workaround checklist as it was when declared, which steps are done, and its workaround state.
 * The incident also keeps the vendor's own ticket number, who we spoke to there, and when the
 * vendor promised the service back.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('vendors')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('portal_url', 'text', (c) => c.notNull())
    .addColumn('support_contacts', t.json, (c) => c.notNull())
    .addColumn('account_numbers', t.json, (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('vendor_services')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('vendor_id', t.id, (c) => c.notNull().references('vendors.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('vendor_services_vendor_name', ['vendor_id', 'name'])
    .execute();

  await db.schema
    .createTable('dependencies')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('service_id', t.id, (c) => c.notNull().references('vendor_services.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('criticality', 'text', (c) => c.notNull())
    .addColumn('fallback', 'text', (c) => c.notNull())
    .addColumn('workaround_steps', t.json, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // One dependency per service, client and site (or the client as a whole): a NULL site would not
  // collide in a plain unique constraint on either database.
  await sql`CREATE UNIQUE INDEX dependencies_service_client_site ON dependencies (service_id, organization_id, COALESCE(site_id, ''))`.execute(db);
  // A client's page lists its dependencies.
  await db.schema.createIndex('dependencies_client').on('dependencies').columns(['organization_id', 'id']).execute();

  await db.schema
    .createTable('incidents')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('declared_by', t.id, (c) => c.references('users.id'))
    .addColumn('declared_at', t.instant, (c) => c.notNull())
    .addColumn('client_count', 'integer', (c) => c.notNull())
    .addColumn('vendor_ticket', 'text', (c) => c.notNull())
    .addColumn('vendor_contact', 'text', (c) => c.notNull())
    .addColumn('vendor_promised_at', t.instant)
    .addColumn('declare_key', 'text')
    .addColumn('request_hash', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_declared').on('incidents').columns(['declared_at', 'id']).execute();
  // A retried declaration (its Idempotency-Key) finds the incident it started, to answer or finish it.
  await db.schema.createIndex('incidents_declare_key').on('incidents').columns(['declared_by', 'declare_key']).unique().execute();

  await db.schema
    .createTable('incident_services')
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incidents.id'))
    .addColumn('service_id', t.id, (c) => c.notNull().references('vendor_services.id'))
    .addPrimaryKeyConstraint('incident_services_pk', ['incident_id', 'service_id'])
    .execute();

  await db.schema
    .createTable('incident_children')
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incidents.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('attached', t.bool, (c) => c.notNull())
    .addColumn('criticality', 'text', (c) => c.notNull())
    .addColumn('workaround_steps', t.json, (c) => c.notNull())
    .addColumn('workaround_state', 'text', (c) => c.notNull())
    .addColumn('steps_done', t.json, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_children_pk', ['incident_id', 'organization_id'])
    .execute();
  // A ticket is the child of an incident at most once.
  await db.schema.createIndex('incident_children_ticket').on('incident_children').columns(['ticket_id', 'incident_id']).unique().execute();
}
