import { AppError, conflict, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import { assetOrganization } from '../assets/index.js';
import type { BackupJob, Product } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { armStale } from './backup-stale.step.js';
import { findJob, saveJob } from './backups.repository.js';
import { isUsablePattern } from './report-subjects.js';

/** What an edit may change; absent keeps, null clears (where a field may be empty). */
export interface EditJobInput {
  version: number;
  name?: string;
  product?: Product;
  protects?: string;
  assetId?: string | null;
  rpoHours?: number;
  everyHours?: number | null;
  dailyAt?: string | null;
  graceMinutes?: number;
  resolveOnSuccess?: boolean;
  reportFrom?: string | null;
  reportName?: string;
  subjectPattern?: string | null;
  acceptUnauthenticated?: boolean;
}

const keep = <T>(given: T | undefined, current: T): T => (given === undefined ? current : given);

/**
 * Edits a live backup job (managers). `version` is the job as the editor read it: a job changed
 * since — by a colleague or by a result coming in — is 409 `version_conflict`. Giving one schedule
 * replaces the other. The staleness deadline is armed again under the new RPO, schedule and grace.
 */
export async function editBackupJob(deps: Pick<BackupDeps, 'db' | 'clock'>, actor: StaffActor, id: string, input: EditJobInput, ip: string | null): Promise<BackupJob> {
  const job = await findJob(deps.db, id);
  if (!job) throw notFound('Backup job');
  if (job.archivedAt !== null) throw conflict('job_archived', 'This backup job is archived');
  if (input.version !== job.version) throw conflict('version_conflict', 'This backup job changed since you read it; reload and try again', '/version');
  if (input.everyHours != null && input.dailyAt != null) throw new AppError('one_schedule', 'Give either everyHours or dailyAt, not both', { status: 422, field: '/dailyAt' });
  if (input.assetId) {
    const owner = await assetOrganization(deps.db, input.assetId);
    if (owner === undefined) throw notFound('Asset', '/assetId');
    if (owner !== job.organizationId) throw new AppError('asset_other_client', 'The asset belongs to another client', { status: 422, field: '/assetId' });
  }
  if (input.subjectPattern != null && !isUsablePattern(input.subjectPattern)) throw new AppError('pattern_needs_status', 'A subject pattern must contain {status}', { status: 422, field: '/subjectPattern' });
  const now = deps.clock.iso();
  // A new schedule of one kind replaces the other kind's.
  const everyHours = input.dailyAt != null ? null : keep(input.everyHours, job.everyHours);
  const dailyAt = input.everyHours != null ? null : keep(input.dailyAt, job.dailyAt);
  const next: BackupJob = {
    ...job,
    name: input.name?.trim() ?? job.name,
    product: keep(input.product, job.product),
    protects: input.protects?.trim() ?? job.protects,
    assetId: keep(input.assetId, job.assetId),
    rpoHours: keep(input.rpoHours, job.rpoHours),
    everyHours,
    dailyAt,
    graceMinutes: keep(input.graceMinutes, job.graceMinutes),
    resolveOnSuccess: keep(input.resolveOnSuccess, job.resolveOnSuccess),
    reportFrom: input.reportFrom === undefined ? job.reportFrom : input.reportFrom?.trim().toLowerCase() || null,
    reportName: input.reportName?.trim() ?? job.reportName,
    subjectPattern: keep(input.subjectPattern, job.subjectPattern),
    acceptUnauthenticated: keep(input.acceptUnauthenticated, job.acceptUnauthenticated),
    version: job.version + 1,
    updatedAt: now,
  };
  if (!(await saveJob(deps.db, next, job.version))) throw conflict('version_conflict', 'This backup job changed at the same moment; reload and try again', '/version');
  await armStale(deps.db, next, now);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'backup_job.edited', ip, detail: { jobId: job.id, fields: Object.keys(input).filter((k) => k !== 'version') } });
  return next;
}
