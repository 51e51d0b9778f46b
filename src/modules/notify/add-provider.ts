/**
 * Configuring a delivery provider (owner/admin): its settings are checked against its kind, sealed
 * with the secret key, and never shown again; the delivery worker is told to reload its providers.
 */
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation, type Db } from '../../platform/db/connect.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import { insertProvider, type StoredProvider } from './delivery.repository.js';
import type { ProviderBody } from './notify.schema.js';
import { checkProvider, requireKey, sealSettings } from './provider-store.js';

export interface AddProviderDeps {
  db: Db;
  clock: Clock;
  secretKey: string;
  /** Whether a provider's API may be on the server's own network, and reached over plain http. */
  allowPrivateDestinations?: boolean;
  onProvidersChanged: () => void;
}

/** The provider as answered: everything but its sealed settings. */
export type ProviderInfo = Omit<StoredProvider, 'settingsEncrypted' | 'updatedAt'>;

/** Adds a provider and audits it; 409 `name_taken` for a name in use, 422 for settings unfit for the kind. */
export async function addProvider(deps: AddProviderDeps, input: { actorUserId: string; ip: string | null; body: ProviderBody }): Promise<ProviderInfo> {
  const { body } = input;
  requireKey(deps.secretKey);
  const settings = body.settings ?? {};
  const methods = checkProvider(body.kind, body.name, settings, { clock: deps.clock, allowPrivateDestinations: deps.allowPrivateDestinations });
  const id = newId();
  const now = deps.clock.iso();
  const p: StoredProvider = {
    id,
    name: body.name.trim(),
    kind: body.kind,
    methods,
    settingsEncrypted: sealSettings(deps.secretKey, id, settings),
    position: body.position ?? 0,
    enabled: body.enabled ?? true,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await insertProvider(deps.db, p);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('name_taken', 'Another provider has that name', '/name');
    throw error;
  }
  deps.onProvidersChanged();
  await insertAuditEntry(deps.db, { at: now, actorUserId: input.actorUserId, action: 'provider.created', ip: input.ip, detail: { providerId: id, name: p.name, kind: p.kind } });
  const { settingsEncrypted: _s, updatedAt: _u, ...info } = p;
  return info;
}
