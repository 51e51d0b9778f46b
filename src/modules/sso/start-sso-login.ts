/**
 * Starts a single sign-on: a random `state`, `nonce` and PKCE code verifier, kept in a flow row
 * (the verifier encrypted) so the callback may land on any node, and the provider's authorization
 * URL to send the browser to. The `state` itself goes back only to this browser, in a cookie.
 */
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { sha256Hex } from '../../platform/ids.js';
import { decryptSecret, encryptSecret } from '../../platform/secrets.js';
import { refusalOf, type OidcClient } from './oidc-client.js';
import { flowContext, safeReturnPath, secretContext } from './sso-provider.js';
import { findSsoProvider, insertSsoFlow, sweepSsoFlows } from './sso.repository.js';

/** How long a person may take at the provider: ten minutes, as long as a sign-in page is worth keeping. */
export const FLOW_TTL_MS = 10 * 60_000;
/** Used and expired flows are kept this long after expiry, so a late replay is still named one. */
const FLOW_KEPT_MS = 24 * 3600_000;

export interface SsoLoginDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  oidc: OidcClient;
  /** `<public URL>/api/v1/auth/sso/callback`, registered at every provider. */
  redirectUri: string;
}

export async function startSsoLogin(deps: SsoLoginDeps, input: { providerId: string; returnTo?: string }): Promise<{ state: string; authorizationUrl: string; expiresAt: string }> {
  const provider = await findSsoProvider(deps.db, input.providerId);
  if (!provider || !provider.enabled) throw notFound('Sign-in provider');
  const state = randomState();
  const nonce = randomNonce();
  const codeVerifier = randomPKCECodeVerifier();
  const stateHash = sha256Hex(state);
  const now = deps.clock.now();
  let authorizationUrl: URL;
  try {
    const secret = decryptSecret(deps.secretKey, provider.clientSecretEncrypted, secretContext(provider.id));
    authorizationUrl = await deps.oidc.authorizationUrl(provider, secret, { redirectUri: deps.redirectUri, state, nonce, codeVerifier });
  } catch (error) {
    const refusal = refusalOf(error);
    throw new AppError('sso_provider_unavailable', `${provider.name} cannot be reached just now; try again in a moment, or sign in with a password`, { status: 503, details: { reason: refusal.reason } });
  }
  const expiresAt = toIso(now + FLOW_TTL_MS);
  await sweepSsoFlows(deps.db, toIso(now - FLOW_KEPT_MS));
  await insertSsoFlow(deps.db, {
    stateHash,
    providerId: provider.id,
    nonce,
    codeVerifierEncrypted: encryptSecret(deps.secretKey, codeVerifier, flowContext(stateHash)),
    returnTo: safeReturnPath(input.returnTo),
    createdAt: toIso(now),
    expiresAt,
  });
  return { state, authorizationUrl: authorizationUrl.href, expiresAt };
}
