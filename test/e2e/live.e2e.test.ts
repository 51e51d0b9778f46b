import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, signIn, startE2eWorld, type E2eWorld } from './support.js';

describe('live updates in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
    w = await startE2eWorld();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[live]: a second browser context sees a change without reloading', async () => {
    const first = await newContext(browser);
    const second = await newContext(browser);
    const tech = await first.newPage();
    const lead = await second.newPage();
    await signIn(tech, w.base, w.tech.email, '/queue/open');
    await signIn(lead, w.base, w.lead.email, '/queue/open');
    await tech.locator('.ticket-row', { hasText: 'Label printer in dispatch' }).click();
    await tech.getByRole('heading', { name: /Label printer in dispatch/ }).waitFor();
    await lead.locator('.ticket-row', { hasText: 'Label printer in dispatch' }).waitFor();
    await lead.locator('.live-indicator', { hasText: 'Live' }).waitFor();

    // The technician takes the ticket and raises it: the lead's queue shows it without a reload.
    await tech.getByRole('button', { name: 'Assign to me' }).click();
    await tech.getByLabel('Priority').selectOption('P1');
    const row = lead.locator('.ticket-row', { hasText: 'Label printer in dispatch' });
    await row.locator('.priority-P1').waitFor();
    await row.getByText(w.tech.name).waitFor();

    // A ticket opened elsewhere appears in the lead's queue too.
    await w.app.call(w.app.world.tokens.manager, 'POST', '/api/v1/tickets', { organizationId: w.app.world.b.id, subject: 'Forklift tablet cannot reach the warehouse app' });
    await lead.locator('.ticket-row', { hasText: 'Forklift tablet' }).waitFor();

    // And with both on the same ticket, a reply shows up on the other screen.
    await row.click();
    await lead.getByRole('heading', { name: /Label printer in dispatch/ }).waitFor();
    await tech.keyboard.press('r');
    await tech.keyboard.type('Replaced the print head ribbon; printing a test batch now.');
    await tech.keyboard.press('Control+Enter');
    await lead.locator('.tl-reply', { hasText: 'Replaced the print head ribbon' }).waitFor();
    await first.close();
    await second.close();
  }, 60_000);

  it('[live]: a lost stream shows a banner, reconnects by itself and catches up', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/open');
    await page.locator('.ticket-row', { hasText: 'Reception phone' }).waitFor();
    await page.locator('.live-indicator', { hasText: 'Live' }).waitFor();

    // Drop every connection, as a restart or a network blip would, and change a ticket meanwhile.
    w.app.sb.app.server.closeAllConnections();
    await page.locator('.stream-banner').waitFor({ state: 'visible', timeout: 5000 });
    const found = await w.app.call(w.app.world.tokens.manager, 'GET', '/api/v1/tickets?q=reception');
    await w.app.call(w.app.world.tokens.manager, 'PATCH', `/api/v1/tickets/${found.body.items[0].id}`, { subject: 'Reception phone shows no service (line fault)' });

    await page.locator('.stream-banner').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.ticket-row', { hasText: 'line fault' }).waitFor();
    expect(await page.locator('.live-indicator', { hasText: 'Live' }).count()).toBe(1);
    await context.close();
  }, 60_000);
});
