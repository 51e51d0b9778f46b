/** The incidents module: vendor incidents declared across the clients depending on a service, a child ticket per client. */
export { incidentRoutes, type IncidentRoutesDeps } from './incidents.routes.js';
export { declareIncident, type DeclareDeps, type DeclareInput } from './declare-incident.js';
export { previewIncident } from './preview-incident.js';
export { incidentTicketIds } from './incident-tickets.js';
export { type IncidentLadders } from './incident-deps.js';
export { reviewRoutes, type ReviewRoutesDeps } from './review.routes.js';
export { statusRoutes, type StatusRoutesDeps } from './status.routes.js';
export { subscriptionRoutes, subscriberLinks, type SubscriptionRoutesDeps } from './subscriptions.routes.js';
export { statusWebhooks, STATUS_WEBHOOK_KIND, type StatusWebhooks } from './status-webhook.step.js';
export type { SubscriberDeps, SubscriberMail } from './subscription-deps.js';
export { registerTicketReactions } from './ticket-reactions.js';
