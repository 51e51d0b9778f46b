/**
 * The OpenID Connect relying party, through openid-client: discovery, authorization URLs with
 * PKCE, the code exchange and the ID token's checks (signature, issuer, audience, expiry, nonce).
 *
 * Every request goes through `guardedFetch`, so an issuer — or an endpoint its discovery document
 * names — on the server's own network is refused unless SWITCHBOARD_SSO_PRIVATE_ISSUERS allows
 * it. Discovery documents and signing keys are cached per node for an hour: a cache another node
 * does not need, since each node fetches its own.
 */
import { isIP } from 'node:net';
import * as oidc from 'openid-client';
import { secondsAheadOfSystem, type Clock } from '../../platform/clock.js';
import { internalDestination } from '../../platform/destinations.js';
import type { SsoProvider } from './sso-provider.js';
import { SsoRefusal } from './sso-reasons.js';

const CACHE_MS = 3600_000;
const TIMEOUT_SECONDS = 10;
export const SCOPES = 'openid email profile';

/** A request the destination rules refuse; never sent. */
export class DestinationRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DestinationRefused';
  }
}

function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return (isIP(host) === 4 && host.startsWith('127.')) || host === '::1';
}

/**
 * Why the server must not send a request to `url`, or undefined: https:// only, except plain
 * http:// to loopback when private issuers are allowed; no address on the server's own network
 * unless they are.
 */
export async function destinationProblem(url: URL, privateIssuers: boolean): Promise<string | undefined> {
  if (url.protocol === 'http:') return privateIssuers && isLoopback(url) ? undefined : `${url.origin} is not https:// (plain http:// only reaches an identity server on this machine, with private issuers allowed)`;
  if (url.protocol !== 'https:') return `${url.href} is not an https:// address`;
  if (privateIssuers) return undefined;
  const internal = await internalDestination(url);
  return internal === undefined ? undefined : `${url.host} is on the server's own network (${internal}); set SWITCHBOARD_SSO_PRIVATE_ISSUERS=true to allow it`;
}

function guardedFetch(privateIssuers: boolean): oidc.CustomFetch {
  return async (url, options) => {
    const problem = await destinationProblem(new URL(url), privateIssuers);
    if (problem) throw new DestinationRefused(problem);
    return fetch(url, options as RequestInit);
  };
}

/** The claim a failed check was about (`aud`, `exp` …), found along the error's causes. */
function failedClaim(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    const claim = (e as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
  }
  return undefined;
}

/** The refusal an error of openid-client (or of the network) stands for. */
export function refusalOf(error: unknown): SsoRefusal {
  if (error instanceof SsoRefusal) return error;
  if (error instanceof oidc.AuthorizationResponseError) return new SsoRefusal('provider_error', { error: error.error, description: error.error_description ?? null });
  if (error instanceof oidc.ResponseBodyError) return new SsoRefusal('token_invalid', { error: error.error, description: error.error_description ?? null, status: error.status });
  if (error instanceof DestinationRefused) return new SsoRefusal('provider_unavailable', { problem: error.message });
  const code = (error as { code?: unknown })?.code;
  const claim = failedClaim(error);
  const detail = { problem: (error as Error)?.message ?? String(error), ...(claim ? { claim } : {}) };
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED') {
    if (claim === 'aud' || claim === 'azp') return new SsoRefusal('wrong_audience', detail);
    if (claim === 'iss') return new SsoRefusal('wrong_issuer', detail);
    if (claim === 'nonce') return new SsoRefusal('nonce_mismatch', detail);
  }
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED') return new SsoRefusal('token_expired', detail);
  // fetch() fails with a TypeError when the network does; a timeout aborts it.
  const name = (error as Error)?.name;
  if (error instanceof TypeError || name === 'TimeoutError' || name === 'AbortError' || code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON') {
    return new SsoRefusal('provider_unavailable', detail);
  }
  return new SsoRefusal('token_invalid', detail);
}

type ProviderRef = Pick<SsoProvider, 'id' | 'issuer' | 'clientId' | 'updatedAt'>;

interface Discovered {
  key: string;
  at: number;
  metadata: oidc.ServerMetadata;
  jwks?: oidc.ExportedJWKSCache;
}

export class OidcClient {
  private readonly cache = new Map<string, Discovered>();

  constructor(private readonly options: { clock: Clock; privateIssuers: boolean }) {}

  /**
   * Fetches an issuer's discovery document and builds a client configuration from it; openid-client
   * checks that the document names exactly this issuer. Throws what `refusalOf` reads.
   */
  async discover(issuer: string, clientId: string, clientSecret: string): Promise<oidc.Configuration> {
    const url = new URL(issuer);
    const problem = await destinationProblem(url, this.options.privateIssuers);
    if (problem) throw new DestinationRefused(problem);
    const config = await oidc.discovery(url, clientId, this.clientMetadata(clientSecret), undefined, {
      [oidc.customFetch]: guardedFetch(this.options.privateIssuers),
      execute: url.protocol === 'http:' ? [oidc.allowInsecureRequests] : [],
      timeout: TIMEOUT_SECONDS,
    });
    return this.configure(config.serverMetadata(), clientId, clientSecret);
  }

  /** The authorization request to send the browser to, with PKCE (S256), state and nonce. */
  async authorizationUrl(provider: ProviderRef & Pick<SsoProvider, 'allowedDomains' | 'requireHostedDomain'>, clientSecret: string, p: { redirectUri: string; state: string; nonce: string; codeVerifier: string }): Promise<URL> {
    const config = await this.configuration(provider, clientSecret);
    const params: Record<string, string> = {
      redirect_uri: p.redirectUri,
      scope: SCOPES,
      response_type: 'code',
      state: p.state,
      nonce: p.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(p.codeVerifier),
      code_challenge_method: 'S256',
    };
    // Google preselects an account of the Workspace domain; the `hd` claim is still checked on return.
    if (provider.requireHostedDomain && provider.allowedDomains.length === 1) params.hd = provider.allowedDomains[0];
    return oidc.buildAuthorizationUrl(config, params);
  }

  /**
   * Exchanges the callback's code (with the PKCE verifier) and checks the ID token; answers its
   * claims. The token's times are judged by the injected clock.
   */
  async exchange(provider: ProviderRef, clientSecret: string, callbackUrl: URL, checks: { state: string; nonce: string; codeVerifier: string }): Promise<Record<string, unknown>> {
    const config = await this.configuration(provider, clientSecret);
    const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, { expectedState: checks.state, expectedNonce: checks.nonce, pkceCodeVerifier: checks.codeVerifier, idTokenExpected: true });
    const cached = this.cache.get(provider.id);
    const jwks = oidc.getJwksCache(config);
    if (cached && jwks) cached.jwks = jwks;
    const claims = tokens.claims();
    if (!claims) throw new SsoRefusal('token_invalid', { problem: 'no ID token in the token answer' });
    return claims as Record<string, unknown>;
  }

  /** Forgets what was discovered for a provider (it was changed or removed). */
  forget(providerId: string): void {
    this.cache.delete(providerId);
  }

  private async configuration(provider: ProviderRef, clientSecret: string): Promise<oidc.Configuration> {
    const now = this.options.clock.now();
    const key = `${provider.issuer} ${provider.clientId} ${provider.updatedAt}`;
    let entry = this.cache.get(provider.id);
    if (!entry || entry.key !== key || now - entry.at > CACHE_MS) {
      const discovered = await this.discover(provider.issuer, provider.clientId, clientSecret);
      entry = { key, at: now, metadata: discovered.serverMetadata() };
      this.cache.set(provider.id, entry);
    }
    const config = this.configure(entry.metadata, provider.clientId, clientSecret);
    if (entry.jwks) oidc.setJwksCache(config, entry.jwks);
    return config;
  }

  private clientMetadata(clientSecret: string): Partial<oidc.ClientMetadata> {
    // Built per use: the injected clock may be anywhere relative to the system's.
    return { client_secret: clientSecret, [oidc.clockSkew]: secondsAheadOfSystem(this.options.clock) };
  }

  private configure(metadata: oidc.ServerMetadata, clientId: string, clientSecret: string): oidc.Configuration {
    // client_secret_basic is the default of OpenID Connect; Entra ID and Google accept both.
    const methods = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
    const auth = methods.includes('client_secret_basic') ? oidc.ClientSecretBasic(clientSecret) : oidc.ClientSecretPost(clientSecret);
    const config = new oidc.Configuration(metadata, clientId, this.clientMetadata(clientSecret), auth);
    config[oidc.customFetch] = guardedFetch(this.options.privateIssuers);
    config.timeout = TIMEOUT_SECONDS;
    if (new URL(metadata.issuer).protocol === 'http:') oidc.allowInsecureRequests(config);
    return config;
  }
}
