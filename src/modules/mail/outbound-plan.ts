/**
 * Which mail a ticket's new events call for: a staff public reply goes to the client as it is;
 * a ticket opened, picked up (new → open without a reply) or resolved sends the contact an
 * automatic notification; a fraud warning published on the ticket goes to all of the client's
 * contacts. Automatic notifications never go to automatic senders, and the per-recipient and
 * per-sender caps hold them back (the fraud warning excepted: see queue-warning-mail.ts). Pure; no I/O.
 */
import type { TicketEventRecord } from '../tickets/index.js';

/** Events that send mail. */
export const MAIL_EVENTS = ['reply', 'created', 'acknowledged', 'resolved', 'fraud_warning'] as const;
export type MailEvent = (typeof MAIL_EVENTS)[number];

export interface PlannedMail {
  event: MailEvent;
  /** The ticket event that called for it (the dedupe key's part). */
  eventId: number;
  /** For replies: the ticket message to send. */
  ticketMessageId: string | null;
  /** For fraud warnings: the words staff published (the body's core). */
  warningText?: string;
}

/** Mail called for by events after the cursor, in event order. Only staff replies are mailed. */
export function planMail(events: TicketEventRecord[]): PlannedMail[] {
  const out: PlannedMail[] = [];
  const repliedInBatch = events.some((e) => e.type === 'message.added' && e.actorUserId !== null && (e.after as { kind?: string } | null)?.kind === 'reply');
  for (const e of events) {
    const after = e.after as Record<string, unknown> | null;
    if (e.type === 'ticket.created') out.push({ event: 'created', eventId: e.id, ticketMessageId: null });
    else if (e.type === 'message.added' && e.actorUserId !== null && after?.kind === 'reply') out.push({ event: 'reply', eventId: e.id, ticketMessageId: String(after.messageId) });
    // Only publishing mails the client's people: a reworded or ended warning (fraud.warning_changed) sends nothing.
    else if (e.type === 'fraud.warning_published') out.push({ event: 'fraud_warning', eventId: e.id, ticketMessageId: null, warningText: String(after?.text ?? '') });
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

/** A person of the client's directory, as the clients module hands it over. */
export interface DirectoryContact {
  id: string;
  name: string;
  /** Primary address first. */
  emails: string[];
  archivedAt: string | null;
}

/**
 * Who a fraud warning is mailed to: every contact on file that is not archived, at their first
 * (primary) address, one mail per address (people sharing an address get one). The directory
 * alone decides: the address the fraudulent message came from gets it only if it is on file.
 */
export function warningRecipients(contacts: DirectoryContact[]): { contactId: string; name: string; email: string }[] {
  const seen = new Set<string>();
  const out: { contactId: string; name: string; email: string }[] = [];
  for (const c of contacts) {
    const email = c.emails[0]?.toLowerCase();
    if (c.archivedAt !== null || !email || seen.has(email)) continue;
    seen.add(email);
    out.push({ contactId: c.id, name: c.name, email });
  }
  return out;
}
