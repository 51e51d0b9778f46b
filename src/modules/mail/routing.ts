/**
 * Where an inbound message goes, decided from facts intake has gathered: the ticket its subject
 * token names, the ticket its In-Reply-To/References point at (ids we sent or received), who sent
 * it, and whether it is automatic or a bounce. Never by subject alone. Pure; no I/O.
 */
import { parseTicketNumber } from '../tickets/index.js';
import type { AutomaticVerdict } from './automatic.js';

/** A ticket as routing needs it. */
export interface RouteTicket {
  id: string;
  number: number;
  organizationId: string;
  status: string;
}

/** The sender, as far as the directory knows them. */
export type Sender =
  | { kind: 'contact'; contactId: string; organizationId: string }
  | { kind: 'domain'; organizationId: string }
  | { kind: 'unknown'; why: 'no_match' | 'ambiguous_domain' | 'free_mail' | 'no_address' };

/** What a reply from outside the ticket's client becomes (per mailbox). */
export type OutsideSender = 'note' | 'new_ticket';

export interface RouteFacts {
  /** The ticket of the subject token, when the token names an existing ticket. */
  tokenTicket: (RouteTicket & { token: string }) | null;
  /** The ticket of a message id in In-Reply-To or References, with the id that matched. */
  headerTicket: (RouteTicket & { messageId: string }) | null;
  sender: Sender;
  auto: AutomaticVerdict | null;
  isBounce: boolean;
  outsideSender: OutsideSender;
}

/** Why a message went where it went; stored with it and shown on the ticket. */
export type RouteReason =
  | { by: 'token'; token: string }
  | { by: 'header'; messageId: string }
  | { by: 'sender'; match: 'contact' | 'domain' }
  | { by: 'auto'; kind: string; reasons: string[] }
  | { by: 'bounce' }
  | { by: 'unknown_sender'; why: string }
  | { by: 'outside_sender'; ticketNumber: number; senderOrganizationId: string | null }
  | { by: 'ticket_closed'; ticketNumber: number };

export type Route =
  /** A public reply on the ticket, from its client. */
  | { action: 'reply'; ticketId: string; reason: RouteReason }
  /** An internal note on the ticket: an outside sender (setting `note`), or an automatic reply. */
  | { action: 'note'; ticketId: string; reason: RouteReason }
  /** A new ticket for the sender's client. */
  | { action: 'create'; organizationId: string; contactId: string | null; reason: RouteReason; previous?: RouteReason }
  /** The triage queue: nobody knows the sender. */
  | { action: 'triage'; reason: RouteReason; previous?: RouteReason }
  /** Kept, shown nowhere but the mailbox's log: an automatic message that belongs to no ticket. */
  | { action: 'suppress'; reason: RouteReason }
  /** A bounce: linked to the message that bounced, handled by the bounce path. */
  | { action: 'bounce'; reason: RouteReason };

/** Automatic kinds that never open a ticket: replies and reports about mail already sent. */
const NEVER_OPENS = new Set(['vacation', 'auto-reply', 'delivery-report']);

/**
 * The ticket numbers in a subject's tokens `[PREFIX-1042]` (the configured prefix only, any case),
 * in order of appearance.
 */
export function subjectTokens(subject: string, prefix: string): { token: string; number: number }[] {
  const out: { token: string; number: number }[] = [];
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of subject.slice(0, 2000).matchAll(new RegExp(`\\[\\s*(${escaped}-\\d{1,9})\\s*\\]`, 'gi'))) {
    const number = parseTicketNumber(m[1]);
    if (number !== undefined) out.push({ token: m[1].toUpperCase(), number });
  }
  return out;
}

function fresh(facts: RouteFacts, previous?: RouteReason): Route {
  const { sender, auto } = facts;
  if (auto && NEVER_OPENS.has(auto.kind)) return { action: 'suppress', reason: { by: 'auto', kind: auto.kind, reasons: auto.reasons } };
  if (sender.kind === 'unknown') return { action: 'triage', reason: { by: 'unknown_sender', why: sender.why }, ...(previous ? { previous } : {}) };
  const reason: RouteReason = { by: 'sender', match: sender.kind };
  return { action: 'create', organizationId: sender.organizationId, contactId: sender.kind === 'contact' ? sender.contactId : null, reason, ...(previous ? { previous } : {}) };
}

/** Decides where a message goes. */
export function routeMessage(facts: RouteFacts): Route {
  if (facts.isBounce) return { action: 'bounce', reason: { by: 'bounce' } };
  const ticket = facts.tokenTicket ?? facts.headerTicket;
  if (!ticket) return fresh(facts);
  const reason: RouteReason = facts.tokenTicket ? { by: 'token', token: facts.tokenTicket.token } : { by: 'header', messageId: facts.headerTicket!.messageId };
  if (ticket.status === 'closed') return fresh(facts, { by: 'ticket_closed', ticketNumber: ticket.number });
  // An out-of-office answer to our reply belongs on the ticket, but must not reopen it.
  if (facts.auto && NEVER_OPENS.has(facts.auto.kind)) return { action: 'note', ticketId: ticket.id, reason: { by: 'auto', kind: facts.auto.kind, reasons: facts.auto.reasons } };
  const senderOrg = facts.sender.kind === 'unknown' ? null : facts.sender.organizationId;
  if (senderOrg === ticket.organizationId) return { action: 'reply', ticketId: ticket.id, reason };
  const outside: RouteReason = { by: 'outside_sender', ticketNumber: ticket.number, senderOrganizationId: senderOrg };
  if (facts.outsideSender === 'note') return { action: 'note', ticketId: ticket.id, reason: outside };
  return fresh(facts, outside);
}
