/**
 * Registers the demo provider, as an administrator would add one: for the demo MSP, so its pages
 * have somewhere to go and can be read in the console's Demo outbox without any real SMS or mail.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { newId } from '../../platform/ids.js';
import { insertProvider } from './delivery.repository.js';
import { sealSettings } from './provider-store.js';
import { createProvider } from './providers/registry.js';

/** The name the demo's provider is registered under. */
export const DEMO_PROVIDER_NAME = 'Demo outbox — nothing leaves this machine';

/**
 * Adds the demo provider first in line (position 0), enabled, delivering every method; returns its
 * id. Needs the secret key, as every stored provider's settings are sealed with it.
 */
export async function addDemoProvider(deps: { db: Db; clock: Clock; secretKey: string }): Promise<string> {
  const id = newId();
  const now = deps.clock.iso();
  const settings = { label: 'Demo' };
  const { methods } = createProvider({ kind: 'demo', name: DEMO_PROVIDER_NAME, settings }, { clock: deps.clock });
  await insertProvider(deps.db, { id, name: DEMO_PROVIDER_NAME, kind: 'demo', methods, settingsEncrypted: sealSettings(deps.secretKey, id, settings), position: 0, enabled: true, createdAt: now, updatedAt: now });
  return id;
}
