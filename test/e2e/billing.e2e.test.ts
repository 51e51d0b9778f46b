import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Contracts that bill in the browser (scenario 6): a premises-only client's home worker's ticket
 * shows its time as chargeable with the reason; a technician logs time with the timer (which
 * survives a reload); the account manager waives it as goodwill; the client's page shows it in the
 * goodwill ledger, under the contract's billing terms and scope in words.
 */
describe('billing in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let ticket: { id: string; number: number };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const a = w.app.world.a;
    await ok(w.app, owner(w), 'PATCH', `/api/v1/organizations/${a.id}`, { accountManagerId: w.lead.id });
    await ok(w.app, owner(w), 'PATCH', `/api/v1/contacts/${a.otherContactId}`, { workLocation: 'home' });
    await ok(w.app, owner(w), 'PUT', `/api/v1/billing/contracts/${w.sla.contractIds[0]}/terms`, {
      kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
      afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: [a.siteId], workTypes: ['support'], remote: true, homeWorkers: false },
    });
    ticket = await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.otherContactId, siteId: a.siteId, subject: 'VPN will not connect from home', priority: 'P3' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[billing]: a home worker’s time on a premises-only contract is chargeable, logged by timer, waived as goodwill and shown in the ledger', async () => {
    const tech = await newContext(browser);
    const page = await tech.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const panel = page.locator('.time-panel');
    await panel.getByRole('heading', { name: 'Time' }).waitFor();
    await panel.getByTestId('time-outlook').getByText('home worker; contract covers premises only').waitFor();
    await panel.getByRole('button', { name: 'Start timer' }).click();
    await panel.getByText('Timer running since').waitFor();
    await page.reload();
    await page.locator('.time-panel').getByText('Timer running since').waitFor();
    await page.locator('.time-panel').getByLabel('Note for this time').fill('Reinstalled the VPN profile');
    await page.locator('.time-panel').getByRole('button', { name: 'Stop timer' }).click();
    const entry = page.locator('.time-panel').getByTestId('time-entry');
    await entry.getByText('Chargeable').waitFor();
    expect(await entry.locator('.time-reason').textContent()).toBe('home worker; contract covers premises only');
    // A technician is not the account manager: no waive button.
    expect(await entry.getByRole('button', { name: 'Waive as goodwill' }).count()).toBe(0);
    await screenshot(page, 'ticket-time', { fullPage: true });
    await tech.close();

    const manager = await newContext(browser);
    const mpage = await manager.newPage();
    await signIn(mpage, w.base, w.lead.email, `/tickets/${ticket.number}`);
    const mentry = mpage.locator('.time-panel').getByTestId('time-entry');
    await mentry.getByRole('button', { name: 'Waive as goodwill' }).click();
    await mentry.getByLabel('Why it is waived').fill('Home-working rollout');
    await mentry.getByRole('button', { name: 'Waive', exact: true }).click();
    await mentry.getByText('Goodwill', { exact: true }).waitFor();
    await mentry.getByText('waived as goodwill: Home-working rollout', { exact: false }).waitFor();

    await mpage.goto(`${w.base}/clients/${w.app.world.a.id}`);
    await mpage.locator('.billing-terms').getByText('premises only (home workers are chargeable)', { exact: false }).waitFor();
    const ledger = mpage.locator('.goodwill-panel');
    await ledger.getByRole('heading', { name: 'Goodwill given' }).waitFor();
    await ledger.getByRole('cell', { name: 'Home-working rollout' }).waitFor();
    await ledger.getByText('15 min waived').waitFor();
    await ledger.scrollIntoViewIfNeeded();
    await screenshot(mpage, 'goodwill-ledger');
    const api = await ok(w.app, owner(w), 'GET', `/api/v1/billing/clients/${w.app.world.a.id}/goodwill`);
    expect(api.lines).toMatchObject([{ reason: 'Home-working rollout', entries: 1, minutes: 15, valueMinor: 3000 }]);
    await manager.close();
  });
});
