/**
 * The csat module's part in a ticket's life: a ticket's first resolution offers its survey, in the
 * transaction that resolved it — registered before the mail module's reaction, so the resolution
 * mail can carry the survey's rating links.
 */
import type { TicketReactions } from '../tickets/index.js';
import type { CsatDeps } from './csat-deps.js';
import { offerSurvey } from './offer-survey.js';

/** Registers the survey offer as a reaction to changed tickets. */
export function registerTicketReactions(reactions: TicketReactions, deps: Omit<CsatDeps, 'db'>): void {
  reactions.onChanged((db, ticketId) => offerSurvey({ ...deps, db }, ticketId));
}
