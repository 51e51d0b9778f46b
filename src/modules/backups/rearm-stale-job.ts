/**
 * A job's ticket was resolved or closed — by a person, or by the job's own success: when the job
 * is still stale, its staleness check is armed again one interval later (`recheckAt`, backup.ts),
 * and the step opens a new ticket then if no success came in. The job forgets the ticket either
 * way, so later changes of that ticket (a survey, a note) do nothing here.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { armDeadline } from '../../platform/engine/deadlines.repository.js';
import { alertTicketStates } from '../tickets/index.js';
import { recheckAt } from './backup.js';
import { BACKUP_STALE_KIND, jobStaleAt } from './backup-stale.step.js';
import { jobWithTicket, releaseTicket } from './backups.repository.js';

/** Runs in the transaction that changed the ticket; answers whether the job was re-armed. */
export async function rearmStaleJob(deps: { db: Db; clock: Clock }, ticketId: string): Promise<boolean> {
  const job = await jobWithTicket(deps.db, ticketId);
  if (!job) return false;
  if ((await alertTicketStates(deps.db, [ticketId])).get(ticketId) === 'open') return false;
  await releaseTicket(deps.db, job.id, ticketId);
  const now = deps.clock.now();
  // Not stale (a failure's ticket, resolved within the RPO): the pending staleness deadline stands.
  if (now < (await jobStaleAt(deps.db, job))) return false;
  await armDeadline(deps.db, { id: `${BACKUP_STALE_KIND}:${job.id}`, kind: BACKUP_STALE_KIND, subjectId: job.id, dueAt: recheckAt(job, now), payload: {}, nowIso: deps.clock.iso() });
  return true;
}
