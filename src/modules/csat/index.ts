/** The csat module: a satisfaction survey per resolved ticket, its one-click rating, and low-rating follow-ups. */
export { csatRoutes, type CsatRoutesDeps } from './csat.routes.js';
export { offerSurvey } from './offer-survey.js';
export { ratingLinksText, type LinkDeps } from './rating-links.js';
export { ratingsBetween, type RatingFact } from './csat.repository.js';
export { RATINGS, csatPercent, type Rating, type FollowUpAt } from './csat.js';
export { type CsatSettings, type TicketById } from './csat-deps.js';
export { type CsatTables } from './csat.tables.js';
export { registerTicketReactions } from './ticket-reactions.js';
