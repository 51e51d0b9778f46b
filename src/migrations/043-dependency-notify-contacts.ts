import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Who at a client hears of an incident on a service it depends on (issue 12, item 3): the vendors
 * module's `dependencies` gain `notify_contact_ids`, the client's contacts chosen for that service
 * (`[]`: nobody chosen, and the incident's mail goes to the client's VIPs, else everyone).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('dependencies').addColumn('notify_contact_ids', t.json, (c) => c.notNull().defaultTo('[]')).execute();
}
