/**
 * What a client may read of a ticket and its history. Everything here is an allowlist: a field,
 * event type or changed field that is not named is staff-only, so whatever the desk adds later
 * stays out of the client's view until someone decides otherwise. No I/O.
 *
 * A client reads the ticket's subject, status, priority, who it is for, when it was opened and
 * closed, its SLA due time, whether someone has it, and its public conversation. Staff-only are its
 * tags, team, tier, business-critical flag, first-contact outcome, internal notes and call logs,
 * reassignments, escalation and SLA-notice events, and links to tickets the client cannot see.
 */
import type { DomainEvent } from '../../platform/events.js';

/** Ticket fields only staff see. */
export const STAFF_ONLY_FIELDS = ['tags', 'teamId', 'tier', 'businessCritical', 'fcrOutcome'] as const;

/** Event types a client sees (and then only those not marked internal). */
export const CLIENT_EVENT_TYPES = ['ticket.created', 'ticket.updated', 'message.added', 'ticket.linked', 'ticket.merged'] as const;

/** Fields whose changes (`ticket.updated`) a client sees. */
export const CLIENT_CHANGED_FIELDS = ['subject', 'status', 'priority', 'contactId', 'siteId'] as const;

/** The list filters that would let a client probe staff-only fields (who is assigned, which tier). */
export const STAFF_ONLY_FILTERS = ['assigneeId', 'teamId', 'tier', 'businessCritical'] as const;

/** A ticket (or a ticket snapshot in an event) without its staff-only fields. */
export function clientTicket<T extends object>(ticket: T): Partial<T> {
  const out = { ...ticket } as Record<string, unknown>;
  for (const field of STAFF_ONLY_FIELDS) delete out[field];
  return out as Partial<T>;
}

/** An event of the event log as a client sees it, or undefined when it is staff-only. */
export function clientEvent<E extends { type: string; field: string | null; after: unknown; internal: boolean }>(event: E): E | undefined {
  if (event.internal || !(CLIENT_EVENT_TYPES as readonly string[]).includes(event.type)) return undefined;
  if (event.type === 'ticket.updated' && !(CLIENT_CHANGED_FIELDS as readonly (string | null)[]).includes(event.field)) return undefined;
  if (event.type === 'ticket.created' && event.after !== null && typeof event.after === 'object') return { ...event, after: clientTicket(event.after) };
  return event;
}

/** The id of the other ticket a `ticket.linked` event names, for a visibility check. */
export function linkedTicketId(event: { type: string; after: unknown }): string | undefined {
  if (event.type !== 'ticket.linked' || event.after === null || typeof event.after !== 'object') return undefined;
  const other = (event.after as { other?: unknown }).other;
  return typeof other === 'string' ? other : undefined;
}

/**
 * A live event as a client's stream carries it, or undefined when it is staff-only. Link events
 * are left out: the stream cannot tell whether the client may see the other ticket.
 */
export function clientStreamEvent(event: DomainEvent): DomainEvent | undefined {
  if (event.internal || event.type === 'ticket.linked' || !(CLIENT_EVENT_TYPES as readonly string[]).includes(event.type)) return undefined;
  if (event.type !== 'ticket.updated') return event;
  const fields = Array.isArray(event.data.fields) ? event.data.fields.filter((f) => (CLIENT_CHANGED_FIELDS as readonly unknown[]).includes(f)) : [];
  return fields.length === 0 ? undefined : { ...event, data: { ...event.data, fields } };
}
