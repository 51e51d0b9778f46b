import { AppError, conflict, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { checkLowStock } from './low-stock.js';
import type { SpareDeps } from './spare-deps.js';
import { insertMovement, insertUnits, takenSerials, type UnitRecord } from './spare-units.repository.js';
import { findItem, findLocation, findStock, moveStock } from './spares.repository.js';

/**
 * Receives units of a serialised item at a location, each by its serial: they are in stock there
 * at once, the location's count goes up by as many, and each is on record as a movement
 * (`received`). A serial the item already has is refused (409 `serial_taken` on its place in
 * `serials`), and so is a repeat within the list; an item kept by count is 422 `not_serialised`.
 */
export async function receiveUnits(deps: SpareDeps, actorUserId: string, itemId: string, input: { locationId: string; serials: string[] }): Promise<UnitRecord[]> {
  const item = await findItem(deps.db, itemId);
  if (!item) throw notFound('Spare item');
  if (!item.serialised) throw new AppError('not_serialised', `${item.name} is kept by count: take stock instead`, { status: 422 });
  const location = await findLocation(deps.db, input.locationId);
  if (!location || location.archivedAt !== null) throw notFound('Stock location', '/locationId');
  const serials = input.serials.map((s) => s.trim());
  const repeat = serials.findIndex((s, i) => serials.indexOf(s) !== i);
  if (repeat >= 0) throw conflict('serial_taken', `${serials[repeat]} is in the list twice`, `/serials/${repeat}`);
  const taken = await takenSerials(deps.db, itemId, serials);
  const first = serials.findIndex((s) => taken.has(s));
  if (first >= 0) throw conflict('serial_taken', `${item.name} ${serials[first]} is already on record`, `/serials/${first}`);
  const at = deps.clock.iso();
  const units: UnitRecord[] = serials.map((serial) => ({ id: newId(), itemId, locationId: location.id, serial, state: 'in_stock', assetId: null, version: 1, createdAt: at, updatedAt: at }));
  await insertUnits(deps.db, units);
  await moveStock(deps.db, { itemId, locationId: location.id, onHand: units.length, reserved: 0, at });
  let onHand = (await findStock(deps.db, itemId, location.id))!.onHand - units.length;
  for (const u of units) {
    onHand += 1;
    await insertMovement(deps.db, { id: newId(), itemId, locationId: location.id, reason: 'received', delta: 1, onHandAfter: onHand, serial: u.serial, actorUserId, at });
  }
  await checkLowStock(deps, itemId, location.id);
  return units;
}
