import { sql, type Kysely } from 'kysely';
import { columnTypes, type DialectName } from '../platform/db/dialect.js';

/**
 * The knowledge base's word statistics (issue 14, item 5), owned by the kb module.
 *
 * An any-word search (a ticket's subject) leaves out words found in most articles: they match
 * thousands, and ranking every match is what made the ticket panel's search slow (bench/RESULTS.md,
 * "Knowledge-base search"). SQLite: `kb_search_vocab`, an fts5vocab table over `kb_search_fts`,
 * answers how many articles hold a word straight from the FTS5 index (nothing to keep in step).
 * PostgreSQL needs no table: ANALYZE already keeps the share of rows holding each common lexeme
 * of `kb_search.document` in `pg_stats` for its planner.
 *
 * The same search then ranks only its best few hundred candidates in full. SQLite's FTS5 picks
 * them by bm25 inside the index; PostgreSQL by the rank of the title alone, from
 * `kb_search.title_document` (generated, a few dozen bytes), since ranking by the whole document
 * reads every match's body-sized vector.
 *
 * `kb_article_links.organization_id`: the client of the ticket an article solved, kept with the
 * link when it is made (and filled here for the links made before), so "which articles solved the
 * most tickets per client" is a count over the kb's own table.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema.alterTable('kb_article_links').addColumn('organization_id', t.id, (c) => c.references('organizations.id')).execute();
  await fillLinkClients(db);
  await db.schema.createIndex('kb_article_links_organization').on('kb_article_links').columns(['organization_id', 'article_id']).execute();
  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE kb_search_vocab USING fts5vocab(kb_search_fts, 'row')`.execute(db);
  } else {
    // Split at punctuation as `document` is (migration 028), so both hold the same words.
    await sql`ALTER TABLE kb_search ADD COLUMN title_document tsvector GENERATED ALWAYS AS (
      to_tsvector('simple', regexp_replace(title, '[[:punct:][:space:]]+', ' ', 'g'))
    ) STORED`.execute(db);
  }
}

/** Gives each "this solved it" link without a client the client of its ticket. */
export async function fillLinkClients(db: Kysely<any>): Promise<void> {
  await sql`UPDATE kb_article_links SET organization_id = (SELECT tickets.organization_id FROM tickets WHERE tickets.id = kb_article_links.ticket_id)
    WHERE organization_id IS NULL`.execute(db);
}
