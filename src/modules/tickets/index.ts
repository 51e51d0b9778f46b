export { ticketRoutes, type TicketRoutesDeps } from './tickets.routes.js';
export { streamRoutes } from './stream.routes.js';
export { createTicket, type CreateTicketInput } from './create-ticket.js';
export type { NewTicketFacts, NewTicketFollowUp, OnTicketCreating } from './ticket-deps.js';
export {
  PRIORITIES, STATUSES, CHANNELS, OPEN_STATUSES, FINISHED_STATUSES, isOpenStatus, formatTicketNumber, parseTicketNumber, canTransition, PUBLIC_MESSAGE_KINDS, type Priority,
} from './ticket.js';
export { PriorityT } from './tickets.schema.js';
export {
  type TicketRecord, type TicketFacts, type TicketSummary, ticketSummaries, openTicketsMentioning, searchTerms, insertEvent as insertTicketEvent, findTicketForActor, setLastTicketNumber, ticketFacts, touchTicket, ticketMessageTexts,
  allTicketIds, unfinishedTicketIds, setSlaDueAt, clockEvents, type ClockEvent,
} from './ticket.repository.js';
export { type ResolveGuard, type ResolveBlock } from './resolve-guard.js';
export { openTicketFromEmail, addEmailMessage, markDeliveryFailed, ticketForMail, ticketEventsAfter, messageForMail, type EmailTicketInput, type EmailTicketDeps } from './receive-email.js';
export { type EventRecord as TicketEventRecord } from './ticket.repository.js';
export { type TicketDeps } from './ticket-deps.js';
export { openImportedTicket, type ImportedTicketInput } from './open-imported-ticket.js';
export { openTicketFromAlert, alertTicketStates, moveTicketForAlert, type AlertTicketInput, type AlertTicketState } from './receive-alert.js';
export { resolveWithNote, type ResolveOutcome } from './resolve-with-note.js';
export { isPriority } from './ticket.js';
export { TicketReactions, type TicketChangedReaction, type TicketCreatingReaction, type NewTicketPart } from './ticket-reactions.js';
export type { MessageTable, TicketEventTable, TicketLinkTable, TicketSearchTable, TicketTable } from './tickets.tables.js';
