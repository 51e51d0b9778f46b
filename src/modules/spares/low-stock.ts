/**
 * After stock changed: when what is available has just fallen to its threshold, the desk's owners
 * and admins are told once for that dip, through the escalation module's administrators' page (the
 * notify outbox, no acknowledgement needed); back above it, the mark clears so the next dip tells
 * them again. Stock is the MSP's own, not a client's request, so it opens no ticket (ADR 0026).
 */
import { newId } from '../../platform/ids.js';
import { pageAdministrators } from '../escalation/index.js';
import { decideLowStock } from './spare.js';
import type { SpareDeps } from './spare-deps.js';
import { findItem, findLocation, findStock, markLow } from './spares.repository.js';

export async function checkLowStock(deps: SpareDeps, itemId: string, locationId: string): Promise<'alert' | 'clear' | 'none'> {
  const stock = await findStock(deps.db, itemId, locationId);
  if (!stock) return 'none';
  const decision = decideLowStock(stock);
  if (decision === 'clear') await markLow(deps.db, itemId, locationId, null);
  if (decision !== 'alert') return decision;
  const at = deps.clock.iso();
  await markLow(deps.db, itemId, locationId, at);
  const [item, location] = [await findItem(deps.db, itemId), await findLocation(deps.db, locationId)];
  const available = stock.onHand - stock.reserved;
  await pageAdministrators(deps.db, {
    // Once per dip: this runs in the transaction that marked the dip, so a retry rolls both back.
    key: `spares.low:${itemId}:${locationId}:${newId()}`,
    subject: `Low stock: ${item?.name ?? 'an item'} at ${location?.name ?? 'a location'}`,
    body: `${available} available (${stock.onHand} on hand, ${stock.reserved} reserved); the threshold is ${stock.lowThreshold}.`,
    at: deps.clock.now(),
  });
  return decision;
}
