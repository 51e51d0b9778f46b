/**
 * The mail module's part in a ticket's life: what a change says to the client is queued as mail in
 * the transaction that made it; a new ticket's acknowledgement ("we have your request") is queued
 * as the ticket commits.
 */
import type { TicketReactions } from '../tickets/index.js';
import { queueTicketMail, type QueueMailDeps } from './queue-ticket-mail.js';

/** Registers the client mail's reactions to changed and new tickets. */
export function registerTicketReactions(reactions: TicketReactions, deps: Omit<QueueMailDeps, 'db'>): void {
  reactions.onChanged((db, ticketId) => queueTicketMail({ ...deps, db }, ticketId));
  reactions.onCreating(async (_db, ticket) => ({ apply: async (db) => void (await queueTicketMail({ ...deps, db }, ticket.id)) }));
}
