import { sql, type Kysely } from 'kysely';
import type { DialectName } from '../platform/db/dialect.js';

/**
 * PostgreSQL: split searchable texts into words at every punctuation mark before indexing, as
 * SQLite's unicode61 tokenizer does. The `simple` parser kept `SRV-0042` as `srv` and `-0042` (a
 * signed integer), and `alice@example.com` or `srv01.corp.local` as one token each, so searching
 * for the words a person types found nothing.
 */
export async function up(db: Kysely<any>, dialect: DialectName): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`ALTER TABLE ticket_search DROP COLUMN document`.execute(db);
  await sql`ALTER TABLE ticket_search ADD COLUMN document tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(body, '[[:punct:][:space:]]+', ' ', 'g'))) STORED`.execute(db);
  await sql`CREATE INDEX ticket_search_document ON ticket_search USING GIN (document)`.execute(db);
}
