export { ticketRoutes, type TicketRoutesDeps } from './tickets.routes.js';
export { streamRoutes } from './stream.routes.js';
export { createTicket, type CreateTicketInput } from './create-ticket.js';
export type { NewTicketFacts, NewTicketFollowUp, OnTicketCreating } from './ticket-deps.js';
export { PRIORITIES, STATUSES, CHANNELS, formatTicketNumber, parseTicketNumber, canTransition } from './ticket.js';
export { type TicketRecord, searchTerms, insertEvent as insertTicketEvent, findTicketForActor, setLastTicketNumber } from './ticket.repository.js';
