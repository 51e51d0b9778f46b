/**
 * Mails a notice about a ticket that another module writes and addresses — a vendor incident's
 * update to the affected client's people (issue 12, item 3) — through the outbox like any other
 * ticket mail: from the ticket's sending mailbox, queued in the caller's transaction, once per
 * notice key and address. Like a fraud warning it is one mail per address that staff chose to
 * send, so the hourly caps of automatic mail do not hold it back; a hard-bounced address still
 * gets nothing.
 */
import { newId } from '../../platform/ids.js';
import { ticketInboundFacts } from './inbound.repository.js';
import { mailboxDomain } from './mailbox.js';
import { listMailboxes } from './mailbox.repository.js';
import { hardBounced, queueOutbound } from './outbound.repository.js';
import type { QueueMailDeps } from './queue-ticket-mail.js';

export interface TicketNotice {
  ticketId: string;
  /** Unique per notice: the same key and address is queued once. */
  key: string;
  subject: string;
  body: string;
  to: { contactId: string | null; name: string; email: string }[];
}

/** Queues the notice to each address; returns how many mails were queued (0 while no mailbox can send). */
export async function queueTicketNotice(deps: QueueMailDeps, notice: TicketNotice): Promise<number> {
  const sending = (deps.mailboxes ? await deps.mailboxes.list(deps.db, deps.clock.now()) : await listMailboxes(deps.db)).filter((m) => m.enabled && m.outgoing !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (sending.length === 0) return 0;
  const came = (await ticketInboundFacts(deps.db, notice.ticketId)).mailboxId;
  const mailbox = sending.find((m) => m.id === came) ?? sending[0];
  const iso = deps.clock.iso();
  let queued = 0;
  for (const to of notice.to) {
    const held = (await hardBounced(deps.db, to.email)) ? 'the address bounced permanently' : null;
    const id = newId();
    const fresh = await queueOutbound(deps.db, {
      id, dedupeKey: `${notice.ticketId}:${notice.key}:${to.email.toLowerCase()}`, ticketId: notice.ticketId, mailboxId: mailbox.id, kind: 'notification', event: 'incident_update', ticketMessageId: null, contactId: to.contactId,
      toAddress: to.email, toName: to.name, fromName: mailbox.name, autoSubmitted: 'auto-generated', subject: notice.subject, bodyText: notice.body, messageId: `sb.${id}@${mailboxDomain(mailbox.address)}`, inReplyTo: null, references: [],
      auto: true, status: held ? 'suppressed' : 'queued', sendAfter: iso, createdAt: iso, lastError: held,
    });
    if (fresh) queued++;
  }
  return queued;
}
