import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { Actor } from './actor.js';
import { actorOf, findUserByEmail } from './auth.repository.js';
import { verifyPassword } from './passwords.js';
import type { LoginLimiter } from './login-limiter.js';
import { describeWait } from './login-throttle.js';
import { openSession, type OpenedSession } from './open-session.js';
import { ssoRequired, type PasswordPolicy } from './password-policy.js';

export interface LoginDeps {
  db: Db;
  clock: Clock;
  limiter: LoginLimiter;
  sessionTtlHours: number;
  passwordPolicy: PasswordPolicy;
}

export interface LoginResult extends OpenedSession {
  actor: Actor;
}

// A fixed argon2id hash verified when the account does not exist, so timing does not reveal
// which email addresses have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$iCqmR3+Y7OEfFE19r4GIMw$Wrn0aQbagjoHDdxKny0Hdl7o9ijo4ksOygrLuMQj7b4';

/**
 * Checks a password, enforces the failed-login limit, opens a session, and audits the outcome.
 * The attempt is counted before the password is checked, so the limit also holds for a burst of
 * parallel guesses; a refused attempt checks no password at all. An account whose role must sign
 * in with single sign-on is told so before its password is checked (the attempt still counts), so
 * the answer never says whether an old password was right.
 */
export async function login(deps: LoginDeps, input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const email = input.email.trim().toLowerCase();
  const wait = await deps.limiter.claim(email, input.ip);
  if (wait > 0) {
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: null, action: 'login.rate_limited', ip: input.ip, detail: { email } });
    throw new AppError('too_many_attempts', `Too many failed logins; try again in ${describeWait(wait)}`, {
      status: 429,
      details: { retryAfterSeconds: Math.ceil(wait / 1000) },
    });
  }
  const user = await findUserByEmail(deps.db, email);
  if (user && actorOf(user)) {
    const providers = await deps.passwordPolicy.ssoOnly(user.role);
    if (providers) {
      await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: user.id, action: 'login.sso_required', ip: input.ip, detail: { email, role: user.role } });
      throw ssoRequired(providers);
    }
  }
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  const actor = user && ok ? actorOf(user) : undefined;
  if (!user || !actor) {
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: user?.id ?? null, action: 'login.failed', ip: input.ip, detail: { email } });
    throw new AppError('invalid_credentials', 'That email and password do not match an active account', { status: 401 });
  }
  await deps.limiter.succeeded(email, input.ip);
  const session = await openSession(deps, user.id);
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: user.id, action: 'login.succeeded', ip: input.ip, detail: {} });
  return { ...session, actor };
}
