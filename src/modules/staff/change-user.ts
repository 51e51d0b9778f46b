/**
 * Changing an account (owner and admin): name, staff role, tier, team, disabled, or a new password.
 * Disabling and an administrator's password reset end every session of the user, and whatever
 * changes the user's access is announced so live streams on every node re-check it.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import { endSessions, findUser, hashPassword, passwordProblem, saveUser, STAFF_ROLES, type Actor, type User } from '../auth/index.js';
import { findTeam } from './staff.repository.js';

export interface ChangeUserDeps {
  db: Db;
  clock: Clock;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
}

export interface UserPatch {
  name?: string;
  role?: string;
  tier?: number | null;
  teamId?: string | null;
  disabled?: boolean;
  password?: string;
}

const isOwner = (actor: Actor) => actor.kind === 'staff' && actor.role === 'owner';

/** Checks the patch against the account: a staff role for staff only, the owner role by owners only, a team that exists. */
async function checkPatch(db: Db, actor: Actor, user: User, patch: UserPatch): Promise<void> {
  if (patch.role !== undefined && (user.kind !== 'staff' || !(STAFF_ROLES as readonly string[]).includes(patch.role))) {
    throw new AppError('invalid_role', `A staff role is one of ${STAFF_ROLES.join(', ')}`, { status: 422, field: '/role' });
  }
  if ((patch.role === 'owner' || user.role === 'owner') && !isOwner(actor)) throw forbidden('Only an owner can grant or change the owner role');
  if (patch.teamId && !(await findTeam(db, patch.teamId))) throw notFound('Team', '/teamId');
}

/** Changes the account `userId` as `actor` (an administrator; the route checks) and audits which fields changed. */
export async function changeUser(deps: ChangeUserDeps, input: { actor: Actor; userId: string; patch: UserPatch; ip: string | null }): Promise<User> {
  const { actor, patch: b } = input;
  const user = await findUser(deps.db, input.userId);
  if (!user) throw notFound('User');
  await checkPatch(deps.db, actor, user, b);
  const next: User = {
    ...user,
    name: b.name ?? user.name,
    role: b.role ?? user.role,
    tier: b.tier !== undefined ? b.tier : user.tier,
    teamId: b.teamId !== undefined ? b.teamId : user.teamId,
    disabled: b.disabled ?? user.disabled,
  };
  const weak = b.password !== undefined ? passwordProblem(b.password, { email: user.email, name: next.name }) : undefined;
  if (weak) throw new AppError('weak_password', weak, { status: 422, field: '/password' });
  await saveUser(deps.db, next, b.password ? await hashPassword(b.password) : undefined);
  // A disabled account and a password reset by an administrator end every session of the user
  // (a reset is what follows a stolen password); API tokens are revoked through /tokens.
  if (next.disabled || b.password !== undefined) await endSessions(deps.db, user.id);
  if (next.disabled !== user.disabled || next.role !== user.role || b.password !== undefined) deps.accessChanged(user.id);
  const fields = Object.keys(b).filter((k) => k !== 'password').concat(b.password ? ['password'] : []);
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'user.updated', ip: input.ip, detail: { userId: user.id, fields } });
  return next;
}
