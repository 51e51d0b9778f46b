/**
 * The wire-fraud guard's workflow (issue 15, item 8) on top of the pure scorer (modules/fraud):
 * tickets flagged *verify by phone* with their reasons, the number on file to call back (never
 * one from the message), resolving held until the call's outcome is logged, flags raised by hand,
 * warnings to a client's users, look-alikes confirmed anywhere, seen sender domains and thresholds
 * per client. See docs/fraud.md.
 */
export { fraudCheckRoutes, type FraudCheckRoutesDeps } from './fraud-checks.routes.js';
export { flagTicketForVerification, type FlagForVerificationInput } from './flag-ticket-for-verification.js';
export { verificationGuard } from './verification-guard.js';
export { buildFraudContext } from './build-fraud-context.js';
export { recordSenderDomain } from './record-sender-domain.js';
export { FRAUD_EVENTS } from './fraud-deps.js';
export { VERIFICATION_REQUIRED, OUTCOMES, type Outcome } from './verification.js';
