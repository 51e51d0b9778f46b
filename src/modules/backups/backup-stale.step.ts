/**
 * Engine step `backups.stale`: each live job has a deadline at the moment it would be stale (its
 * last success plus the later of its RPO and its next scheduled run, plus grace — backup.ts), armed
 * when the job is set up and moved by every success. When it falls due: load the job → decide(now)
 * (pure, `decideStale`) → open one ticket through the tickets module, unless the job's ticket is
 * still open. No polling loop: nothing runs for a job until its deadline.
 */
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { armDeadline } from '../../platform/engine/deadlines.repository.js';
import type { DeadlineHandler, HandlerResult } from '../../platform/engine/engine.js';
import type { DomainEvent } from '../../platform/events.js';
import { zoneOffsets } from '../../platform/time-zones.js';
import { organizationFacts } from '../clients/index.js';
import { decideStale, staleAt, type BackupJob } from './backup.js';
import { raiseBackupTicket, ticketStillOpen } from './backup-ticket.js';
import { findJob, saveJob } from './backups.repository.js';

export const BACKUP_STALE_KIND = 'backups.stale';

/** What the step needs besides the engine's transaction. */
export interface BackupStepDeps {
  dialect: DialectName;
  clock: Clock;
  publish: (event: DomainEvent) => void;
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
}

/** When a job becomes stale, in its client's time zone. */
export async function jobStaleAt(db: Db, job: BackupJob): Promise<number> {
  const zone = (await organizationFacts(db, job.organizationId))?.timeZone ?? 'UTC';
  return staleAt(job, zoneOffsets(zone));
}

/** Arms (or moves) a job's staleness deadline. */
export async function armStale(db: Db, job: BackupJob, nowIso: string): Promise<string> {
  const dueAt = await jobStaleAt(db, job);
  await armDeadline(db, { id: `${BACKUP_STALE_KIND}:${job.id}`, kind: BACKUP_STALE_KIND, subjectId: job.id, dueAt, payload: {}, nowIso });
  return toIso(dueAt);
}

export function backupStaleHandler(deps: BackupStepDeps): DeadlineHandler {
  return {
    kind: BACKUP_STALE_KIND,
    async handle(trx, deadline, now): Promise<HandlerResult> {
      const job = await findJob(trx, deadline.subjectId);
      const due = job ? await jobStaleAt(trx, job) : now;
      const decision = decideStale(job, due, job ? await ticketStillOpen({ db: trx }, job) : false, now);
      if (decision.action === 'drop') return { outcome: decision.reason };
      if (decision.action === 'wait') return { retryAt: decision.until };
      const j = job!;
      const outbox: DomainEvent[] = [];
      const why = j.lastSuccessAt ? `No successful backup since ${j.lastSuccessAt} (RPO ${j.rpoHours} h).` : `No successful backup reported since the job was set up at ${j.createdAt} (RPO ${j.rpoHours} h).`;
      const ticketId = await raiseBackupTicket({ db: trx, clock: deps.clock, dialect: deps.dialect, onTicketChanged: deps.onTicketChanged, emit: (e) => outbox.push(e) }, j, 'stale', why);
      const at = deps.clock.iso();
      if (!(await saveJob(trx, { ...j, ticketId, version: j.version + 1, updatedAt: at }, j.version))) throw new Error('the backup job changed while its stale ticket was opened');
      return { outcome: 'opened', after: () => outbox.forEach(deps.publish) };
    },
  };
}
