import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * Assets, spares and loaners (issue 14, items 2 and 3).
 *
 * The assets module owns:
 * - `assets`: a client's laptops, home-office kit, VPN tokens, servers, network devices, circuits
 *   (with the ISP, circuit id and the ISP's support number) …, optionally at a site and with a
 *   person (contact); `feed_id` and `external_id` name the RMM record a feed pushed, unique
 *   together so a push upserts.
 * - `asset_search`: each asset's searchable text (name, serial, model, person), with the same
 *   machinery as `kb_search` (migration 028): FTS5 external content on SQLite, a GIN-indexed
 *   tsvector on PostgreSQL, so a search stays an index lookup at 50,000 assets.
 * - `asset_ticket_links`: which assets a ticket is about.
 * - `asset_feeds`: RMM feeds pushing one client's assets, each with its own hashed token.
 *
 * The spares module owns:
 * - `stock_locations`: our office, a client's site, an engineer's van (which belongs to a user).
 * - `spare_items`: what is kept (a model and kind).
 * - `spare_stock`: how many of an item a location holds, how many are reserved, its low-stock
 *   threshold and when it last fell to it (so one dip alerts once).
 * - `spare_reservations`: a ticket's claim on stock: reserved → out (a loaner, due back at `due_at`,
 *   an engine deadline) → returned; or reserved → used (a spare fitted), or cancelled.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('asset_feeds')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('last_push_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assets')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('organization_id', t.id, (c) => c.notNull().references('organizations.id'))
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('contact_id', t.id, (c) => c.references('contacts.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('serial', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('isp', 'text', (c) => c.notNull())
    .addColumn('circuit_id', 'text', (c) => c.notNull())
    .addColumn('isp_support_phone', 'text', (c) => c.notNull())
    .addColumn('feed_id', t.id, (c) => c.references('asset_feeds.id'))
    .addColumn('external_id', 'text')
    .addColumn('archived_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // A client's list (and the phone flow's picker, the caller's own first) reads these in order.
  await db.schema.createIndex('assets_organization').on('assets').columns(['organization_id', 'name', 'id']).execute();
  await db.schema.createIndex('assets_contact').on('assets').columns(['contact_id']).execute();
  await db.schema.createIndex('assets_list').on('assets').columns(['name', 'id']).execute();
  await db.schema.createIndex('assets_external').on('assets').columns(['feed_id', 'external_id']).unique().execute();

  await db.schema
    .createTable('asset_ticket_links')
    .addColumn('asset_id', t.id, (c) => c.notNull().references('assets.id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('linked_by', t.id, (c) => c.references('users.id'))
    .addColumn('linked_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('asset_ticket_links_pk', ['asset_id', 'ticket_id'])
    .execute();
  await db.schema.createIndex('asset_ticket_links_ticket').on('asset_ticket_links').column('ticket_id').execute();

  if (dialect === 'sqlite') {
    await sql`CREATE TABLE asset_search (
      id INTEGER PRIMARY KEY,
      asset_id TEXT NOT NULL UNIQUE REFERENCES assets(id),
      text TEXT NOT NULL
    )`.execute(db);
    await sql`CREATE VIRTUAL TABLE asset_search_fts USING fts5(text, content = 'asset_search', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE TRIGGER asset_search_ai AFTER INSERT ON asset_search BEGIN
      INSERT INTO asset_search_fts (rowid, text) VALUES (new.id, new.text);
    END`.execute(db);
    await sql`CREATE TRIGGER asset_search_ad AFTER DELETE ON asset_search BEGIN
      INSERT INTO asset_search_fts (asset_search_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END`.execute(db);
    await sql`CREATE TRIGGER asset_search_au AFTER UPDATE OF text ON asset_search BEGIN
      INSERT INTO asset_search_fts (asset_search_fts, rowid, text) VALUES ('delete', old.id, old.text);
      INSERT INTO asset_search_fts (rowid, text) VALUES (new.id, new.text);
    END`.execute(db);
  } else {
    await sql`CREATE TABLE asset_search (
      asset_id text PRIMARY KEY REFERENCES assets(id),
      text text NOT NULL,
      document tsvector GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(text, '[[:punct:][:space:]]+', ' ', 'g'))) STORED
    )`.execute(db);
    await sql`CREATE INDEX asset_search_document ON asset_search USING GIN (document)`.execute(db);
  }

  await db.schema
    .createTable('stock_locations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('site_id', t.id, (c) => c.references('sites.id'))
    .addColumn('user_id', t.id, (c) => c.references('users.id'))
    .addColumn('archived_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('spare_items')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('spare_stock')
    .addColumn('item_id', t.id, (c) => c.notNull().references('spare_items.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('on_hand', 'integer', (c) => c.notNull())
    .addColumn('reserved', 'integer', (c) => c.notNull())
    .addColumn('low_threshold', 'integer', (c) => c.notNull())
    .addColumn('low_since', t.instant)
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('spare_stock_pk', ['item_id', 'location_id'])
    .execute();
  await db.schema.createIndex('spare_stock_location').on('spare_stock').column('location_id').execute();

  await db.schema
    .createTable('spare_reservations')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('item_id', t.id, (c) => c.notNull().references('spare_items.id'))
    .addColumn('location_id', t.id, (c) => c.notNull().references('stock_locations.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('loan', t.bool, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('due_at', t.instant)
    .addColumn('overdue_ticket_id', t.id, (c) => c.references('tickets.id'))
    .addColumn('reserved_by', t.id, (c) => c.references('users.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('spare_reservations_ticket').on('spare_reservations').column('ticket_id').execute();
}
