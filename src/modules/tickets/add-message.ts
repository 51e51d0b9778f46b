import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Actor } from '../auth/index.js';
import type { MessageKind, Status } from './ticket.js';
import { addText, insertEvent, insertMessage, updateTicket, type MessageRecord, type TicketRecord } from './ticket.repository.js';
import type { TicketDeps } from './ticket-deps.js';

export interface AddMessageInput {
  kind: MessageKind;
  body: string;
  callDirection?: 'inbound' | 'outbound';
  callerNumber?: string;
  callDurationSeconds?: number;
}

/**
 * Adds a public reply, an internal note or a call log entry. A client's reply brings a ticket that
 * waits on the client back to open; staff's first public reply opens a new ticket.
 */
export async function addMessage(deps: TicketDeps, actor: Actor, ticket: TicketRecord, input: AddMessageInput): Promise<MessageRecord> {
  if (actor.kind === 'client' && input.kind !== 'reply') {
    throw new AppError('field_not_allowed', 'Clients can only add replies', { status: 403, field: '/kind' });
  }
  if (input.kind !== 'call' && (input.callDirection || input.callerNumber || input.callDurationSeconds !== undefined)) {
    throw new AppError('call_fields_on_message', 'Call details belong only on a call log entry (kind "call")', { status: 422, field: '/kind' });
  }
  if (input.kind === 'call' && !input.callDirection) {
    throw new AppError('validation_failed', 'A call log entry needs its direction', { status: 422, field: '/callDirection' });
  }
  if (ticket.mergedIntoId) throw conflict('ticket_merged', 'This ticket was merged into another; write there instead');
  if (ticket.status === 'closed') throw conflict('ticket_closed', 'This ticket is closed; open a new ticket instead', '/status');
  const now = deps.clock.iso();
  const message: MessageRecord = {
    id: newId(),
    ticket_id: ticket.id,
    kind: input.kind,
    author_user_id: actor.kind === 'staff' ? actor.userId : null,
    author_contact_id: actor.kind === 'client' ? actor.contactId : null,
    body: input.body,
    call_direction: input.callDirection ?? null,
    caller_number: input.callerNumber ?? null,
    call_duration_seconds: input.callDurationSeconds ?? null,
    created_at: now,
  };
  await insertMessage(deps.db, message);
  const internal = input.kind !== 'reply';
  await addText(deps.db, ticket.id, message.id, message.body, !internal);
  await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'message.added', field: null, before: null, after: { messageId: message.id, kind: input.kind }, internal, at: now });

  const nextStatus: Status | undefined =
    actor.kind === 'client' && (ticket.status === 'waiting_on_client' || ticket.status === 'resolved')
      ? 'open'
      : actor.kind === 'staff' && input.kind === 'reply' && ticket.status === 'new'
        ? 'open'
        : undefined;
  const next = { ...ticket, updatedAt: now, version: ticket.version + 1, status: nextStatus ?? ticket.status, resolvedAt: nextStatus === 'open' ? null : ticket.resolvedAt };
  if (!(await updateTicket(deps.db, next, ticket.version))) {
    throw new AppError('version_conflict', 'The ticket changed at the same moment; try again', { status: 409 });
  }
  if (nextStatus) {
    await insertEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'ticket.updated', field: 'status', before: ticket.status, after: nextStatus, internal: false, at: now });
  }
  await deps.onChanged?.(deps.db, ticket.id);
  deps.emit({ type: 'message.added', ticketId: ticket.id, organizationId: ticket.organizationId, contactId: ticket.contactId, internal, at: now, data: { messageId: message.id, kind: input.kind } });
  return message;
}
