/**
 * Turns a ticket's new events into queued mail, inside the transaction that changed the ticket:
 * the mail is queued exactly when the change commits (a unique key per event and recipient), and
 * a cursor remembers how far the ticket's events were read. Nothing is queued while no mailbox
 * can send; events from before the first sending mailbox existed are never mailed. A fraud
 * warning goes to all of the client's contacts (queue-warning-mail.ts); the rest to the ticket's.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { formatTicketNumber, type TicketEventRecord, type TicketRecord } from '../tickets/index.js';
import { recentFromSender, ticketInboundFacts } from './inbound.repository.js';
import { pickTemplate, render, renderText } from './mail-template.js';
import type { MailDb } from './mail.tables.js';
import { mailboxDomain, type Mailbox } from './mailbox.js';
import { listMailboxes } from './mailbox.repository.js';
import type { MailboxCache } from './mailbox-cache.js';
import { holdBack, planMail, type DirectoryContact, type PlannedMail } from './outbound-plan.js';
import { autoMailTo, hardBounced, lastThreadIds, mailCursor, queueOutbound, saveMailCursor, templateRow } from './outbound.repository.js';
import { queueWarningMail } from './queue-warning-mail.js';

export interface OutboundPorts {
  ticketForMail(db: Db, ref: { id: string }): Promise<TicketRecord | undefined>;
  ticketEventsAfter(db: Db, ticketId: string, afterId: number): Promise<TicketEventRecord[]>;
  messageForMail(db: Db, id: string): Promise<{ kind: string; body: string; authorUserId: string | null } | undefined>;
  contactEmail(db: Db, contactId: string): Promise<{ name: string; email: string } | undefined>;
  /** A client's people with their addresses (the clients module's directory), for fraud warnings. */
  organizationDirectory(db: Db, organizationId: string): Promise<{ contacts: DirectoryContact[] } | undefined>;
  /** The resolution mail's one-click rating links (the csat module's), or '' for none. */
  ratingLinks?(db: Db, ticketId: string): Promise<string>;
}

export interface QueueMailDeps {
  db: MailDb;
  clock: Clock;
  ticketPrefix: string;
  publicUrl: string;
  /** Most automatic mails per address (and per sender) per hour. */
  capPerHour: number;
  ports: OutboundPorts;
  /** The mailboxes, read at most every few seconds (this runs on every ticket change). */
  mailboxes?: MailboxCache;
}

/** The mailbox a ticket's mail goes out from: the one its mail came in through, else its team's, else the first. */
function senderMailbox(mailboxes: Mailbox[], ticket: TicketRecord, inboundMailboxId: string | null): Mailbox | undefined {
  return mailboxes.find((m) => m.id === inboundMailboxId) ?? mailboxes.find((m) => m.teamId !== null && m.teamId === ticket.teamId) ?? mailboxes[0];
}

export async function queueTicketMail(deps: QueueMailDeps, ticketId: string): Promise<number> {
  const sending = (deps.mailboxes ? await deps.mailboxes.list(deps.db, deps.clock.now()) : await listMailboxes(deps.db)).filter((m) => m.enabled && m.outgoing !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (sending.length === 0) return 0;
  const since = sending[0].createdAt;
  const cursor = (await mailCursor(deps.db, ticketId)) ?? 0;
  const events = await deps.ports.ticketEventsAfter(deps.db, ticketId, cursor);
  if (events.length === 0) return 0;
  await saveMailCursor(deps.db, ticketId, events[events.length - 1].id);
  const plan = planMail(events.filter((e) => e.at >= since));
  if (plan.length === 0) return 0;
  const ticket = await deps.ports.ticketForMail(deps.db, { id: ticketId });
  if (!ticket) return 0;
  const facts = await ticketInboundFacts(deps.db, ticketId);
  const mailbox = senderMailbox(sending, ticket, facts.mailboxId)!;
  let queued = 0;
  for (const p of plan.filter((m) => m.event === 'fraud_warning')) queued += await queueWarningMail(deps, ticket, mailbox, p);
  const toContact = plan.filter((m) => m.event !== 'fraud_warning');
  const to = ticket.contactId && toContact.length > 0 ? await deps.ports.contactEmail(deps.db, ticket.contactId) : undefined;
  if (!to) return queued;
  for (const p of toContact) if (await queueOne(deps, ticket, mailbox, to, p, facts.openedByAutomatic)) queued++;
  return queued;
}

async function queueOne(deps: QueueMailDeps, ticket: TicketRecord, mailbox: Mailbox, to: { name: string; email: string }, p: PlannedMail, openedByAutomatic: boolean): Promise<boolean> {
  const now = deps.clock.now();
  const iso = new Date(now).toISOString();
  const number = formatTicketNumber(deps.ticketPrefix, ticket.number);
  const body = p.ticketMessageId ? ((await deps.ports.messageForMail(deps.db, p.ticketMessageId))?.body ?? '') : '';
  const template = pickTemplate(p.event, await templateRow(deps.db, ticket.organizationId, p.event), await templateRow(deps.db, '*', p.event));
  const ratingLinks = p.event === 'resolved' && deps.ports.ratingLinks ? await deps.ports.ratingLinks(deps.db, ticket.id) : '';
  const values = { number, subject: ticket.subject, contactName: to.name, body, portalUrl: deps.publicUrl.replace(/\/+$/, ''), mspName: mailbox.name, ratingLinks };
  const auto = p.event !== 'reply';
  const held = auto
    ? holdBack({
        automaticSender: openedByAutomatic,
        hardBounced: await hardBounced(deps.db, to.email),
        sentToRecipientLastHour: await autoMailTo(deps.db, to.email, new Date(now - 3600_000).toISOString()),
        fromSenderLastHour: await recentFromSender(deps.db, to.email, new Date(now - 3600_000).toISOString()),
        capPerHour: deps.capPerHour,
      })
    : null;
  const thread = await lastThreadIds(deps.db, ticket.id);
  const id = newId();
  const text = renderText(template, values);
  return queueOutbound(deps.db, {
    id, dedupeKey: `${ticket.id}:${p.eventId}:${p.event}:${to.email}`, ticketId: ticket.id, mailboxId: mailbox.id, kind: auto ? 'notification' : 'reply', event: p.event,
    ticketMessageId: p.ticketMessageId, contactId: ticket.contactId, toAddress: to.email, toName: to.name, fromName: template.fromName ? render(template.fromName, values, true) : mailbox.name,
    // RFC 3834: the opening acknowledgement answers the client's email; the others are generated.
    autoSubmitted: !auto ? null : p.event === 'created' && ticket.channel === 'email' ? 'auto-replied' : 'auto-generated', subject: render(template.subject, values, true), bodyText: text,
    messageId: `sb.${id}@${mailboxDomain(mailbox.address)}`, inReplyTo: thread.received[0] ?? thread.sent[0] ?? null, references: [...thread.received.slice(0, 5).reverse(), ...thread.sent.slice(0, 5).reverse()],
    auto, status: held ? 'suppressed' : 'queued', sendAfter: iso, createdAt: iso, lastError: held,
  });
}
