/**
 * Changing a configured provider. Settings given in a change are laid over the stored ones, so a
 * credential need not be typed again to rename a provider or move its host; the result is checked
 * as a whole, exactly as a new provider is.
 */
import type { TObject } from '@sinclair/typebox';
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import { findProvider, updateProvider, type StoredProvider } from './delivery.repository.js';
import { checkProvider, openSettings, requireKey, sealSettings } from './provider-store.js';
import { PROVIDER_KINDS } from './providers/registry.js';

/** The settings of a kind that are credentials: its schema says they are never returned. */
function secretKeys(kind: string): Set<string> {
  const properties = PROVIDER_KINDS.find((k) => k.kind === kind)?.settings?.schema.properties ?? {};
  return new Set(Object.entries(properties).filter(([, p]) => /never returned/i.test((p as { description?: string }).description ?? '')).map(([key]) => key));
}

/** A provider's settings without its credentials, and the names of the credentials it has. */
export function visibleSettings(kind: string, settings: unknown): { settings: Record<string, unknown>; secretsSet: string[] } {
  const all = (settings ?? {}) as Record<string, unknown>;
  const secret = secretKeys(kind);
  return { settings: Object.fromEntries(Object.entries(all).filter(([k]) => !secret.has(k))), secretsSet: Object.keys(all).filter((k) => secret.has(k)) };
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

export interface ChangeProviderDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  allowPrivateDestinations?: boolean;
  /** Checks settings against their kind's schema exactly as a new provider's body is checked (400 naming the setting). */
  validateSettings: (schema: TObject, settings: Record<string, unknown>) => void;
  /** The delivery worker reloads its providers. */
  onProvidersChanged: () => void;
}

/** Changes provider `id` as `actorUserId` and audits which fields changed; 409 `name_taken` for a name in use. */
export async function changeProvider(deps: ChangeProviderDeps, input: { id: string; change: ProviderChange; actorUserId: string; ip: string | null }): Promise<StoredProvider> {
  const { change } = input;
  requireKey(deps.secretKey);
  const current = await findProvider(deps.db, input.id);
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
    const schema = PROVIDER_KINDS.find((k) => k.kind === current.kind)?.settings?.schema;
    if (schema) deps.validateSettings(schema, merged);
    methods = checkProvider(current.kind, name, merged, { clock: deps.clock, allowPrivateDestinations: deps.allowPrivateDestinations });
    settingsEncrypted = sealSettings(deps.secretKey, current.id, merged);
  }
  const next: StoredProvider = { ...current, name, methods, settingsEncrypted, position: change.position ?? current.position, enabled: change.enabled ?? current.enabled, updatedAt: deps.clock.iso() };
  try {
    if (!(await updateProvider(deps.db, next))) throw notFound('Provider');
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another provider has that name', '/name');
    throw error;
  }
  deps.onProvidersChanged();
  const detail = { providerId: next.id, fields: Object.keys(change), settings: Object.keys(change.settings ?? {}) };
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: input.actorUserId, action: 'provider.updated', ip: input.ip, detail });
  return next;
}
