import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFraudInput } from '../support/fraud.js';
import { receiveMail } from '../support/fraud-desk.js';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * The wire-fraud guard in the browser (scenario 5): a message pretending to come from Bob Jansen
 * of Alder Dental asks Alice to pay a new account, and gives a number of its own. The ticket
 * opens with "Verify by phone" on top — the reasons, Bob's number from the directory, the outcome
 * form — and Resolve stays disabled until the call-back is logged.
 */
describe('the fraud guard in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  const bobOnFile = '+13125550190';
  const fraudsterNumber = '+1 312 555 0199';

  /** A look-alike of Bob's address asking Alice for a payment to new bank details, flagged as intake flags it. */
  const wireFraud = async (subject: string) => {
    const input = buildFraudInput({
      from: { address: 'bob.jansen@alderdental.co', name: 'Bob Jansen' },
      subject,
      text: `Alice, our bank details have changed: please send the wire of $48,750 for the new X-ray unit to the new account today, before 3pm. Call me on ${fraudsterNumber} if anything is unclear.`,
    });
    const mail = await receiveMail(w.app, w.app.world.a.id, w.clientA.contactId, input);
    expect(mail.score.flagged).toBe(true);
    return mail.ticket;
  };
  const openTicket = async (page: Page, number: string, subject: string) => {
    await page.goto(`${w.base}/tickets/${number}`);
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.getByRole('heading', { name: 'Verify by phone' }).waitFor();
  };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    await ok(w.app, owner(w), 'PATCH', `/api/v1/organizations/${w.app.world.a.id}`, { country: 'US', mainPhone: '+1 312 555 0100' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[fraud]: a flagged ticket cannot be resolved until the call-back is logged', async () => {
    const subject = 'New bank details for the X-ray unit payment';
    const ticket = await wireFraud(subject);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await openTicket(page, ticket.number, subject);

    const panel = page.locator('.verify-panel');
    await panel.getByText('Resolving is blocked.').waitFor();
    await panel.getByText(/Claims to be from Bob Jansen <bob\.jansen@alderdental\.co>/).waitFor();
    await panel.locator('.verify-reasons li[data-code="lookalike_domain"]').waitFor();
    // The number to call is the directory's, one tap away; the message's own number is nowhere offered.
    const call = panel.locator('.verify-numbers a.tel-link').first();
    expect(await call.getAttribute('href')).toBe(`tel:${bobOnFile}`);
    expect(await panel.locator('.verify-numbers').textContent()).not.toContain('0199');
    const resolve = page.getByRole('button', { name: 'Resolve' });
    expect(await resolve.isDisabled()).toBe(true);
    await page.locator('.resolve-blocked', { hasText: 'Verify by phone first' }).waitFor();
    await screenshot(page, 'fraud-verify', { fullPage: true });

    // Bob, on his number on file, never sent it.
    const form = panel.getByRole('form', { name: 'Log the call-back' });
    await form.getByLabel(/Fraud/).check();
    expect(await form.getByLabel('Number called').inputValue()).toBe(bobOnFile);
    await form.getByLabel('Note').fill('Bob sent no such email; the real account is unchanged.');
    await form.getByRole('button', { name: 'Log the call-back' }).click();
    await panel.locator('.verify-logged', { hasText: `Tina Okafor called ${bobOnFile} (on file)` }).waitFor();
    await page.locator('.tl-event', { hasText: `logged the call-back to ${bobOnFile} (on file): fraud` }).waitFor();
    await page.locator('.resolve-blocked').waitFor({ state: 'detached' });

    await resolve.click();
    await page.locator('.ticket-badges .pill', { hasText: 'Resolved' }).waitFor();
    const saved = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}`);
    expect(saved.status).toBe('resolved');
    const flag = (await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/verification`)).flags[0];
    expect(flag.call).toMatchObject({ outcome: 'fraud', calledBy: w.tech.id, number: bobOnFile, numberSource: 'on_file' });

    // The confirmed fraud warns Alder Dental's users in their portal, and nobody else's.
    const warn = panel.getByRole('form', { name: 'Warn the client’s users' });
    expect(await warn.getByLabel('Warning to their people').inputValue()).toContain('pretending to be from Bob Jansen (bob.jansen@alderdental.co) asked to change bank details');
    await warn.getByRole('button', { name: 'Show the warning' }).click();
    await panel.locator('.warn-client.is-running').waitFor();
    await context.close();

    const alder = await (await newContext(browser)).newPage();
    await signIn(alder, w.base, w.clientA.email, '/portal');
    await alder.locator('.fraud-warning-banner', { hasText: 'asked to change bank details; do not act on it' }).waitFor();
    expect(await alder.getByText('lookalike').count()).toBe(0);
    await screenshot(alder, 'fraud-warning-portal');
    const birch = await (await newContext(browser)).newPage();
    await signIn(birch, w.base, w.clientB.email, '/portal');
    await birch.locator('.portal-row').first().waitFor();
    expect(await birch.locator('.fraud-warning-banner').count()).toBe(0);
  }, 90_000);

  it('[fraud]: on a phone, the panel offers the number on file to tap and the outcome form', async () => {
    const subject = 'Updated remittance account';
    const ticket = await wireFraud(subject);
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await openTicket(page, ticket.number, subject);
    const call = page.locator('.verify-numbers a.tel-link').first();
    await call.scrollIntoViewIfNeeded();
    const box = (await call.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)).toBeLessThanOrEqual(390);
    expect(await page.getByRole('button', { name: 'Resolve' }).isDisabled()).toBe(true);
    await page.getByRole('form', { name: 'Log the call-back' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'fraud-verify-phone');
    await context.close();
  }, 60_000);

  it('[fraud]: staff flag a ticket by hand from its menu, and it then waits for a call-back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await page.locator('.ticket-row', { hasText: 'New starter: account and email' }).click();
    await page.getByRole('heading', { name: /New starter/ }).waitFor();
    await page.getByRole('button', { name: 'More ▾' }).click();
    await page.getByRole('menuitem', { name: 'Flag: verify by phone…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flag this ticket: verify by phone' });
    await dialog.getByLabel('What happened').fill('A caller asked us to set Dr. Patel’s salary payments to a new account.');
    await dialog.getByLabel('Who they claimed to be').fill('Bob Jansen');
    await dialog.getByRole('button', { name: 'Flag the ticket' }).click();
    const panel = page.locator('.verify-panel');
    await panel.getByText('Resolving is blocked.').waitFor();
    await panel.getByText(/flagged this ticket by hand: A caller asked us/).waitFor();
    expect(await panel.locator('.verify-numbers a.tel-link').first().getAttribute('href')).toBe(`tel:${bobOnFile}`);
    expect(await page.getByRole('button', { name: 'Resolve' }).isDisabled()).toBe(true);
    await context.close();
  }, 60_000);
});
