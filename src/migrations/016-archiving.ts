import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Client organisations, sites and contacts can be archived: hidden from lists and caller search,
 * refused for new tickets, their tickets kept. Null is active; the instant says when it was archived.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  for (const table of ['organizations', 'sites', 'contacts']) {
    await db.schema.alterTable(table).addColumn('archived_at', t.instant).execute();
  }
}
