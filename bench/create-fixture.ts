/**
 * The desk the create benchmarks write into (measures nothing itself): the demo MSP, loaded by
 * `switchboard demo` as a user would load it (25 client organisations under contract in four time
 * zones, their calendars and SLA policies, about 1,500 contacts and 3,000 tickets), plus a
 * technician with an API token. Each create names a client, one of its contacts and that
 * contact's site, rotating over every client, so each ticket gets SLA clocks from its client's
 * contract and calendar as on a real desk.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { connect } from '../src/platform/db/connect.js';
import { readJson } from '../src/platform/db/dialect.js';
import { createStaff, ROOT } from './lib.js';

export interface CreateTarget {
  organizationId: string;
  contactId: string;
  siteId: string | null;
  /** A calendar of the client's contract (the PostgreSQL floor writes it into its clock rows). */
  calendarId: string;
}

export interface CreateFixture {
  token: string;
  targets: CreateTarget[];
}

/** Where a database lives: a SQLite data directory, or a PostgreSQL URL. */
export type Place = { dataDir: string; databaseUrl?: undefined } | { databaseUrl: string; dataDir?: undefined };

/** Migrates the database at `place`, loads the demo MSP into it and adds the benchmark's technician. */
export async function prepareCreateFixture(place: Place): Promise<CreateFixture> {
  const flags = place.databaseUrl !== undefined ? ['--database-url', place.databaseUrl] : ['--data-dir', place.dataDir];
  // `demo` loads into an existing database only; `migrate` is the command that creates one.
  for (const command of ['migrate', 'demo']) {
    const done = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli.ts'), command, ...flags, '--log-level', 'warn'], { cwd: ROOT, encoding: 'utf8' });
    if (done.status !== 0) throw new Error(`switchboard ${command} failed: ${done.stderr || done.stdout}`);
  }
  const database = connect({ databaseUrl: place.databaseUrl ?? '', dataDir: place.dataDir ?? '' });
  try {
    const db = database.db;
    const staff = await createStaff(db, 'bench-creates@msp.example', 'technician');
    const contracts = await db.selectFrom('contracts').select(['organization_id', 'coverage']).where('active', '=', true).execute();
    const calendarOf = new Map(contracts.map((c) => [c.organization_id, readJson<{ calendarId: string }[]>(c.coverage, [])[0]?.calendarId]));
    const contacts = await db.selectFrom('contacts').select(['id', 'organization_id', 'site_id']).orderBy('created_at').orderBy('id').execute();
    const targets = new Map<string, CreateTarget>();
    for (const c of contacts) {
      const calendarId = calendarOf.get(c.organization_id);
      if (calendarId && !targets.has(c.organization_id)) targets.set(c.organization_id, { organizationId: c.organization_id, contactId: c.id, siteId: c.site_id, calendarId });
    }
    if (targets.size === 0) throw new Error('The demo has no client under contract');
    return { token: staff.token, targets: [...targets.values()] };
  } finally {
    await database.close();
  }
}

/** The body of the i-th create: a printer problem at the next client in turn. */
export function createBody(fixture: CreateFixture, i: number, extra: Record<string, unknown> = {}): string {
  const t = fixture.targets[i % fixture.targets.length];
  return JSON.stringify({
    organizationId: t.organizationId,
    contactId: t.contactId,
    ...(t.siteId ? { siteId: t.siteId } : {}),
    subject: `Printer on the third floor shows offline (${i})`,
    description: 'Since this morning nobody on the third floor can print; the printer shows offline on every laptop.',
    priority: 'P3',
    tags: ['printer', 'hardware'],
    ...extra,
  });
}

/** A new, empty PostgreSQL database on the server of `adminUrl`, optionally a copy of `template`. */
export async function createPgDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
