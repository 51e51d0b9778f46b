/** The ticket view for staff: header, escalation and SLA, timeline, composer, details and requester. */
import { useEffect, useRef } from 'react';
import { Link, navigate } from '../../app/router';
import type { Session } from '../../auth/session';
import { ContactCard } from '../../clients/contact-card/ContactCard';
import { useContact, useDirectory, useSites } from '../../clients/directory';
import { ApiError } from '../../platform/api';
import { formatAgo, formatFull } from '../../platform/format';
import { useShortcuts } from '../../platform/keyboard';
import type { Ticket } from '../../platform/types';
import { Notice, Spinner } from '../../platform/ui';
import { EscalationPanel } from '../../escalation/EscalationPanel';
import { NotFoundPage } from '../../shell/NotFoundPage';
import { SlaPanel } from '../../sla/SlaPanel';
import { CHANNEL_LABEL, CriticalBadge, FCR_LABEL, PriorityBadge, StatusPill } from '../labels';
import { homeQueue, queueHref } from '../queue/queues';
import { Composer, type ComposerHandle } from './Composer';
import { TicketDetails, type DetailsHandle } from './TicketDetails';
import { Timeline } from './Timeline';
import { useTicket } from './use-ticket';

export function TicketPage({ ticketRef, session }: { ticketRef: string; session: Session }) {
  const { data, error, loading, reload, mutate } = useTicket(ticketRef);
  const changed = (saved?: Ticket) => {
    if (saved) mutate((d) => ({ ...d, ticket: saved }));
    reload();
  };
  const directory = useDirectory();
  const contact = useContact(data?.ticket.contactId);
  const sites = useSites(data?.ticket.organizationId);
  const composer = useRef<ComposerHandle>(null);
  const details = useRef<DetailsHandle>(null);
  const last = sessionStorage.getItem('sb.lastQueue');
  const backTo = last ? queueHref(last) : homeQueue(session.user.role);

  useEffect(() => {
    if (data) document.title = `${data.ticket.number} ${data.ticket.subject} · Switchboard`;
  }, [data]);

  useShortcuts({
    r: () => composer.current?.focus('reply'),
    i: () => composer.current?.focus('note'),
    l: () => composer.current?.focus('call'),
    s: () => details.current?.focus('status'),
    p: () => details.current?.focus('priority'),
    a: () => details.current?.focus('assigneeId'),
    e: () => details.current?.focus('tier'),
    u: () => navigate(backTo),
  });

  if (error instanceof ApiError && error.status === 404) return <NotFoundPage what="ticket" back={backTo} />;
  if (!data) {
    return (
      <div className="page">
        <h1 className="visually-hidden">Ticket {ticketRef}</h1>
        {error ? <Notice>{(error as Error).message}</Notice> : loading && <div className="loading-block"><Spinner label="Loading the ticket" /></div>}
      </div>
    );
  }

  const { ticket, messages, events } = data;
  // Any change to the ticket, its messages or its history may move a clock or a ladder.
  const refreshKey = `${ticket.version}:${ticket.updatedAt}:${messages.length}:${events.length}`;
  const site = sites.find((s) => s.id === ticket.siteId);
  const names = {
    user: (id: string | null) => directory.userName(id),
    contact: (id: string | null) => (id && contact && contact.id === id ? contact.name : undefined),
    team: (id: string | null) => directory.teamName(id),
  };

  return (
    <div className="page ticket-page">
      <div className="ticket-head">
        <Link to={backTo} className="back-link" aria-keyshortcuts="u">
          ← Back to queue
        </Link>
        <div className="ticket-title-row">
          <span className="ticket-number large">{ticket.number}</span>
          <h1>{ticket.subject}</h1>
        </div>
        <div className="ticket-badges">
          <PriorityBadge priority={ticket.priority} />
          <StatusPill status={ticket.status} />
          {ticket.businessCritical && <CriticalBadge />}
          <span className="muted">
            {directory.orgName(ticket.organizationId)} · opened <time title={formatFull(ticket.createdAt)}>{formatAgo(ticket.createdAt)}</time> via {CHANNEL_LABEL[ticket.channel].toLowerCase()} · tier {ticket.tier}
            {ticket.assigneeId ? ` · ${directory.userName(ticket.assigneeId) ?? '…'}` : ' · unassigned'}
          </span>
          {ticket.fcrOutcome && <span className={`pill fcr fcr-${ticket.fcrOutcome}`}>{FCR_LABEL[ticket.fcrOutcome]}</span>}
        </div>
      </div>
      <div className="ticket-grid">
        <div className="ticket-main">
          <EscalationPanel ticketId={ticket.id} events={events} refreshKey={refreshKey} onChanged={reload} />
          <SlaPanel ticketId={ticket.id} refreshKey={refreshKey} />
          <Timeline messages={messages} events={events} names={names} />
          <Composer ref={composer} ticket={ticket} defaultNumber={contact?.phones[0]?.number} onSent={reload} />
        </div>
        <aside className="ticket-side" aria-label="Ticket details">
          <TicketDetails ref={details} ticket={ticket} session={session} onChanged={changed} />
          <ContactCard clientName={directory.orgName(ticket.organizationId)} contact={contact} site={site} />
        </aside>
      </div>
    </div>
  );
}
