/** What the incidents module asks of others, as functions wired in main.ts (adapters take functions). */
import type { Db } from '../../platform/db/connect.js';

/**
 * The escalation ladders of child tickets: held while the incident owns them, released when it
 * lets a child go, and one page for all the incident's clients.
 */
export interface IncidentLadders {
  /** Holds the ticket's running ladders; how many. */
  hold(db: Db, ticketId: string, actorUserId: string | null): Promise<number>;
  /** Ends the ticket's held ladders and lets it climb its policies afresh; how many were held. */
  release(db: Db, ticketId: string, reason: string, actorUserId: string | null): Promise<number>;
  /** Pages on-call once for the held tickets; how many notifications were queued (once per key). */
  page(db: Db, ticketIds: string[], page: { key: string; subject: string; body: string }): Promise<number>;
  /** Called after a transaction that queued pages committed (wakes the delivery worker). */
  afterPaged?: () => void;
}

/** A notice mailed about a ticket through the mail module's outbox (queueTicketNotice). */
export type MailNotice = (db: Db, notice: { ticketId: string; key: string; subject: string; body: string; to: { contactId: string | null; name: string; email: string }[] }) => Promise<number>;
