export { reportRoutes } from './reports.routes.js';
export { judgeFcr, FCR_TARGET_PERCENT } from './fcr.js';
export { clientOverviewRoutes } from './client-overview.routes.js';
export { findAckFacts, type AckFacts, type PagedPerson } from './ack-facts.js';
