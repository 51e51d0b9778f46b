import { Migrator, type Migration, type MigrationResult } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { Database } from './connect.js';

function migratorFor(database: Database): Migrator {
  const provider = {
    async getMigrations(): Promise<Record<string, Migration>> {
      const all: Record<string, Migration> = {};
      for (const m of migrations) all[m.name] = { up: (db) => m.up(db, database.dialect) };
      return all;
    },
  };
  return new Migrator({ db: database.db, provider });
}

/** Runs every pending migration in order, each in its own transaction (Kysely's Migrator locks). */
export async function migrateToLatest(database: Database): Promise<MigrationResult[]> {
  const { error, results } = await migratorFor(database).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results ?? [];
}

/** Which migrations a database holds and which it lacks; reads only, never creates a table. */
export async function migrationState(database: Database): Promise<{ applied: string[]; pending: string[] }> {
  const all = await migratorFor(database).getMigrations();
  return { applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name), pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name) };
}
