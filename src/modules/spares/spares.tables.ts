/**
 * Row types of the spares tables (migration 033-assets-and-spares), owned by the spares module:
 * only its repository names them in SQL. Instants are ISO-8601 strings on both dialects.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface StockLocationTable {
  id: string;
  name: string;
  /** `office` (ours), `client_site` or `van`. */
  kind: string;
  /** A client site's client and site. */
  organization_id: string | null;
  site_id: string | null;
  /** A van's engineer. */
  user_id: string | null;
  archived_at: string | null;
  created_at: string;
}

export interface SpareItemTable {
  id: string;
  name: string;
  kind: string;
  model: string;
  /** Each unit has a serial of its own (migration 039); stock is the count of its units. */
  serialised: unknown;
  created_at: string;
}

export interface SpareStockTable {
  item_id: string;
  location_id: string;
  on_hand: number;
  /** Of `on_hand`, how many tickets have reserved. */
  reserved: number;
  /** Alert when what is available falls to this; 0: never. */
  low_threshold: number;
  /** When what is available last fell to the threshold; null while above it. One dip alerts once. */
  low_since: string | null;
  updated_at: string;
}

export interface SpareReservationTable {
  id: string;
  ticket_id: string;
  item_id: string;
  location_id: string;
  quantity: number;
  /** A loaner (comes back by `due_at`) rather than a spare that is fitted and stays. */
  loan: unknown;
  /** `reserved`, `out` (a loaner handed out), `used` (a spare fitted), `returned` or `cancelled`. */
  state: string;
  due_at: string | null;
  /** The ticket opened when the loaner was not back by its due time. */
  overdue_ticket_id: string | null;
  reserved_by: string | null;
  /** A serialised item's unit: for a loaner, the one that must come back. */
  unit_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One unit of a serialised item (migration 039). */
export interface SpareUnitTable {
  id: string;
  item_id: string;
  /** Where it is kept, or where it came from while reserved, out or used. */
  location_id: string;
  serial: string;
  /** `in_stock`, `reserved`, `out` (on loan) or `used` (fitted at a client for good). */
  state: string;
  /** The client's asset a unit fitted for good was recorded as. */
  asset_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** What changed a location's stock of an item, and by how much (migration 039). */
export interface SpareMovementTable {
  id: string;
  item_id: string;
  location_id: string;
  /** `count` (a stock take's difference) or `received` (units added). */
  reason: string;
  delta: number;
  on_hand_after: number;
  serial: string | null;
  actor_user_id: string | null;
  at: string;
}

/** The spares tables by name. */
export type SpareTables = {
  stock_locations: StockLocationTable;
  spare_items: SpareItemTable;
  spare_stock: SpareStockTable;
  spare_reservations: SpareReservationTable;
  spare_units: SpareUnitTable;
  spare_movements: SpareMovementTable;
};

/** A database handle that knows the spares tables. */
export type SpareDb = Kysely<Database & SpareTables>;

/** The same handle (or transaction), typed with the spares tables. */
export function spareDb(db: Db): SpareDb {
  return db.withTables<SpareTables>();
}
