import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Assets and spares set up in the console (issue 14): an asset recorded, edited against the
 * version it was loaded at, and retired; a van and a serialised item set up, units received by
 * serial, one unit lent from a ticket and brought back — only the unit lent closes the loan.
 */
describe('assets and spares in the console', () => {
  let w: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[assets]: records a circuit with its ISP’s number, edits it and retires it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/assets');
    await page.getByRole('button', { name: 'New asset' }).click();
    const form = page.getByRole('form', { name: 'New asset' });
    await form.getByLabel('Client').selectOption({ label: 'Alder Dental Group' });
    await form.getByLabel('Kind').selectOption({ label: 'Circuit' });
    await form.getByLabel('Name').fill('Surgery 4G backup line');
    await form.getByLabel('ISP', { exact: true }).fill('Verizon Business');
    await form.getByLabel('Circuit id').fill('VZ-4471');
    await form.getByLabel('ISP support number').fill('+1 800 922 0204');
    await form.getByRole('button', { name: 'Record asset' }).click();
    const detail = page.locator('.asset-detail');
    await detail.getByRole('heading', { name: 'Surgery 4G backup line' }).waitFor();
    await detail.getByRole('link', { name: '+1 800 922 0204' }).waitFor();
    const id = new URL(page.url()).pathname.split('/').pop()!;

    await detail.getByRole('button', { name: 'Edit' }).click();
    const editor = page.getByRole('form', { name: 'Edit Surgery 4G backup line' });
    await editor.getByLabel('Name').fill('Surgery 4G backup circuit');
    await editor.getByLabel('Tags').fill('failover, surgery');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'asset-editor');
    // Someone else changes it meanwhile: the save is refused, not written over theirs.
    await ok(w.app, owner(w), 'PATCH', `/api/v1/assets/${id}`, { notes: 'Router in the comms cupboard' });
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('This asset changed since you loaded it').waitFor();
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await detail.getByText('Router in the comms cupboard').waitFor();
    await detail.getByRole('button', { name: 'Edit' }).click();
    await editor.getByLabel('Name').fill('Surgery 4G backup circuit');
    await editor.getByRole('button', { name: 'Save' }).click();
    await detail.getByRole('heading', { name: 'Surgery 4G backup circuit' }).waitFor();
    expect(await ok(w.app, owner(w), 'GET', `/api/v1/assets/${id}`)).toMatchObject({ name: 'Surgery 4G backup circuit', notes: 'Router in the comms cupboard', isp: 'Verizon Business', version: 3 });

    await detail.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Retire (archive)' }).click();
    await detail.getByText('Retired').waitFor();
    expect((await ok(w.app, owner(w), 'GET', `/api/v1/assets/${id}`)).archivedAt).toEqual(expect.any(String));
    await context.close();
  });

  it('[spares]: creates a location and a serialised item in the console, reserves a unit from a ticket as a loaner and returns it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/spares/setup');
    const newLocation = page.getByRole('form', { name: 'New location' });
    await newLocation.getByLabel('Name').fill('Lee’s van');
    await newLocation.getByLabel('Kind').selectOption({ label: 'Van' });
    await newLocation.getByLabel('Engineer').selectOption({ label: 'Lee Harrington' });
    await newLocation.getByRole('button', { name: 'Add location' }).click();
    await page.getByRole('list', { name: 'Stock locations' }).getByText('Lee’s van').waitFor();

    const newItem = page.getByRole('form', { name: 'New item' });
    await newItem.getByLabel('Item name').fill('Loaner laptop');
    await newItem.getByLabel('Item kind').fill('laptop');
    await newItem.getByLabel('Model').fill('ThinkPad T14 Gen 4');
    await newItem.getByLabel('Serialised').check();
    await newItem.getByRole('button', { name: 'Add item' }).click();
    await page.getByRole('list', { name: 'Spare items' }).getByText('Serialised').waitFor();

    await page.getByLabel('Item to count').selectOption({ label: 'Loaner laptop' });
    await page.getByLabel('At', { exact: true }).selectOption({ label: 'Lee’s van' });
    await page.getByLabel('Serials received').fill('PF-4A01\nPF-4A02');
    await page.getByRole('button', { name: 'Receive units' }).click();
    await page.getByRole('list', { name: 'Units here' }).getByText('PF-4A02').waitFor();
    await page.getByText('On record: 2 on hand, 0 reserved.').waitFor();
    await page.getByRole('list', { name: 'Movements' }).getByText('PF-4A01').waitFor();
    await screenshot(page, 'spares-admin', { fullPage: true });

    const found = await ok(w.app, owner(w), 'GET', `/api/v1/tickets?q=${encodeURIComponent('Backup job failed')}`);
    const ticket = found.items[0] as { id: string; number: string };
    await page.goto(`${w.base}/tickets/${ticket.number}`);
    const panel = page.locator('.spares-panel');
    await panel.getByText('Nothing reserved for this ticket.').waitFor();
    await panel.getByLabel('Spare to reserve').selectOption({ label: 'Loaner laptop — Lee’s van (2 available)' });
    await panel.getByLabel('Unit').selectOption('PF-4A02');
    await panel.getByRole('button', { name: 'Reserve' }).click();
    const row = panel.locator('.spares-items li', { hasText: 'PF-4A02' });
    await row.getByText('Reserved').waitFor();
    await row.getByRole('button', { name: 'Hand out' }).click();
    await row.getByText('Out on loan').waitFor();
    await row.getByLabel('Serial returned for Loaner laptop').fill('PF-4A01');
    await row.getByRole('button', { name: 'Returned' }).click();
    await panel.getByText('PF-4A01 is not the unit lent on this ticket').waitFor();
    await row.getByLabel('Serial returned for Loaner laptop').fill('PF-4A02');
    await row.getByRole('button', { name: 'Returned' }).click();
    await row.getByText('Returned', { exact: true }).waitFor();
    const [loan] = (await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/spare-reservations`)).items;
    expect(loan).toMatchObject({ state: 'returned', serial: 'PF-4A02', loan: true });
    await context.close();

    // On call, on a phone: the van's units by serial.
    const phone = await newContext(browser, 'phone');
    const mobile = await phone.newPage();
    await signIn(mobile, w.base, w.lead.email, '/spares');
    await mobile.getByRole('button', { name: 'My van' }).click();
    const serials = mobile.getByLabel('Serials of Loaner laptop at Lee’s van');
    await serials.getByText('PF-4A01').waitFor();
    await serials.getByText('PF-4A02').waitFor();
    await phone.close();
  });
});
