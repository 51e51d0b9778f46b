import { describe, expect, it } from 'vitest';
import { migrationState } from '../../src/platform/db/migrate.js';
import { createTestDatabase, DIALECTS } from './db.js';

describe.each(DIALECTS)('test databases on %s', (dialect) => {
  it('copies the run’s migrated template instead of migrating each database: its migrations ran before the test began', async () => {
    const began = new Date().toISOString();
    const test = await createTestDatabase(dialect);
    try {
      expect((await migrationState(test.database)).pending).toEqual([]);
      const rows = await test.database.db.selectFrom('kysely_migration' as never).select('timestamp' as never).execute();
      const latest = rows.map((r) => new Date(String((r as { timestamp: unknown }).timestamp)).toISOString()).sort().at(-1)!;
      expect(latest < began, `last migration ran at ${latest}, the test began at ${began}`).toBe(true);
    } finally {
      await test.drop();
    }
  });

  it('gives each test its own database: rows written to one copy are not in another, nor in the next copy', async () => {
    const [one, two] = await Promise.all([createTestDatabase(dialect), createTestDatabase(dialect)]);
    try {
      await one.database.db.insertInto('teams').values({ id: 'team-1', name: 'Only in one', lead_user_id: null, created_at: '2026-03-02T14:00:00.000Z' }).execute();
      const count = async (db: typeof one) => (await db.database.db.selectFrom('teams').select('id').execute()).length;
      expect(await count(one)).toBe(1);
      expect(await count(two)).toBe(0);
      const three = await createTestDatabase(dialect);
      expect(await count(three)).toBe(0);
      await three.drop();
    } finally {
      await Promise.all([one.drop(), two.drop()]);
    }
  });

  it('leaves an empty database unmigrated when asked, for the migration tests', async () => {
    const empty = await createTestDatabase(dialect, { migrate: false });
    try {
      expect((await migrationState(empty.database)).applied).toEqual([]);
    } finally {
      await empty.drop();
    }
  });
});
