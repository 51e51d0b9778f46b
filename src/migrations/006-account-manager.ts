import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/** Each client organisation may name the MSP staff member who manages the account. */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('organizations').addColumn('account_manager_id', t.id, (c) => c.references('users.id')).execute();
}
