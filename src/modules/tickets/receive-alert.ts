/**
 * The tickets module's side of monitoring alerts: opening a ticket for an alert, reading the state
 * of the tickets alerts keep, and resolving or reopening one when its alert recovers or fires
 * again. The alerts module receives these functions through this module's index; nobody acts as a
 * signed-in user here, so events carry no actor and the ticket has no contact.
 */
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import { newId } from '../../platform/ids.js';
import { DESCRIPTION, isOpenStatus, type Priority, type Status } from './ticket.js';
import { insertEvent, insertNewTicket, toTicket, updateTicket, type MessageRecord, type TicketRecord } from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';

export interface AlertTicketInput {
  organizationId: string;
  subject: string;
  /** What the alert said, kept as the ticket's description. */
  description: string;
  priority: Priority;
  tags: string[];
}

/** Where an alert's ticket stands: still open, resolved (may reopen), or finished for good (closed or merged). */
export type AlertTicketState = 'open' | 'resolved' | 'closed';

/** Opens a ticket (channel `monitoring`, no contact) whose description is the alert's text. */
export async function openTicketFromAlert(deps: TicketDeps & { dialect: DialectName }, input: AlertTicketInput): Promise<{ id: string; number: number }> {
  const { db, clock } = deps;
  const now = clock.iso();
  const ticket: TicketRecord = {
    id: newId(), number: 0, organizationId: input.organizationId, contactId: null, siteId: null,
    subject: input.subject, priority: input.priority, businessCritical: false, status: 'new', tier: 1, teamId: null,
    assigneeId: null, channel: 'monitoring', tags: input.tags, fcrOutcome: null, mergedIntoId: null, version: 1, createdAt: now, updatedAt: now, resolvedAt: null, closedAt: null, slaDueAt: null,
  };
  const message: MessageRecord = { id: newId(), ticket_id: ticket.id, kind: DESCRIPTION, author_user_id: null, author_contact_id: null, body: input.description, call_direction: null, caller_number: null, call_duration_seconds: null, created_at: now };
  const { id: _id, number: _n, version: _v, updatedAt: _u, slaDueAt: _s, ...snapshot } = ticket;
  ticket.number = await insertNewTicket(db, deps.dialect, ticket, { snapshot, actorUserId: null, message });
  await deps.onChanged?.(db, ticket.id);
  deps.emit({ type: 'ticket.created', ticketId: ticket.id, organizationId: ticket.organizationId, contactId: null, internal: false, at: now, data: { number: ticket.number } });
  return { id: ticket.id, number: ticket.number };
}

/** The state of each named ticket (a missing one counts as closed). */
export async function alertTicketStates(db: Db, ids: string[]): Promise<Map<string, AlertTicketState>> {
  const states = new Map<string, AlertTicketState>();
  if (ids.length === 0) return states;
  const rows = await db.selectFrom('tickets').select(['id', 'status', 'merged_into_id']).where('id', 'in', [...new Set(ids)]).execute();
  for (const r of rows) states.set(r.id, r.merged_into_id ? 'closed' : isOpenStatus(r.status) ? 'open' : r.status === 'resolved' ? 'resolved' : 'closed');
  return states;
}

/**
 * Resolves an open ticket (its alert recovered) or reopens a resolved one (its alert fired again),
 * with the status change in the event log and the SLA clocks and ladders following. False when
 * the ticket is not in the state the move starts from.
 */
export async function moveTicketForAlert(deps: TicketDeps, ticketId: string, to: 'resolved' | 'open'): Promise<boolean> {
  const row = await deps.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  if (!row) return false;
  const ticket = toTicket(row);
  const from: Status = ticket.status;
  if (ticket.mergedIntoId || (to === 'resolved' ? !isOpenStatus(from) : from !== 'resolved')) return false;
  const now = deps.clock.iso();
  const next: TicketRecord = { ...ticket, status: to, version: ticket.version + 1, updatedAt: now, resolvedAt: to === 'resolved' ? now : null };
  // A person changed the ticket in this instant: the caller's transaction is retried as a whole.
  if (!(await updateTicket(deps.db, next, ticket.version))) throw new Error('the ticket changed while its alert moved it');
  await insertEvent(deps.db, { ticketId, actorUserId: null, type: 'ticket.updated', field: 'status', before: from, after: to, internal: false, at: now });
  await deps.onChanged?.(deps.db, ticketId);
  deps.emit({ type: 'ticket.updated', ticketId, organizationId: ticket.organizationId, contactId: ticket.contactId, internal: false, at: now, data: { fields: ['status'], version: next.version } });
  return true;
}
