import { forwardRef } from 'react';
import { Link } from '../platform/router';
import { formatAgo, formatFull } from '../platform/format';
import type { Ticket } from '../platform/types';
import { DueBadge } from '../platform/due-badge';
import { CHANNEL_LABEL, CriticalBadge, PriorityBadge, StatusPill } from '../platform/labels';

interface Props {
  ticket: Ticket;
  clientName: string;
  assigneeName: string | undefined;
}

/** One ticket in a queue: a single link, so Tab, j/k and Enter all work on it. */
export const TicketRow = forwardRef<HTMLAnchorElement, Props>(function TicketRow({ ticket, clientName, assigneeName }, ref) {
  return (
    <Link ref={ref} to={`/tickets/${ticket.number}`} className="ticket-row" data-ticket={ticket.number} data-due={ticket.slaDueAt ?? ''}>
      <span className="cell-priority">
        <PriorityBadge priority={ticket.priority} />
      </span>
      <span className="cell-main">
        <span className="ticket-line">
          <span className="ticket-number">{ticket.number}</span>
          <span className="ticket-subject">{ticket.subject}</span>
          {ticket.businessCritical && <CriticalBadge />}
        </span>
        <span className="ticket-meta">
          {clientName || '…'} · {CHANNEL_LABEL[ticket.channel]} · Tier {ticket.tier}
        </span>
      </span>
      <span className="cell-status">
        <StatusPill status={ticket.status} />
      </span>
      <span className={`cell-assignee${ticket.assigneeId ? '' : ' muted'}`}>{ticket.assigneeId ? (assigneeName ?? '…') : 'Unassigned'}</span>
      <span className={`cell-due${ticket.slaDueAt ? '' : ' no-due'}`}>
        <DueBadge dueAt={ticket.slaDueAt} />
      </span>
      <span className="cell-updated muted" title={`Last activity ${formatFull(ticket.updatedAt)}`}>
        {formatAgo(ticket.updatedAt)}
      </span>
    </Link>
  );
});
