/**
 * The ticket view for staff: header, timeline, composer, details — and, where the composition puts
 * them, the pieces of other areas (escalation and SLA panels, the requester's card).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { TicketMenu } from './TicketMenu';
import { ApiError } from '../../platform/api';
import { useContact, useDirectory, useSites } from '../../platform/directory';
import { formatAgo, formatFull } from '../../platform/format';
import { useShortcuts } from '../../platform/keyboard';
import { CHANNEL_LABEL, CriticalBadge, FCR_LABEL, PriorityBadge, StatusPill } from '../../platform/labels';
import { NotFoundPage } from '../../platform/not-found';
import { Link, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import type { Contact, Site, Ticket, TicketEvent } from '../../platform/types';
import { Notice, Spinner } from '../../platform/ui';
import { useTicket } from '../../platform/use-ticket';
import { Composer, type ComposerHandle } from './Composer';
import { TicketDetails, type DetailsHandle } from './TicketDetails';
import { Timeline } from './Timeline';

/** The ticket as the page holds it, for the pieces that other areas add to the page. */
export interface TicketView {
  ticket: Ticket;
  events: TicketEvent[];
  /** Changes with any change to the ticket, its messages or its history (a clock or ladder may move). */
  refreshKey: string;
  /** Reads the ticket again, e.g. after a panel changed it. */
  reload: () => void;
  clientName: string;
  contact: Contact | null | undefined;
  site: Site | undefined;
}

/** What the composition shows on the page from other areas. */
export interface TicketSlots {
  /** Above the timeline: e.g. escalation and SLA. */
  main?: (view: TicketView) => ReactNode;
  /** Below the ticket's fields: e.g. who asked. */
  side?: (view: TicketView) => ReactNode;
  /** Items of the ticket's "More" menu (each a button with role menuitem): e.g. flag it verify-by-phone. */
  menu?: (view: TicketView) => ReactNode;
}

interface Props {
  ticketRef: string;
  session: Session;
  /** Where "Back to queue" (and `u`) leads. */
  backTo: string;
  slots?: TicketSlots;
}

export function TicketPage({ ticketRef, session, backTo, slots = {} }: Props) {
  const { data, error, loading, reload, mutate } = useTicket(ticketRef);
  const changed = (saved?: Ticket) => {
    if (saved) mutate((d) => ({ ...d, ticket: saved }));
    reload();
  };
  const directory = useDirectory();
  const contact = useContact(data?.ticket.contactId);
  const sites = useSites(data?.ticket.organizationId, { includeArchived: true });
  const composer = useRef<ComposerHandle>(null);
  const details = useRef<DetailsHandle>(null);

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
  const view: TicketView = { ticket, events, refreshKey, reload, clientName: directory.orgName(ticket.organizationId), contact, site };
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
          {slots.menu && <TicketMenu>{slots.menu(view)}</TicketMenu>}
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
          {slots.main?.(view)}
          <Timeline messages={messages} events={events} names={names} />
          <Composer ref={composer} ticket={ticket} defaultNumber={contact?.phones[0]?.number} onSent={reload} />
        </div>
        <aside className="ticket-side" aria-label="Ticket details">
          <TicketDetails ref={details} ticket={ticket} session={session} refreshKey={refreshKey} onChanged={changed} />
          {slots.side?.(view)}
        </aside>
      </div>
    </div>
  );
}
