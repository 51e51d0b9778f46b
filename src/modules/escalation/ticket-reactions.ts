/**
 * The escalation module's part in a ticket's life: a changed ticket's ladders are started, moved or
 * ended as its policies say; a new ticket's matching ladders start in its creating transaction.
 */
import type { TicketReactions } from '../tickets/index.js';
import type { LadderDeps } from './ladder-deps.js';
import { planNewTicketLadders, syncLadders } from './run-ladder.js';

/** Registers the ladders' reactions to changed and new tickets. */
export function registerTicketReactions(reactions: TicketReactions, deps: Omit<LadderDeps, 'db'>): void {
  reactions.onChanged((db, ticketId) => syncLadders({ ...deps, db }, ticketId));
  reactions.onCreating(async (db, ticket) => ({ apply: await planNewTicketLadders({ ...deps, db }, ticket) }));
}
