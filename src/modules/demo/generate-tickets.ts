/** Tickets with their messages, events, links and search texts. */
import { toIso } from '../../platform/clock.js';
import type { TicketLinkTable, TicketTable } from '../tickets/index.js';
import { PUBLIC_MESSAGE_KINDS } from '../tickets/index.js';
import type { DemoData, DemoEventRow, DemoOrganization, DemoStaff } from './demo-data.js';
import type { BuiltHistory } from './history-builder.js';
import type { Random } from './random.js';
import { writeHistory, type NumberedPlan } from './ticket-history.js';
import { planLiveDesk } from './live-desk.js';
import { planTickets, type TicketPlan } from './ticket-plan.js';

export type TicketRows = Pick<DemoData, 'tickets' | 'messages' | 'ticket_events' | 'ticket_links' | 'ticket_search' | 'live'>;

/** The first ticket number; numbers follow creation time. */
export const FIRST_TICKET_NUMBER = 1001;

/** Plans, numbers and plays out every ticket: months of history, and the live desk of today. */
export function generateTickets(rng: Random, nowMs: number, orgs: DemoOrganization[], staff: DemoStaff): TicketRows {
  const plans = [...planTickets(rng, nowMs, orgs), ...planLiveDesk(rng.split(), nowMs, orgs)]
    .map((plan, index) => ({ plan, index }))
    .sort((a, b) => a.plan.createdMs - b.plan.createdMs || a.index - b.index)
    .map(({ plan }) => plan);
  const numbered = new Map<TicketPlan, NumberedPlan>();
  // Each ticket's id is the first draw of its own generator, so it does not depend on the order.
  plans.forEach((plan, k) => numbered.set(plan, { plan, id: plan.rng.uuid(), number: FIRST_TICKET_NUMBER + k }));
  for (const n of numbered.values()) {
    if (n.plan.link?.kind === 'duplicate') n.duplicateOfNumber = numbered.get(n.plan.link.other)?.number;
  }
  const built = new Map<TicketPlan, BuiltHistory>();
  for (const plan of plans) built.set(plan, writeHistory(nowMs, staff, numbered.get(plan) as NumberedPlan));

  const rows: TicketRows = { tickets: [], messages: [], ticket_events: [], ticket_links: [], ticket_search: [], live: [] };
  for (const history of built.values()) {
    rows.tickets.push(history.ticket);
    rows.messages.push(...history.messages);
    rows.ticket_events.push(...history.events);
    rows.ticket_search.push({ ticket_id: history.ticket.id, source: 'subject', body: history.ticket.subject, client_visible: true });
    for (const m of history.messages) rows.ticket_search.push({ ticket_id: m.ticket_id, source: m.id, body: m.body, client_visible: PUBLIC_MESSAGE_KINDS.includes(m.kind) });
  }
  for (const plan of plans) {
    if (!plan.link) continue;
    const self = (built.get(plan) as BuiltHistory).ticket;
    const other = (built.get(plan.link.other) as BuiltHistory).ticket;
    const link = plan.link.kind === 'duplicate' ? duplicateLink(plan.rng, self, other) : parentLink(plan.rng, nowMs, other, self);
    rows.ticket_links.push(link);
    rows.ticket_events.push(...linkEvents(link));
  }
  for (const plan of plans) if (plan.live) rows.live.push({ ticketId: (numbered.get(plan) as NumberedPlan).id, role: plan.live });
  // Event ids are assigned in insertion order; inserting by time makes them grow with time.
  rows.ticket_events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return rows;
}

/** The technician who closed the duplicate linked it when closing it. */
function duplicateLink(rng: Random, duplicate: TicketTable, original: TicketTable): TicketLinkTable {
  return {
    id: rng.uuid(),
    kind: 'duplicate',
    from_ticket_id: duplicate.id,
    to_ticket_id: original.id,
    created_by: duplicate.assignee_id,
    created_at: duplicate.closed_at ?? duplicate.updated_at,
  };
}

/** A child ticket is linked to its parent a minute after it arrives. */
function parentLink(rng: Random, nowMs: number, parent: TicketTable, child: TicketTable): TicketLinkTable {
  const childMs = Date.parse(child.created_at);
  return {
    id: rng.uuid(),
    kind: 'parent',
    from_ticket_id: parent.id,
    to_ticket_id: child.id,
    created_by: parent.assignee_id,
    created_at: toIso(Math.min(childMs + 60_000, nowMs - 1000)),
  };
}

/** Both tickets record the link, as the tickets module does. */
function linkEvents(link: TicketLinkTable): DemoEventRow[] {
  return [link.from_ticket_id, link.to_ticket_id].map((ticketId) => ({
    ticket_id: ticketId,
    actor_user_id: link.created_by,
    type: 'ticket.linked',
    field: link.kind,
    before_value: null,
    after_value: JSON.stringify({
      linkId: link.id,
      kind: link.kind,
      from: link.from_ticket_id,
      to: link.to_ticket_id,
      other: ticketId === link.from_ticket_id ? link.to_ticket_id : link.from_ticket_id,
    }),
    internal: false,
    at: link.created_at,
  }));
}
