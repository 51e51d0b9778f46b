/**
 * Sets up or changes a single sign-on provider (owner/admin): its settings checked against each
 * other, its issuer's discovery document fetched and checked, the client secret encrypted.
 */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { decryptSecret, encryptSecret } from '../../platform/secrets.js';
import { insertAuditEntry } from '../audit/index.js';
import type { Actor } from '../auth/index.js';
import { DestinationRefused, type OidcClient } from './oidc-client.js';
import { ALL_ROLES, isGoogleIssuer, normalizeDomain, secretContext, settingsProblem, type SsoSettings } from './sso-provider.js';
import { insertSsoProvider, updateSsoProvider, type StoredSsoProvider } from './sso.repository.js';
import type { SsoProviderBody, SsoProviderPatch } from './sso.schema.js';

export interface SaveSsoProviderDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  oidc: OidcClient;
}

const DISCOVERY_SUFFIX = '/.well-known/openid-configuration';

function invalid(code: string, message: string, field: string): AppError {
  return new AppError(code, message, { status: 422, field });
}

/** The issuer as typed, or its discovery document's address, as an issuer URL. */
function issuerOf(value: string): string {
  let issuer = value.trim();
  if (issuer.endsWith(DISCOVERY_SUFFIX)) issuer = issuer.slice(0, -DISCOVERY_SUFFIX.length);
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw invalid('sso_issuer_invalid', 'The issuer is an https:// address, e.g. https://accounts.google.com', '/issuer');
  }
  // openid-client skips its issuer check for other .well-known addresses; a query or credentials are no issuer.
  if (url.username || url.password || url.search || url.hash || url.pathname.includes('/.well-known/')) {
    throw invalid('sso_issuer_invalid', 'Give the issuer itself (no query, credentials or .well-known path)', '/issuer');
  }
  return issuer;
}

function domainsOf(values: string[]): string[] {
  const domains = values.map((value, i) => {
    const domain = normalizeDomain(value);
    if (!domain) throw invalid('invalid_domain', `"${value}" is not a domain name (like msp.example)`, `/allowedDomains/${i}`);
    return domain;
  });
  return [...new Set(domains)];
}

/** Fetches and checks the discovery document; answers the issuer exactly as the provider names itself. */
async function discoverIssuer(oidc: OidcClient, issuer: string, clientId: string, clientSecret: string): Promise<string> {
  let named: string;
  try {
    named = (await oidc.discover(issuer, clientId, clientSecret)).serverMetadata().issuer;
  } catch (error) {
    if (error instanceof DestinationRefused) throw invalid('sso_issuer_private', error.message, '/issuer');
    const code = (error as { code?: string }).code;
    if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') throw invalid('sso_issuer_mismatch', 'The discovery document names another issuer: copy the issuer exactly as the provider gives it', '/issuer');
    throw invalid('sso_issuer_unreachable', `Could not read the OpenID discovery document of ${issuer}: ${(error as Error).message}`, '/issuer');
  }
  // Entra ID's /common and /organizations documents name every tenant: tokens of any tenant would do.
  if (named.includes('{tenantid}')) throw invalid('sso_issuer_multi_tenant', 'Use your own tenant’s issuer: https://login.microsoftonline.com/<tenant-id>/v2.0', '/issuer');
  return named;
}

/** Settings merged over the current ones (if any), checked; `issuer` still as typed. */
function settingsOf(body: SsoProviderPatch, current: StoredSsoProvider | undefined): SsoSettings {
  const issuer = body.issuer !== undefined ? issuerOf(body.issuer) : current!.issuer;
  const allowedDomains = body.allowedDomains !== undefined ? domainsOf(body.allowedDomains) : (current?.allowedDomains ?? []);
  const s: SsoSettings = {
    name: (body.name ?? current!.name).trim(),
    issuer,
    clientId: (body.clientId ?? current!.clientId).trim(),
    emailClaim: body.emailClaim ?? current?.emailClaim ?? 'email',
    allowedDomains,
    // A Google account made for a work address carries no `hd`: only the claim proves a Workspace account.
    requireHostedDomain: body.requireHostedDomain ?? current?.requireHostedDomain ?? (isGoogleIssuer(issuer) && allowedDomains.length > 0),
    userKinds: body.userKinds ?? current?.userKinds ?? ['staff'],
    jitRole: body.jitRole !== undefined ? body.jitRole : (current?.jitRole ?? null),
    passwordRoles: body.passwordRoles ?? current?.passwordRoles ?? [...ALL_ROLES],
    enabled: body.enabled ?? current?.enabled ?? true,
  };
  const problem = settingsProblem(s);
  if (problem) throw problem;
  return s;
}

function requireKey(secretKey: string): string {
  if (!secretKey) throw new AppError('secret_key_missing', 'Set SWITCHBOARD_SECRET_KEY before storing a client secret (it is kept encrypted with it)', { status: 422 });
  return secretKey;
}

async function store(deps: SaveSsoProviderDeps, provider: StoredSsoProvider, write: (db: Db, p: StoredSsoProvider) => Promise<void>): Promise<void> {
  try {
    await write(deps.db, provider);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another sign-in provider has that name', '/name');
    throw error;
  }
}

export async function createSsoProvider(deps: SaveSsoProviderDeps, actor: Actor, body: SsoProviderBody, ip: string): Promise<StoredSsoProvider> {
  const key = requireKey(deps.secretKey);
  const s = settingsOf(body, undefined);
  const issuer = await discoverIssuer(deps.oidc, s.issuer, s.clientId, body.clientSecret);
  const id = newId();
  const now = deps.clock.iso();
  const provider: StoredSsoProvider = { ...s, issuer, id, clientSecretEncrypted: encryptSecret(key, body.clientSecret, secretContext(id)), createdAt: now, updatedAt: now };
  await store(deps, provider, insertSsoProvider);
  await insertAuditEntry(deps.db, { at: now, actorUserId: actor.userId, action: 'sso_provider.created', ip, detail: { providerId: id, name: provider.name, issuer } });
  return provider;
}

export async function changeSsoProvider(deps: SaveSsoProviderDeps, actor: Actor, current: StoredSsoProvider, patch: SsoProviderPatch, ip: string): Promise<StoredSsoProvider> {
  const key = requireKey(deps.secretKey);
  const s = settingsOf(patch, current);
  let issuer = current.issuer;
  let clientSecretEncrypted = current.clientSecretEncrypted;
  if (patch.issuer !== undefined || patch.clientId !== undefined || patch.clientSecret !== undefined) {
    const secret = patch.clientSecret ?? decryptSecret(key, current.clientSecretEncrypted, secretContext(current.id));
    issuer = await discoverIssuer(deps.oidc, s.issuer, s.clientId, secret);
    clientSecretEncrypted = encryptSecret(key, secret, secretContext(current.id));
  }
  const provider: StoredSsoProvider = { ...current, ...s, issuer, clientSecretEncrypted, updatedAt: deps.clock.iso() };
  await store(deps, provider, updateSsoProvider);
  const fields = Object.keys(patch).filter((k) => k !== 'clientSecret').concat(patch.clientSecret !== undefined ? ['clientSecret'] : []);
  await insertAuditEntry(deps.db, { at: provider.updatedAt, actorUserId: actor.userId, action: 'sso_provider.updated', ip, detail: { providerId: current.id, name: provider.name, fields } });
  return provider;
}
