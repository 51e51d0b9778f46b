import type { StaffActor } from '../auth/index.js';
import type { TicketRecord } from '../tickets/index.js';
import type { BillingDeps } from './billing-deps.js';
import { timerRunning } from './billing-errors.js';
import { insertTimer, type RunningTimer } from './billing.repository.js';
import type { WorkLocation } from './terms.js';

/**
 * Starts the person's timer on a ticket. One runs per person at a time, across tickets: a second
 * start is refused (409 timer_running) until the first is stopped. The timer is a row, so it
 * survives a reload of the page and a restart of the server.
 */
export async function startTimer(deps: Pick<BillingDeps, 'db' | 'clock'>, actor: StaffActor, ticket: TicketRecord, input: { workType: string; location?: WorkLocation }): Promise<RunningTimer> {
  const timer: RunningTimer = { userId: actor.userId, ticketId: ticket.id, startedAt: deps.clock.iso(), workType: input.workType, location: input.location ?? 'remote' };
  if (!(await insertTimer(deps.db, timer))) throw timerRunning();
  return timer;
}
