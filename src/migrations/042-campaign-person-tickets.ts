import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Time on a rollout campaign's people (issue 13 item 2, issue 14 item 1), owned by the campaigns
 * module: `campaign_people.ticket_id` is the one ticket a person's campaign work is logged on,
 * opened when the first time is logged (null until then). Billing prices and waives the time on
 * that ticket as on any other; a bulk waive by campaign reads the tickets from this column.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('campaign_people').addColumn('ticket_id', t.id, (c) => c.references('tickets.id')).execute();
}
