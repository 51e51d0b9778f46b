/**
 * What mail intake needs from outside the mail module, passed in by the composition root as
 * functions (the tickets and clients modules' exports), so intake never reaches into their tables.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import type { DialectName } from '../../platform/db/dialect.js';
import type { DomainEvent } from '../../platform/events.js';
import type { FraudContext, FraudReason } from '../fraud/index.js';
import type { EmailTicketDeps, EmailTicketInput, TicketDeps, TicketRecord } from '../tickets/index.js';
import type { MailDb } from './mail.tables.js';
import type { ParseLimits } from './parse-message.js';
import type { FraudContexts } from './resolve-sender.js';
import type { MailboxCache } from './mailbox-cache.js';

/** The tickets' and clients' functions intake calls. */
export interface MailPorts {
  openTicketFromEmail(deps: EmailTicketDeps, input: EmailTicketInput): Promise<{ ticket: TicketRecord; messageId: string }>;
  addEmailMessage(deps: TicketDeps, ticket: TicketRecord, input: { kind: 'reply' | 'note'; body: string; contactId: string | null }): Promise<string>;
  markDeliveryFailed(deps: TicketDeps, ticket: TicketRecord, detail: Record<string, unknown>): Promise<void>;
  ticketForMail(db: Db, ref: { id?: string; number?: number }): Promise<TicketRecord | undefined>;
  contactsByEmail(db: Db, address: string): Promise<{ id: string; organizationId: string; name: string }[]>;
  organizationsByEmailDomain(db: Db, domain: string): Promise<string[]>;
  organizationEmails(db: Db, organizationId: string): Promise<{ contactId: string; name: string; email: string }[]>;
  /**
   * The fraud workflow's context for a client (its people, the domains it has had mail from,
   * confirmed look-alikes, its threshold); without it intake scores from the client's contacts alone.
   */
  fraudContext?(db: Db, organizationId: string): Promise<FraudContext>;
  /** Remembers that a client had mail from the sender's domain, so it is not "new" next time. */
  recordSenderDomain?(db: Db, input: { organizationId: string; address: string; at: string }): Promise<void>;
}

/** A message whose fraud score reached the threshold, for the fraud workflow's verify-by-phone flag. */
export interface SuspiciousMessage {
  ticketId: string;
  /** The ticket message (description, reply or note) the email became. */
  messageId: string;
  /** The stored email. */
  inboundMessageId: string;
  score: number;
  reasons: FraudReason[];
  purportedSender: { address: string; name: string | null };
}

export interface IntakeDeps {
  db: MailDb;
  dialect: DialectName;
  clock: Clock;
  ports: MailPorts;
  ticketPrefix: string;
  /**
   * Our authserv-id (the mail host name): the SMTP listener writes its verdicts under it, and only
   * a topmost Authentication-Results of this id is read from mail the listener received.
   */
  authservId: string;
  limits?: Partial<ParseLimits>;
  /** Runs in the writing transaction after a ticket changed (SLA clocks, ladders, outbound mail). */
  onTicketChanged?: (db: Db, ticketId: string) => Promise<void>;
  /** Publishes live events after commit. */
  publish: (event: DomainEvent) => void;
  /**
   * Called in the filing transaction when a filed message's fraud score reaches the threshold:
   * the fraud workflow flags the ticket "verify by phone" (wired at the composition root).
   */
  onSuspicious?: (trx: Db, message: SuspiciousMessage) => Promise<void>;
  /**
   * Asked first, in the filing transaction, for every message with a sender: another module may take
   * it as its own (the backups module: a backup report) instead of a ticket, answering the
   * disposition to keep; null leaves it to routing (wired at the composition root). `authResults`
   * are the verdicts intake trusts (our listener's, or the mailbox's trusted provider's), null when none.
   */
  takeMessage?: (trx: Db, message: { from: string; subject: string; text: string; authResults: { spf?: string; dkim?: string; dmarc?: string } | null }, emit: (event: DomainEvent) => void) => Promise<{ disposition: string; detail: Record<string, unknown> } | null>;
  /** Score at which a message counts as suspicious (0–100). */
  fraudThreshold: number;
  /** Recently built fraud contexts, reused across messages of the same client. */
  contexts?: FraudContexts;
  /** The mailboxes, read at most every few seconds. */
  mailboxes?: MailboxCache;
}

/**
 * Ticket use-case dependencies on a transaction, collecting live events for after commit.
 * `beforeChanged` runs before the ticket-changed hook: intake links the email to its ticket there,
 * so the mail the change queues already threads to it (In-Reply-To) and knows how it came in.
 */
export function ticketDeps(deps: IntakeDeps, trx: MailDb, outbox: DomainEvent[], beforeChanged?: (ticketId: string) => Promise<void>): EmailTicketDeps {
  const onChanged = deps.onTicketChanged;
  return {
    db: trx,
    dialect: deps.dialect,
    clock: deps.clock,
    emit: (e) => outbox.push(e),
    onChanged: async (db, ticketId) => {
      await beforeChanged?.(ticketId);
      await onChanged?.(db, ticketId);
    },
  };
}
