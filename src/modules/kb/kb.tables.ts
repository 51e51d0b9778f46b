/**
 * Row types of the knowledge-base tables (migrations 028-kb and 038-kb-search-and-solved), owned by the kb module: only its
 * repository names them in SQL. Instants are ISO-8601 strings on both dialects; `tags` is JSON
 * written as text and read with `readJson`.
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../platform/db/connect.js';
import type { Database } from '../../platform/db/tables.js';

export interface KbArticleTable {
  id: string;
  title: string;
  /** The article as its author wrote it, in Markdown. */
  body: string;
  /** `body` rendered and sanitised when it was saved; the only form ever sent to a browser as HTML. */
  body_html: string;
  /** `internal` (staff only) or `clients` (also the clients it is scoped to). */
  audience: string;
  /** The one client organisation it is for; null for every client (global). */
  organization_id: string | null;
  tags: unknown;
  author_user_id: string | null;
  /** Tickets it solved ("this solved it"), one per ticket. */
  solved_count: number;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface KbArticleLinkTable {
  article_id: string;
  ticket_id: string;
  /** The ticket's client when the link was made (migration 038), for the solved-per-client report. */
  organization_id: string | null;
  linked_by: string | null;
  linked_at: string;
}

/**
 * The searchable text of an article: its title and the plain text of its body. SQLite adds an
 * integer `id` (the FTS5 rowid) and PostgreSQL a generated `document`; neither is written.
 */
export interface KbSearchTable {
  article_id: string;
  title: string;
  body: string;
}

/** The kb tables by name. */
export type KbTables = {
  kb_articles: KbArticleTable;
  kb_article_links: KbArticleLinkTable;
  kb_search: KbSearchTable;
};

/** A database handle that knows the kb tables. */
export type KbDb = Kysely<Database & KbTables>;

/** The same handle (or transaction), typed with the kb tables. */
export function kbDb(db: Db): KbDb {
  return db.withTables<KbTables>();
}
