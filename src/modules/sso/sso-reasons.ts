/**
 * Why a single sign-on ended without a session. Each reason is audited (`sso.refused`) and sent
 * to the sign-in page as `?sso_error=<reason>`, which shows the person a message for it
 * (web/src/auth/sign-in/sso-messages.ts; test/sso-messages.test.ts keeps the two lists equal).
 */
export const SSO_REASONS = [
  /** The callback came without a `state`. */
  'state_missing',
  /** The `state` is not the one this browser's flow cookie holds (another browser's, or a forged one), or the cookie is gone. */
  'state_mismatch',
  /** No sign-in was started with this `state`. */
  'state_unknown',
  /** This `state` was already used: a replayed callback. */
  'state_replayed',
  /** The sign-in took longer than the flow's lifetime. */
  'flow_expired',
  /** The provider was removed or disabled meanwhile. */
  'provider_disabled',
  /** The provider answered with an error (the person cancelled, or it refused). */
  'provider_error',
  /** The provider could not be reached, or answered what is not OpenID Connect. */
  'provider_unavailable',
  /** The ID token was issued for another client. */
  'wrong_audience',
  /** The ID token was issued by another issuer. */
  'wrong_issuer',
  /** The ID token has expired (or is not yet valid). */
  'token_expired',
  /** The ID token's nonce is not this flow's. */
  'nonce_mismatch',
  /** The ID token or the token answer failed another check (signature, format, code exchange). */
  'token_invalid',
  /** The configured email claim is missing or not an address. */
  'email_missing',
  /** `email` without `email_verified: true`. */
  'email_unverified',
  /** The address, or the Google Workspace domain, is not an allowed domain. */
  'domain_not_allowed',
  /** Nobody has an account with this address, and the provider makes none. */
  'unknown_user',
  /** The account is disabled. */
  'user_disabled',
  /** The account is a client portal login and the provider signs in staff only (or the reverse). */
  'kind_not_allowed',
  /** Anything else: logged with its stack, never shown. */
  'sso_failed',
] as const;

export type SsoReason = (typeof SSO_REASONS)[number];

/** A sign-in that must end on the sign-in page with this reason. */
export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoReason,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(`single sign-on refused: ${reason}`);
    this.name = 'SsoRefusal';
  }
}
