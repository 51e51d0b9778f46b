export { escalationRoutes } from './escalation.routes.js';
export { escalationStepHandler, decideStep } from './escalation.step.js';
export { syncLadders, startLadders, endLadders, planNewTicketLadders, type NewTicketLadderFacts } from './run-ladder.js';
export { acknowledgeTicket, escalateNow, type AckChannel } from './acknowledge.js';
export { STEP_KIND, type LadderDeps } from './ladder-deps.js';
export { validatePolicy, following, stepDueAt, matches, type Step, type Repeat, type PolicySnapshot } from './escalation.js';
export { pageAdministrators, type AdminPage } from './page-administrators.js';
export { findContactMethod, person as findEnabledPerson, type ContactMethodRecord } from './escalation.repository.js';
export { ContactMethodParams } from './escalation.schema.js';
