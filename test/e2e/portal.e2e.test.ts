import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

describe('the client portal in the browser', () => {
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

  it('[portal]: a client opens a request and sees it among their own', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.clientA.email);
    await page.waitForURL(/\/portal$/);
    await page.locator('.portal-row', { hasText: 'X-ray viewer will not open' }).waitFor();
    expect(await page.getByText('Label printer in dispatch').count()).toBe(0);
    await screenshot(page, 'portal-tickets');

    await page.getByRole('link', { name: 'New request' }).first().click();
    // This desk has no mailbox that sends, so the page promises only the portal.
    await page.getByText('We reply here, on your request’s page in this portal.').waitFor();
    expect(await page.getByText(/by email/).count()).toBe(0);
    await page.getByLabel('What is the problem?').fill('Card reader at reception is not connecting');
    await page.getByLabel('Details').fill('Since this morning the card terminal shows “no network”. Patients have to pay by bank transfer.');
    await page.getByLabel('How urgent is it?').selectOption('P2');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByRole('heading', { name: 'Card reader at reception is not connecting' }).waitFor();
    await page.getByText('Waiting for a technician').waitFor();
    await context.close();
  }, 60_000);

  it('[portal]: the client sees the technician’s reply but not the internal note', async () => {
    const client = await newContext(browser);
    const portal = await client.newPage();
    await signIn(portal, w.base, w.clientA.email, '/portal');
    await portal.locator('.portal-row', { hasText: 'X-ray viewer will not open' }).click();
    await portal.getByRole('heading', { name: 'X-ray viewer will not open on surgery 2 PC' }).waitFor();
    const url = portal.url();

    const staff = await newContext(browser);
    const console = await staff.newPage();
    await signIn(console, w.base, w.tech.email, '/queue/mine');
    await console.locator('.ticket-row', { hasText: 'X-ray viewer' }).click();
    await console.getByRole('heading', { name: /X-ray viewer/ }).waitFor();
    const reply = 'I have reinstalled the imaging viewer on surgery 2. Could you try opening an X-ray again?';
    const note = 'Vendor licence key was expired; renewed under our account, invoice to follow.';
    await console.keyboard.press('r');
    await console.keyboard.type(reply);
    await console.keyboard.press('Control+Enter');
    await console.locator('.tl-reply', { hasText: reply }).waitFor();
    await console.keyboard.press('i');
    await console.keyboard.type(note);
    await console.keyboard.press('Control+Enter');
    await console.locator('.tl-note', { hasText: note }).waitFor();
    await screenshot(console, 'ticket-view');

    // The portal page was open all along: the reply arrives live.
    await portal.locator('.bubble', { hasText: reply }).waitFor();
    await portal.goto(url);
    await portal.locator('.bubble', { hasText: reply }).waitFor();
    expect(await portal.getByText('Vendor licence key').count()).toBe(0);
    expect(await portal.locator('.bubble').count()).toBe(1);
    await screenshot(portal, 'portal-ticket');

    const answer = 'Yes, it opens now. Thank you!';
    await portal.getByRole('textbox', { name: 'Reply' }).fill(answer);
    await portal.getByRole('button', { name: 'Send reply' }).click();
    await portal.locator('.bubble.from-me', { hasText: answer }).waitFor();
    await console.locator('.tl-message', { hasText: answer }).waitFor();
    await client.close();
    await staff.close();
  }, 60_000);

  it('[portal]: a client user cannot reach another client’s ticket by URL', async () => {
    const other = await w.app.call(w.app.world.tokens.owner, 'GET', `/api/v1/tickets?organizationId=${w.app.world.b.id}&limit=1`);
    const foreign = other.body.items[0] as { number: string; subject: string };
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.clientA.email, `/portal/tickets/${foreign.number}`);
    await page.getByRole('heading', { name: 'Request not found' }).waitFor();
    expect(await page.getByText(foreign.subject).count()).toBe(0);

    await page.goto(`${w.base}/tickets/${foreign.number}`);
    await page.waitForURL(new RegExp(`/portal/tickets/${foreign.number}$`));
    await page.getByRole('heading', { name: 'Request not found' }).waitFor();
    expect(await page.getByText(foreign.subject).count()).toBe(0);
    await context.close();
  }, 60_000);

  it('[portal]: fits a phone screen', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, w.base, w.clientA.email, '/portal');
    await page.locator('.portal-row', { hasText: 'X-ray viewer' }).click();
    await page.getByRole('heading', { name: /X-ray viewer/ }).waitFor();
    await page.locator('.bubble').first().waitFor();
    const overflow = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'portal-phone');
    await context.close();
  }, 60_000);
});
