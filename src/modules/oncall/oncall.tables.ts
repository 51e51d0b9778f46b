/**
 * Row types of the on-call tables (migration 005-oncall), kept in src/migrations/tables.ts. Instants are ISO-8601 strings on both dialects; `layers` is JSON written
 * as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../migrations/tables.js';

import type { OncallOverrideTable, OncallScheduleTable } from '../../migrations/tables.js';

export type { OncallOverrideTable, OncallScheduleTable };

/** The on-call tables by name. */
export interface OncallTables {
  oncall_schedules: OncallScheduleTable;
  oncall_overrides: OncallOverrideTable;
}

/** A database handle that knows the on-call tables (until they are merged into `Database`). */
export type OncallDb = Kysely<Database & OncallTables>;
