import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';

/**
 * PostgreSQL: ticket numbers come from a sequence instead of the `counters` row. Taking the next
 * number with `UPDATE counters … RETURNING` locked that one row until the creating transaction
 * committed, so every create on every node waited for the one before it (62–104 creates/s however
 * many were in flight). `nextval` never waits; a create that fails after taking its number leaves
 * a gap. The sequence continues where the counter stopped. SQLite keeps the counter: it has one
 * writer at a time anyway, and its numbers stay gapless.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`CREATE SEQUENCE ticket_numbers AS bigint MINVALUE 1`.execute(db);
  // setval(…, n) makes the next nextval n + 1, as the counter's next number was its value + 1.
  await sql`SELECT setval('ticket_numbers', GREATEST(1, (SELECT value FROM counters WHERE name = 'ticket_number')))`.execute(db);
}
