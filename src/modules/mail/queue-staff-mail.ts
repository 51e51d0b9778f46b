/**
 * Queues mail that belongs to no ticket (the owners' weekly summary, a status page's subscribers): sent
 * by the outbound worker from the desk's first sending mailbox like any automatic mail, exactly
 * once per key. Such mail carries an empty ticket id, so no ticket's mail history lists it.
 */
import type { Clock } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import type { MailDb } from './mail.tables.js';
import { mailboxDomain } from './mailbox.js';
import { listMailboxes } from './mailbox.repository.js';
import { queueOutbound } from './outbound.repository.js';

export interface StaffMail {
  /** Unique per mail and recipient: the same key is queued once, whatever retries. */
  key: string;
  to: { name: string; email: string };
  subject: string;
  body: string;
  /** What the mail is, for the outbox's records; default `owner_summary`. */
  event?: string;
}

/** Queues the mail; false when no mailbox can send or the key was queued before. */
export async function queueStaffMail(deps: { db: MailDb; clock: Clock }, m: StaffMail): Promise<boolean> {
  const sending = (await listMailboxes(deps.db)).filter((x) => x.enabled && x.outgoing !== null).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const mailbox = sending[0];
  if (!mailbox) return false;
  const id = newId();
  const at = deps.clock.iso();
  return queueOutbound(deps.db, {
    id, dedupeKey: m.key, ticketId: '', mailboxId: mailbox.id, kind: 'notification', event: m.event ?? 'owner_summary', ticketMessageId: null, contactId: null,
    toAddress: m.to.email, toName: m.to.name, fromName: mailbox.name, autoSubmitted: 'auto-generated', subject: m.subject.replace(/[\r\n]+/g, ' ').slice(0, 900), bodyText: m.body,
    messageId: `sb.${id}@${mailboxDomain(mailbox.address)}`, inReplyTo: null, references: [], auto: true, status: 'queued', sendAfter: at, createdAt: at,
  });
}
