/**
 * The moves on a reservation after it is made: handing it out (a loaner goes out with its due time
 * armed as an engine deadline; a spare is used), returning a loaner (to where it came from or
 * another location; its deadline retired), or cancelling a reservation (its stock available again).
 * Each moves the stock, records the move on the ticket and checks the low-stock threshold. A
 * serialised reservation moves its unit too, and a loaner's return names the serial brought back:
 * only the unit that was lent closes the loan (422 `wrong_unit`).
 */
import { toIso } from '../../platform/clock.js';
import { armDeadline, cancelDeadlines } from '../../platform/engine/deadlines.repository.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import type { StaffActor } from '../auth/index.js';
import { insertTicketEvent, ticketFacts, touchTicket } from '../tickets/index.js';
import { checkLowStock } from './low-stock.js';
import { LOANER_OVERDUE_KIND } from './loaner-overdue.step.js';
import { nextState, type ReservationMove } from './spare.js';
import type { SpareDeps } from './spare-deps.js';
import { recordFittedUnit } from '../assets/index.js';
import { findUnit, moveUnit, setUnitAsset, type UnitState } from './spare-units.repository.js';
import { findItem, findLocation, findReservation, moveStock, saveReservation, type ReservationRecord } from './spares.repository.js';

export interface MoveInput {
  move: ReservationMove;
  /** Hand-out of a loaner: when it is due back (else the due time given when it was reserved). */
  dueAt?: string;
  /** Return: where it goes back to (else where it came from). */
  locationId?: string;
  /** Return of a serialised loaner: the serial of the unit brought back, which must be the one lent. */
  serial?: string;
  /** Hand-out of a serialised spare for good: record the unit as an asset of the ticket's client. */
  recordAsset?: boolean;
}

/** What a move does to a serialised reservation's unit. */
const UNIT_MOVES: Record<ReservationMove, (loan: boolean) => { from: UnitState; to: UnitState }> = {
  hand_out: (loan) => ({ from: 'reserved', to: loan ? 'out' : 'used' }),
  return: () => ({ from: 'out', to: 'in_stock' }),
  cancel: () => ({ from: 'reserved', to: 'in_stock' }),
};

async function checkReturnedUnit(deps: SpareDeps, unitId: string, serial: string | undefined): Promise<void> {
  const unit = await findUnit(deps.db, unitId);
  if (serial === undefined) throw new AppError('serial_required', `Say which unit came back: ${unit?.serial ?? 'its serial'} was lent`, { status: 422, field: '/serial' });
  if (serial.trim().toLowerCase() !== unit?.serial.toLowerCase()) {
    throw new AppError('wrong_unit', `${serial.trim()} is not the unit lent on this ticket (${unit?.serial})`, { status: 422, field: '/serial' });
  }
}

/** A unit fitted for good becomes an asset of the ticket's client, attached to the ticket. */
async function recordAsAsset(deps: SpareDeps, actor: StaffActor, r: ReservationRecord): Promise<void> {
  const [ticket, item, unit] = [await ticketFacts(deps.db, r.ticketId), await findItem(deps.db, r.itemId), await findUnit(deps.db, r.unitId!)];
  if (!ticket || !item || !unit) return;
  const { assetId } = await recordFittedUnit(deps, actor, { ticket, name: item.name, kind: item.kind, model: item.model, serial: unit.serial });
  await setUnitAsset(deps.db, unit.id, assetId);
}

export async function moveReservation(deps: SpareDeps, actor: StaffActor, id: string, input: MoveInput): Promise<ReservationRecord> {
  const current = await findReservation(deps.db, id);
  if (!current) throw notFound('Reservation');
  const state = nextState(current.state, input.move, current.loan);
  if (!state) throw conflict('invalid_move', `A reservation that is ${current.state} cannot be ${{ hand_out: 'handed out', return: 'returned', cancel: 'cancelled' }[input.move]}`);
  const now = deps.clock.iso();
  const next: ReservationRecord = { ...current, state, version: current.version + 1, updatedAt: now };
  const q = current.quantity;
  let stockAt = current.locationId;
  if (input.recordAsset && (input.move !== 'hand_out' || current.loan || current.unitId === null)) {
    throw new AppError('fitted_unit_only', 'Only a serialised spare handed out for good becomes the client’s asset', { status: 422, field: '/recordAsset' });
  }
  if (input.move === 'hand_out') {
    if (input.dueAt !== undefined && !current.loan) throw new AppError('loan_only', 'Only a loaner is due back', { status: 422, field: '/dueAt' });
    next.dueAt = input.dueAt === undefined ? current.dueAt : toIso(Date.parse(input.dueAt));
    if (current.loan && next.dueAt === null) throw new AppError('due_required', 'Say when the loaner is due back (dueAt)', { status: 422, field: '/dueAt' });
    if (next.dueAt !== null && Date.parse(next.dueAt) <= deps.clock.now()) throw new AppError('due_in_past', 'A loaner is due back later than now', { status: 422, field: '/dueAt' });
    await moveStock(deps.db, { itemId: current.itemId, locationId: current.locationId, onHand: -q, reserved: -q, at: now });
    if (current.loan) await armDeadline(deps.db, { id: `${LOANER_OVERDUE_KIND}:${id}`, kind: LOANER_OVERDUE_KIND, subjectId: id, dueAt: Date.parse(next.dueAt!), payload: {}, nowIso: now });
  } else if (input.move === 'return') {
    if (current.unitId !== null) await checkReturnedUnit(deps, current.unitId, input.serial);
    if (input.locationId !== undefined) {
      const back = await findLocation(deps.db, input.locationId);
      if (!back || back.archivedAt !== null) throw notFound('Stock location', '/locationId');
      stockAt = back.id;
    }
    await moveStock(deps.db, { itemId: current.itemId, locationId: stockAt, onHand: q, reserved: 0, at: now });
    await cancelDeadlines(deps.db, id, [LOANER_OVERDUE_KIND], now);
  } else {
    await moveStock(deps.db, { itemId: current.itemId, locationId: current.locationId, onHand: 0, reserved: -q, at: now });
  }
  if (current.unitId !== null) await moveUnit(deps.db, current.unitId, { ...UNIT_MOVES[input.move](current.loan), toLocationId: stockAt, at: now });
  if (input.recordAsset) await recordAsAsset(deps, actor, current);
  if (!(await saveReservation(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone moved this reservation at the same moment; reload and try again');
  await touchTicket(deps.db, current.ticketId, now);
  await insertTicketEvent(deps.db, { ticketId: current.ticketId, actorUserId: actor.userId, type: `spares.${input.move}`, field: 'state', before: current.state, after: state, internal: true, at: now });
  await checkLowStock(deps, current.itemId, stockAt);
  return next;
}
