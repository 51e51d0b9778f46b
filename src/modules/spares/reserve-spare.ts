import { AppError, conflict, notFound } from '../../platform/errors.js';
import { toIso } from '../../platform/clock.js';
import { newId } from '../../platform/ids.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, isOpenStatus, touchTicket } from '../tickets/index.js';
import { checkLowStock } from './low-stock.js';
import type { SpareDeps } from './spare-deps.js';
import { findItem, findLocation, insertReservation, moveStock, type ReservationRecord } from './spares.repository.js';

export interface ReserveInput {
  itemId: string;
  locationId: string;
  quantity?: number;
  /** A loaner, to come back by `dueAt`; otherwise a spare that is fitted and stays. */
  loan: boolean;
  dueAt?: string;
}

/**
 * Reserves stock for an open ticket: what is available at the location goes down at once (409
 * `not_enough_stock` when there is too little, decided in the same statement that takes it), the
 * ticket's history records it, and stock that falls to its threshold alerts.
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
  if (!(await moveStock(deps.db, { itemId: item.id, locationId: location.id, onHand: 0, reserved: quantity, at: now }))) {
    throw conflict('not_enough_stock', `Fewer than ${quantity} ${item.name} are available at ${location.name}`, '/quantity');
  }
  const reservation: ReservationRecord = {
    id: newId(), ticketId: ticket.id, itemId: item.id, locationId: location.id, quantity, loan: input.loan, state: 'reserved', dueAt: input.dueAt === undefined ? null : toIso(Date.parse(input.dueAt)),
    overdueTicketId: null, reservedBy: actor.userId, version: 1, createdAt: now, updatedAt: now,
  };
  await insertReservation(deps.db, reservation);
  await touchTicket(deps.db, ticket.id, now);
  await insertTicketEvent(deps.db, { ticketId: ticket.id, actorUserId: actor.userId, type: 'spares.reserved', field: null, before: null, after: { reservationId: reservation.id, item: item.name, location: location.name, quantity, loan: input.loan }, internal: true, at: now });
  await checkLowStock(deps, item.id, location.id);
  return reservation;
}
