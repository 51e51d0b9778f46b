/**
 * What the sign-in page says when a single sign-on ends there (`?sso_error=<reason>`): one
 * message per reason the server gives (src/modules/sso/sso-reasons.ts; test/sso-messages.test.ts
 * keeps the lists equal). Plain TypeScript, no React, so the test can read it.
 */
const START_AGAIN = 'Start again with the button below.';

export const SSO_MESSAGES: Record<string, string> = {
  state_missing: `The sign-in came back without its check value. ${START_AGAIN}`,
  state_mismatch: `This sign-in was not started in this browser, or its cookie was lost (it lasts ten minutes). ${START_AGAIN}`,
  state_unknown: `This sign-in is not one Switchboard started. ${START_AGAIN}`,
  state_replayed: `This sign-in link was already used; each one works once. ${START_AGAIN}`,
  flow_expired: `The sign-in took longer than ten minutes. ${START_AGAIN}`,
  provider_disabled: 'That way of signing in has been turned off. Sign in another way, or ask your administrator.',
  provider_error: 'Your identity provider did not sign you in (perhaps the sign-in was cancelled). Try again.',
  provider_unavailable: 'Your identity provider could not be reached. Try again in a moment, or sign in with your password.',
  wrong_audience: 'Your identity provider’s answer was meant for another application, so it was refused. Ask your administrator to check the client ID.',
  wrong_issuer: 'The answer came from another identity provider than the one set up, so it was refused. Ask your administrator.',
  token_expired: `Your identity provider’s answer had expired when it arrived (check that this computer’s clock is right). ${START_AGAIN}`,
  nonce_mismatch: `Your identity provider’s answer belongs to another sign-in. ${START_AGAIN}`,
  token_invalid: 'Your identity provider’s answer could not be verified, so it was refused. Try again, or ask your administrator.',
  email_missing: 'Your identity provider did not say what your email address is. Ask your administrator to check the email claim.',
  email_unverified: 'Your identity provider has not verified your email address, so it cannot sign you in here.',
  domain_not_allowed: 'Accounts of your email domain may not sign in this way.',
  unknown_user: 'There is no Switchboard account for your email address. Ask your administrator to add you.',
  user_disabled: 'Your Switchboard account is disabled. Ask your administrator.',
  kind_not_allowed: 'Your account may not sign in this way. Use your password, or ask your administrator.',
  sso_failed: 'Single sign-on failed. Try again, or sign in with your password.',
};

/** The message for a reason; a reason this build does not know still gets a sentence. */
export function ssoMessage(reason: string): string {
  return SSO_MESSAGES[reason] ?? SSO_MESSAGES.sso_failed;
}
