export { type Actor, type StaffActor, type ClientActor, isStaff, isAdministrator, isManager, STAFF_ROLES, CLIENT_ROLES } from './actor.js';
export { ticketScope, contactScope, organizationScope, canSeeTicket } from './tenancy.js';
export { registerAuthentication, actorFrom, SESSION_COOKIE, type Credential } from './authenticate.js';
export { hashPassword, verifyPassword, passwordProblem } from './passwords.js';
export { hashToken, createToken } from './create-token.js';
export { endSessions } from './auth.repository.js';
export { LoginLimiter } from './login-limiter.js';
export { AccessWatch, type AccessEnd } from './access-watch.js';
export { authRoutes } from './auth.routes.js';
