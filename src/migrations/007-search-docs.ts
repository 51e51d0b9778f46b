import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';

/**
 * SQLite: the searchable texts move to an ordinary table `ticket_search` (integer id, unique
 * (ticket_id, source)) and the FTS5 index becomes an external-content table over it, kept in step
 * by triggers. Replacing or moving a ticket's texts then uses an index instead of scanning the
 * whole FTS table, and a search can probe "does this ticket match" per ticket.
 * PostgreSQL already has this shape (a table with a GIN-indexed tsvector).
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  await sql`CREATE TABLE ticket_search_docs (
    id INTEGER PRIMARY KEY,
    ticket_id TEXT NOT NULL REFERENCES tickets(id),
    source TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (ticket_id, source)
  )`.execute(db);
  await sql`INSERT INTO ticket_search_docs (ticket_id, source, body) SELECT ticket_id, source, body FROM ticket_search`.execute(db);
  await sql`DROP TABLE ticket_search`.execute(db);
  await sql`ALTER TABLE ticket_search_docs RENAME TO ticket_search`.execute(db);
  await sql`CREATE VIRTUAL TABLE ticket_search_fts USING fts5(body, content = 'ticket_search', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`INSERT INTO ticket_search_fts (ticket_search_fts) VALUES ('rebuild')`.execute(db);
  await sql`CREATE TRIGGER ticket_search_ai AFTER INSERT ON ticket_search BEGIN
    INSERT INTO ticket_search_fts (rowid, body) VALUES (new.id, new.body);
  END`.execute(db);
  await sql`CREATE TRIGGER ticket_search_ad AFTER DELETE ON ticket_search BEGIN
    INSERT INTO ticket_search_fts (ticket_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
  END`.execute(db);
  await sql`CREATE TRIGGER ticket_search_au AFTER UPDATE OF body ON ticket_search BEGIN
    INSERT INTO ticket_search_fts (ticket_search_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO ticket_search_fts (rowid, body) VALUES (new.id, new.body);
  END`.execute(db);
}
