import { toIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { isManager } from '../auth/index.js';
import { staffDirectory } from '../auth/index.js';
import type { TicketRecord } from '../tickets/index.js';
import { forbidden } from '../../platform/errors.js';
import type { BillingDeps } from './billing-deps.js';
import { chargeableRefused, inTheFuture, unknownUser } from './billing-errors.js';
import { alertLowBalance } from './alert-low-balance.js';
import { findTerms, insertEntry } from './billing.repository.js';
import { chargeableAllowed } from './approval.js';
import { approvalsOfTicket } from './approvals.repository.js';
import { priceTicketWork, type TicketWork } from './price-ticket-work.js';
import type { TimeEntry } from './time-entry.js';

/** A manual entry, or what a stopped timer recorded. */
export interface LogTimeInput extends TicketWork {
  /** Who did the work; left out: the person logging it. Someone else's time: owner, admin or service manager. */
  userId?: string;
  note?: string;
}

/**
 * Logs time on a ticket, classified and priced by the client's contract (see priceTicketWork).
 * Work that has not started yet is refused; so is chargeable work under a contract that needs the
 * client's approval until the ticket's latest request is approved (409 approval_required,
 * approval_pending, approval_declined). Time drawn from block hours may tell the account manager
 * the balance is low (alertLowBalance).
 */
export async function logTime(deps: Pick<BillingDeps, 'db' | 'clock' | 'calendars' | 'defaultCurrency'>, actor: StaffActor, ticket: TicketRecord, input: LogTimeInput): Promise<TimeEntry> {
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId) {
    if (!isManager(actor)) throw forbidden('Only owners, admins and service managers log time for someone else');
    if (!(await staffDirectory(deps.db)).some((u) => u.id === userId)) throw unknownUser('/userId');
  }
  if (Date.parse(input.startedAt) > deps.clock.now()) throw inTheFuture('/startedAt');
  const priced = await priceTicketWork(deps, ticket, { ...input, userId });
  if (priced.classification === 'billable' && priced.contractId !== null && (await findTerms(deps.db, priced.contractId))?.approvalRequired) {
    const allowed = chargeableAllowed((await approvalsOfTicket(deps.db, ticket.id))[0]);
    if (allowed !== true) throw chargeableRefused(allowed);
  }
  const now = deps.clock.iso();
  const entry: TimeEntry = {
    id: newId(),
    ticketId: ticket.id,
    organizationId: ticket.organizationId,
    userId,
    startedAt: toIso(Date.parse(input.startedAt)),
    minutes: input.minutes,
    workType: input.workType,
    note: input.note?.trim() ?? '',
    ...priced,
    waiveReason: null,
    waivedBy: null,
    waivedAt: null,
    invoiceId: null,
    invoicedAt: null,
    createdBy: actor.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertEntry(deps.db, entry);
  if (entry.classification === 'covered') await alertLowBalance(deps, actor, entry.contractId);
  return entry;
}
