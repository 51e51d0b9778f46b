import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * The knowledge base (issue 14, item 5), owned by the kb module:
 *
 * - `kb_articles`: an article's Markdown and the sanitised HTML rendered from it, who may read it
 *   (`internal` staff only, or `clients`), its scope (one client organisation, or global when
 *   `organization_id` is null), tags, author, how many tickets it solved, and when it was archived.
 * - `kb_article_links`: "this solved it" — one row per article and ticket, so a ticket counts once.
 * - `kb_search`: the searchable text of each article, with the same machinery as `ticket_search`
 *   (migrations 007 and 010): SQLite an ordinary table with an FTS5 external-content index kept in
 *   step by triggers; PostgreSQL a GIN-indexed tsvector of the text split at punctuation. The title
 *   is its own column so a match in it ranks above one in the body.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('kb_articles')
    .addColumn('id', t.id, (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull())
    .addColumn('organization_id', t.id, (c) => c.references('organizations.id'))
    .addColumn('tags', t.json, (c) => c.notNull())
    .addColumn('author_user_id', t.id, (c) => c.references('users.id'))
    .addColumn('solved_count', 'integer', (c) => c.notNull())
    .addColumn('archived_at', t.instant)
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('kb_articles_updated').on('kb_articles').columns(['updated_at', 'id']).execute();
  // What a search filters and sorts on, narrow beside the wide Markdown and HTML: a search joins
  // its thousands of matches to this index rather than to the article rows.
  await db.schema.createIndex('kb_articles_search_filter').on('kb_articles').columns(['id', 'archived_at', 'audience', 'organization_id', 'solved_count']).execute();

  await db.schema
    .createTable('kb_article_links')
    .addColumn('article_id', t.id, (c) => c.notNull().references('kb_articles.id'))
    .addColumn('ticket_id', t.id, (c) => c.notNull().references('tickets.id'))
    .addColumn('linked_by', t.id, (c) => c.references('users.id'))
    .addColumn('linked_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('kb_article_links_pk', ['article_id', 'ticket_id'])
    .execute();
  await db.schema.createIndex('kb_article_links_ticket').on('kb_article_links').column('ticket_id').execute();

  if (dialect === 'sqlite') {
    await sql`CREATE TABLE kb_search (
      id INTEGER PRIMARY KEY,
      article_id TEXT NOT NULL UNIQUE REFERENCES kb_articles(id),
      title TEXT NOT NULL,
      body TEXT NOT NULL
    )`.execute(db);
    await sql`CREATE VIRTUAL TABLE kb_search_fts USING fts5(title, body, content = 'kb_search', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE TRIGGER kb_search_ai AFTER INSERT ON kb_search BEGIN
      INSERT INTO kb_search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END`.execute(db);
    await sql`CREATE TRIGGER kb_search_ad AFTER DELETE ON kb_search BEGIN
      INSERT INTO kb_search_fts (kb_search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
    END`.execute(db);
    await sql`CREATE TRIGGER kb_search_au AFTER UPDATE OF title, body ON kb_search BEGIN
      INSERT INTO kb_search_fts (kb_search_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
      INSERT INTO kb_search_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END`.execute(db);
  } else {
    await sql`CREATE TABLE kb_search (
      article_id text PRIMARY KEY REFERENCES kb_articles(id),
      title text NOT NULL,
      body text NOT NULL,
      document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', regexp_replace(title, '[[:punct:][:space:]]+', ' ', 'g')), 'A') ||
        setweight(to_tsvector('simple', regexp_replace(body, '[[:punct:][:space:]]+', ' ', 'g')), 'B')
      ) STORED
    )`.execute(db);
    await sql`CREATE INDEX kb_search_document ON kb_search USING GIN (document)`.execute(db);
  }
}
