/**
 * The incidents module's part in a ticket's life (issue 12, item 5): while an incident owns a
 * child ticket, the incident pages for it. A change that makes the child climb a ladder it was not
 * climbing — its priority raised to P1, the business-critical flag set — would otherwise page on
 * its own, once per child, which is what one incident across many clients exists to prevent. So
 * the new ladder is held at once, like those held when the incident was declared, and the raise is
 * noted on the incident (its event log, and so its review): the person who raised it is at the
 * ticket already, and on-call was paged for the incident. Who wants the child's own ladder to run
 * detaches it from the incident; its ladders then start afresh at its new priority.
 * Registered after the escalation module's reaction, which starts the new ladder.
 */
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { ticketFacts, type TicketReactions } from '../tickets/index.js';
import type { IncidentLadders } from './incident-deps.js';
import { insertIncidentEvents, ownedChildOfTicket } from './incidents.repository.js';

export function registerTicketReactions(reactions: TicketReactions, deps: { ladders: Pick<IncidentLadders, 'hold'>; clock: { iso(): string } }): void {
  reactions.onChanged(async (db: Db, ticketId: string) => {
    const child = await ownedChildOfTicket(db, ticketId);
    if (!child) return;
    const held = await deps.ladders.hold(db, ticketId, null);
    if (held === 0) return;
    const ticket = await ticketFacts(db, ticketId);
    await insertIncidentEvents(db, [{ id: newId(), incidentId: child.incidentId, type: 'escalation_held', organizationId: child.organizationId, actorUserId: null, data: { ticketId, ladders: held, priority: ticket?.priority ?? null }, at: deps.clock.iso() }]);
  });
}
