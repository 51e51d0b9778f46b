/** Removing a delivery provider (owner/admin); the delivery worker is told to reload its providers. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import { deleteProvider } from './delivery.repository.js';

/** Removes the provider and audits it; 404 when there is none with this id. */
export async function removeProvider(
  deps: { db: Db; clock: Clock; onProvidersChanged: () => void },
  input: { actorUserId: string; ip: string | null; id: string },
): Promise<void> {
  if (!(await deleteProvider(deps.db, input.id))) throw notFound('Provider');
  deps.onProvidersChanged();
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: input.actorUserId, action: 'provider.deleted', ip: input.ip, detail: { providerId: input.id } });
}
