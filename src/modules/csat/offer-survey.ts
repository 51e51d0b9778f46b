/**
 * Offers a ticket's satisfaction survey once it is resolved: called in the transaction of every
 * ticket change (main.ts's onTicketChanged), before the resolution mail is queued so the mail can
 * carry the rating links. The survey records whom the rating is about as the ticket stood at its
 * first resolution; reopening and resolving again keeps it (one rating per ticket).
 */
import { toIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import { FINISHED_STATUSES } from '../tickets/index.js';
import type { CsatDeps } from './csat-deps.js';
import { insertSurvey } from './csat.repository.js';

/** True when this change offered the ticket's survey. */
export async function offerSurvey(deps: Pick<CsatDeps, 'db' | 'clock' | 'settings' | 'ticketById'>, ticketId: string): Promise<boolean> {
  const ticket = await deps.ticketById(deps.db, ticketId);
  // A ticket merged into another is answered there; a client never rates the duplicate.
  if (!ticket || ticket.mergedIntoId !== null || !(FINISHED_STATUSES as readonly string[]).includes(ticket.status)) return false;
  const now = deps.clock.now();
  return insertSurvey(deps.db, {
    id: newId(),
    ticketId,
    organizationId: ticket.organizationId,
    contactId: ticket.contactId,
    technicianUserId: ticket.assigneeId,
    teamId: ticket.teamId,
    offeredAt: toIso(now),
    closesAt: toIso(now + deps.settings.windowDays * 86_400_000),
  });
}
