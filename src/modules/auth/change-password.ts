import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { Actor } from './actor.js';
import { endSessions, findUserById, setPasswordHash } from './auth.repository.js';
import type { LoginLimiter } from './login-limiter.js';
import { describeWait } from './login-throttle.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { ssoRequired, type PasswordPolicy } from './password-policy.js';

export interface ChangePasswordDeps {
  db: Db;
  clock: Clock;
  limiter: LoginLimiter;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
  passwordPolicy: PasswordPolicy;
}

/**
 * A person changes their own password, proving the current one. Every other session of theirs
 * ends — whoever else was signed in with the old password is signed out — while the session that
 * asked (if it was one) stays. Wrong current passwords count against the login limit of the
 * account, so a borrowed session cannot be used to guess it. A role that must sign in with single
 * sign-on has no password to change here.
 */
export async function changePassword(
  deps: ChangePasswordDeps,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionHash?: string; ip: string },
): Promise<void> {
  const user = await findUserById(deps.db, actor.userId);
  if (!user) throw notFound('User');
  const audit = (action: string, detail: Record<string, unknown> = {}) => insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: user.id, action, ip: input.ip, detail });
  const providers = await deps.passwordPolicy.ssoOnly(user.role);
  if (providers) throw ssoRequired(providers);
  const wait = await deps.limiter.claim(user.email, input.ip);
  if (wait > 0) {
    await audit('password.rate_limited');
    throw new AppError('too_many_attempts', `Too many wrong passwords; try again in ${describeWait(wait)}`, { status: 429, details: { retryAfterSeconds: Math.ceil(wait / 1000) } });
  }
  if (!user.password_hash || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    await audit('password.change_failed');
    throw new AppError('wrong_password', 'That is not your current password', { status: 422, field: '/currentPassword' });
  }
  await deps.limiter.succeeded(user.email, input.ip);
  if (input.newPassword === input.currentPassword) throw new AppError('password_unchanged', 'Choose a password other than your current one', { status: 422, field: '/newPassword' });
  const weak = passwordProblem(input.newPassword, { email: user.email, name: user.name });
  if (weak) throw new AppError('weak_password', weak, { status: 422, field: '/newPassword' });
  const hash = await hashPassword(input.newPassword);
  // One transaction: the new password never stands beside the old password's sessions.
  await deps.db.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, hash);
    await endSessions(trx, user.id, input.sessionHash);
    await insertAuditEntry(trx, { at: deps.clock.iso(), actorUserId: user.id, action: 'password.changed', ip: input.ip, detail: { otherSessionsEnded: true } });
  });
  deps.accessChanged(user.id);
}
