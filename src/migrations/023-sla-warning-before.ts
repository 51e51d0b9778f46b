import type { Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';

/**
 * An SLA policy may warn a number of covered minutes before a clock is due instead of at a share
 * of its target; null keeps the percentage. Business-day targets need no column: targets are JSON.
 */
export async function up(db: Kysely<any>, _dialect: DialectName): Promise<void> {
  await db.schema.alterTable('sla_policies').addColumn('warning_before_minutes', 'integer').execute();
}
