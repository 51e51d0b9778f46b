import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS } from '../../../test/support/db.js';
import { migrations } from '../../migrations/index.js';
import { migrateToLatest } from './migrate.js';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  it('run from an empty database to the latest, in order, and a second run changes nothing', async () => {
    const test = await createTestDatabase(dialect, { migrate: false });
    try {
      const first = await migrateToLatest(test.database);
      expect(first.map((r) => [r.migrationName, r.status])).toEqual(migrations.map((m) => [m.name, 'Success']));
      expect(await migrateToLatest(test.database)).toEqual([]);
      const tables = await test.database.db.introspection.getTables();
      const names = tables.map((t) => t.name);
      for (const table of ['organizations', 'sites', 'contacts', 'users', 'tickets', 'messages', 'ticket_events', 'ticket_links', 'api_tokens', 'sessions', 'audit_log', 'idempotency_keys']) {
        expect(names).toContain(table);
      }
      const search =
        dialect === 'sqlite'
          ? await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'ticket_search_fts' and sql like '%fts5%'`.execute(test.database.db)
          : await sql<{ n: number }>`select count(*)::int as n from pg_indexes where indexname = 'ticket_search_document' and indexdef like '%gin%'`.execute(test.database.db);
      expect(Number(search.rows[0].n)).toBe(1);
    } finally {
      await test.drop();
    }
  });
});
