import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../../src/platform/db/connect.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { startTestPostgres, type TestPostgres } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
    /** A PostgreSQL database migrated to the latest schema, which test databases are copied from. */
    pgTemplate: string;
    /** How to copy it: `STRATEGY FILE_COPY` where the server has it (PostgreSQL 15 and later), else the default. */
    pgCopyStrategy: string;
    /** A SQLite file migrated to the latest schema, which test databases are copied from. */
    sqliteTemplate: string;
  }
}

let server: TestPostgres | undefined;
let templateDir: string | undefined;
let dropTemplate: (() => Promise<void>) | undefined;

/**
 * Migrates one database per dialect for the whole run: a test database is a copy of it (db.ts),
 * instead of some 170 test files each running every migration twice. The migration tests still
 * migrate empty databases from zero.
 */
async function migrateTemplates(project: TestProject, pgUrl: string): Promise<void> {
  templateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-template-'));
  const sqlite = connect({ databaseUrl: '', dataDir: templateDir });
  await migrateToLatest(sqlite);
  await sqlite.close();
  project.provide('sqliteTemplate', path.join(templateDir, 'switchboard.db'));

  // Unique per run, so two runs on one SWITCHBOARD_TEST_PG_URL server do not share a template.
  const name = `sb_template_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const version = Number((await admin.query<{ server_version_num: string }>('SHOW server_version_num')).rows[0].server_version_num);
  await admin.end();
  // Copying the template's files took ~85 ms a database against ~150–300 ms for the default
  // WAL_LOG strategy's page-by-page copy (and ~70 ms to create plus ~150–200 ms to migrate one).
  project.provide('pgCopyStrategy', version >= 150000 ? 'STRATEGY FILE_COPY' : '');
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  // One connection, closed before any copy: PostgreSQL copies a database no one is connected to.
  const template = connect({ databaseUrl: url.toString(), dataDir: '', poolSize: 1 });
  await migrateToLatest(template);
  await template.close();
  project.provide('pgTemplate', name);
  dropTemplate = async () => {
    const cleanup = new pg.Client({ connectionString: pgUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  };
}

/** Starts PostgreSQL once for the whole run, unless SWITCHBOARD_TEST_PG_URL names one already. */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.SWITCHBOARD_TEST_PG_URL;
  if (!url) {
    server = await startTestPostgres();
    url = server.url;
    console.log(`PostgreSQL suite: started a throwaway server at ${url}`);
  } else {
    console.log(`PostgreSQL suite: using SWITCHBOARD_TEST_PG_URL`);
  }
  project.provide('pgUrl', url);
  await migrateTemplates(project, url);
}

export async function teardown(): Promise<void> {
  try {
    if (!server) await dropTemplate?.();
  } finally {
    if (templateDir) fs.rmSync(templateDir, { recursive: true, force: true });
    server?.stop();
  }
}
