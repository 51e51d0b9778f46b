/**
 * The tickets module's side of the mail channel: opening a ticket from an email, adding a received
 * email to a ticket, and putting a ticket back in front of the technician when our mail bounced.
 * Mail intake receives these functions from the composition root; nobody acts as a signed-in user
 * here, so events carry no actor and messages are authored by the contact.
 */
import type { DialectName } from '../../platform/db/dialect.js';
import { newId } from '../../platform/ids.js';
import { DESCRIPTION, type Priority, type Status } from './ticket.js';
import { addText, insertEvent, insertMessage, insertNewTicket, listEvents, toTicket, updateTicket, type EventRecord, type MessageRecord, type TicketRecord } from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';

/** What opening a ticket from an email needs: the ticket use cases' dependencies and the dialect (ticket numbers). */
export interface EmailTicketDeps extends TicketDeps {
  dialect: DialectName;
}

export interface EmailTicketInput {
  organizationId: string;
  contactId: string | null;
  subject: string;
  /** The visible reply of the email, kept as the ticket's description. */
  body: string;
  priority: Priority;
  teamId: string | null;
}

/** Opens a ticket (channel `email`) whose description is the email's visible text. */
export async function openTicketFromEmail(deps: EmailTicketDeps, input: EmailTicketInput): Promise<{ ticket: TicketRecord; messageId: string }> {
  const { db, clock } = deps;
  const now = clock.iso();
  const ticket: TicketRecord = {
    id: newId(), number: 0, organizationId: input.organizationId, contactId: input.contactId, siteId: null,
    subject: input.subject.trim() || '(no subject)', priority: input.priority, businessCritical: false, status: 'new', tier: 1, teamId: input.teamId,
    assigneeId: null, channel: 'email', tags: [], fcrOutcome: null, mergedIntoId: null, version: 1, createdAt: now, updatedAt: now, resolvedAt: null, closedAt: null, slaDueAt: null,
  };
  const messageId = newId();
  const message: MessageRecord = { id: messageId, ticket_id: ticket.id, kind: DESCRIPTION, author_user_id: null, author_contact_id: input.contactId, body: input.body, call_direction: null, caller_number: null, call_duration_seconds: null, created_at: now };
  const { id: _id, number: _n, version: _v, updatedAt: _u, slaDueAt: _s, ...snapshot } = ticket;
  ticket.number = await insertNewTicket(db, deps.dialect, ticket, { snapshot, actorUserId: null, message });
  await deps.onChanged?.(db, ticket.id);
  deps.emit({ type: 'ticket.created', ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal: false, at: now, data: { number: ticket.number } });
  return { ticket, messageId };
}

/**
 * Adds a received email to a ticket: a public reply from its contact, or an internal note (a
 * reply from someone outside the ticket's client). A reply brings a ticket that waits on the
 * client, or was resolved, back to open.
 */
export async function addEmailMessage(deps: TicketDeps, ticket: TicketRecord, input: { kind: 'reply' | 'note'; body: string; contactId: string | null }): Promise<string> {
  const now = deps.clock.iso();
  const id = newId();
  await insertMessage(deps.db, { id, ticket_id: ticket.id, kind: input.kind, author_user_id: null, author_contact_id: input.contactId, body: input.body, call_direction: null, caller_number: null, call_duration_seconds: null, created_at: now });
  // Clients search their own replies; a note from outside the client stays staff-only.
  if (input.body.trim()) await addText(deps.db, ticket.id, id, input.body, input.kind === 'reply');
  const internal = input.kind !== 'reply';
  await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: null, type: 'message.added', field: null, before: null, after: { messageId: id, kind: input.kind, channel: 'email' }, internal, at: now });
  const reopen = input.kind === 'reply' && (ticket.status === 'waiting_on_client' || ticket.status === 'resolved');
  await moveTicket(deps, ticket, reopen ? 'open' : ticket.status, now);
  deps.emit({ type: 'message.added', ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal, at: now, data: { messageId: id, kind: input.kind } });
  return id;
}

/**
 * Our mail to the client bounced: the ticket gets a `mail.delivery_failed` event (shown on the
 * ticket) and, unless it is already being worked (new or open), goes back to open so the
 * technician sees that the client never got the answer.
 */
export async function markDeliveryFailed(deps: TicketDeps, ticket: TicketRecord, detail: Record<string, unknown>): Promise<void> {
  const now = deps.clock.iso();
  await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: null, type: 'mail.delivery_failed', field: null, before: null, after: detail, internal: false, at: now });
  const back = ticket.status === 'waiting_on_client' || ticket.status === 'waiting_on_vendor' || ticket.status === 'resolved';
  await moveTicket(deps, ticket, back ? 'open' : ticket.status, now);
  deps.emit({ type: 'ticket.updated', ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal: true, at: now, data: { deliveryFailed: true } });
}

async function moveTicket(deps: TicketDeps, ticket: TicketRecord, status: Status, now: string): Promise<void> {
  const next = { ...ticket, status, updatedAt: now, version: ticket.version + 1, resolvedAt: status === 'open' ? null : ticket.resolvedAt };
  // A lost race means someone changed the ticket in this instant; the message is in, retry the whole intake.
  if (!(await updateTicket(deps.db, next, ticket.version))) throw new Error('the ticket changed while mail was added to it');
  if (status !== ticket.status) await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: null, type: 'ticket.updated', field: 'status', before: ticket.status, after: status, internal: false, at: now });
  await deps.onChanged?.(deps.db, ticket.id);
}

/** A ticket by id or human number, for mail intake (no actor: intake works for the whole desk). */
export async function ticketForMail(db: TicketDeps['db'], ref: { id?: string; number?: number }): Promise<TicketRecord | undefined> {
  let q = db.selectFrom('tickets').selectAll();
  q = ref.number !== undefined ? q.where('number', '=', ref.number) : q.where('id', '=', ref.id ?? '');
  const row = await q.executeTakeFirst();
  return row ? toTicket(row) : undefined;
}

/** A ticket's events after `afterId` (public and internal), oldest first, for outbound mail. */
export async function ticketEventsAfter(db: TicketDeps['db'], ticketId: string, afterId: number, limit = 200): Promise<EventRecord[]> {
  return listEvents(db, ticketId, 'staff', { limit, after: afterId });
}

/** A ticket message's kind, body and author, for mailing a staff reply. */
export async function messageForMail(db: TicketDeps['db'], id: string): Promise<{ kind: string; body: string; authorUserId: string | null } | undefined> {
  const r = await db.selectFrom('messages').select(['kind', 'body', 'author_user_id']).where('id', '=', id).executeTakeFirst();
  return r ? { kind: r.kind, body: r.body, authorUserId: r.author_user_id } : undefined;
}
