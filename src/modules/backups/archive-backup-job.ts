import { conflict, notFound } from '../../platform/errors.js';
import { cancelDeadlines } from '../../platform/engine/deadlines.repository.js';
import { insertAuditEntry } from '../audit/index.js';
import type { StaffActor } from '../auth/index.js';
import type { BackupJob } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { BACKUP_STALE_KIND } from './backup-stale.step.js';
import { findJob, saveJob } from './backups.repository.js';

/**
 * Archives a backup job (managers): its staleness deadline is cancelled, it leaves the job lists
 * and the readiness score, its token and report address take no more results, and its results and
 * restore tests stay on record. `version` as in an edit (409 `version_conflict`).
 */
export async function archiveBackupJob(deps: Pick<BackupDeps, 'db' | 'clock'>, actor: StaffActor, id: string, input: { version: number }, ip: string | null): Promise<BackupJob> {
  const job = await findJob(deps.db, id);
  if (!job) throw notFound('Backup job');
  if (job.archivedAt !== null) throw conflict('job_archived', 'This backup job is archived already');
  if (input.version !== job.version) throw conflict('version_conflict', 'This backup job changed since you read it; reload and try again', '/version');
  const now = deps.clock.iso();
  const next: BackupJob = { ...job, archivedAt: now, version: job.version + 1, updatedAt: now };
  if (!(await saveJob(deps.db, next, job.version))) throw conflict('version_conflict', 'This backup job changed at the same moment; reload and try again', '/version');
  await cancelDeadlines(deps.db, job.id, [BACKUP_STALE_KIND], now);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'backup_job.archived', ip, detail: { jobId: job.id, name: job.name, organizationId: job.organizationId } });
  return next;
}
