import { AppError, notFound } from '../../platform/errors.js';
import { checkLowStock } from './low-stock.js';
import type { SpareDeps } from './spare-deps.js';
import { findItem, findLocation, findStock, setStock, type StockRecord } from './spares.repository.js';

/**
 * Records a stock take: how many of an item a location holds, and the threshold at which it counts
 * as low. What is reserved stays reserved, so the count cannot go below it (422 `below_reserved`).
 */
export async function countStock(deps: SpareDeps, itemId: string, input: { locationId: string; onHand: number; lowThreshold?: number }): Promise<StockRecord> {
  if (!(await findItem(deps.db, itemId))) throw notFound('Spare item');
  const location = await findLocation(deps.db, input.locationId);
  if (!location || location.archivedAt !== null) throw notFound('Stock location', '/locationId');
  const before = await findStock(deps.db, itemId, input.locationId);
  if (before && input.onHand < before.reserved) {
    throw new AppError('below_reserved', `${before.reserved} of these are reserved by tickets: the count cannot be lower`, { status: 422, field: '/onHand' });
  }
  await setStock(deps.db, { itemId, locationId: input.locationId, onHand: input.onHand, lowThreshold: input.lowThreshold ?? before?.lowThreshold ?? 0, at: deps.clock.iso() });
  await checkLowStock(deps, itemId, input.locationId);
  return (await findStock(deps.db, itemId, input.locationId))!;
}
