/**
 * The backups module's part in a ticket's life: when the ticket a stale or failed backup raised is
 * resolved or closed while the job is still stale, the job is checked again one interval later
 * (rearm-stale-job.ts). Registered after the other modules' reactions; it writes only its own
 * tables and the engine's deadline.
 */
import type { Clock } from '../../platform/clock.js';
import type { TicketReactions } from '../tickets/index.js';
import { rearmStaleJob } from './rearm-stale-job.js';

/** Registers the re-arming of stale jobs as a reaction to changed tickets. */
export function registerTicketReactions(reactions: TicketReactions, deps: { clock: Clock }): void {
  reactions.onChanged((db, ticketId) => rearmStaleJob({ db, clock: deps.clock }, ticketId));
}
