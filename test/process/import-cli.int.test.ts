import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/platform/clock.js';
import { createUser } from '../../src/modules/staff/index.js';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';
import { runCliToEnd } from '../support/server-process.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../docs/import-samples');

/** `switchboard import` as an operator runs it, on each database: preview, dry run, import, errors to fix. */
describe.each(DIALECTS)('switchboard import on %s', (dialect) => {
  let test: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  const count = async (table: 'organizations' | 'contacts' | 'import_runs') =>
    Number((await test.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    test = await createTestDatabase(dialect);
    await createUser({ db: test.database.db, clock: systemClock }, null, { kind: 'staff', email: 'boss@msp.example', name: 'The Boss', role: 'owner' });
    await createUser({ db: test.database.db, clock: systemClock }, null, { kind: 'staff', email: 'tech@msp.example', name: 'A Tech', role: 'technician' });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-import-'));
    env = dialect === 'sqlite' ? { SWITCHBOARD_DATA_DIR: test.dataDir } : { DATABASE_URL: test.databaseUrl, SWITCHBOARD_DATA_DIR: dir };
  });
  afterAll(async () => {
    await test?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints the preview of a dry run, writes nothing, and exits 1 when rows have errors', async () => {
    const file = path.join(SAMPLES, 'connectwise/companies.csv');
    const dry = await runCliToEnd(['import', 'clients', file, '--format', 'connectwise', '--dry-run'], env);
    expect(dry.code, dry.stderr).toBe(1);
    expect(dry.stdout).toContain('companies.csv: 2 rows of clients in ConnectWise PSA columns');
    expect(dry.stdout).toContain('to create 1, to update 0, to skip 0, with errors 1');
    expect(dry.stdout).toContain('row 3: Country: US has more than one time zone');
    expect(dry.stdout).toContain('row 2: Kestrel Bakery Ltd — new client in Europe/London');
    expect(dry.stdout).toContain('Dry run: nothing was imported.');
    expect(await count('organizations')).toBe(0);
    expect(await count('import_runs')).toBe(0);

    const clean = await runCliToEnd(['import', 'clients', file, '--format', 'connectwise', '--time-zone', 'America/Chicago', '--dry-run'], env);
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(await count('organizations')).toBe(0);
  });

  it('imports a file, then says what was left and writes those rows to fix', async () => {
    const companies = await runCliToEnd(['import', 'clients', path.join(SAMPLES, 'connectwise/companies.csv'), '--format', 'connectwise', '--time-zone', 'America/Chicago'], env);
    expect(companies.code, companies.stdout + companies.stderr).toBe(0);
    expect(companies.stdout).toContain('Imported: created 2, updated 0, skipped 0, failed 0.');
    expect(await count('organizations')).toBe(2);

    // Contacts before their sites: every row names a site that is not there yet.
    const out = path.join(dir, `contacts-errors-${dialect}.csv`);
    const contacts = await runCliToEnd(['import', 'contacts', path.join(SAMPLES, 'connectwise/contacts.csv'), '--format', 'connectwise', '--errors-csv', out], env);
    expect(contacts.code).toBe(1);
    expect(contacts.stdout).toContain('row 2: Site: Kestrel Bakery Ltd has no site named Bakehouse');
    expect(contacts.stdout).toContain('3 rows were not imported: fix them and import the file again');
    expect(fs.readFileSync(out, 'utf8')).toContain('Import row,Import problems');

    const sites = await runCliToEnd(['import', 'sites', path.join(SAMPLES, 'connectwise/sites.csv'), '--format', 'connectwise'], env);
    expect(sites.code, sites.stdout).toBe(0);
    const again = await runCliToEnd(['import', 'contacts', out, '--format', 'connectwise'], env);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('Imported: created 3, updated 0, skipped 0, failed 0.');
    expect(await count('contacts')).toBe(3);
  });

  it('refuses what it cannot do with a clear line, never a stack trace', async () => {
    const cases: [string[], number, string][] = [
      [['import', 'invoices', 'x.csv'], 2, 'import needs what the file holds first: clients, sites, contacts, staff, tickets'],
      [['import', 'clients', path.join(dir, 'missing.csv')], 2, 'There is no file'],
      [['import', 'clients', path.join(SAMPLES, 'switchboard/clients.csv'), '--format', 'excel'], 2, '--format is one of switchboard, connectwise, autotask, halopsa'],
      [['import', 'clients', path.join(SAMPLES, 'switchboard/clients.csv'), '--as', 'tech@msp.example'], 2, 'tech@msp.example may not import: only an owner or admin can'],
      [['import', 'contacts', path.join(SAMPLES, 'switchboard/clients.csv')], 1, 'has no “Client external ID” or “Client” column: a row must name its client, by id or by name. [missing_column]'],
    ];
    for (const [args, code, message] of cases) {
      const r = await runCliToEnd(args, env);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
