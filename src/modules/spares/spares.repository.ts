/**
 * All SQL of the spares module: stock locations, items, stock per item and location, and tickets'
 * reservations. Reserving takes stock with one conditional UPDATE, so two tickets can never reserve
 * the last unit twice, on either database.
 */
import { sql } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readBool } from '../../platform/db/dialect.js';
import type { LocationKind, ReservationState } from './spare.js';
import { spareDb, type SpareItemTable, type SpareReservationTable, type StockLocationTable } from './spares.tables.js';

export interface LocationRecord {
  id: string;
  name: string;
  kind: LocationKind;
  organizationId: string | null;
  siteId: string | null;
  userId: string | null;
  archivedAt: string | null;
  createdAt: string;
}

export interface ItemRecord {
  id: string;
  name: string;
  kind: string;
  model: string;
  /** Each unit has a serial of its own; its stock is the count of its units. */
  serialised: boolean;
  createdAt: string;
}

export interface StockRecord {
  itemId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  lowThreshold: number;
  lowSince: string | null;
  updatedAt: string;
}

export interface ReservationRecord {
  id: string;
  ticketId: string;
  itemId: string;
  locationId: string;
  quantity: number;
  loan: boolean;
  state: ReservationState;
  dueAt: string | null;
  overdueTicketId: string | null;
  reservedBy: string | null;
  /** A serialised item's unit. */
  unitId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toItem = (r: SpareItemTable): ItemRecord => ({ id: r.id, name: r.name, kind: r.kind, model: r.model, serialised: readBool(r.serialised), createdAt: r.created_at });

const toLocation = (r: StockLocationTable): LocationRecord => ({
  id: r.id, name: r.name, kind: r.kind as LocationKind, organizationId: r.organization_id, siteId: r.site_id, userId: r.user_id, archivedAt: r.archived_at, createdAt: r.created_at,
});

const toReservation = (r: SpareReservationTable): ReservationRecord => ({
  id: r.id, ticketId: r.ticket_id, itemId: r.item_id, locationId: r.location_id, quantity: Number(r.quantity), loan: readBool(r.loan), state: r.state as ReservationState,
  dueAt: r.due_at, overdueTicketId: r.overdue_ticket_id, reservedBy: r.reserved_by, unitId: r.unit_id, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function insertLocation(db: Db, l: LocationRecord): Promise<void> {
  await spareDb(db).insertInto('stock_locations').values({ id: l.id, name: l.name, kind: l.kind, organization_id: l.organizationId, site_id: l.siteId, user_id: l.userId, archived_at: l.archivedAt, created_at: l.createdAt }).execute();
}

export async function findLocation(db: Db, id: string): Promise<LocationRecord | undefined> {
  const r = await spareDb(db).selectFrom('stock_locations').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toLocation(r) : undefined;
}

/** Live locations by kind (office, client sites, vans) and name; `userId`: only that engineer's vans. */
export async function listLocations(db: Db, filter: { userId?: string } = {}): Promise<LocationRecord[]> {
  let q = spareDb(db).selectFrom('stock_locations').selectAll().where('archived_at', 'is', null);
  if (filter.userId) q = q.where('user_id', '=', filter.userId);
  return (await q.orderBy('kind').orderBy('name').orderBy('id').limit(1000).execute()).map(toLocation);
}

export async function insertItem(db: Db, i: ItemRecord): Promise<void> {
  await spareDb(db).insertInto('spare_items').values({ id: i.id, name: i.name, kind: i.kind, model: i.model, serialised: i.serialised, created_at: i.createdAt }).execute();
}

/** Saves an item's name, kind and model. */
export async function saveItem(db: Db, i: ItemRecord): Promise<void> {
  await spareDb(db).updateTable('spare_items').set({ name: i.name, kind: i.kind, model: i.model }).where('id', '=', i.id).execute();
}

/** Saves a location's name, site, engineer and archiving. */
export async function saveLocation(db: Db, l: LocationRecord): Promise<void> {
  await spareDb(db).updateTable('stock_locations').set({ name: l.name, site_id: l.siteId, user_id: l.userId, archived_at: l.archivedAt }).where('id', '=', l.id).execute();
}

export async function findItem(db: Db, id: string): Promise<ItemRecord | undefined> {
  const r = await spareDb(db).selectFrom('spare_items').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toItem(r);
}

export async function listItems(db: Db): Promise<ItemRecord[]> {
  const rows = await spareDb(db).selectFrom('spare_items').selectAll().orderBy('name').orderBy('id').limit(1000).execute();
  return rows.map(toItem);
}

export async function findStock(db: Db, itemId: string, locationId: string): Promise<StockRecord | undefined> {
  const r = await spareDb(db).selectFrom('spare_stock').selectAll().where('item_id', '=', itemId).where('location_id', '=', locationId).executeTakeFirst();
  return r && { itemId: r.item_id, locationId: r.location_id, onHand: Number(r.on_hand), reserved: Number(r.reserved), lowThreshold: Number(r.low_threshold), lowSince: r.low_since, updatedAt: r.updated_at };
}

/** Sets what a location holds of an item (a stock take) and its threshold; creates the row the first time. */
export async function setStock(db: Db, s: { itemId: string; locationId: string; onHand: number; lowThreshold: number; at: string }): Promise<void> {
  await spareDb(db)
    .insertInto('spare_stock')
    .values({ item_id: s.itemId, location_id: s.locationId, on_hand: s.onHand, reserved: 0, low_threshold: s.lowThreshold, low_since: null, updated_at: s.at })
    .onConflict((oc) => oc.columns(['item_id', 'location_id']).doUpdateSet({ on_hand: s.onHand, low_threshold: s.lowThreshold, updated_at: s.at }))
    .execute();
}

/**
 * Moves stock: `onHand` and `reserved` change by the deltas. A reservation (reserved +n) succeeds
 * only while enough is available, in the same statement; false otherwise. A return to a location
 * that never held the item starts its row.
 */
export async function moveStock(db: Db, m: { itemId: string; locationId: string; onHand: number; reserved: number; at: string }): Promise<boolean> {
  const d = spareDb(db);
  if (m.onHand > 0 && m.reserved === 0) {
    await d
      .insertInto('spare_stock')
      .values({ item_id: m.itemId, location_id: m.locationId, on_hand: m.onHand, reserved: 0, low_threshold: 0, low_since: null, updated_at: m.at })
      .onConflict((oc) => oc.columns(['item_id', 'location_id']).doUpdateSet((eb) => ({ on_hand: eb('spare_stock.on_hand', '+', m.onHand), updated_at: m.at })))
      .execute();
    return true;
  }
  const r = await d
    .updateTable('spare_stock')
    .set((eb) => ({ on_hand: eb('on_hand', '+', m.onHand), reserved: eb('reserved', '+', m.reserved), updated_at: m.at }))
    .where('item_id', '=', m.itemId)
    .where('location_id', '=', m.locationId)
    // Never below nothing: what is reserved must stay on hand.
    .where(sql<boolean>`on_hand + ${m.onHand} >= reserved + ${m.reserved} AND reserved + ${m.reserved} >= 0`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks (or clears) when stock fell to its threshold. */
export async function markLow(db: Db, itemId: string, locationId: string, since: string | null): Promise<void> {
  await spareDb(db).updateTable('spare_stock').set({ low_since: since }).where('item_id', '=', itemId).where('location_id', '=', locationId).execute();
}

/** One row of what is where. */
export interface StockView extends StockRecord {
  item: ItemRecord;
  location: LocationRecord;
}

/** Stock at live locations (one, or an engineer's vans), by location then item. */
export async function stockView(db: Db, filter: { locationId?: string; userId?: string; itemId?: string }): Promise<StockView[]> {
  let q = spareDb(db)
    .selectFrom('spare_stock as s')
    .innerJoin('spare_items as i', 'i.id', 's.item_id')
    .innerJoin('stock_locations as l', 'l.id', 's.location_id')
    .selectAll('l')
    .select(['s.item_id', 's.location_id', 's.on_hand', 's.reserved', 's.low_threshold', 's.low_since', 's.updated_at', 'i.name as item_name', 'i.kind as item_kind', 'i.model as item_model', 'i.serialised as item_serialised', 'i.created_at as item_created_at'])
    .where('l.archived_at', 'is', null);
  if (filter.locationId) q = q.where('s.location_id', '=', filter.locationId);
  if (filter.userId) q = q.where('l.user_id', '=', filter.userId);
  if (filter.itemId) q = q.where('s.item_id', '=', filter.itemId);
  const rows = await q.orderBy('l.kind').orderBy('l.name').orderBy('l.id').orderBy('i.name').orderBy('i.id').limit(2000).execute();
  return rows.map((r) => ({
    itemId: r.item_id, locationId: r.location_id, onHand: Number(r.on_hand), reserved: Number(r.reserved), lowThreshold: Number(r.low_threshold), lowSince: r.low_since, updatedAt: r.updated_at,
    item: { id: r.item_id, name: r.item_name, kind: r.item_kind, model: r.item_model, serialised: readBool(r.item_serialised), createdAt: r.item_created_at },
    location: toLocation(r),
  }));
}

export async function insertReservation(db: Db, r: ReservationRecord): Promise<void> {
  await spareDb(db).insertInto('spare_reservations').values({
    id: r.id, ticket_id: r.ticketId, item_id: r.itemId, location_id: r.locationId, quantity: r.quantity, loan: r.loan, state: r.state, due_at: r.dueAt,
    overdue_ticket_id: r.overdueTicketId, reserved_by: r.reservedBy, unit_id: r.unitId, version: r.version, created_at: r.createdAt, updated_at: r.updatedAt,
  }).execute();
}

export async function findReservation(db: Db, id: string): Promise<ReservationRecord | undefined> {
  const r = await spareDb(db).selectFrom('spare_reservations').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toReservation(r) : undefined;
}

/** Saves a reservation's move if it is still at `expectedVersion`. */
export async function saveReservation(db: Db, r: ReservationRecord, expectedVersion: number): Promise<boolean> {
  const u = await spareDb(db)
    .updateTable('spare_reservations')
    .set({ state: r.state, due_at: r.dueAt, overdue_ticket_id: r.overdueTicketId, version: r.version, updated_at: r.updatedAt })
    .where('id', '=', r.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(u.numUpdatedRows) === 1;
}

/** A ticket's reservations, first made first. */
export async function ticketReservations(db: Db, ticketId: string): Promise<ReservationRecord[]> {
  const rows = await spareDb(db).selectFrom('spare_reservations').selectAll().where('ticket_id', '=', ticketId).orderBy('created_at').orderBy('id').execute();
  return rows.map(toReservation);
}

/** Loaners out now, on any ticket, soonest due first (overdue ones first of all). */
export async function loansOut(db: Db, filter: { userId?: string } = {}): Promise<ReservationRecord[]> {
  let q = spareDb(db).selectFrom('spare_reservations as r').selectAll('r').where('r.state', '=', 'out');
  if (filter.userId) q = q.where((eb) => eb.exists(eb.selectFrom('stock_locations as l').select('l.id').whereRef('l.id', '=', 'r.location_id').where('l.user_id', '=', filter.userId!)));
  return (await q.orderBy('r.due_at').orderBy('r.id').limit(500).execute()).map(toReservation);
}
