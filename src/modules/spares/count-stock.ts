import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { checkLowStock } from './low-stock.js';
import type { SpareDeps } from './spare-deps.js';
import { insertMovement } from './spare-units.repository.js';
import { findItem, findLocation, findStock, setStock, type StockRecord } from './spares.repository.js';

/**
 * Records a stock take: how many of an item a location holds, and the threshold at which it counts
 * as low; the difference from what was on record is kept as a movement (`count`), so a count that
 * did not match stays visible. What is reserved stays reserved, so the count cannot go below it
 * (422 `below_reserved`). A serialised item's stock is its units: its count must be the units
 * there (422 `count_units`) — receive a unit to add one.
 */
export async function countStock(deps: SpareDeps, actorUserId: string, itemId: string, input: { locationId: string; onHand: number; lowThreshold?: number }): Promise<StockRecord> {
  const item = await findItem(deps.db, itemId);
  if (!item) throw notFound('Spare item');
  const location = await findLocation(deps.db, input.locationId);
  if (!location || location.archivedAt !== null) throw notFound('Stock location', '/locationId');
  const before = await findStock(deps.db, itemId, input.locationId);
  if (item.serialised && input.onHand !== (before?.onHand ?? 0)) {
    throw new AppError('count_units', `${item.name} is serialised: ${location.name} holds ${before?.onHand ?? 0} units on record; receive units by serial to add them`, { status: 422, field: '/onHand' });
  }
  if (before && input.onHand < before.reserved) {
    throw new AppError('below_reserved', `${before.reserved} of these are reserved by tickets: the count cannot be lower`, { status: 422, field: '/onHand' });
  }
  const at = deps.clock.iso();
  await setStock(deps.db, { itemId, locationId: input.locationId, onHand: input.onHand, lowThreshold: input.lowThreshold ?? before?.lowThreshold ?? 0, at });
  await insertMovement(deps.db, { id: newId(), itemId, locationId: input.locationId, reason: 'count', delta: input.onHand - (before?.onHand ?? 0), onHandAfter: input.onHand, serial: null, actorUserId, at });
  await checkLowStock(deps, itemId, input.locationId);
  return (await findStock(deps.db, itemId, input.locationId))!;
}
