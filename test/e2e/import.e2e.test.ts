import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/modules/staff/index.js';
import { launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/** A contacts file as an MSP might write it: two good rows, a mistyped email, a client misspelt. */
const CONTACTS = [
  'External ID,Client,Name,Title,Email,Phone',
  'N-1,Alder Dental Group,Nora Field,Hygienist,nora.field@alderdental.example,+1 312 555 0101',
  'N-2,Alder Dental Group,Omar Haddad,Associate Dentist,omar.haddad@alderdental,+1 312 555 0102',
  'N-3,Birch Logistics,Petra Novak,Route Planner,petra.novak@birchlogistics.example,+44 1375 555 033',
  'N-4,Birch Logistic,Quinn Abbot,Warehouse Lead,quinn.abbot@birchlogistics.example,+44 1375 555 034',
].join('\n');

/**
 * Moving in, in the browser: an admin uploads a contacts file, sees what each row will do with the
 * problems beside their columns, imports the good rows, downloads the rows to fix, fixes them and
 * imports that file — and nothing is there twice.
 */
describe('importing in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let admin: { email: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    admin = await createUser({ db: w.app.sb.database.db, clock: w.app.clock }, null, { kind: 'staff', email: 'ada.admin@msp.example', name: 'Ada Lindqvist', role: 'admin', password: PASSWORD });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const upload = async (page: Page, name: string, text: string) => {
    await page.getByLabel('What the file holds').selectOption('contacts');
    await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('region', { name: 'Preview' }).waitFor();
  };
  const count = (page: Page, action: string) => page.locator(`.import-counts [data-count="${action}"] dd`).textContent();

  it('[import]: imports a CSV with errors, fixes them and imports again', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, admin.email, '/queue/open');
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await page.getByRole('heading', { name: 'Import' }).waitFor();

    await upload(page, 'contacts.csv', CONTACTS);
    expect([await count(page, 'create'), await count(page, 'update'), await count(page, 'skip'), await count(page, 'error')]).toEqual(['2', '0', '0', '2']);
    // The rows with errors show first, each problem beside its column.
    await page.locator('tr[data-row="3"][data-action="error"]', { hasText: 'Email: omar.haddad@alderdental is not an email address' }).waitFor();
    await page.locator('tr[data-row="5"][data-action="error"]', { hasText: 'Client:' }).waitFor();
    await page.getByRole('button', { name: /^All/ }).click();
    await page.locator('tr[data-row="2"][data-action="create"]', { hasText: 'Nora Field' }).waitFor();
    await screenshot(page, 'import-preview');
    expect((await ok(w.app, owner(w), 'GET', '/api/v1/contacts?q=Nora')).items).toHaveLength(0);

    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 2 created, 0 updated, 0 skipped.' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download 2 rows to fix (CSV)' }).click()]);
    const fix = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = fix.trim().split(/\r?\n/);
    expect(lines[0]).toBe('External ID,Client,Name,Title,Email,Phone,Import row,Import problems');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['N-2', 'N-4']);

    // Fixed in the file as downloaded (its two added columns are ignored) and uploaded again.
    const fixed = fix.replace('omar.haddad@alderdental,', 'omar.haddad@alderdental.example,').replace('Birch Logistic,', 'Birch Logistics,');
    await page.getByRole('button', { name: 'Import another file' }).click();
    await upload(page, 'contacts-errors.csv', fixed);
    expect([await count(page, 'create'), await count(page, 'error')]).toEqual(['2', '0']);
    expect(await page.locator('.import-summary').textContent()).toContain('ignored: Import row, Import problems');
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 2 created, 0 updated, 0 skipped.' }).waitFor();
    await page.locator('tr[data-row="2"]', { hasText: 'Omar Haddad' }).waitFor();
    await screenshot(page, 'import-done');

    // The first file again: every row is on file now, matched by its id, so nothing is written.
    await page.getByRole('button', { name: 'Import another file' }).click();
    await upload(page, 'contacts.csv', CONTACTS.replace('omar.haddad@alderdental,', 'omar.haddad@alderdental.example,').replace('Birch Logistic,', 'Birch Logistics,'));
    expect([await count(page, 'create'), await count(page, 'update'), await count(page, 'skip'), await count(page, 'error')]).toEqual(['0', '0', '4', '0']);
    expect(await page.getByRole('button', { name: 'Nothing to import' }).isDisabled()).toBe(true);

    const names = async (organizationId: string) => (await ok(w.app, owner(w), 'GET', `/api/v1/contacts?organizationId=${organizationId}&limit=100`)).items.map((c: { name: string }) => c.name);
    const alder = await names(w.app.world.a.id);
    const birch = await names(w.app.world.b.id);
    expect(alder.filter((n: string) => ['Nora Field', 'Omar Haddad'].includes(n)).sort()).toEqual(['Nora Field', 'Omar Haddad']);
    expect(birch.filter((n: string) => ['Petra Novak', 'Quinn Abbot'].includes(n)).sort()).toEqual(['Petra Novak', 'Quinn Abbot']);
    await context.close();
  }, 90_000);
});
