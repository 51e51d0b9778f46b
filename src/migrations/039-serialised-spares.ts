import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Assets and spares in the console, and serialised spares (issue 14, items 2 and 3).
 *
 * - `asset_feeds.revoked_at`: a revoked feed's token pushes nothing; the feed stays, because the
 *   assets it pushed still name it.
 * - `spare_items.serialised`: each unit of the item has a serial number of its own; its stock is
 *   the count of its units at a location.
 * - `spare_units` (spares): one row per unit of a serialised item — where it is, its serial, and
 *   whether it is in stock, reserved by a ticket, out on loan or used (fitted at a client, then
 *   optionally recorded as the client's asset, `asset_id`). The serial is unique per item.
 * - `spare_reservations.unit_id`: the unit a ticket reserved; for a loaner, the one that must come
 *   back.
 * - `spare_movements` (spares): what changed stock and by how much — a stock take's difference,
 *   units received — so a count that did not match is on record.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  const no = sql.lit(dialect === 'sqlite' ? 0 : false);
  await db.schema.alterTable('asset_feeds').addColumn('revoked_at', t.instant).execute();
  await db.schema.alterTable('spare_items').addColumn('serialised', t.bool, (c) => c.notNull().defaultTo(no)).execute();

  await db.schema
    .createTable('spare_units')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('spare_items.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('asset_id', t.id, (c) => c.references('assets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('spare_units_serial', ['item_id', 'serial'])
    .execute();
  await db.schema.createIndex('spare_units_location').on('spare_units').columns(['location_id', 'item_id', 'state']).execute();

  await db.schema.alterTable('spare_reservations').addColumn('unit_id', t.id, (c) => c.references('spare_units.id')).execute();

  await db.schema
    .createTable('spare_movements')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('item_id', t.id, (c) => c.notNull().references('spare_items.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('delta', 'integer', (c) => c.notNull())
    .addColumn('on_hand_after', 'integer', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('actor_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('spare_movements_item').on('spare_movements').columns(['item_id', 'at']).execute();
}
