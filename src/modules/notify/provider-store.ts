/** Configured providers: validated, stored with encrypted settings, and composed per method with failover. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { internalLiteral } from '../../platform/destinations.js';
import { AppError } from '../../platform/errors.js';
import { decryptSecret, encryptSecret } from '../../platform/secrets.js';
import { listProviders, type StoredProvider } from './delivery.repository.js';
import { createFailoverProvider } from './providers/failover.js';
import type { Provider } from './providers/provider.js';
import { createProvider, PROVIDER_KINDS, type ProviderConfig, type ProviderKind } from './providers/registry.js';
import { MIN_AUTH_TOKEN_LENGTH } from './providers/twilio.js';
import { demoOutboxIn } from './keep-demo-message.js';

export function requireKey(secretKey: string): string {
  if (!secretKey) {
    throw new AppError('secret_key_missing', 'Set SWITCHBOARD_SECRET_KEY before storing provider credentials (they are kept encrypted with it)', { status: 422 });
  }
  return secretKey;
}

/**
 * Checks a provider configuration (already valid against its kind's schema) by its URL rules and by
 * building it; returns the methods it delivers.
 */
export function checkProvider(kind: string, name: string, settings: Record<string, unknown>, deps: { clock: Clock; allowPrivateDestinations?: boolean }): string[] {
  const { clock } = deps;
  const k = PROVIDER_KINDS.find((p) => p.kind === kind && p.kind !== 'failover');
  if (!k) throw new AppError('provider_kind_unknown', `Unknown provider kind "${kind}"`, { status: 422, field: '/kind' });
  checkUrls(k, settings, deps.allowPrivateDestinations ?? false);
  try {
    return createProvider({ kind, name, settings } as ProviderConfig, { clock }).methods;
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { status: 422, field: error.field ? `/settings${error.field}` : '/settings' });
    throw new AppError('provider_settings_invalid', (error as Error).message, { status: 422, field: '/settings' });
  }
}

/**
 * URL settings carry no credentials or fragment; one the server sends requests to (a provider's API
 * root, with our credentials) must be https and off the server's own network, unless the operator
 * allows private destinations.
 */
function checkUrls(kind: ProviderKind, settings: Record<string, unknown>, allowPrivate: boolean): void {
  for (const [key, property] of Object.entries(kind.settings?.schema.properties ?? {})) {
    const value = settings[key];
    if ((property as { format?: string }).format !== 'uri' || typeof value !== 'string') continue;
    const field = `/settings/${key}`;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) throw new AppError('invalid_url', 'Give an absolute http or https URL', { status: 422, field });
    if (url.username || url.password) throw new AppError('invalid_url', 'Credentials belong in their own settings, not in a URL', { status: 422, field });
    if (url.hash) throw new AppError('invalid_url', 'A URL setting has no #fragment', { status: 422, field });
    if (!kind.settings?.destinations?.includes(key) || allowPrivate) continue;
    if (url.protocol !== 'https:') throw new AppError('https_required', 'Switchboard sends credentials to this address, so it must be https (or set SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true for a server on your own network)', { status: 422, field });
    const internal = internalLiteral(url);
    if (internal !== undefined) throw new AppError('internal_address', `${internal} is on Switchboard's own network; set SWITCHBOARD_ALLOW_PRIVATE_DESTINATIONS=true to use a server there`, { status: 422, field });
  }
}

export function sealSettings(secretKey: string, id: string, settings: unknown): string {
  return encryptSecret(requireKey(secretKey), JSON.stringify(settings ?? {}), `provider:${id}`);
}

export function openSettings(secretKey: string, p: StoredProvider): unknown {
  return JSON.parse(decryptSecret(secretKey, p.settingsEncrypted, `provider:${p.id}`));
}

/** The enabled providers, one per method; several for a method are tried in order (failover). */
export async function loadProviders(db: Db, secretKey: string, clock: Clock): Promise<{ byMethod: Map<string, Provider>; twilioTokens: string[] }> {
  const stored = (await listProviders(db)).filter((p) => p.enabled);
  const byMethod = new Map<string, Provider>();
  const twilioTokens: string[] = [];
  if (!secretKey) return { byMethod, twilioTokens };
  const demoOutbox = demoOutboxIn({ db, clock });
  const built = stored.map((p) => {
    const settings = openSettings(secretKey, p);
    // Stored before settings were validated, a token could be an object or a few characters; such a
    // key would let anyone sign a callback, so it verifies nothing.
    const token = (settings as { authToken?: unknown }).authToken;
    if (p.kind === 'twilio' && typeof token === 'string' && token.length >= MIN_AUTH_TOKEN_LENGTH) twilioTokens.push(token);
    return createProvider({ kind: p.kind, name: p.name, settings } as ProviderConfig, { clock, demoOutbox });
  });
  for (const method of new Set(built.flatMap((p) => p.methods))) {
    const candidates = built.filter((p) => p.methods.includes(method));
    byMethod.set(method, candidates.length === 1 ? candidates[0] : createFailoverProvider(`${method} failover`, candidates));
  }
  return { byMethod, twilioTokens };
}
