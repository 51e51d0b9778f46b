/**
 * All SQL of the assets module: assets, their searchable text, their links to tickets and the RMM
 * feeds that push them. The search uses the machinery of the ticket and kb searches: SQLite FTS5
 * over an external-content table, PostgreSQL a GIN-indexed tsvector; every word must match as a
 * word start (a serial's first characters find it). Lists and searches both page by (name, id).
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import { readJson, type DialectName } from '../../platform/db/dialect.js';
import type { AssetKind, AssetReader, AssetRecord } from './asset.js';
import { assetDb, type AssetFeedTable, type AssetTable } from './assets.tables.js';

function fromRow(r: AssetTable): AssetRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    siteId: r.site_id,
    contactId: r.contact_id,
    kind: r.kind as AssetKind,
    name: r.name,
    serial: r.serial,
    model: r.model,
    tags: readJson<string[]>(r.tags, []),
    notes: r.notes,
    isp: r.isp,
    circuitId: r.circuit_id,
    ispSupportPhone: r.isp_support_phone,
    feedId: r.feed_id,
    externalId: r.external_id,
    archivedAt: r.archived_at,
    version: Number(r.version),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRow(a: AssetRecord): AssetTable {
  return {
    id: a.id,
    organization_id: a.organizationId,
    site_id: a.siteId,
    contact_id: a.contactId,
    kind: a.kind,
    name: a.name,
    serial: a.serial,
    model: a.model,
    tags: JSON.stringify(a.tags),
    notes: a.notes,
    isp: a.isp,
    circuit_id: a.circuitId,
    isp_support_phone: a.ispSupportPhone,
    feed_id: a.feedId,
    external_id: a.externalId,
    archived_at: a.archivedAt,
    version: a.version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

/** Stores a new asset and its searchable text. */
export async function insertAsset(db: Db, a: AssetRecord, text: string): Promise<void> {
  const d = assetDb(db);
  await d.insertInto('assets').values(toRow(a)).execute();
  await d.insertInto('asset_search').values({ asset_id: a.id, text }).execute();
}

/** Writes a changed asset if it is still at `expectedVersion`; false when someone changed it first. */
export async function saveAsset(db: Db, a: AssetRecord, expectedVersion: number, text: string): Promise<boolean> {
  const d = assetDb(db);
  const { id, created_at: _c, ...row } = toRow(a);
  const r = await d.updateTable('assets').set(row).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await d.updateTable('asset_search').set({ text }).where('asset_id', '=', id).execute();
  return true;
}

export async function findAsset(db: Db, id: string): Promise<AssetRecord | undefined> {
  const r = await assetDb(db).selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? fromRow(r) : undefined;
}

/** A feed's assets by the RMM's ids. */
export async function assetsByExternalId(db: Db, feedId: string, externalIds: string[]): Promise<Map<string, AssetRecord>> {
  if (externalIds.length === 0) return new Map();
  const rows = await assetDb(db).selectFrom('assets').selectAll().where('feed_id', '=', feedId).where('external_id', 'in', [...new Set(externalIds)]).execute();
  return new Map(rows.map((r) => [r.external_id!, fromRow(r)]));
}

/** A client's assets by serial number (the key a CSV re-import updates by). */
export async function assetsBySerial(db: Db, organizationId: string, serials: string[]): Promise<Map<string, AssetRecord>> {
  const wanted = [...new Set(serials.filter((s) => s !== ''))];
  if (wanted.length === 0) return new Map();
  const out = new Map<string, AssetRecord>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await assetDb(db).selectFrom('assets').selectAll().where('organization_id', '=', organizationId).where('serial', 'in', wanted.slice(i, i + 500)).orderBy('created_at').execute();
    for (const r of rows) if (!out.has(r.serial)) out.set(r.serial, fromRow(r));
  }
  return out;
}

/** Which assets a list or search may return. */
export interface AssetFilter {
  reader: AssetReader;
  organizationId?: string;
  contactId?: string;
  siteId?: string;
  kind?: AssetKind;
  /** Archived assets instead of live ones (staff). */
  archived?: boolean;
}

function visible(f: AssetFilter): Expression<SqlBool> {
  const archived = f.archived === true && f.reader.kind === 'staff';
  const parts = [archived ? sql`a.archived_at IS NOT NULL` : sql`a.archived_at IS NULL`];
  if (f.reader.kind === 'client') {
    parts.push(sql`a.organization_id = ${f.reader.organizationId}`);
    if (f.reader.contactId !== null) parts.push(sql`a.contact_id = ${f.reader.contactId}`);
  }
  if (f.organizationId) parts.push(sql`a.organization_id = ${f.organizationId}`);
  if (f.contactId) parts.push(sql`a.contact_id = ${f.contactId}`);
  if (f.siteId) parts.push(sql`a.site_id = ${f.siteId}`);
  if (f.kind) parts.push(sql`a.kind = ${f.kind}`);
  return sql<SqlBool>`(${sql.join(parts, sql` AND `)})`;
}

/**
 * Assets by name, after the cursor `(name, id)`; with `terms`, only those whose text matches every
 * term as a word start. `terms` are letters and digits only (`searchTerms` of the tickets module),
 * so no user text reaches the full-text query syntax.
 */
export async function listAssets(db: Db, dialect: DialectName, filter: AssetFilter, terms: string[] | undefined, page: { limit: number; after?: [string, string] }): Promise<AssetRecord[]> {
  if (terms !== undefined && terms.length === 0) return [];
  const after = page.after ? sql`AND (a.name > ${page.after[0]} OR (a.name = ${page.after[0]} AND a.id > ${page.after[1]}))` : sql``;
  const where = visible(filter);
  let match = sql``;
  if (terms) {
    match = dialect === 'sqlite'
      ? sql`AND a.id IN (SELECT s.asset_id FROM asset_search_fts JOIN asset_search s ON s.id = asset_search_fts.rowid WHERE asset_search_fts MATCH ${terms.map((t) => `"${t}"*`).join(' ')})`
      : sql`AND a.id IN (SELECT s.asset_id FROM asset_search s WHERE s.document @@ to_tsquery('simple', ${terms.map((t) => `${t}:*`).join(' & ')}))`;
  }
  const { rows } = await sql<AssetTable>`SELECT a.* FROM assets a WHERE ${where} ${match} ${after} ORDER BY a.name, a.id LIMIT ${page.limit + 1}`.execute(assetDb(db));
  return rows.map(fromRow);
}

/** Links an asset to a ticket; false when it already was. */
export async function linkToTicket(db: Db, link: { assetId: string; ticketId: string; linkedBy: string; at: string }): Promise<boolean> {
  const r = await assetDb(db)
    .insertInto('asset_ticket_links')
    .values({ asset_id: link.assetId, ticket_id: link.ticketId, linked_by: link.linkedBy, linked_at: link.at })
    .onConflict((oc) => oc.columns(['asset_id', 'ticket_id']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Removes an asset's link to a ticket; false when there was none. */
export async function unlinkFromTicket(db: Db, assetId: string, ticketId: string): Promise<boolean> {
  const r = await assetDb(db).deleteFrom('asset_ticket_links').where('asset_id', '=', assetId).where('ticket_id', '=', ticketId).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The assets linked to a ticket, first linked first. */
export async function ticketAssets(db: Db, ticketId: string): Promise<Array<AssetRecord & { linkedBy: string | null; linkedAt: string }>> {
  const rows = await assetDb(db)
    .selectFrom('asset_ticket_links as l')
    .innerJoin('assets as a', 'a.id', 'l.asset_id')
    .selectAll('a')
    .select(['l.linked_by', 'l.linked_at'])
    .where('l.ticket_id', '=', ticketId)
    .orderBy('l.linked_at')
    .orderBy('l.asset_id')
    .execute();
  return rows.map((r) => ({ ...fromRow(r), linkedBy: r.linked_by, linkedAt: r.linked_at }));
}

/** The ids of the tickets an asset is linked to, latest link first. */
export async function assetTicketIds(db: Db, assetId: string): Promise<string[]> {
  const rows = await assetDb(db).selectFrom('asset_ticket_links').select('ticket_id').where('asset_id', '=', assetId).orderBy('linked_at', 'desc').orderBy('ticket_id').limit(200).execute();
  return rows.map((r) => r.ticket_id);
}

/** An RMM feed as stored, without its token's hash. */
export type AssetFeedRecord = Omit<AssetFeedTable, 'token_hash'>;

const FEED_COLUMNS = ['id', 'name', 'organization_id', 'token_prefix', 'last_push_at', 'revoked_at', 'created_at'] as const;

export async function insertFeed(db: Db, feed: AssetFeedTable): Promise<void> {
  await assetDb(db).insertInto('asset_feeds').values(feed).execute();
}

/** The live (not revoked) feed whose token hashes to `tokenHash`. */
export async function findFeedByToken(db: Db, tokenHash: string): Promise<AssetFeedRecord | undefined> {
  return assetDb(db).selectFrom('asset_feeds').select(FEED_COLUMNS).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
}

export async function findFeed(db: Db, id: string): Promise<AssetFeedRecord | undefined> {
  return assetDb(db).selectFrom('asset_feeds').select(FEED_COLUMNS).where('id', '=', id).executeTakeFirst();
}

/** Feeds by name; `organizationId`: one client's. Revoked ones are listed too, marked. */
export async function listFeeds(db: Db, filter: { organizationId?: string } = {}): Promise<AssetFeedRecord[]> {
  let q = assetDb(db).selectFrom('asset_feeds').select(FEED_COLUMNS);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  return q.orderBy('name').orderBy('id').limit(500).execute();
}

/** Gives a live feed a new token (the old one stops working in the same write); false when the feed is revoked or gone. */
export async function replaceFeedToken(db: Db, id: string, token: { hash: string; prefix: string }): Promise<boolean> {
  const r = await assetDb(db).updateTable('asset_feeds').set({ token_hash: token.hash, token_prefix: token.prefix }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Revokes a feed: its token pushes nothing from now on. */
export async function revokeFeed(db: Db, id: string, at: string): Promise<void> {
  await assetDb(db).updateTable('asset_feeds').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function markFeedPushed(db: Db, feedId: string, at: string): Promise<void> {
  await assetDb(db).updateTable('asset_feeds').set({ last_push_at: at }).where('id', '=', feedId).execute();
}

/** Which client an asset belongs to; undefined when there is no such asset (backups: what a job protects). */
export async function assetOrganization(db: Db, id: string): Promise<string | undefined> {
  return (await assetDb(db).selectFrom('assets').select('organization_id').where('id', '=', id).executeTakeFirst())?.organization_id;
}
