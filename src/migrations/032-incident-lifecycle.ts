import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * A vendor incident's life after it is declared (issue 12, items 3, 5 and 6), owned by the
 * incidents module:
 *
 * - `incidents.resolved_at`, `resolved_by`: when and by whom the incident was resolved (status
 *   `resolved`).
 * - `incident_children.released_at`, `release_reason`: when the incident let the child go (detached,
 *   or kept open when the incident was resolved) and why; null while the incident owns it (its
 *   ladders held).
 * - `incident_events`: the incident's event log (declared, paged, updates, workaround and vendor
 *   changes, children detached or kept open, resolved): what the post-incident review is written from.
 * - `incident_updates`: the updates written once on the incident, shown on the status pages.
 * - `incident_reviews`: the post-incident review, Markdown and its sanitised HTML, one per incident.
 * - `incident_actions`: the review's action items: title, assignee, due date, done.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('incidents').addColumn('resolved_at', t.instant).execute();
  await db.schema.alterTable('incidents').addColumn('resolved_by', t.id, (c) => c.references('users.id')).execute();
  await db.schema.alterTable('incident_children').addColumn('released_at', t.instant).execute();
  await db.schema.alterTable('incident_children').addColumn('release_reason', 'text', (c) => c.notNull().defaultTo('')).execute();

  await db.schema
    .createTable('incident_events')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incidents.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('actor_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('data', t.json, (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_events_incident').on('incident_events').columns(['incident_id', 'at', 'id']).execute();

  await db.schema
    .createTable('incident_updates')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incidents.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('posted_by', t.id, (c) => c.references('users.id'))
    .addColumn('posted_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_updates_incident').on('incident_updates').columns(['incident_id', 'posted_at', 'id']).execute();
  // The status pages and feeds list the latest updates across incidents.
  await db.schema.createIndex('incident_updates_posted').on('incident_updates').columns(['posted_at', 'id']).execute();

  await db.schema
    .createTable('incident_reviews')
    .addColumn('incident_id', t.id, (c) => c.primaryKey().references('incidents.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('edited_by', t.id, (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('incident_actions')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('incident_id', t.id, (c) => c.notNull().references('incidents.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('assignee_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('due_on', 'text')
    .addColumn('done_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_actions_incident').on('incident_actions').columns(['incident_id', 'created_at', 'id']).execute();
}
