import type { StaffActor } from '../auth/index.js';
import { organizationDirectory } from '../clients/index.js';
import type { FlagRecord } from './flag.repository.js';
import { FRAUD_EVENTS, type FraudDeps } from './fraud-deps.js';
import { raiseFlag } from './raise-flag.js';
import { handRaisedReason, type PurportedSender } from './verification.js';

export interface RaiseByHandInput {
  /** What happened, in the technician's words ("caller asked to change the payroll account"). */
  reason: string;
  /** Who the request claimed to come from; left out, the ticket's contact. */
  purportedSender?: { name?: string; address?: string };
}

/** The ticket a flag is raised on, as the route found it for the actor. */
export interface FlaggedTicket {
  id: string;
  organizationId: string;
  contactId: string | null;
}

/**
 * Flags any ticket verify-by-phone by hand: a phone call asking for a payment change is the same
 * risk as an email. The flag holds the ticket open until its call-back is logged, like any other.
 */
export async function raiseFlagByHand(deps: FraudDeps, actor: StaffActor, ticket: FlaggedTicket, input: RaiseByHandInput): Promise<FlagRecord> {
  let sender: PurportedSender = { name: input.purportedSender?.name ?? null, address: input.purportedSender?.address?.toLowerCase() ?? null };
  if (!input.purportedSender && ticket.contactId) {
    const contact = (await organizationDirectory(deps.db, ticket.organizationId))?.contacts.find((c) => c.id === ticket.contactId);
    if (contact) sender = { name: contact.name, address: contact.emails[0] ?? null };
  }
  const at = deps.clock.iso();
  const flag = await raiseFlag(deps, { ticketId: ticket.id, source: 'staff', messageId: null, score: null, reasons: [handRaisedReason(actor.name, input.reason)], sender, raisedBy: actor.userId, at });
  deps.emit({ type: FRAUD_EVENTS.flagged, ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal: true, at, data: { flagId: flag.id } });
  return flag;
}
