/**
 * Which mail a ticket's new events call for: a staff public reply goes to the client as it is;
 * a ticket opened, picked up (new → open without a reply) or resolved sends the contact an
 * automatic notification. Automatic notifications never go to automatic senders, and the
 * per-recipient and per-sender caps hold them back. Pure; no I/O.
 */
import type { TicketEventRecord } from '../tickets/index.js';

/** Events that send mail. */
export const MAIL_EVENTS = ['reply', 'created', 'acknowledged', 'resolved'] as const;
export type MailEvent = (typeof MAIL_EVENTS)[number];

export interface PlannedMail {
  event: MailEvent;
  /** The ticket event that called for it (the dedupe key's part). */
  eventId: number;
  /** For replies: the ticket message to send. */
  ticketMessageId: string | null;
}

/** Mail called for by events after the cursor, in event order. Only staff replies are mailed. */
export function planMail(events: TicketEventRecord[]): PlannedMail[] {
  const out: PlannedMail[] = [];
  const repliedInBatch = events.some((e) => e.type === 'message.added' && e.actorUserId !== null && (e.after as { kind?: string } | null)?.kind === 'reply');
  for (const e of events) {
    const after = e.after as Record<string, unknown> | null;
    if (e.type === 'ticket.created') out.push({ event: 'created', eventId: e.id, ticketMessageId: null });
    else if (e.type === 'message.added' && e.actorUserId !== null && after?.kind === 'reply') out.push({ event: 'reply', eventId: e.id, ticketMessageId: String(after.messageId) });
    else if (e.type === 'ticket.updated' && e.field === 'status' && e.after === 'resolved') out.push({ event: 'resolved', eventId: e.id, ticketMessageId: null });
    // A technician's reply already tells the client someone is on it.
    else if (e.type === 'ticket.updated' && e.field === 'status' && e.before === 'new' && e.after === 'open' && e.actorUserId !== null && !repliedInBatch) out.push({ event: 'acknowledged', eventId: e.id, ticketMessageId: null });
  }
  return out;
}

/** Why an automatic notification is held back, or null to send it. */
export function holdBack(facts: { automaticSender: boolean; hardBounced: boolean; sentToRecipientLastHour: number; fromSenderLastHour: number; capPerHour: number }): string | null {
  if (facts.automaticSender) return 'the ticket came from an automatic sender (never answered automatically)';
  if (facts.hardBounced) return 'the address bounced permanently';
  if (facts.sentToRecipientLastHour >= facts.capPerHour) return `cap reached: ${facts.capPerHour} automatic mails to this address in the last hour`;
  if (facts.fromSenderLastHour > facts.capPerHour) return `cap reached: over ${facts.capPerHour} messages from this sender in the last hour`;
  return null;
}
