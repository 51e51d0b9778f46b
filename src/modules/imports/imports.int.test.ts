import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { applyImportChunk, claimImport } from './index.js';
import { actorOf, findUserById } from '../auth/auth.repository.js';

const SAMPLES = new URL('../../../docs/import-samples/', import.meta.url);
export const sample = (path: string) => readFileSync(new URL(path, SAMPLES), 'utf8');

export async function upload(t: TestApp, token: string, kind: string, csv: string, query: Record<string, string> = {}) {
  return t.call(token, 'POST', `/api/v1/imports?${new URLSearchParams({ kind, ...query })}`, csv, { 'content-type': 'text/csv' });
}

/** Applies a run and waits until it is done (or failed). */
export async function apply(t: TestApp, token: string, id: string) {
  const started = await t.call(token, 'POST', `/api/v1/imports/${id}/apply`);
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  for (let i = 0; i < 400; i += 1) {
    const run = (await t.call(token, 'GET', `/api/v1/imports/${id}`)).body;
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`import ${id} did not finish`);
}

/** Uploads and applies a file; the run as applied. */
export async function importFile(t: TestApp, token: string, kind: string, csv: string, query: Record<string, string> = {}) {
  const preview = await upload(t, token, kind, csv, query);
  expect(preview.status, JSON.stringify(preview.body)).toBe(201);
  return apply(t, token, preview.body.id);
}

export async function rows(t: TestApp, token: string, id: string, action?: string) {
  return (await t.call(token, 'GET', `/api/v1/imports/${id}/rows?limit=200${action ? `&action=${action}` : ''}`)).body.items as { row: number; action: string; reason: string; issues: { column: string; field: string; code: string }[]; changes: string[]; recordId: string | null; outcome: string | null }[];
}

describe.each(DIALECTS)('CSV imports on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  const orgNamed = async (name: string) => (await t.call(owner, 'GET', `/api/v1/organizations?q=${encodeURIComponent(name)}&includeArchived=true`)).body.items.filter((o: { name: string }) => o.name === name);

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'import-limit-bytes': '262144' });
    owner = t.world.tokens.owner;
  });
  afterAll(async () => t?.close());

  it('previews a file without writing anything, imports it, and a re-run updates or skips without duplicates', async () => {
    const preview = await upload(t, owner, 'clients', sample('switchboard/clients.csv'), { fileName: 'clients.csv' });
    expect(preview.status, JSON.stringify(preview.body)).toBe(201);
    expect(preview.body).toMatchObject({ status: 'previewed', kind: 'clients', format: 'switchboard', fileName: 'clients.csv', rows: 3, preview: { create: 3, update: 0, skip: 0, error: 0 } });
    expect(preview.body.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await rows(t, owner, preview.body.id)).map((r) => [r.row, r.action, r.reason])).toEqual([
      [2, 'create', 'new client in Europe/London'],
      [3, 'create', 'new client in Europe/London'],
      [4, 'create', 'new client in America/Los Angeles'],
    ]);
    expect(await orgNamed('Larkspur Florists')).toEqual([]);

    const applied = await apply(t, owner, preview.body.id);
    expect(applied).toMatchObject({ status: 'done', applied: { created: 3, updated: 0, skipped: 0, failed: 0, done: 3, total: 3 } });
    expect((await orgNamed('Larkspur Florists'))[0]).toMatchObject({ timeZone: 'Europe/London', country: 'GB', industry: 'Retail' });
    expect((await orgNamed('Redwood Title Co'))[0]).toMatchObject({ timeZone: 'America/Los_Angeles', country: 'US' });

    const again = await upload(t, owner, 'clients', sample('switchboard/clients.csv'));
    expect(again.body.preview).toEqual({ create: 0, update: 0, skip: 3, error: 0 });
    expect((await rows(t, owner, again.body.id))[0].reason).toBe('already up to date (matched by id)');

    const changed = sample('switchboard/clients.csv').replace('C-100,Larkspur Florists,Europe/London,GB,Retail', 'C-100,Larkspur Florists & Gifts,Europe/London,GB,Gifts');
    const update = await upload(t, owner, 'clients', changed);
    expect(update.body.preview).toEqual({ create: 0, update: 1, skip: 2, error: 0 });
    expect((await rows(t, owner, update.body.id, 'update'))[0]).toMatchObject({ row: 2, changes: ['name', 'industry'], reason: 'updates name, industry (matched by id)' });
    await apply(t, owner, update.body.id);
    expect((await orgNamed('Larkspur Florists & Gifts'))[0]).toMatchObject({ industry: 'Gifts' });
    expect(await orgNamed('Larkspur Florists')).toEqual([]);
  });

  it('reports bad rows with their row number and column, as a CSV to fix and upload again', async () => {
    await importFile(t, owner, 'sites', sample('switchboard/sites.csv'));
    const csv = [
      'External ID,Client external ID,Client,Site,Name,Title,Email,Phone,Mobile,VIP,Works from',
      'P-1,C-100,,Market Street shop,Poppy Marsh,Owner,poppy@larkspurflorists.example,0113 496 0001,07700 900555,yes,site',
      'P-9,C-999,,,Nobody Known,,nobody@nowhere.example,,,,',
      'P-10,C-100,,,Bad Mail,,not-an-email,,,,',
      'P-11,C-101,,Nowhere,Sam Site,,sam@quarryhill.example,,,,',
      'P-1,C-100,,Market Street shop,Poppy Marsh,Owner,poppy@larkspurflorists.example,,,yes,site',
    ].join('\n');
    const preview = await upload(t, owner, 'contacts', csv, { fileName: 'people.csv' });
    expect(preview.body.preview).toEqual({ create: 1, update: 0, skip: 1, error: 3 });
    const errors = await rows(t, owner, preview.body.id, 'error');
    expect(errors.map((r) => [r.row, r.issues.map((i) => [i.column, i.code])])).toEqual([
      [3, [['Client external ID', 'unknown_client']]],
      [4, [['Email', 'invalid_email']]],
      [5, [['Site', 'unknown_site']]],
    ]);
    expect((await rows(t, owner, preview.body.id, 'skip'))[0]).toMatchObject({ row: 6, reason: 'the same id as row 2' });

    const run = await apply(t, owner, preview.body.id);
    expect(run.applied).toMatchObject({ created: 1, failed: 0, total: 1 });
    const larkspur = (await orgNamed('Larkspur Florists & Gifts'))[0];
    const poppy = (await t.call(owner, 'GET', `/api/v1/contacts?organizationId=${larkspur.id}`)).body.items[0];
    expect(poppy).toMatchObject({ name: 'Poppy Marsh', vip: true, workLocation: 'site', emails: ['poppy@larkspurflorists.example'], phones: [{ number: '+441134960001', label: 'work' }, { number: '+447700900555', label: 'mobile' }] });

    const file = await t.call(owner, 'GET', `/api/v1/imports/${preview.body.id}/errors`);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toBe('attachment; filename="people-errors.csv"');
    const lines = String(file.body).replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toBe('External ID,Client external ID,Client,Site,Name,Title,Email,Phone,Mobile,VIP,Works from,Import row,Import problems');
    expect(lines.slice(1).map((l) => l.split(',').slice(11, 12)[0])).toEqual(['3', '4', '5']);
    expect(lines[2]).toContain('Email: not-an-email is not an email address');

    const fixed = lines.join('\n').replace('C-999', 'C-101').replace('not-an-email', 'bad.mail@larkspurflorists.example').replace(',Nowhere,', ',Main surgery,');
    const second = await upload(t, owner, 'contacts', fixed);
    expect(second.body.preview).toEqual({ create: 3, update: 0, skip: 0, error: 0 });
    expect(second.body.columns.ignored).toEqual(['Import row', 'Import problems']);
    expect((await apply(t, owner, second.body.id)).applied.created).toBe(3);
    const whole = await upload(t, owner, 'contacts', csv.replace('C-999', 'C-101').replace('not-an-email', 'bad.mail@larkspurflorists.example').replace(',Nowhere,', ',Main surgery,'));
    expect(whole.body.preview).toEqual({ create: 0, update: 0, skip: 5, error: 0 });
  });

  it('updates a contact found by email, adding new numbers and keeping those on file', async () => {
    const quarry = (await orgNamed('Quarry Hill Surgery'))[0];
    const csv = 'Client,Name,Title,Email,Mobile\nQuarry Hill Surgery,Sam Site,Locum,SAM@quarryhill.example,07700 900777\n';
    const preview = await upload(t, owner, 'contacts', csv);
    expect((await rows(t, owner, preview.body.id))[0]).toMatchObject({ action: 'update', changes: ['title', 'phones'], reason: 'updates title, phones (matched by email)' });
    await apply(t, owner, preview.body.id);
    const sam = (await t.call(owner, 'GET', `/api/v1/contacts?organizationId=${quarry.id}&q=Sam`)).body.items;
    expect(sam).toHaveLength(1);
    expect(sam[0]).toMatchObject({ title: 'Locum', phones: [{ number: '+447700900777', label: 'mobile' }] });
  });

  it('imports staff by email: accounts without a password, roles as the API allows them', async () => {
    const admin = t.world.tokens.admin;
    const preview = await upload(t, admin, 'staff', `${sample('switchboard/staff.csv')}E-4,olive.owner@msp.example,Olive Owner,Owner,,\nE-5,ned.team@msp.example,Ned Team,Technician,1,Night Shift\n`);
    const byRow = await rows(t, admin, preview.body.id);
    expect(byRow.map((r) => [r.row, r.action])).toEqual([[2, 'create'], [3, 'create'], [4, 'create'], [5, 'error'], [6, 'error']]);
    expect(byRow[3].issues[0]).toMatchObject({ column: 'Role', code: 'forbidden' });
    expect(byRow[4].issues[0]).toMatchObject({ column: 'Team', code: 'unknown_team' });
    expect(byRow[2].reason).toBe('new staff account: technician, no password yet');
    await apply(t, admin, preview.body.id);
    const staff = (await t.call(owner, 'GET', '/api/v1/users?kind=staff&limit=200')).body.items;
    expect(staff.find((u: { email: string }) => u.email === 'ben.osei@msp.example')).toMatchObject({ role: 'service_manager', tier: 3, teamId: t.world.teamId });
    const login = await t.call(null, 'POST', '/api/v1/auth/login', { email: 'ada.quinn@msp.example', password: 'anything at all 123' });
    expect(login.status).toBe(401);
    const again = await upload(t, owner, 'staff', sample('switchboard/staff.csv').replace('Engineer,2', 'Engineer,3'));
    expect(again.body.preview).toEqual({ create: 0, update: 1, skip: 2, error: 0 });
  });

  it('maps the exports of ConnectWise PSA, Autotask and HaloPSA: companies, sites, contacts and open tickets', async () => {
    const vendors: [string, string[], Record<string, string>][] = [
      ['connectwise', ['companies', 'sites', 'contacts', 'service-tickets'], { timeZone: 'America/Chicago' }],
      ['autotask', ['organizations', 'locations', 'contacts', 'tickets'], {}],
      ['halopsa', ['clients', 'sites', 'users', 'tickets'], {}],
    ];
    for (const [format, files, query] of vendors) {
      for (const [i, kind] of ['clients', 'sites', 'contacts', 'tickets'].entries()) {
        const run = await importFile(t, owner, kind, sample(`${format}/${files[i]}.csv`), { format, ...query });
        expect(run.preview.error, `${format} ${kind}: ${JSON.stringify(await rows(t, owner, run.id, 'error'))}`).toBe(0);
        expect(run.status).toBe('done');
      }
    }
    const contactsOf = async (org: { id: string }) => (await t.call(owner, 'GET', `/api/v1/contacts?organizationId=${org.id}`)).body.items;
    const ticketsOf = async (org: { id: string }) => (await t.call(owner, 'GET', `/api/v1/tickets?organizationId=${org.id}`)).body.items;

    const kestrel = (await orgNamed('Kestrel Bakery Ltd'))[0];
    const harbour = (await orgNamed('Harbourside Dental'))[0];
    expect(kestrel).toMatchObject({ country: 'GB', timeZone: 'Europe/London', industry: 'Food and Drink' });
    expect(harbour).toMatchObject({ country: 'US', timeZone: 'America/Chicago' });
    const owen = (await contactsOf(kestrel)).find((c: { name: string }) => c.name === 'Owen Pryce');
    expect(owen.phones).toEqual([{ number: '+441632960202', extension: '12', label: 'work' }]);
    const [rosa] = await contactsOf(harbour);
    expect(rosa.phones.map((p: { number: string }) => p.number)).toEqual(['+13125550142', '+13125550177']);
    const [emergency] = await ticketsOf(harbour);
    expect(emergency).toMatchObject({ subject: 'Imaging PC will not start', priority: 'P1', status: 'waiting_on_client', contactId: rosa.id, tags: ['connectwise:51002'] });
    expect((await ticketsOf(kestrel)).map((x: { tags: string[] }) => x.tags)).toEqual([['connectwise:51001']]);

    const fenwick = (await orgNamed('Fenwick & Lowe Solicitors'))[0];
    expect((await orgNamed('Bramble Veterinary Clinic'))[0]).toMatchObject({ country: 'GB', timeZone: 'Europe/London' });
    expect((await contactsOf(fenwick)).find((c: { name: string }) => c.name === 'Dev Anand').emails).toEqual(['dev.anand@fenwicklowe.example', 'it@fenwicklowe.example']);
    expect((await ticketsOf(fenwick)).map((x: { priority: string; status: string; tags: string[] }) => [x.priority, x.status, x.tags])).toEqual([['P2', 'new', ['autotask:T20260301.0004']]]);
    expect((await ticketsOf((await orgNamed('Bramble Veterinary Clinic'))[0]))[0]).toMatchObject({ priority: 'P3', status: 'waiting_on_vendor' });

    const tidewater = (await orgNamed('Tidewater Marine Supplies'))[0];
    const copperleaf = (await orgNamed('Copperleaf Accountancy'))[0];
    expect(tidewater).toMatchObject({ country: 'NL', timeZone: 'Europe/Amsterdam' });
    expect(copperleaf).toMatchObject({ country: 'IE', timeZone: 'Europe/Dublin' });
    expect((await contactsOf(tidewater))[0].phones.map((p: { number: string }) => p.number)).toEqual(['+31207946022', '+31612345678']);
    expect((await contactsOf(copperleaf))[0]).toMatchObject({ name: 'Aoife Brennan', vip: true });
    expect((await ticketsOf(copperleaf)).map((x: { priority: string; tags: string[] }) => [x.priority, x.tags])).toEqual([['P1', ['halopsa:90018']]]);

    // The same exports again: nothing new, the closed tickets still left behind.
    const rerun = await upload(t, owner, 'tickets', sample('connectwise/service-tickets.csv'), { format: 'connectwise' });
    expect(rerun.body.preview).toEqual({ create: 0, update: 0, skip: 3, error: 0 });
    expect((await rows(t, owner, rerun.body.id)).map((r) => r.reason)).toEqual(['already imported (tag connectwise:51001)', 'already imported (tag connectwise:51002)', 'Closed in ConnectWise PSA: only open tickets are imported']);
  });

  it('refuses a file it cannot read as a whole, leaving nothing behind', async () => {
    const before = (await t.call(owner, 'GET', '/api/v1/imports?limit=200')).body.items.length;
    const refusals: [string, string | Buffer, Record<string, string>, number, string, string?][] = [
      ['clients', `Name\n${'x'.repeat(300_000)}\n`, {}, 413, 'file_too_large', '/body'],
      ['contacts', 'Name,Email\nA,a@b.example\n', {}, 422, 'missing_column', '/header'],
      ['clients', '', {}, 422, 'empty_file', '/body'],
      ['clients', 'Name,Country\n\n,,\n', {}, 422, 'no_rows', '/body'],
      ['clients', 'Name\n"broken"quote\n', {}, 422, 'malformed_csv', '/body'],
      ['clients', Buffer.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x4d, 0xfc, 0x6c, 0x0a]), {}, 422, 'invalid_encoding', '/body'],
      ['clients', 'Name\nA\n', { timeZone: 'Mars/Olympus_Mons' }, 422, 'unknown_time_zone', '/timeZone'],
    ];
    for (const [kind, body, query, status, code, field] of refusals) {
      const r = await t.sb.app.inject({ method: 'POST', url: `/api/v1/imports?${new URLSearchParams({ kind, ...query })}`, headers: { authorization: `Bearer ${owner}`, 'content-type': 'text/csv' }, payload: body });
      expect([r.statusCode, r.json().code, r.json().field], code).toEqual([status, code, field]);
      expect(String(r.headers['content-type'])).toContain('application/problem+json');
    }
    const json = await t.call(owner, 'POST', '/api/v1/imports?kind=clients', { name: 'x' });
    expect([json.status, json.body.code]).toEqual([415, 'unsupported_media_type']);
    const badKind = await upload(t, owner, 'invoices', 'Name\nA\n');
    expect([badKind.status, badKind.body.field]).toEqual([400, '/kind']);
    for (const token of [t.world.tokens.manager, t.world.tokens.technician, t.world.a.clientAdminToken]) {
      expect((await upload(t, token, 'clients', 'Name\nA\n')).status).toBe(403);
      expect((await t.call(token, 'GET', '/api/v1/imports')).status).toBe(403);
    }
    expect((await t.call(owner, 'GET', '/api/v1/imports?limit=200')).body.items.length).toBe(before);
  });

  it('resumes a run its node stopped applying mid-way, and a re-run of the same file finishes it, without duplicates', async () => {
    const lines = ['Client,Name,Email'];
    for (let i = 0; i < 1200; i += 1) lines.push(`Redwood Title Co,Person ${i},person.${i}@redwoodtitle.example`);
    const csv = `${lines.join('\n')}\n`;
    const redwood = (await orgNamed('Redwood Title Co'))[0];
    const count = async () => Number((await t.sb.database.db.selectFrom('contacts').select((eb) => eb.fn.countAll<number>().as('n')).where('organization_id', '=', redwood.id).executeTakeFirstOrThrow()).n);
    const before = await count();
    const preview = await upload(t, owner, 'contacts', csv);
    expect(preview.body.preview.create).toBe(1200);

    // A node takes the run and dies after its first chunk: 500 rows are in, the run still "applying".
    const actor = actorOf((await findUserById(t.sb.database.db, t.world.staffIds.owner))!)!;
    const run = await claimImport(t.sb.importDeps, actor, preview.body.id);
    expect(await applyImportChunk(t.sb.importDeps, actor, run)).toBe(true);
    expect(await count()).toBe(before + 500);
    expect((await t.call(owner, 'GET', `/api/v1/imports/${run.id}`)).body).toMatchObject({ status: 'applying', applied: { created: 500, done: 500, total: 1200 } });
    expect((await t.call(owner, 'POST', `/api/v1/imports/${run.id}/apply`)).body.code).toBe('import_running');

    // Its lease runs out: the run reads as interrupted, and the same file uploaded again sees the 500.
    t.clock.advance(61_000);
    expect((await t.call(owner, 'GET', `/api/v1/imports/${run.id}`)).body.status).toBe('interrupted');
    const rerun = await upload(t, owner, 'contacts', csv);
    expect(rerun.body.preview).toEqual({ create: 700, update: 0, skip: 500, error: 0 });
    expect(rerun.body.fileHash).toBe(preview.body.fileHash);

    const resumed = await apply(t, owner, run.id);
    expect(resumed).toMatchObject({ status: 'done', applied: { created: 1200, updated: 0, skipped: 0, failed: 0, done: 1200, total: 1200 } });
    expect(await count()).toBe(before + 1200);
    const finished = await apply(t, owner, rerun.body.id);
    expect(finished.applied).toMatchObject({ created: 0, skipped: 700 });
    expect(await count()).toBe(before + 1200);
    expect((await t.call(owner, 'POST', `/api/v1/imports/${run.id}/apply`)).body.code).toBe('import_finished');
  });
});
