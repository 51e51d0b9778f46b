/**
 * What the console puts on a ticket's page from other areas: the escalation and SLA panels above
 * the timeline, the requester's card beside it. The ticket page itself knows none of them.
 */
import { ContactCard } from '../../clients/contact-card/ContactCard';
import { EscalationPanel } from '../../escalation/EscalationPanel';
import { SlaPanel } from '../../sla/SlaPanel';
import type { TicketSlots } from '../../tickets/ticket-view/TicketPage';

export const TICKET_SLOTS: TicketSlots = {
  main: (view) => (
    <>
      <EscalationPanel ticketId={view.ticket.id} events={view.events} refreshKey={view.refreshKey} onChanged={view.reload} />
      <SlaPanel ticketId={view.ticket.id} refreshKey={view.refreshKey} />
    </>
  ),
  side: (view) => <ContactCard clientName={view.clientName} contact={view.contact} site={view.site} />,
};
