import { Migrator, type Migration, type MigrationResult } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './connect.js';

/** Runs every pending migration in order, each in its own transaction (Kysely's Migrator locks). */
export async function migrateToLatest(database: Database): Promise<MigrationResult[]> {
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const all: Record<string, Migration> = {};
      for (const m of migrations) all[m.name] = { up: (db) => m.up(db, database.dialect) };
      return all;
    },
  };
  const migrator = new Migrator({ db: database.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}
