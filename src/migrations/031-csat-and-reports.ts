import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Client satisfaction and the owner's reports (issue 13, items 6 and 7):
 *
 * - `csat_surveys` (csat module): one survey per ticket, offered when the ticket is first resolved,
 *   with who the rating is about as the ticket stood then (its technician, team and client), the
 *   client's rating (good, okay or bad) and comment once given, and the follow-up ticket a low
 *   rating opened.
 * - `report_alerts` (reports module): the state of each rolling alert (the FCR rate below its
 *   target), so an owner is told once per drop rather than on every check.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('csat_surveys')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().unique().references('tickets.id'))
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('technician_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('team_id', t.id, (c) => c.references('teams.id'))
    .addColumn('offered_at', t.instant, (c) => c.notNull())
    .addColumn('closes_at', t.instant, (c) => c.notNull())
    .addColumn('rating', 'text')
    .addColumn('comment', 'text')
    .addColumn('rated_at', t.instant)
    .addColumn('rated_by_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('follow_up_ticket_id', t.id, (c) => c.references('tickets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  // The scores read ratings by when they were given.
  await db.schema.createIndex('csat_surveys_rated').on('csat_surveys').columns(['rated_at', 'rating']).execute();

  await db.schema
    .createTable('report_alerts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('value', 'real')
    .addColumn('changed_at', t.instant, (c) => c.notNull())
    .addColumn('checked_at', t.instant, (c) => c.notNull())
    .execute();
}
