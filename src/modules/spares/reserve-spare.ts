import { AppError, conflict, notFound } from '../../platform/errors.js';
import { toIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, isOpenStatus, touchTicket } from '../tickets/index.js';
import { checkLowStock } from './low-stock.js';
import type { SpareDeps } from './spare-deps.js';
import { findUnit, firstUnitInStock, moveUnit, type UnitRecord } from './spare-units.repository.js';
import { findItem, findLocation, insertReservation, moveStock, type ReservationRecord } from './spares.repository.js';

export interface ReserveInput {
  itemId: string;
  locationId: string;
  quantity?: number;
  /** A loaner, to come back by `dueAt`; otherwise a spare that is fitted and stays. */
  loan: boolean;
  dueAt?: string;
  /** A serialised item: the unit to reserve (else the first in stock there, by serial). */
  unitId?: string;
}

/**
 * Reserves stock for an open ticket: what is available at the location goes down at once (409
 * `not_enough_stock` when there is too little, decided in the same statement that takes it), the
 * ticket's history records it, and stock that falls to its threshold alerts. A serialised item is
 * reserved one unit at a time: the one named, or the first in stock there by serial.
 */
export async function reserveSpare(deps: SpareDeps, actor: StaffActor, ticket: { id: string; status: string }, input: ReserveInput): Promise<ReservationRecord> {
  if (!isOpenStatus(ticket.status)) throw new AppError('ticket_not_open', 'Reserve spares for an open ticket', { status: 422 });
  const item = await findItem(deps.db, input.itemId);
  if (!item) throw notFound('Spare item', '/itemId');
  const location = await findLocation(deps.db, input.locationId);
  if (!location || location.archivedAt !== null) throw notFound('Stock location', '/locationId');
  const now = deps.clock.iso();
  if (input.dueAt !== undefined && Date.parse(input.dueAt) <= deps.clock.now()) throw new AppError('due_in_past', 'A loaner is due back later than now', { status: 422, field: '/dueAt' });
  if (input.dueAt !== undefined && !input.loan) throw new AppError('loan_only', 'Only a loaner is due back', { status: 422, field: '/dueAt' });
  const quantity = input.quantity ?? 1;
  if (item.serialised && quantity !== 1) throw new AppError('one_unit', 'A serialised item is reserved one unit at a time', { status: 422, field: '/quantity' });
  if (!item.serialised && input.unitId !== undefined) throw new AppError('not_serialised', `${item.name} is kept by count: it has no units to pick`, { status: 422, field: '/unitId' });
  // The count first, then the unit: every reservation locks the stock row before a unit, so two
  // tickets reserving at one location queue on that row and never deadlock.
  if (!(await moveStock(deps.db, { itemId: item.id, locationId: location.id, onHand: 0, reserved: quantity, at: now }))) {
    throw conflict('not_enough_stock', `Fewer than ${quantity} ${item.name} are available at ${location.name}`, '/quantity');
  }
  const unit = item.serialised ? await claimUnit(deps, item.id, location.id, input.unitId, now) : undefined;
  const reservation: ReservationRecord = {
    id: newId(), ticketId: ticket.id, itemId: item.id, locationId: location.id, quantity, loan: input.loan, state: 'reserved', dueAt: input.dueAt === undefined ? null : toIso(Date.parse(input.dueAt)),
    overdueTicketId: null, reservedBy: actor.userId, unitId: unit?.id ?? null, version: 1, createdAt: now, updatedAt: now,
  };
  await insertReservation(deps.db, reservation);
  await touchTicket(deps.db, ticket.id, now);
  await insertTicketEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'spares.reserved', field: null, before: null, after: { reservationId: reservation.id, item: item.name, location: location.name, quantity, loan: input.loan, ...(unit ? { serial: unit.serial } : {}) }, internal: true, at: now });
  await checkLowStock(deps, item.id, location.id);
  return reservation;
}

/**
 * Takes a unit in stock for a reservation whose count is already taken: the one named (409
 * `unit_not_available` when it is not in stock at this location), or the first in stock. The count
 * guarantees a free unit exists; another ticket may still claim the one looked at first, so the
 * next is tried.
 */
async function claimUnit(deps: SpareDeps, itemId: string, locationId: string, unitId: string | undefined, at: string): Promise<UnitRecord> {
  if (unitId !== undefined) {
    const unit = await findUnit(deps.db, unitId);
    if (!unit || unit.itemId !== itemId) throw notFound('Unit', '/unitId');
    if (!(await moveUnit(deps.db, unit.id, { from: 'in_stock', to: 'reserved', fromLocationId: locationId, at }))) {
      throw conflict('unit_not_available', `${unit.serial} is not in stock at this location`, '/unitId');
    }
    return unit;
  }
  const tried: string[] = [];
  for (;;) {
    const unit = await firstUnitInStock(deps.db, itemId, locationId, tried);
    if (!unit) throw conflict('not_enough_stock', 'No unit of this item is in stock here', '/quantity');
    if (await moveUnit(deps.db, unit.id, { from: 'in_stock', to: 'reserved', fromLocationId: locationId, at })) return unit;
    tried.push(unit.id);
  }
}
