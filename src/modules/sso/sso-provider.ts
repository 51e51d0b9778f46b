/**
 * Single sign-on providers and the pure rules over them: what a configuration may say, and who an
 * ID token's claims stand for. No I/O, so every rule is unit-tested (sso-provider.test.ts).
 */
import { AppError } from '../../platform/errors.js';
import { CLIENT_ROLES, STAFF_ROLES } from '../auth/index.js';
import type { SsoReason } from './sso-reasons.js';

/**
 * The claim that names the person's email address. `email` is trusted only with
 * `email_verified: true`. Microsoft Entra ID sends `email` rarely and never `email_verified`, so
 * an administrator may choose `preferred_username` or `upn` for an Entra tenant: there the value
 * is the sign-in name in one of the tenant's verified domains (docs/sso.md).
 */
export const EMAIL_CLAIMS = ['email', 'preferred_username', 'upn'] as const;
export type EmailClaim = (typeof EMAIL_CLAIMS)[number];

/** Who may sign in with a provider: MSP staff, client portal users, or both. */
export const USER_KINDS = ['staff', 'client'] as const;
export type UserKind = (typeof USER_KINDS)[number];

export const ALL_ROLES: readonly string[] = [...STAFF_ROLES, ...CLIENT_ROLES];

/** Roles an account made on first sign-in may get: staff roles but the owner's. */
export const JIT_ROLES: readonly string[] = STAFF_ROLES.filter((r) => r !== 'owner');

export interface SsoProvider {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  emailClaim: EmailClaim;
  /** Lower-case email domains allowed to sign in; empty allows any. */
  allowedDomains: string[];
  /** The ID token must carry a Google Workspace `hd` claim that is one of the allowed domains. */
  requireHostedDomain: boolean;
  userKinds: UserKind[];
  /** Staff role of an account made on first sign-in; null makes none. */
  jitRole: string | null;
  /** Roles that may still sign in with a password while this provider is enabled. */
  passwordRoles: string[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The settings an administrator chooses (everything but ids, times and the secret). */
export type SsoSettings = Omit<SsoProvider, 'id' | 'createdAt' | 'updatedAt'>;

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** A domain as stored: trimmed, lower-case, without a leading `@`; undefined when it is not a domain name. */
export function normalizeDomain(value: string): string | undefined {
  const domain = value.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  return DOMAIN.test(domain) ? domain : undefined;
}

/** Google's issuer: its accounts carry the Workspace domain in `hd`, which is what restricts them to it. */
export function isGoogleIssuer(issuer: string): boolean {
  return /^https:\/\/accounts\.google\.com\/?$/.test(issuer);
}

/**
 * Checks a provider's settings against each other, answering the first problem with its field.
 * Domains must be normalised already (`normalizeDomain`).
 */
export function settingsProblem(s: Pick<SsoSettings, 'allowedDomains' | 'requireHostedDomain' | 'userKinds' | 'jitRole' | 'passwordRoles'>): AppError | undefined {
  const invalid = (code: string, message: string, field: string) => new AppError(code, message, { status: 422, field });
  if (s.jitRole !== null) {
    if (!JIT_ROLES.includes(s.jitRole)) return invalid('invalid_role', `Accounts made on first sign-in get one of ${JIT_ROLES.join(', ')} (owners are made by an owner)`, '/jitRole');
    if (!s.userKinds.includes('staff')) return invalid('sso_jit_needs_staff', 'Accounts made on first sign-in are staff accounts: let staff sign in with this provider', '/jitRole');
    // Without a domain list, anyone with an account at the provider (any Google account) would become staff.
    if (s.allowedDomains.length === 0) return invalid('sso_jit_needs_domains', 'Name the email domains whose people may get an account on first sign-in', '/allowedDomains');
  }
  if (s.requireHostedDomain && s.allowedDomains.length === 0) return invalid('sso_hosted_domain_needs_domains', 'Name the Google Workspace domains to accept', '/allowedDomains');
  for (const role of s.passwordRoles) {
    if (!ALL_ROLES.includes(role)) return invalid('invalid_role', `A role is one of ${ALL_ROLES.join(', ')}`, '/passwordRoles');
  }
  // A role whose passwords are turned off must be able to sign in here, or its people are locked out.
  for (const role of ALL_ROLES.filter((r) => !s.passwordRoles.includes(r))) {
    const kind: UserKind = (STAFF_ROLES as readonly string[]).includes(role) ? 'staff' : 'client';
    if (!s.userKinds.includes(kind)) {
      return invalid('sso_password_role_locked_out', `${role} would have neither a password nor this provider: keep its password, or let ${kind === 'staff' ? 'staff' : 'client users'} sign in here`, '/passwordRoles');
    }
  }
  return undefined;
}

/** The person an ID token names, or why it names nobody this provider may sign in. */
export type Identity = { email: string; name: string | undefined } | { refused: SsoReason; email?: string };

function claimString(claims: Record<string, unknown>, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads the email address from an ID token's claims as the provider is configured to, and checks
 * it: verified (for `email`), shaped like an address, in an allowed domain, and — when asked — in
 * a Google Workspace domain that is allowed.
 */
export function identityFromClaims(claims: Record<string, unknown>, provider: Pick<SsoProvider, 'emailClaim' | 'allowedDomains' | 'requireHostedDomain'>): Identity {
  const raw = claimString(claims, provider.emailClaim);
  if (!raw || !/^[^@\s]+@[^@\s]+$/.test(raw)) return { refused: 'email_missing' };
  const email = raw.toLowerCase();
  // Some providers send the boolean as a string; anything else is not a verification.
  const verified = claims.email_verified === true || claims.email_verified === 'true';
  if (provider.emailClaim === 'email' && !verified) return { refused: 'email_unverified', email };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (provider.allowedDomains.length > 0 && !provider.allowedDomains.includes(domain)) return { refused: 'domain_not_allowed', email };
  const hd = claimString(claims, 'hd')?.toLowerCase();
  if (provider.requireHostedDomain && (!hd || !provider.allowedDomains.includes(hd))) return { refused: 'domain_not_allowed', email };
  return { email, name: claimString(claims, 'name') };
}

/** The enabled providers a role must sign in with instead of a password (empty: its password works). */
export function providersRequiringSso(role: string, enabledProviders: Pick<SsoProvider, 'name' | 'passwordRoles'>[]): string[] {
  return enabledProviders.filter((p) => !p.passwordRoles.includes(role)).map((p) => p.name);
}

/** A client secret's associated data: its ciphertext copied to another provider's row does not decrypt. */
export const secretContext = (providerId: string) => `sso-provider:${providerId}`;

/** A flow's PKCE verifier is bound to its state the same way. */
export const flowContext = (stateHash: string) => `sso-flow:${stateHash}`;

/**
 * Where to go after signing in: a path of this app, never another site (`//evil.example`,
 * `/\evil.example` and absolute URLs fall back to the home page).
 */
export function safeReturnPath(value: string | undefined): string {
  if (!value || value.length > 2000 || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  // Control characters would let a header or a browser read the path differently.
  return /[\u0000-\u001f\u007f]/.test(value) ? '/' : value;
}
