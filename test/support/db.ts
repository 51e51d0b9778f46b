/**
 * Real databases for integration tests: a fresh SQLite file or a fresh PostgreSQL database per
 * call. Integration tests run once per dialect with `describe.each(DIALECTS)`. A migrated database
 * is a copy of the run's template (migrated once, global-setup.ts), brought to the latest schema
 * as any database is; `{ migrate: false }` gives an empty one, for tests of the migrations.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../../src/platform/db/connect.js';
import type { DialectName } from '../../src/platform/db/dialect.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';

export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  /** Connection settings for another process (a server under test) to open the same database. */
  databaseUrl: string;
  dataDir: string;
  drop(): Promise<void>;
}

let counter = 0;

export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  counter += 1;
  const name = `sb_test_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  let result: TestDatabase;
  if (dialect === 'sqlite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-test-'));
    const template = options.migrate !== false ? inject('sqliteTemplate') : undefined;
    if (template) fs.copyFileSync(template, path.join(dataDir, 'switchboard.db'));
    const database = connect({ databaseUrl: '', dataDir });
    result = {
      database,
      databaseUrl: '',
      dataDir,
      async drop() {
        await database.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } else {
    const adminUrl = inject('pgUrl');
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const template = options.migrate !== false ? inject('pgTemplate') : undefined;
    await admin.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template} ${inject('pgCopyStrategy') ?? ''}` : `CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = connect({ databaseUrl: url.toString(), dataDir: '' , poolSize: 5 });
    result = {
      database,
      databaseUrl: url.toString(),
      dataDir: '',
      async drop() {
        await database.close();
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  // On a copy of the template this finds nothing to do; without a template it migrates from zero.
  if (options.migrate !== false) await migrateToLatest(result.database);
  return result;
}
