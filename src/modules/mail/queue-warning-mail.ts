/**
 * Mails a published fraud warning (issue 15, item 8) to the client's people: every contact on
 * file with an address, from the ticket's sending mailbox, through the outbox like any other
 * ticket mail — queued in the transaction that published the warning, once per event and address.
 */
import { newId } from '../../platform/ids.js';
import { formatTicketNumber, type TicketRecord } from '../tickets/index.js';
import { pickTemplate, render, renderText } from './mail-template.js';
import { mailboxDomain, type Mailbox } from './mailbox.js';
import { warningRecipients, type PlannedMail } from './outbound-plan.js';
import { hardBounced, queueOutbound, templateRow } from './outbound.repository.js';
import type { QueueMailDeps } from './queue-ticket-mail.js';

/**
 * Queues the warning to each recipient; returns how many mails were queued.
 *
 * It is automatic mail (`Auto-Submitted: auto-generated`), but the per-recipient and per-sender
 * hourly caps do not hold it back, nor does the ticket having come from an automatic sender: those
 * rules stop loops and floods of notifications answering mail, whereas this is one mail per
 * address, sent because staff confirmed a fraud by phone — a security warning a cap suppressed
 * would leave someone to pay the fraudster. A hard-bounced address still gets nothing: the mail
 * cannot arrive there, and sending to it again harms the mailbox's reputation.
 *
 * No In-Reply-To or References: the ticket's thread holds the fraudulent message itself, and the
 * warning must not be filed beside it as part of that conversation.
 */
export async function queueWarningMail(deps: QueueMailDeps, ticket: TicketRecord, mailbox: Mailbox, p: PlannedMail): Promise<number> {
  const directory = await deps.ports.organizationDirectory(deps.db, ticket.organizationId);
  const recipients = warningRecipients(directory?.contacts ?? []);
  if (recipients.length === 0) return 0;
  const template = pickTemplate('fraud_warning', await templateRow(deps.db, ticket.organizationId, 'fraud_warning'), await templateRow(deps.db, '*', 'fraud_warning'));
  const iso = deps.clock.iso();
  const warning = p.warningText ?? '';
  let queued = 0;
  for (const to of recipients) {
    const values = { number: formatTicketNumber(deps.ticketPrefix, ticket.number), subject: ticket.subject, contactName: to.name, warning, body: warning, portalUrl: deps.publicUrl.replace(/\/+$/, ''), mspName: mailbox.name };
    const held = (await hardBounced(deps.db, to.email)) ? 'the address bounced permanently' : null;
    const id = newId();
    const fresh = await queueOutbound(deps.db, {
      id, dedupeKey: `${ticket.id}:${p.eventId}:${p.event}:${to.email}`, ticketId: ticket.id, mailboxId: mailbox.id, kind: 'notification', event: p.event, ticketMessageId: null, contactId: to.contactId,
      toAddress: to.email, toName: to.name, fromName: template.fromName ? render(template.fromName, values, true) : mailbox.name, autoSubmitted: 'auto-generated',
      subject: render(template.subject, values, true), bodyText: renderText(template, values), messageId: `sb.${id}@${mailboxDomain(mailbox.address)}`, inReplyTo: null, references: [],
      auto: true, status: held ? 'suppressed' : 'queued', sendAfter: iso, createdAt: iso, lastError: held,
    });
    if (fresh) queued++;
  }
  return queued;
}
