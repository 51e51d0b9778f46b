import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaff, launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eUser, type E2eWorld } from './support.js';

const XERO_SPEC = [
  '*ContactName', 'EmailAddress', 'POAddressLine1', 'POAddressLine2', 'POAddressLine3', 'POAddressLine4', 'POCity', 'PORegion', 'POPostalCode', 'POCountry', '*InvoiceNumber', 'Reference',
  '*InvoiceDate', '*DueDate', 'Total', 'InventoryItemCode', '*Description', '*Quantity', '*UnitAmount', 'Discount', '*AccountCode', '*TaxType', 'TaxAmount', 'TrackingName1', 'TrackingOption1',
  'TrackingName2', 'TrackingOption2', 'Currency', 'BrandingTheme',
];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Invoices in the browser (issue 13, item 4): over seeded billing data — a premises-only client's
 * home worker's chargeable time and time waived as goodwill — the owner starts a run, reads the
 * draft with its $0 goodwill line, approves it and downloads the Xero file, which parses back
 * with the template's columns.
 */
describe('invoices in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let boss: E2eUser;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const a = w.app.world.a;
    boss = await addStaff(w, 'Olivia Owner', 'olivia.owner@msp.example', 3, 'owner');
    await ok(w.app, owner(w), 'PATCH', `/api/v1/contacts/${a.otherContactId}`, { workLocation: 'home' });
    await ok(w.app, owner(w), 'PUT', `/api/v1/billing/contracts/${w.sla.contractIds[0]}/terms`, {
      kind: 'managed', flatFee: { basis: 'fixed', amountMinor: 150000 }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
      afterHoursPercent: 100, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: [a.siteId], workTypes: ['support'], remote: true, homeWorkers: false },
    });
    await ok(w.app, owner(w), 'PUT', `/api/v1/invoice-settings/${a.id}`, { taxRateBp: 2000, taxName: 'VAT 20%', paymentTermsDays: 14 });
    const ticket = await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.otherContactId, siteId: a.siteId, subject: 'Laptop dock at home', priority: 'P3' });
    const startedAt = new Date(Date.now() - 10 * 60_000).toISOString();
    await ok(w.app, owner(w), 'POST', `/api/v1/billing/tickets/${ticket.id}/time-entries`, { startedAt, minutes: 45, workType: 'support', note: 'Dock firmware' });
    const waived = await ok(w.app, owner(w), 'POST', `/api/v1/billing/tickets/${ticket.id}/time-entries`, { startedAt, minutes: 30, workType: 'support', note: 'Home Wi-Fi' });
    await ok(w.app, owner(w), 'PATCH', `/api/v1/billing/time-entries/${waived.id}`, { classification: 'goodwill', reason: 'Home-working rollout' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[invoices]: a run over seeded billing data shows the $0 goodwill line, is approved, and its Xero export parses back with the template’s columns', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, boss.email, '/setup/invoices');
    await page.getByRole('heading', { name: 'Invoices' }).waitFor();
    const now = Date.now();
    // This month so far: its fee, and the time logged minutes ago in any client's time zone.
    await page.getByLabel('From').fill(`${day(now).slice(0, 7)}-01`);
    await page.getByLabel('To').fill(day(now + 86_400_000));
    await page.getByRole('button', { name: 'Start run' }).click();

    const invoice = page.getByRole('article', { name: 'Invoice for Alder Dental Group' });
    await invoice.getByText('Draft', { exact: true }).waitFor();
    const goodwill = invoice.locator('.goodwill-line');
    await goodwill.getByText('Value $60.00 not charged').waitFor();
    expect(await goodwill.locator('td.num').last().textContent()).toBe('$0.00');
    expect(await invoice.getByTestId('invoice-line').count()).toBe(3);
    // Fee 1,500.00 + time 90.00 = 1,590.00, VAT 20% 318.00.
    expect(await invoice.getByTestId('invoice-total').textContent()).toBe('$1,908.00');

    await page.getByRole('button', { name: 'Approve' }).click();
    await invoice.getByText('INV-000001').waitFor();
    await goodwill.getByText('Value $60.00 not charged').waitFor();
    await screenshot(page, 'invoice', { fullPage: true });

    await page.getByRole('button', { name: 'Export Xero CSV' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Xero CSV' }).click()]);
    const rows: string[][] = parse(readFileSync((await download.path())!, 'utf8'));
    expect(rows[0]).toEqual(XERO_SPEC);
    const body = rows.slice(1);
    expect(body).toHaveLength(3);
    const col = (name: string) => XERO_SPEC.indexOf(name);
    expect(new Set(body.map((r) => r[col('*InvoiceNumber')]))).toEqual(new Set(['INV-000001']));
    const goodwillRow = body.find((r) => r[col('*Description')].startsWith('Goodwill'))!;
    expect(goodwillRow[col('*UnitAmount')]).toBe('0.00');
    expect(body.reduce((sum, r) => sum + Number(r[col('*Quantity')]) * Math.round(Number(r[col('*UnitAmount')]) * 100), 0)).toBe(159000);
    await context.close();
  });
});
