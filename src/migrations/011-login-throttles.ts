import type { Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Failed-login throttles in the database, so every node sharing a PostgreSQL database enforces the
 * same limit (the in-memory limiter let each node grant its own share). One row per key: an
 * account (`account:<email>`) or a client address (`ip:<address>`).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('login_throttles')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('next_attempt_at', t.instant)
    .execute();
  // The sweep deletes rows that have been quiet for a day.
  await db.schema.createIndex('login_throttles_updated').on('login_throttles').column('updated_at').execute();
}
