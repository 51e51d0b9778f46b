import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/support/db.js';
import { connect, type Database } from './connect.js';

describe.each(DIALECTS)('statements on %s', (dialect) => {
  let test: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    test = await createTestDatabase(dialect, { migrate: false });
    // One connection, so every statement below runs on the same one until it is replaced.
    database = dialect === 'postgres' ? connect({ databaseUrl: test.databaseUrl, dataDir: '', poolSize: 1 }) : test.database;
    await sql`CREATE TABLE gadgets (id integer PRIMARY KEY, name text NOT NULL)`.execute(database.db);
    await sql`INSERT INTO gadgets (id, name) VALUES (1, 'printer'), (2, 'scanner')`.execute(database.db);
  });
  afterAll(async () => {
    if (dialect === 'postgres') await database?.close();
    await test?.drop();
  });

  const byId = (id: number) => sql<Record<string, unknown>>`SELECT * FROM gadgets WHERE id = ${id}`.execute(database.db);

  it('prepares a statement once per connection and runs it with other values (PostgreSQL: by name)', async () => {
    expect((await byId(1)).rows).toEqual([{ id: 1, name: 'printer' }]);
    expect((await byId(2)).rows).toEqual([{ id: 2, name: 'scanner' }]);
    if (dialect === 'postgres') {
      const { rows } = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(database.db);
      expect(rows.map((r) => r.statement)).toContain('SELECT * FROM gadgets WHERE id = $1');
    }
  });

  it('answers with a table’s new column after it changed under a prepared statement (PostgreSQL: after one failure, on a new connection)', async () => {
    expect((await byId(1)).rows).toEqual([{ id: 1, name: 'printer' }]);
    // Another node's migration, through a connection of its own.
    if (dialect === 'postgres') {
      const other = new pg.Client({ connectionString: test.databaseUrl });
      await other.connect();
      await other.query(`ALTER TABLE gadgets ADD COLUMN site text NOT NULL DEFAULT 'HQ'`);
      await other.end();
      await expect(byId(1)).rejects.toThrow(/cached plan must not change result type/);
    } else {
      await sql`ALTER TABLE gadgets ADD COLUMN site text NOT NULL DEFAULT 'HQ'`.execute(database.db);
    }
    expect((await byId(1)).rows).toEqual([{ id: 1, name: 'printer', site: 'HQ' }]);
    expect((await byId(2)).rows).toEqual([{ id: 2, name: 'scanner', site: 'HQ' }]);
  });
});
