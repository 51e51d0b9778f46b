/**
 * Row types of the backups tables (migration 037-backups), owned by the backups module: only its
 * repository names them in SQL. Instants are ISO-8601 strings on both dialects; dates `YYYY-MM-DD`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface BackupJobTable {
  id: string;
  organization_id: string;
  name: string;
  /** `veeam`, `acronis`, `datto`, `windows_server_backup` or `other`: which email subjects are read. */
  product: string;
  protects: string;
  asset_id: string | null;
  rpo_hours: number;
  /** Expected schedule: every N hours, or daily at `HH:MM` in the client's time zone (or neither). */
  every_hours: number | null;
  daily_at: string | null;
  grace_minutes: number;
  resolve_on_success: unknown;
  /** Email reports count without a DMARC pass (migration 041). */
  accept_unauthenticated: unknown;
  /** The address the job's email reports come from (lower case); null: it reports by webhook only. */
  report_from: string | null;
  /** The job's name as its reports spell it; '' matches any. */
  report_name: string;
  /** The job's own subject pattern, in place of its product's. */
  subject_pattern: string | null;
  token_hash: string;
  token_prefix: string;
  last_result_at: string | null;
  last_status: string | null;
  last_message: string | null;
  last_success_at: string | null;
  /** The open ticket a stale or failed backup opened. */
  ticket_id: string | null;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface BackupResultTable {
  id: string;
  job_id: string;
  status: string;
  finished_at: string;
  size_bytes: number | null;
  message: string;
  /** `webhook` or `email`. */
  source: string;
  /** Why an email report did not count; null when it did (migration 041). */
  unverified: string | null;
  received_at: string;
}

export interface RestoreTestTable {
  id: string;
  organization_id: string;
  job_id: string;
  tested_on: string;
  /** `success`, `partial` or `failed`. */
  result: string;
  duration_minutes: number;
  tested_by: string | null;
  notes: string;
  created_at: string;
}

export interface DrPlanTable {
  organization_id: string;
  rto_hours: number;
  decider_contact_id: string | null;
  /** `{ [dependencyId]: fallback }`. */
  fallbacks: unknown;
  notes: string;
  last_reviewed_on: string | null;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

/** The backups tables by name. */
export type BackupTables = {
  backup_jobs: BackupJobTable;
  backup_results: BackupResultTable;
  restore_tests: RestoreTestTable;
  dr_plans: DrPlanTable;
};

/** A database handle that knows the backups tables. */
export type BackupDb = Kysely<Database & BackupTables>;

/** The same handle (or transaction), typed with the backups tables. */
export function backupDb(db: Db): BackupDb {
  return db.withTables<BackupTables>();
}
