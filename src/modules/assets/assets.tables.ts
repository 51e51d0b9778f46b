/**
 * Row types of the assets tables (migration 033-assets-and-spares), owned by the assets module:
 * only its repository names them in SQL. Instants are ISO-8601 strings on both dialects; `tags` is
 * JSON written as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface AssetTable {
  id: string;
  organization_id: string;
  site_id: string | null;
  /** The person (contact) who uses it. */
  contact_id: string | null;
  kind: string;
  name: string;
  serial: string;
  model: string;
  tags: unknown;
  /** Staff-only notes. */
  notes: string;
  /** Circuits: the ISP, its circuit id and the ISP's support number ('' otherwise). */
  isp: string;
  circuit_id: string;
  isp_support_phone: string;
  /** The RMM feed that pushed it and the RMM's id for it; null for assets entered by hand or CSV. */
  feed_id: string | null;
  external_id: string | null;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The searchable text of an asset. SQLite adds an integer `id` (the FTS5 rowid), PostgreSQL a generated `document`. */
export interface AssetSearchTable {
  asset_id: string;
  text: string;
}

export interface AssetTicketLinkTable {
  asset_id: string;
  ticket_id: string;
  linked_by: string | null;
  linked_at: string;
}

export interface AssetFeedTable {
  id: string;
  name: string;
  organization_id: string;
  token_hash: string;
  token_prefix: string;
  last_push_at: string | null;
  /** A revoked feed's token pushes nothing (migration 039). */
  revoked_at: string | null;
  created_at: string;
}

/** The assets tables by name. */
export type AssetTables = {
  assets: AssetTable;
  asset_search: AssetSearchTable;
  asset_ticket_links: AssetTicketLinkTable;
  asset_feeds: AssetFeedTable;
};

/** A database handle that knows the assets tables. */
export type AssetDb = Kysely<Database & AssetTables>;

/** The same handle (or transaction), typed with the assets tables. */
export function assetDb(db: Db): AssetDb {
  return db.withTables<AssetTables>();
}
