import type { StaffActor } from '../auth/index.js';
import type { TicketRecord } from '../tickets/index.js';
import type { BillingDeps } from './billing-deps.js';
import { noTimer } from './billing-errors.js';
import { deleteTimer, findTimer } from './billing.repository.js';
import { logTime } from './log-time.js';
import type { TimeEntry } from './time-entry.js';

/**
 * Stops the person's timer on the ticket and logs the time it ran as an entry: whole minutes, at
 * least one (the contract's minimum and increment then apply). Stopping twice finds no timer
 * (409 no_timer), so a double click logs the time once.
 */
export async function stopTimer(deps: Pick<BillingDeps, 'db' | 'clock' | 'calendars' | 'defaultCurrency'>, actor: StaffActor, ticket: TicketRecord, input: { note?: string }): Promise<TimeEntry> {
  const timer = await findTimer(deps.db, actor.userId);
  if (!timer || timer.ticketId !== ticket.id || !(await deleteTimer(deps.db, actor.userId, ticket.id))) throw noTimer();
  const minutes = Math.max(1, Math.round((deps.clock.now() - Date.parse(timer.startedAt)) / 60_000));
  return logTime(deps, actor, ticket, { startedAt: timer.startedAt, minutes, workType: timer.workType, location: timer.location, note: input.note });
}
