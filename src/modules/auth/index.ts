export { type Actor, type StaffActor, type ClientActor, isStaff, isAdministrator, isManager, STAFF_ROLES, CLIENT_ROLES } from './actor.js';
export { ticketScope, contactScope, organizationScope, canSeeTicket } from './tenancy.js';
export { registerAuthentication, actorFrom, SESSION_COOKIE, type Credential } from './authenticate.js';
export { hashPassword, verifyPassword, passwordProblem } from './passwords.js';
export { hashToken, createToken } from './create-token.js';
export { endSessions, findUserByEmail, findUserById, actorOf, insertToken, type UserRow } from './auth.repository.js';
export {
  insertUser, saveUser, findUser, emailTaken, listUsers, usersWithEmails, firstActiveOwner, staffDirectory, staffWithRole, enabledPerson, enabledStaffMember, isEnabledStaff,
  enabledStaffIdExpression, teamOfUser, userNames, activeStaffWithRole, activeStaffMember, enabledStaffIds, staffIdsAmong, type User, type Person,
} from './users.repository.js';
export { openSession, setSessionCookie, type OpenedSession } from './open-session.js';
export { PASSWORDS_FOR_ALL, type PasswordPolicy } from './password-policy.js';
export { sameOriginJsonOnly } from './same-origin.js';
export { LoginLimiter } from './login-limiter.js';
export { AccessWatch, type AccessEnd } from './access-watch.js';
export { authRoutes } from './auth.routes.js';
export type { UserTable } from './auth.tables.js';
