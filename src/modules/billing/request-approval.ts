import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, type TicketRecord } from '../tickets/index.js';
import type { Approval } from './approval.js';
import type { BillingDeps } from './billing-deps.js';
import { approvalAlreadyPending, approvalNotNeeded, approvalNotRequired } from './billing-errors.js';
import { findTerms } from './billing.repository.js';
import { approvalsOfTicket, insertApproval } from './approvals.repository.js';
import { priceTicketWork } from './price-ticket-work.js';
import type { WorkLocation } from './terms.js';

/** What the technician asks the client to approve. */
export interface ApprovalRequestInput {
  minutes: number;
  workType: string;
  location?: WorkLocation;
  note?: string;
}

/**
 * Asks the client to approve chargeable work on a ticket, with the estimate priced as the work
 * would be now (minutes, the contract's rate, the after-hours multiplier). Only when the client's
 * contract asks for approval and the work is chargeable; one request waits at a time. The ticket's
 * timeline records it.
 */
export async function requestApproval(deps: Pick<BillingDeps, 'db' | 'clock' | 'calendars' | 'defaultCurrency'>, actor: StaffActor, ticket: TicketRecord, input: ApprovalRequestInput): Promise<Approval> {
  const now = deps.clock.iso();
  const priced = await priceTicketWork(deps, ticket, { startedAt: now, minutes: input.minutes, workType: input.workType, location: input.location, userId: actor.userId });
  const terms = priced.contractId === null ? undefined : await findTerms(deps.db, priced.contractId);
  if (!terms?.approvalRequired) throw approvalNotRequired();
  if (priced.coverage === 'covered') throw approvalNotNeeded(priced.reason);
  if ((await approvalsOfTicket(deps.db, ticket.id)).some((a) => a.status === 'pending')) throw approvalAlreadyPending();
  const approval: Approval = {
    id: newId(), ticketId: ticket.id, organizationId: ticket.organizationId, contractId: priced.contractId, minutes: input.minutes, estimateMinor: priced.valueMinor, currency: priced.currency,
    reason: priced.reason, note: input.note?.trim() ?? '', status: 'pending', requestedBy: actor.userId, requestedAt: now, answeredBy: null, answeredAt: null, comment: null, version: 1,
  };
  await insertApproval(deps.db, approval);
  await insertTicketEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'billing.approval_requested', field: null, before: null, after: { approvalId: approval.id, minutes: approval.minutes, estimateMinor: approval.estimateMinor, currency: approval.currency, reason: approval.reason }, internal: true, at: now });
  return approval;
}
