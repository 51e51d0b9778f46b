/** Configured providers: validated, stored with encrypted settings, and composed per method with failover. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { decryptSecret, encryptSecret } from '../../platform/secrets.js';
import { listProviders, type StoredProvider } from './delivery.repository.js';
import { createFailoverProvider } from './providers/failover.js';
import type { Provider } from './providers/provider.js';
import { createProvider, PROVIDER_KINDS, type ProviderConfig } from './providers/registry.js';

export function requireKey(secretKey: string): string {
  if (!secretKey) {
    throw new AppError('secret_key_missing', 'Set SWITCHBOARD_SECRET_KEY before storing provider credentials (they are kept encrypted with it)', { status: 422 });
  }
  return secretKey;
}

/** Checks a provider configuration by building it; returns the methods it delivers. */
export function checkProvider(kind: string, name: string, settings: unknown, clock: Clock): string[] {
  const k = PROVIDER_KINDS.find((p) => p.kind === kind && p.kind !== 'failover');
  if (!k) throw new AppError('provider_kind_unknown', `Unknown provider kind "${kind}"`, { status: 422, field: '/kind' });
  try {
    return createProvider({ kind, name, settings } as ProviderConfig, { clock }).methods;
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message, { status: 422, field: error.field ? `/settings${error.field}` : '/settings' });
    throw new AppError('provider_settings_invalid', (error as Error).message, { status: 422, field: '/settings' });
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
  const built = stored.map((p) => {
    const settings = openSettings(secretKey, p);
    if (p.kind === 'twilio') twilioTokens.push(String((settings as { authToken?: string }).authToken ?? ''));
    return createProvider({ kind: p.kind, name: p.name, settings } as ProviderConfig, { clock });
  });
  for (const method of new Set(built.flatMap((p) => p.methods))) {
    const candidates = built.filter((p) => p.methods.includes(method as never));
    byMethod.set(method, candidates.length === 1 ? candidates[0] : createFailoverProvider(`${method} failover`, candidates));
  }
  return { byMethod, twilioTokens };
}
