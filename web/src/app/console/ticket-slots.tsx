/**
 * What the console puts on a ticket's page from other areas: the fraud guard's verify-by-phone
 * panel first, then the escalation, SLA and email panels above the timeline, the requester's card
 * beside it, and flagging by hand in the ticket's menu; the assets, spares and knowledge-base panels
 * (loaded when a ticket first opens, not with the app) below the email panel, and the ticket's time
 * (billing) below them. The ticket page itself knows none of them.
 */
import { lazy, Suspense } from 'react';
import { ContactCard } from '../../clients/contact-card/ContactCard';
import { EscalationPanel } from '../../escalation/EscalationPanel';
import { RaiseFlag } from '../../fraud/raise/RaiseFlag';
import { VerifyPanel } from '../../fraud/verify/VerifyPanel';
import { TicketMailPanel } from '../../mail/ticket-mail/TicketMailPanel';
import { SlaPanel } from '../../sla/SlaPanel';
import type { TicketSlots } from '../../tickets/ticket-view/TicketPage';

const KbPanel = lazy(() => import('../../kb/KbPanel').then((m) => ({ default: m.KbPanel })));
const TimePanel = lazy(() => import('../../billing/ticket-time/TimePanel').then((m) => ({ default: m.TimePanel })));
const AssetPanel = lazy(() => import('../../assets/AssetPanel').then((m) => ({ default: m.AssetPanel })));
const SparesPanel = lazy(() => import('../../spares/SparesPanel').then((m) => ({ default: m.SparesPanel })));

export const TICKET_SLOTS: TicketSlots = {
  main: (view) => (
    <>
      <VerifyPanel ticketId={view.ticket.id} refreshKey={view.refreshKey} onChanged={view.reload} />
      <EscalationPanel ticketId={view.ticket.id} events={view.events} refreshKey={view.refreshKey} onChanged={view.reload} />
      <SlaPanel ticketId={view.ticket.id} refreshKey={view.refreshKey} />
      <TicketMailPanel ticketId={view.ticket.id} refreshKey={view.refreshKey} />
      <Suspense fallback={null}>
        <AssetPanel key={`assets-${view.ticket.id}`} ticketId={view.ticket.id} organizationId={view.ticket.organizationId} refreshKey={view.refreshKey} onChanged={view.reload} />
        <SparesPanel key={`spares-${view.ticket.id}`} ticketId={view.ticket.id} refreshKey={view.refreshKey} onChanged={view.reload} />
        <KbPanel key={view.ticket.id} ticketId={view.ticket.id} organizationId={view.ticket.organizationId} subject={view.ticket.subject} refreshKey={view.refreshKey} onChanged={view.reload} />
      </Suspense>
      <Suspense fallback={null}>
        <TimePanel key={view.ticket.id} ticketId={view.ticket.id} organizationId={view.ticket.organizationId} />
      </Suspense>
    </>
  ),
  side: (view) => <ContactCard clientName={view.clientName} contact={view.contact} site={view.site} />,
  menu: (view) => <RaiseFlag ticketId={view.ticket.id} contactName={view.contact?.name ?? null} onRaised={view.reload} />,
};
