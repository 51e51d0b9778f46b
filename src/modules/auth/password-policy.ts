/**
 * Whether a role may still sign in with a local password. The rule itself belongs to single
 * sign-on (each enabled provider names the roles that keep their passwords); the auth module
 * receives it as a function, so it does not depend on the SSO module.
 */
import { AppError } from '../../platform/errors.js';

export interface PasswordPolicy {
  /** The names of the enabled providers a role must sign in with instead of a password; undefined when its password works. */
  ssoOnly(role: string): Promise<string[] | undefined>;
}

/** Every role keeps its password (no single sign-on configured). */
export const PASSWORDS_FOR_ALL: PasswordPolicy = { ssoOnly: async () => undefined };

/** The 403 for a password used where the role must sign in with single sign-on. */
export function ssoRequired(providers: string[]): AppError {
  const names = providers.map((p) => `“Sign in with ${p}”`).join(' or ');
  return new AppError('sso_required', `Your account signs in with single sign-on, not a password: use ${names}`, { status: 403, details: { providers } });
}
