import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchChromium, logPhoneTicket, newContext, ok, owner, screenshot, signIn, startE2eWorld, tokenOf, type E2eWorld } from './support.js';

describe('the agents’ console in the browser', () => {
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

  it('[console]: shows the queues and opens a ticket from the keyboard', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await page.locator('.ticket-row', { hasText: 'X-ray viewer will not open' }).waitFor();
    expect(await page.locator('.ticket-row').count()).toBe(3);

    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await page.getByRole('heading', { name: 'My team’s tickets' }).waitFor();
    await page.locator('.ticket-row', { hasText: 'Backup job failed' }).waitFor();
    await screenshot(page, 'console-queue');

    await page.keyboard.press('g');
    await page.keyboard.press('u');
    await page.getByRole('heading', { name: 'Unassigned tickets' }).waitFor();
    await page.locator('.ticket-row', { hasText: 'Label printer in dispatch' }).waitFor();
    expect(await page.locator('.ticket-row').count()).toBe(2);

    await page.keyboard.press('g');
    await page.keyboard.press('o');
    await page.getByLabel('Priority').selectOption('P1');
    await page.waitForURL(/priority=P1/);
    await page.locator('.ticket-row', { hasText: 'Backup job failed' }).waitFor();
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('.ticket-row').length === 1);

    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Backup job failed on the practice server' }).waitFor();
    await context.close();
  }, 60_000);

  it('[console]: logs a phone ticket for a caller found by number and resolves it on the call', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();

    const number = await logPhoneTicket(page, w, {
      subject: 'Cannot print from the front desk',
      notes: 'Print queue stuck on one job. Cleared it and restarted the spooler; test page printed.',
      resolve: true,
      screenshot: 'phone-logging',
    });
    await page.getByText('Resolved on first contact').first().waitFor();

    const ticket = await w.app.call(w.app.world.tokens.owner, 'GET', `/api/v1/tickets/${number}`);
    expect(ticket.body).toMatchObject({
      status: 'resolved',
      fcrOutcome: 'resolved_first_contact',
      channel: 'phone',
      priority: 'P2',
      organizationId: w.app.world.a.id,
      contactId: w.app.world.a.contactId,
      siteId: w.app.world.a.siteId,
      assigneeId: w.tech.id,
    });
    const messages = await w.app.call(w.app.world.tokens.owner, 'GET', `/api/v1/tickets/${number}/messages`);
    expect(messages.body.items).toEqual([
      expect.objectContaining({ kind: 'call', callDirection: 'inbound', callerNumber: w.caller.typed, body: expect.stringContaining('restarted the spooler') }),
    ]);
    await context.close();
  }, 60_000);

  it('[console]: finds a caller by a national number or trailing digits and shows which number matched', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.getByRole('heading', { name: 'My tickets' }).waitFor();
    await page.keyboard.press('n');
    const caller = page.getByRole('combobox', { name: 'Caller' });
    await focused(caller);
    // On file as +1 312 555 0147; dialled as the number reads in the US, and by its last digits.
    await page.keyboard.type('(312) 555-0147');
    const option = page.getByRole('option', { name: /Alice Moreno/ });
    await option.locator('.caller-match[data-match="national"]', { hasText: '(312) 555-0147 — national form of +13125550147 (mobile)' }).waitFor();
    await caller.fill('5550147');
    await option.locator('.caller-match[data-match="trailing"]', { hasText: '5550147 — ends in the digits of +13125550147 (mobile)' }).waitFor();
    expect(await page.getByRole('listbox', { name: 'Callers found' }).getByRole('option').count()).toBe(1);
    await context.close();
  }, 60_000);

  it('[ticket]: shows what staff typed when opening a ticket as its description for the contact, not a reply', async () => {
    const tech = await tokenOf(w, w.tech.id);
    const ticket = await ok(w.app, tech, 'POST', '/api/v1/tickets', {
      organizationId: w.app.world.a.id,
      contactId: w.app.world.a.contactId,
      subject: 'Dental chair tablet will not log in',
      channel: 'phone',
      description: 'Alice says the tablet on chair 4 rejects every password since Monday.',
    });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const description = page.locator('.tl-message.tl-description');
    await description.waitFor();
    // Names come from the directory, which may answer after the timeline first shows ("Staff").
    await description.locator('.tl-kind', { hasText: 'Description, logged for Alice Moreno' }).waitFor();
    await description.locator('.tl-author', { hasText: 'Tina Okafor' }).waitFor();
    expect(await description.locator('.tl-kind').textContent()).toBe('Description, logged for Alice Moreno');
    expect(await description.locator('.tl-author').textContent()).toBe('Tina Okafor');
    expect(await page.locator('.timeline').getByText('Public reply', { exact: true }).count()).toBe(0);

    const portal = await (await newContext(browser)).newPage();
    await signIn(portal, w.base, w.clientA.email, `/portal/tickets/${ticket.id}`);
    const bubble = portal.locator('.bubble[data-kind="description"]');
    await bubble.waitFor();
    expect(await bubble.locator('.bubble-head strong').textContent()).toBe('Your request, as our support team logged it');
    await portal.context().close();
    await context.close();
  }, 60_000);

  it('[console]: shows the API’s error beside the field it names', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.locator('.ticket-row', { hasText: 'New starter' }).click();
    await page.getByRole('heading', { name: /New starter/ }).waitFor();
    await page.keyboard.press('l');
    await page.getByRole('textbox', { name: 'Call notes' }).fill('Confirmed the start date with Bob.');
    await page.getByRole('spinbutton', { name: 'Minutes' }).fill('-3');
    await page.getByRole('button', { name: 'Log call' }).click();
    const error = page.locator('#composer-panel .field-invalid .field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Must be >= 0');
    expect(await page.getByRole('spinbutton', { name: 'Minutes' }).getAttribute('aria-invalid')).toBe('true');
    await context.close();
  }, 60_000);

  it('[console]: returns to sign-in when the session ends, keeping the half-typed reply', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.locator('.ticket-row', { hasText: 'VPN drops' }).click();
    await page.getByRole('heading', { name: /VPN drops/ }).waitFor();
    await page.keyboard.press('r');
    const draft = 'Could you send me the time of the next drop so I can match it in the firewall log';
    await page.keyboard.type(draft);

    await context.clearCookies();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Your session ended').waitFor();
    await page.getByLabel('Email').fill(w.tech.email);
    await page.getByLabel('Password').fill('e2e-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: /VPN drops/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Public reply' }).inputValue()).toBe(draft);
    await context.close();
  }, 60_000);

  it('[console]: fits a phone screen', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/open');
    await page.locator('.ticket-row', { hasText: 'Backup job failed' }).waitFor();
    const overflow = await page.evaluate(() => {
      const doc = (globalThis as any).document;
      return doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'console-phone');
    await context.close();
  }, 60_000);

  it('[console]: saves a filtered queue as a view whose count follows changes live', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await signIn(page, w.base, w.tech.email, '/queue/open');
    await page.getByRole('heading', { name: 'All open tickets' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Queues and desk' });
    // The queue's badge counts exactly what its list holds.
    await page.locator('.ticket-row').first().waitFor();
    const open = await page.locator('.ticket-row').count();
    await nav.getByRole('link', { name: /^All open/ }).locator('.nav-count', { hasText: new RegExp(`^${open}$`) }).waitFor();

    await page.getByRole('combobox', { name: /^Client/ }).selectOption({ label: 'Alder Dental Group' });
    await page.getByLabel('Priority').selectOption('P1,P2');
    await page.waitForURL(/priority=P1%2CP2|priority=P1,P2/);
    await page.getByRole('button', { name: 'Save as view…' }).click();
    await page.getByLabel('View name').fill('Alder urgent');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByRole('heading', { name: 'Alder urgent' }).waitFor();
    await page.waitForURL(/view=/);
    const views = page.getByRole('list', { name: 'Saved views' });
    const viewLink = views.getByRole('link', { name: /Alder urgent/ });
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll('.ticket-row').length > 0);
    const before = await page.locator('.ticket-row').count();
    await viewLink.locator('.nav-count', { hasText: new RegExp(`^${before}$`) }).waitFor();

    // An urgent Alder ticket logged elsewhere: the list and the view's count move without a reload.
    await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: w.app.world.a.id, subject: 'Surgery 3 cannot reach the imaging server', priority: 'P1' });
    await page.locator('.ticket-row', { hasText: 'Surgery 3 cannot reach' }).waitFor();
    await viewLink.locator('.nav-count', { hasText: new RegExp(`^${before + 1}$`) }).waitFor();
    await screenshot(page, 'console-saved-view');

    // The same name again is refused beside the field.
    await page.goto(`${w.base}/queue/open?priority=P1`);
    await page.getByRole('button', { name: 'Save as view…' }).click();
    await page.getByLabel('View name').fill('Alder urgent');
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.locator('.field-error', { hasText: 'already have a view with this name' }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();

    // Opened again from the keyboard (g 1: the first saved view), then deleted.
    await page.getByRole('heading', { name: 'All open tickets' }).click();
    await page.keyboard.press('g');
    await page.keyboard.press('1');
    await page.getByRole('heading', { name: 'Alder urgent' }).waitFor();
    expect(await viewLink.getAttribute('aria-current')).toBe('page');
    await page.getByRole('button', { name: 'Delete view' }).click();
    await page.getByRole('heading', { name: 'All open tickets' }).waitFor();
    await views.waitFor({ state: 'detached' });
    await context.close();
  }, 60_000);
});
