import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import { CLIENT_ROLES, emailTaken, hashPassword, insertUser, passwordProblem, STAFF_ROLES, type Actor, type User } from '../auth/index.js';
import { contactForUser } from '../clients/index.js';
import { findTeam } from './staff.repository.js';

export interface CreateUserInput {
  kind: 'staff' | 'client';
  email?: string;
  name?: string;
  password?: string;
  role: string;
  tier?: number;
  teamId?: string;
  /** For client users: the contact who gets a portal login. */
  contactId?: string;
}

/**
 * Creates a staff account or a client portal login. Used by the API (owner/admin) and by
 * `switchboard user create`, which passes a null actor for the very first owner.
 */
export async function createUser(deps: { db: Db; clock: Clock }, actor: Actor | null, input: CreateUserInput, ip: string | null = null): Promise<User> {
  const roles: readonly string[] = input.kind === 'staff' ? STAFF_ROLES : CLIENT_ROLES;
  if (!roles.includes(input.role)) {
    throw new AppError('invalid_role', `A ${input.kind} user's role is one of ${roles.join(', ')}`, { status: 422, field: '/role' });
  }
  let organizationId: string | null = null;
  let email = input.email?.trim().toLowerCase();
  let name = input.name?.trim();
  if (input.kind === 'client') {
    if (!input.contactId) throw new AppError('contact_required', 'A client user is a contact with a login: give contactId', { status: 422, field: '/contactId' });
    const contact = await contactForUser(deps.db, input.contactId);
    if (!contact) throw notFound('Contact', '/contactId');
    organizationId = contact.organization_id;
    email ??= contact.email;
    name ??= contact.name;
  } else if (input.contactId) {
    throw new AppError('validation_failed', 'Staff users are not client contacts', { status: 422, field: '/contactId' });
  }
  if (!email) throw new AppError('validation_failed', 'An email address is required', { status: 422, field: '/email' });
  if (!name) throw new AppError('validation_failed', 'A name is required', { status: 422, field: '/name' });
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, { email, name });
    if (problem) throw new AppError('weak_password', problem, { status: 422, field: '/password' });
  }
  if (input.teamId && !(await findTeam(deps.db, input.teamId))) throw notFound('Team', '/teamId');
  if (await emailTaken(deps.db, email)) throw conflict('email_taken', `There is already an account for ${email}`, '/email');
  const user: User = {
    id: newId(),
    kind: input.kind,
    email,
    name,
    role: input.role,
    tier: input.kind === 'staff' ? (input.tier ?? null) : null,
    teamId: input.kind === 'staff' ? (input.teamId ?? null) : null,
    organizationId,
    contactId: input.kind === 'client' ? (input.contactId ?? null) : null,
    disabled: false,
    createdAt: deps.clock.iso(),
  };
  await insertUser(deps.db, user, input.password ? await hashPassword(input.password) : null);
  await insertAuditEntry(deps.db, { at: user.createdAt, actorUserId: actor?.userId ?? null, action: 'user.created', ip, detail: { userId: user.id, email, role: user.role } });
  return user;
}
