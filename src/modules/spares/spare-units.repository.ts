/**
 * SQL of serialised spares (migration 039): the units of an item, each with its serial, and the
 * movements that changed a location's stock. Beside spares.repository.ts, which keeps the counts:
 * a serialised item's count at a location moves with its units, in the same transaction.
 * Claiming a unit is one conditional UPDATE, so two tickets never hold the same unit.
 */
import type { Db } from '../../platform/db/connect.js';
import { spareDb, type SpareMovementTable, type SpareUnitTable } from './spares.tables.js';

/** Where a unit is in its life. */
export type UnitState = 'in_stock' | 'reserved' | 'out' | 'used';

export interface UnitRecord {
  id: string;
  itemId: string;
  locationId: string;
  serial: string;
  state: UnitState;
  /** The client's asset it became when fitted for good. */
  assetId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const toUnit = (r: SpareUnitTable): UnitRecord => ({
  id: r.id, itemId: r.item_id, locationId: r.location_id, serial: r.serial, state: r.state as UnitState, assetId: r.asset_id, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
});

export async function insertUnits(db: Db, units: UnitRecord[]): Promise<void> {
  if (units.length === 0) return;
  await spareDb(db).insertInto('spare_units').values(units.map((u) => ({
    id: u.id, item_id: u.itemId, location_id: u.locationId, serial: u.serial, state: u.state, asset_id: u.assetId, version: u.version, created_at: u.createdAt, updated_at: u.updatedAt,
  }))).execute();
}

export async function findUnit(db: Db, id: string): Promise<UnitRecord | undefined> {
  const r = await spareDb(db).selectFrom('spare_units').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUnit(r) : undefined;
}

/** Which of `serials` the item already has. */
export async function takenSerials(db: Db, itemId: string, serials: string[]): Promise<Set<string>> {
  if (serials.length === 0) return new Set();
  const rows = await spareDb(db).selectFrom('spare_units').select('serial').where('item_id', '=', itemId).where('serial', 'in', serials).execute();
  return new Set(rows.map((r) => r.serial));
}

/** An item's units by serial; `locationId` and `state` narrow them. */
export async function listUnits(db: Db, filter: { itemId?: string; locationId?: string; state?: UnitState }): Promise<UnitRecord[]> {
  let q = spareDb(db).selectFrom('spare_units').selectAll();
  if (filter.itemId) q = q.where('item_id', '=', filter.itemId);
  if (filter.locationId) q = q.where('location_id', '=', filter.locationId);
  if (filter.state) q = q.where('state', '=', filter.state);
  return (await q.orderBy('serial').orderBy('id').limit(2000).execute()).map(toUnit);
}

/** Units in stock at any of `locationIds`, by serial: what the phone view lists. */
export async function unitsInStock(db: Db, locationIds: string[]): Promise<UnitRecord[]> {
  if (locationIds.length === 0) return [];
  const rows = await spareDb(db).selectFrom('spare_units').selectAll().where('location_id', 'in', locationIds).where('state', '=', 'in_stock').orderBy('serial').limit(5000).execute();
  return rows.map(toUnit);
}

/**
 * Takes a unit from one state to the next, optionally to another location, only if it is still
 * in `from` (and, with `at.locationId`, at that location): false when someone else moved it first.
 */
export async function moveUnit(db: Db, id: string, m: { from: UnitState; to: UnitState; fromLocationId?: string; toLocationId?: string; at: string }): Promise<boolean> {
  let q = spareDb(db)
    .updateTable('spare_units')
    .set((eb) => ({ state: m.to, version: eb('version', '+', 1), updated_at: m.at, ...(m.toLocationId ? { location_id: m.toLocationId } : {}) }))
    .where('id', '=', id)
    .where('state', '=', m.from);
  if (m.fromLocationId) q = q.where('location_id', '=', m.fromLocationId);
  return Number((await q.executeTakeFirst()).numUpdatedRows) === 1;
}

/** Notes the client's asset a unit fitted for good became. */
export async function setUnitAsset(db: Db, id: string, assetId: string): Promise<void> {
  await spareDb(db).updateTable('spare_units').set({ asset_id: assetId }).where('id', '=', id).execute();
}

/** The first unit in stock of an item at a location, by serial. */
export async function firstUnitInStock(db: Db, itemId: string, locationId: string, skip: string[] = []): Promise<UnitRecord | undefined> {
  let q = spareDb(db).selectFrom('spare_units').selectAll().where('item_id', '=', itemId).where('location_id', '=', locationId).where('state', '=', 'in_stock');
  if (skip.length > 0) q = q.where('id', 'not in', skip);
  const r = await q.orderBy('serial').orderBy('id').limit(1).executeTakeFirst();
  return r ? toUnit(r) : undefined;
}

/** A change of stock on record. */
export interface MovementRecord {
  id: string;
  itemId: string;
  locationId: string;
  reason: 'count' | 'received';
  delta: number;
  onHandAfter: number;
  serial: string | null;
  actorUserId: string | null;
  at: string;
}

export async function insertMovement(db: Db, m: MovementRecord): Promise<void> {
  await spareDb(db).insertInto('spare_movements').values({
    id: m.id, item_id: m.itemId, location_id: m.locationId, reason: m.reason, delta: m.delta, on_hand_after: m.onHandAfter, serial: m.serial, actor_user_id: m.actorUserId, at: m.at,
  }).execute();
}

/** An item's movements, latest first; `locationId` narrows them. */
export async function listMovements(db: Db, itemId: string, filter: { locationId?: string } = {}): Promise<MovementRecord[]> {
  let q = spareDb(db).selectFrom('spare_movements').selectAll().where('item_id', '=', itemId);
  if (filter.locationId) q = q.where('location_id', '=', filter.locationId);
  const rows: SpareMovementTable[] = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(500).execute();
  return rows.map((r) => ({
    id: r.id, itemId: r.item_id, locationId: r.location_id, reason: r.reason as MovementRecord['reason'], delta: Number(r.delta), onHandAfter: Number(r.on_hand_after), serial: r.serial, actorUserId: r.actor_user_id, at: r.at,
  }));
}
