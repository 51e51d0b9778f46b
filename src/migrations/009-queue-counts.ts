import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';

/**
 * Queue counts: one index over the columns the console's queues filter on, status first. The open
 * statuses are a small slice of a desk's history, so counting "mine", "my team", "unassigned",
 * "at risk" or one client's open tickets reads a short range of this index and no table rows.
 */
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await sql`CREATE INDEX tickets_status_cover ON tickets (status, assignee_id, team_id, organization_id, priority, sla_due_at)`.execute(db);
}
