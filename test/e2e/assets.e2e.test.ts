import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Assets, spares and loaners in the browser (scenarios 7 and 8): a technician finds the caller's
 * laptop from a ticket, a client's kit is imported from a CSV, and a loaner is reserved from a
 * ticket, handed out and returned — then the on-call engineer's van on a phone.
 */
describe('assets, spares and loaners in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let office: string;
  let van: string;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const a = w.app.world.a;
    const o = owner(w);
    await ok(w.app, o, 'POST', '/api/v1/assets', { organizationId: a.id, contactId: a.contactId, siteId: a.siteId, kind: 'laptop', name: 'Alice’s laptop', serial: '5CG2143KQZ', model: 'HP EliteBook 840 G8', notes: 'BitLocker key in the vault' });
    await ok(w.app, o, 'POST', '/api/v1/assets', { organizationId: a.id, contactId: a.otherContactId, kind: 'desktop', name: 'Reception PC', serial: 'MXL1234ABC', model: 'HP ProDesk 400' });
    await ok(w.app, o, 'POST', '/api/v1/assets', { organizationId: a.id, siteId: a.siteId, kind: 'circuit', name: 'Surgery fibre', isp: 'Comcast Business', circuitId: 'CHI-88231', ispSupportPhone: '+1 800 391 3000' });
    office = (await ok(w.app, o, 'POST', '/api/v1/stock-locations', { name: 'Chicago office', kind: 'office' })).id;
    van = (await ok(w.app, o, 'POST', '/api/v1/stock-locations', { name: 'Tina’s van', kind: 'van', userId: w.tech.id })).id;
    const loaner = (await ok(w.app, o, 'POST', '/api/v1/spare-items', { name: 'Loaner laptop', kind: 'laptop', model: 'HP EliteBook 840' })).id;
    const router = (await ok(w.app, o, 'POST', '/api/v1/spare-items', { name: '4G backup router', kind: 'router', model: 'Teltonika RUTX11' })).id;
    const psu = (await ok(w.app, o, 'POST', '/api/v1/spare-items', { name: 'USB-C power supply', kind: 'psu', model: '65 W' })).id;
    await ok(w.app, o, 'POST', `/api/v1/spare-items/${loaner}/stock`, { locationId: office, onHand: 4, lowThreshold: 1 });
    await ok(w.app, o, 'POST', `/api/v1/spare-items/${router}/stock`, { locationId: office, onHand: 2, lowThreshold: 1 });
    await ok(w.app, o, 'POST', `/api/v1/spare-items/${loaner}/stock`, { locationId: van, onHand: 1 });
    await ok(w.app, o, 'POST', `/api/v1/spare-items/${psu}/stock`, { locationId: van, onHand: 3, lowThreshold: 1 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const ticketNumber = async (subject: string) => {
    const found = await ok(w.app, owner(w), 'GET', `/api/v1/tickets?q=${encodeURIComponent(subject)}`);
    return found.items.find((t: { subject: string }) => t.subject === subject) as { id: string; number: string };
  };

  it('[assets]: a technician finds the caller’s laptop from a ticket and attaches it', async () => {
    const ticket = await ticketNumber('X-ray viewer will not open on surgery 2 PC');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const panel = page.locator('.asset-panel');
    await panel.getByText('No asset attached.').waitFor();
    await panel.getByRole('searchbox', { name: 'Find an asset of this client' }).fill('5CG21');
    await panel.locator('.asset-row', { hasText: 'Alice’s laptop' }).getByRole('button', { name: 'Attach' }).click();
    await panel.getByRole('link', { name: 'Alice’s laptop' }).waitFor();
    const attached = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/assets`);
    expect(attached.items.map((i: { asset: { name: string } }) => i.asset.name)).toEqual(['Alice’s laptop']);
    await panel.getByRole('link', { name: 'Alice’s laptop' }).click();
    const detail = page.locator('.asset-detail');
    await detail.getByRole('heading', { name: 'Alice’s laptop' }).waitFor();
    await detail.getByRole('link', { name: ticket.number }).waitFor();
    await screenshot(page, 'assets', { fullPage: true });
    await context.close();
  });

  it('[assets]: logging a call asks which device, the caller’s first, and attaches it to the ticket', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.keyboard.press('n');
    await focused(page.getByRole('combobox', { name: 'Caller' }));
    await page.keyboard.type(w.caller.typed);
    await page.getByRole('option', { name: /Alice Moreno/ }).waitFor();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('radiogroup', { name: 'The client’s assets' });
    const choices = picker.locator('.asset-choice');
    await choices.first().getByText('Caller’s').waitFor();
    expect(await choices.first().textContent()).toContain('Alice’s laptop');
    await choices.first().click();
    await page.getByRole('textbox', { name: 'Subject' }).fill('Laptop fan is loud');
    await page.keyboard.press('Control+Enter');
    await page.waitForURL(/\/tickets\/SB-\d+$/);
    const number = new URL(page.url()).pathname.split('/').pop()!;
    await page.locator('.asset-panel').getByRole('link', { name: 'Alice’s laptop' }).waitFor();
    const ticket = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${number}`);
    const attached = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/assets`);
    expect(attached.items.map((i: { asset: { name: string } }) => i.asset.name)).toEqual(['Alice’s laptop']);
    await context.close();
  });

  it('[assets]: a client’s kit is imported from a CSV after a preview of every row', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/assets');
    const form = page.locator('.asset-import');
    await form.getByLabel('Client').selectOption({ label: 'Alder Dental Group' });
    const csv = 'kind,name,serial,model,person\nlaptop,Dr. Patel laptop,5CG9999AAA,HP EliteBook 840 G9,alice.moreno@alderdental.example\nvpn token,Patel VPN token,TK-0042,YubiKey 5,Bob Jansen\n';
    await form.getByLabel('CSV file').setInputFiles({ name: 'alder-assets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await form.getByRole('button', { name: 'Preview' }).click();
    await form.getByText('2 new, 0 updated.').waitFor();
    await form.getByRole('button', { name: 'Import 2 assets' }).click();
    await form.getByText('Imported 2 assets.').waitFor();
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('patel');
    await page.locator('.assets-table').getByRole('link', { name: 'Patel VPN token' }).waitFor();
    await page.locator('.assets-table').getByRole('link', { name: 'Dr. Patel laptop' }).waitFor();
    await context.close();
  });

  it('[spares]: reserve a loaner from a ticket and return it', async () => {
    const ticket = await ticketNumber('Reception phone shows “no service”');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const panel = page.locator('.spares-panel');
    await panel.getByText('Nothing reserved for this ticket.').waitFor();
    await panel.getByLabel('Spare to reserve').selectOption({ label: 'Loaner laptop — Chicago office (4 available)' });
    await panel.getByRole('button', { name: 'Reserve' }).click();
    const row = panel.locator('.spares-items li', { hasText: 'Loaner laptop' });
    await row.getByText('Reserved').waitFor();
    await row.getByRole('button', { name: 'Hand out' }).click();
    await row.getByText('Out on loan').waitFor();
    const [out] = (await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/spare-reservations`)).items;
    expect(out).toMatchObject({ state: 'out', loan: true, dueAt: expect.any(String) });
    const loaners = async () => (await ok(w.app, owner(w), 'GET', `/api/v1/spares/stock?locationId=${office}`)).items.find((l: { item: { name: string } }) => l.item.name === 'Loaner laptop');
    expect(await loaners()).toMatchObject({ available: 3 });
    await row.getByRole('button', { name: 'Returned' }).click();
    await row.getByText('Returned').first().waitFor();
    expect(await loaners()).toMatchObject({ available: 4 });
    await page.locator('.tl-event', { hasText: 'took the loaner back' }).waitFor();
    await context.close();

    // On call, on a phone: what is in the engineer's own van.
    const phone = await newContext(browser, 'phone');
    const mobile = await phone.newPage();
    await signIn(mobile, w.base, w.tech.email, '/spares');
    await mobile.getByRole('heading', { name: 'Spares' }).waitFor();
    await mobile.getByRole('region', { name: 'Chicago office' }).waitFor();
    await mobile.getByRole('button', { name: 'My van' }).click();
    await mobile.getByRole('region', { name: 'Tina’s van' }).getByText('USB-C power supply').waitFor();
    // The filter applies after the van's region (shown in both views) is there: wait for the office to go.
    await mobile.getByRole('region', { name: 'Chicago office' }).waitFor({ state: 'detached' });
    await screenshot(mobile, 'spares', { fullPage: true });
    await phone.close();
    expect(van).toBeTruthy();
  });
});
