/** All SQL of the backups module: jobs, their results, restore tests and DR plans. */
import type { Db } from '../../platform/db/connect.js';
import { readBool, readJson } from '../../platform/db/dialect.js';
import type { BackupJob, Product, ResultStatus } from './backup.js';
import { backupDb, type BackupJobTable } from './backups.tables.js';

export interface BackupResult {
  id: string;
  jobId: string;
  status: ResultStatus;
  finishedAt: string;
  sizeBytes: number | null;
  message: string;
  source: 'webhook' | 'email';
  /** Why an email report did not count; null when it did. */
  unverified: string | null;
  receivedAt: string;
}

export interface RestoreTest {
  id: string;
  organizationId: string;
  jobId: string;
  testedOn: string;
  result: 'success' | 'partial' | 'failed';
  durationMinutes: number;
  testedBy: string | null;
  notes: string;
  createdAt: string;
}

export interface DrPlan {
  organizationId: string;
  rtoHours: number;
  deciderContactId: string | null;
  /** Dependency id → its fallback. */
  fallbacks: Record<string, string>;
  notes: string;
  lastReviewedOn: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

const toJob = (r: BackupJobTable): BackupJob => ({
  id: r.id, organizationId: r.organization_id, name: r.name, product: r.product as Product, protects: r.protects, assetId: r.asset_id, rpoHours: Number(r.rpo_hours),
  everyHours: r.every_hours === null ? null : Number(r.every_hours), dailyAt: r.daily_at, graceMinutes: Number(r.grace_minutes), resolveOnSuccess: readBool(r.resolve_on_success),
  acceptUnauthenticated: readBool(r.accept_unauthenticated),   reportFrom: r.report_from, reportName: r.report_name, subjectPattern: r.subject_pattern, tokenPrefix: r.token_prefix, lastResultAt: r.last_result_at,
  lastStatus: r.last_status as ResultStatus | null, lastMessage: r.last_message, lastSuccessAt: r.last_success_at, ticketId: r.ticket_id, archivedAt: r.archived_at,
  version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
});

const jobColumns = (j: BackupJob) => ({
  organization_id: j.organizationId, name: j.name, product: j.product, protects: j.protects, asset_id: j.assetId, rpo_hours: j.rpoHours, every_hours: j.everyHours, daily_at: j.dailyAt,
  grace_minutes: j.graceMinutes, resolve_on_success: j.resolveOnSuccess, accept_unauthenticated: j.acceptUnauthenticated, report_from: j.reportFrom, report_name: j.reportName, subject_pattern: j.subjectPattern,
  last_result_at: j.lastResultAt, last_status: j.lastStatus, last_message: j.lastMessage, last_success_at: j.lastSuccessAt, ticket_id: j.ticketId, archived_at: j.archivedAt,
  version: j.version, updated_at: j.updatedAt,
});

export async function insertJob(db: Db, j: BackupJob, tokenHash: string): Promise<void> {
  await backupDb(db).insertInto('backup_jobs').values({ id: j.id, ...jobColumns(j), token_hash: tokenHash, token_prefix: j.tokenPrefix, created_at: j.createdAt }).execute();
}

export async function findJob(db: Db, id: string): Promise<BackupJob | undefined> {
  const r = await backupDb(db).selectFrom('backup_jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toJob(r) : undefined;
}

export async function findJobByToken(db: Db, tokenHash: string): Promise<BackupJob | undefined> {
  const r = await backupDb(db).selectFrom('backup_jobs').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return r ? toJob(r) : undefined;
}

/** Saves a job if it is still at `expectedVersion`. */
export async function saveJob(db: Db, j: BackupJob, expectedVersion: number): Promise<boolean> {
  const u = await backupDb(db).updateTable('backup_jobs').set(jobColumns(j)).where('id', '=', j.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(u.numUpdatedRows) === 1;
}

/** Live jobs, of one client or of all, by client and name. */
export async function listJobs(db: Db, filter: { organizationId?: string; organizationIds?: string[] } = {}): Promise<BackupJob[]> {
  let q = backupDb(db).selectFrom('backup_jobs').selectAll().where('archived_at', 'is', null);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (filter.organizationIds) q = q.where('organization_id', 'in', filter.organizationIds.length ? filter.organizationIds : ['']);
  return (await q.orderBy('organization_id').orderBy('name').orderBy('id').limit(5000).execute()).map(toJob);
}

/** The live job whose ticket this is, if any. */
export async function jobWithTicket(db: Db, ticketId: string): Promise<BackupJob | undefined> {
  const r = await backupDb(db).selectFrom('backup_jobs').selectAll().where('ticket_id', '=', ticketId).where('archived_at', 'is', null).orderBy('id').executeTakeFirst();
  return r ? toJob(r) : undefined;
}

/**
 * Forgets a job's ticket when it is still this one. The version stays: this runs inside the
 * transaction of whoever resolved the ticket, which may be the job's own result being saved.
 */
export async function releaseTicket(db: Db, jobId: string, ticketId: string): Promise<void> {
  await backupDb(db).updateTable('backup_jobs').set({ ticket_id: null }).where('id', '=', jobId).where('ticket_id', '=', ticketId).execute();
}

/** Live jobs whose email reports come from this address (lower case). */
export async function jobsReportingFrom(db: Db, address: string): Promise<BackupJob[]> {
  const rows = await backupDb(db).selectFrom('backup_jobs').selectAll().where('report_from', '=', address).where('archived_at', 'is', null).orderBy('created_at').orderBy('id').limit(200).execute();
  return rows.map(toJob);
}

export async function insertResult(db: Db, r: BackupResult): Promise<void> {
  await backupDb(db).insertInto('backup_results').values({ id: r.id, job_id: r.jobId, status: r.status, finished_at: r.finishedAt, size_bytes: r.sizeBytes, message: r.message, source: r.source, unverified: r.unverified, received_at: r.receivedAt }).execute();
}

/** A job's latest results, newest first. */
export async function recentResults(db: Db, jobId: string, limit = 50): Promise<BackupResult[]> {
  const rows = await backupDb(db).selectFrom('backup_results').selectAll().where('job_id', '=', jobId).orderBy('finished_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, jobId: r.job_id, status: r.status as ResultStatus, finishedAt: r.finished_at, sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes), message: r.message, source: r.source as 'webhook', unverified: r.unverified, receivedAt: r.received_at }));
}

export async function insertRestoreTest(db: Db, t: RestoreTest): Promise<void> {
  await backupDb(db).insertInto('restore_tests').values({ id: t.id, organization_id: t.organizationId, job_id: t.jobId, tested_on: t.testedOn, result: t.result, duration_minutes: t.durationMinutes, tested_by: t.testedBy, notes: t.notes, created_at: t.createdAt }).execute();
}

/** Restore tests of some clients, newest first. */
export async function restoreTestsOf(db: Db, organizationIds: string[]): Promise<RestoreTest[]> {
  if (organizationIds.length === 0) return [];
  const rows = await backupDb(db).selectFrom('restore_tests').selectAll().where('organization_id', 'in', organizationIds).orderBy('tested_on', 'desc').orderBy('created_at', 'desc').orderBy('id').limit(5000).execute();
  return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, jobId: r.job_id, testedOn: r.tested_on, result: r.result as RestoreTest['result'], durationMinutes: Number(r.duration_minutes), testedBy: r.tested_by, notes: r.notes, createdAt: r.created_at }));
}

/** DR plans of some clients. */
export async function plansOf(db: Db, organizationIds: string[]): Promise<DrPlan[]> {
  if (organizationIds.length === 0) return [];
  const rows = await backupDb(db).selectFrom('dr_plans').selectAll().where('organization_id', 'in', organizationIds).execute();
  return rows.map((r) => ({
    organizationId: r.organization_id, rtoHours: Number(r.rto_hours), deciderContactId: r.decider_contact_id, fallbacks: readJson<Record<string, string>>(r.fallbacks, {}), notes: r.notes,
    lastReviewedOn: r.last_reviewed_on, version: Number(r.version), updatedBy: r.updated_by, updatedAt: r.updated_at,
  }));
}

/** Writes a client's DR plan: the first, or over the version it was read at (false when someone saved in between). */
export async function savePlan(db: Db, p: DrPlan, expectedVersion: number | null): Promise<boolean> {
  const values = { rto_hours: p.rtoHours, decider_contact_id: p.deciderContactId, fallbacks: JSON.stringify(p.fallbacks), notes: p.notes, last_reviewed_on: p.lastReviewedOn, version: p.version, updated_by: p.updatedBy, updated_at: p.updatedAt };
  if (expectedVersion === null) {
    const r = await backupDb(db).insertInto('dr_plans').values({ organization_id: p.organizationId, ...values }).onConflict((oc) => oc.column('organization_id').doNothing()).executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const u = await backupDb(db).updateTable('dr_plans').set(values).where('organization_id', '=', p.organizationId).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(u.numUpdatedRows) === 1;
}
