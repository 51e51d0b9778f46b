/**
 * Changing a configured provider. Settings given in a change are laid over the stored ones, so a
 * credential need not be typed again to rename a provider or move its host; the result is checked
 * as a whole, exactly as a new provider is.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findProvider, updateProvider, type StoredProvider } from './delivery.repository.js';
import { checkProvider, openSettings, sealSettings } from './provider-store.js';

/** Settings that are credentials: stored encrypted and never answered, only whether they are set. */
const SECRET = /pass|token|secret/i;

/** A provider's settings without its credentials, and the names of the credentials it has. */
export function visibleSettings(settings: unknown): { settings: Record<string, unknown>; secretsSet: string[] } {
  const all = (settings ?? {}) as Record<string, unknown>;
  const shown = Object.entries(all).filter(([k]) => !SECRET.test(k));
  return { settings: Object.fromEntries(shown), secretsSet: Object.keys(all).filter((k) => SECRET.test(k) && all[k] !== '' && all[k] != null) };
}

/**
 * A provider's stored settings, or undefined when they cannot be read: they were stored under
 * another SWITCHBOARD_SECRET_KEY. Such a provider can be given its settings again.
 */
export function readableSettings(secretKey: string, p: StoredProvider): Record<string, unknown> | undefined {
  try {
    return openSettings(secretKey, p) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'secret_undecryptable' || error.code === 'secret_malformed')) return undefined;
    throw error;
  }
}

export interface ProviderChange {
  name?: string;
  position?: number;
  enabled?: boolean;
  /** Laid over the stored settings; a setting given as null is removed. */
  settings?: Record<string, unknown>;
}

export async function changeProvider(deps: { db: Db; clock: Clock; secretKey: string }, id: string, change: ProviderChange): Promise<StoredProvider> {
  const current = await findProvider(deps.db, id);
  if (!current) throw notFound('Provider');
  const name = change.name?.trim() ?? current.name;
  let { methods, settingsEncrypted } = current;
  if (change.settings || change.name !== undefined) {
    // Unreadable settings (another secret key) are replaced whole by what the change gives.
    const merged: Record<string, unknown> = { ...(readableSettings(deps.secretKey, current) ?? {}) };
    for (const [k, v] of Object.entries(change.settings ?? {})) {
      if (v === null) delete merged[k];
      else merged[k] = v;
    }
    methods = checkProvider(current.kind, name, merged, deps.clock);
    settingsEncrypted = sealSettings(deps.secretKey, current.id, merged);
  }
  const next: StoredProvider = { ...current, name, methods, settingsEncrypted, position: change.position ?? current.position, enabled: change.enabled ?? current.enabled, updatedAt: deps.clock.iso() };
  if (!(await updateProvider(deps.db, next))) throw notFound('Provider');
  return next;
}
