/**
 * A backup job's result comes in (webhook or email report): it is kept, the job's last result (and
 * last success) move on, and the staleness deadline moves with a success. A failure raises the
 * job's ticket at once (one open ticket per job); a success after a stale or failed spell is noted
 * on that ticket, which is resolved when the job says so. A warning is recorded and raises nothing.
 * An unverified result (an email report that did not authenticate) is only kept: the job is untouched.
 */
import { toIso } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { BackupJob, ResultStatus } from './backup.js';
import type { BackupDeps } from './backup-deps.js';
import { armStale } from './backup-stale.step.js';
import { noteBackupRecovered, raiseBackupTicket } from './backup-ticket.js';
import { insertResult, saveJob, type BackupResult } from './backups.repository.js';

export interface ResultInput {
  status: ResultStatus;
  /** When the run finished; now when not given. */
  finishedAt?: string;
  sizeBytes?: number;
  message?: string;
  source: 'webhook' | 'email';
  /** Why an email report does not count (kept, shown, moves nothing); absent or null: it counts. */
  unverified?: string | null;
}

export async function recordBackupResult(deps: BackupDeps, job: BackupJob, input: ResultInput): Promise<{ job: BackupJob; result: BackupResult; staleAt: string | null; ticket: 'opened' | 'noted' | 'resolved' | 'none' }> {
  if (job.archivedAt !== null) throw new AppError('job_archived', 'This backup job is archived', { status: 409 });
  const now = deps.clock.now();
  const at = toIso(now);
  const finished = input.finishedAt === undefined ? now : Date.parse(input.finishedAt);
  // A clock a little ahead on the backup server is common; a finish far in the future is a mistake.
  if (finished > now + 5 * 60_000) throw new AppError('finished_in_future', 'finishedAt is later than now', { status: 422, field: '/finishedAt' });
  const finishedAt = toIso(finished);
  const result: BackupResult = { id: newId(), jobId: job.id, status: input.status, finishedAt, sizeBytes: input.sizeBytes ?? null, message: input.message?.trim() ?? '', source: input.source, unverified: input.unverified ?? null, receivedAt: at };
  await insertResult(deps.db, result);
  // A report anyone could have forged must not silence a stale backup: kept for people to see, nothing more.
  if (result.unverified !== null) return { job, result, staleAt: null, ticket: 'none' };
  // An older result arriving late is kept but does not move the job back in time.
  const latest = job.lastResultAt === null || finishedAt >= job.lastResultAt;
  let next: BackupJob = { ...job, version: job.version + 1, updatedAt: at };
  if (latest) next = { ...next, lastResultAt: finishedAt, lastStatus: input.status, lastMessage: result.message || null };
  if (input.status === 'success' && (job.lastSuccessAt === null || finishedAt > job.lastSuccessAt)) next.lastSuccessAt = finishedAt;
  let ticket: 'opened' | 'noted' | 'resolved' | 'none' = 'none';
  if (latest && input.status === 'failed') {
    const before = job.ticketId;
    next.ticketId = await raiseBackupTicket(deps, next, 'failed', `The backup failed at ${finishedAt}${result.message ? `: ${result.message}` : '.'}`);
    ticket = before === next.ticketId ? 'noted' : 'opened';
  } else if (latest && input.status === 'success') {
    ticket = await noteBackupRecovered(deps, next, finishedAt);
    if (ticket === 'resolved') next.ticketId = null;
  }
  if (!(await saveJob(deps.db, next, job.version))) throw new AppError('version_conflict', 'Another result for this job arrived at the same moment; send it again', { status: 409 });
  const staleAt = next.lastSuccessAt !== job.lastSuccessAt ? await armStale(deps.db, next, at) : null;
  return { job: next, result, staleAt, ticket };
}
