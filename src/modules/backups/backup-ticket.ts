/**
 * The one ticket a backup job keeps open while it is stale or failing, through the tickets module's
 * functions for tickets nobody opens in person: opened the first time, noted while it stays open,
 * noted (and resolved, if the job says so) when a success comes in.
 */
import { alertTicketStates, insertTicketEvent, moveTicketForAlert, openTicketFromAlert, touchTicket } from '../tickets/index.js';
import type { BackupJob } from './backup.js';
import type { BackupDeps } from './backup-deps.js';

const ticketDeps = (deps: BackupDeps) => ({ db: deps.db, clock: deps.clock, dialect: deps.dialect, onChanged: deps.onTicketChanged, emit: deps.emit });

const describe = (job: BackupJob, why: string) =>
  `${why}\n\nJob: ${job.name} (${job.product.replace(/_/g, ' ')})${job.protects ? `, protecting ${job.protects}` : ''}\nRPO: ${job.rpoHours} h\nLast success: ${job.lastSuccessAt ?? 'never'}\nLast result: ${job.lastStatus ?? 'none'}${job.lastResultAt ? ` at ${job.lastResultAt}` : ''}${job.lastMessage ? ` — ${job.lastMessage}` : ''}`;

/** Whether the job's ticket is still open. */
export async function ticketStillOpen(deps: Pick<BackupDeps, 'db'>, job: BackupJob): Promise<boolean> {
  if (!job.ticketId) return false;
  return (await alertTicketStates(deps.db, [job.ticketId])).get(job.ticketId) === 'open';
}

/**
 * Raises a stale or failed backup: a note on the job's open ticket, or a new ticket. Returns the
 * ticket's id (the job keeps it).
 */
export async function raiseBackupTicket(deps: BackupDeps, job: BackupJob, kind: 'stale' | 'failed', why: string): Promise<string> {
  const now = deps.clock.iso();
  if (job.ticketId && (await ticketStillOpen(deps, job))) {
    await touchTicket(deps.db, job.ticketId, now);
    await insertTicketEvent(deps.db, { ticketId: job.ticketId, actorUserId: null, type: `backups.${kind}`, field: null, before: null, after: { jobId: job.id, why, lastSuccessAt: job.lastSuccessAt }, internal: true, at: now });
    return job.ticketId;
  }
  const opened = await openTicketFromAlert(ticketDeps(deps), {
    organizationId: job.organizationId,
    subject: kind === 'stale' ? `Backup stale: ${job.name}` : `Backup failed: ${job.name}`,
    description: describe(job, why),
    priority: 'P2',
    tags: ['backup', kind],
  });
  return opened.id;
}

/** A success after a stale or failed spell: noted on the job's open ticket, which is resolved when the job says so. */
export async function noteBackupRecovered(deps: BackupDeps, job: BackupJob, finishedAt: string): Promise<'resolved' | 'noted' | 'none'> {
  if (!job.ticketId || !(await ticketStillOpen(deps, job))) return 'none';
  const now = deps.clock.iso();
  await touchTicket(deps.db, job.ticketId, now);
  await insertTicketEvent(deps.db, { ticketId: job.ticketId, actorUserId: null, type: 'backups.succeeded', field: null, before: null, after: { jobId: job.id, finishedAt }, internal: true, at: now });
  if (!job.resolveOnSuccess) return 'noted';
  return (await moveTicketForAlert(ticketDeps(deps), job.ticketId, 'resolved')) ? 'resolved' : 'noted';
}
