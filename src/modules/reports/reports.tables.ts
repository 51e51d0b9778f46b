/**
 * Row types of the reports module's own table (migration 031-csat-and-reports): the state of each
 * rolling alert. Only reports.repository.ts names it in SQL.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface ReportAlertTable {
  /** Which alert: `fcr` (the rolling FCR rate below its target). */
  key: string;
  /** ok or below. */
  state: string;
  /** The figure at the last check (the rate, in percent); null when there was none. */
  value: number | null;
  /** When the state last changed. */
  changed_at: string;
  checked_at: string;
}

/** The reports tables by name (a type alias: `withTables` needs its implicit index signature). */
export type ReportTables = {
  report_alerts: ReportAlertTable;
};

/** The same handle (or transaction), typed with the reports tables. */
export function reportsDb(db: Db): Kysely<Database & ReportTables> {
  return db.withTables<ReportTables>();
}
