import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeTwilio } from '../support/fake-twilio.js';
import { launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Setting up paging in the browser: a ladder built and previewed, a test page to oneself through
 * a fake Twilio on loopback, a provider's test send and deliveries, an API token shown once and
 * revoked, an override added from a phone and a swap in the schedule editor, people and teams.
 */
describe('setting up paging in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let ownerEmail: string;
  let scheduleId: string;
  let ticketNumber: string;
  const twilio = new FakeTwilio({ accountSid: `AC${'6'.repeat(32)}`, authToken: 'e2e-twilio-token-0123456789' });
  const TECH_PHONE = '+13125550100';

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld({ 'secret-key': 'an-e2e-secret-that-is-long-enough-0123', 'allow-private-destinations': 'true' })]);
    const { app } = w;
    const { a, teamId, staffIds } = app.world;
    await ok(app, owner(w), 'PATCH', `/api/v1/users/${staffIds.owner}`, { password: PASSWORD });
    ownerEmail = (await ok(app, owner(w), 'GET', `/api/v1/users/${staffIds.owner}`)).email;
    await ok(app, owner(w), 'PATCH', `/api/v1/teams/${teamId}`, { leadUserId: w.lead.id });
    await ok(app, owner(w), 'POST', `/api/v1/users/${w.lead.id}/contact-methods`, { method: 'sms', address: '+13125550190' });
    await ok(app, owner(w), 'POST', `/api/v1/users/${w.lead.id}/contact-methods`, { method: 'voice', address: '+13125550190', delayMinutes: 3 });
    await ok(app, owner(w), 'POST', '/api/v1/providers', { name: 'Twilio main', kind: 'twilio', settings: { accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+15005550006', baseUrl: await twilio.start() } });
    const schedule = await ok(app, owner(w), 'POST', '/api/v1/oncall/schedules', {
      name: 'Nights',
      timeZone: 'America/Chicago',
      layers: [{ name: 'Engineers', participants: [w.tech.id, w.lead.id], shiftLength: 1, shiftUnit: 'days', handoffTime: '18:00', anchorDate: '2026-01-05' }],
    });
    scheduleId = schedule.id;
    const ticket = await ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.contactId, subject: 'Imaging server unreachable', priority: 'P1', businessCritical: true, teamId });
    ticketNumber = ticket.number;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
    await twilio.stop();
  });

  const go = async (page: Page, keys: string, heading: string | RegExp) => {
    for (const key of keys.split(' ')) await page.keyboard.press(key);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  };

  it('[escalation]: builds a ladder and previews who would be paged now, for no ticket and for one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // From a ticket, whose own `e` changes its tier: the sequence wins.
    await signIn(page, w.base, w.lead.email, `/tickets/${ticketNumber}`);
    await page.getByRole('heading', { name: 'Imaging server unreachable' }).waitFor();
    await go(page, 'g e', 'Escalation policies');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.getByRole('link', { name: 'New policy' }).click();
    await page.getByRole('heading', { name: 'New escalation policy' }).waitFor();

    // Saved without a name, the API's message shows beside the field.
    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.locator('.field-invalid', { has: page.getByLabel('Name') }).locator('.field-error').waitFor();
    await page.getByLabel('Name').fill('Business-critical to the CEO');
    await page.getByLabel('P1', { exact: true }).check();

    await page.getByLabel('Step 1: who to add').selectOption({ label: 'The team lead' });
    await page.getByRole('button', { name: 'Add', exact: true }).first().click();
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel('Step 2: minutes to wait').fill('30');
    await page.getByLabel('Step 2: which minutes count').selectOption('wall');
    await page.getByLabel('Step 2: who to add').selectOption({ label: 'On call: Nights' });
    await page.locator('li[aria-label="Step 2"]').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('button', { name: 'Add a step' }).click();
    await page.getByLabel('Step 3: minutes to wait').fill('60');
    await page.getByLabel('Step 3: who to add').selectOption({ label: 'The owner' });
    await page.locator('li[aria-label="Step 3"]').getByRole('button', { name: 'Add', exact: true }).click();

    // Who would be paged now, resolved by the API: the team lead depends on the ticket.
    const preview = page.locator('.preview-panel');
    await preview.locator('.preview-steps > li').nth(2).getByText('Morgan Reyes').waitFor();
    expect(await preview.locator('.preview-steps > li').nth(0).textContent()).toContain('decided by each ticket');
    const onCall = await ok(w.app, owner(w), 'GET', `/api/v1/oncall/schedules/${scheduleId}/on-call`);
    expect(await preview.locator('.preview-steps > li').nth(1).textContent()).toContain(onCall.onCall[0].name);
    expect(await preview.locator('.preview-steps > li').nth(2).textContent()).toContain('email to their account');
    await preview.getByLabel('For a ticket (optional)').fill(ticketNumber);
    await preview.getByLabel('For a ticket (optional)').press('Enter');
    await preview.locator('.preview-steps > li').nth(0).getByText('Lee Harrington').waitFor();
    expect(await preview.locator('.preview-steps > li').nth(0).textContent()).toContain('by SMS, then Voice call after 3 min');

    await page.getByRole('button', { name: 'Create policy' }).click();
    await page.waitForURL(/\/setup\/escalation\/[^/]+$/);
    await page.getByRole('heading', { name: 'Business-critical to the CEO', level: 1 }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await preview.getByLabel('For a ticket (optional)').fill(ticketNumber);
    await preview.getByRole('button', { name: 'Preview for this ticket' }).click();
    await preview.locator('.preview-steps > li').nth(0).getByText('Lee Harrington').waitFor();
    await screenshot(page, 'escalation-builder', { fullPage: true });

    const saved = (await ok(w.app, owner(w), 'GET', '/api/v1/escalation-policies')).items.find((p: { name: string }) => p.name === 'Business-critical to the CEO');
    expect(saved.match).toEqual({ trigger: 'created', businessCritical: true, priorities: ['P1'] });
    expect(saved.steps.map((s: any) => [s.delayMinutes, s.delayKind, s.targets])).toEqual([
      [15, 'business', [{ type: 'role', role: 'team_lead' }]],
      [30, 'wall', [{ type: 'schedule', scheduleId }]],
      [60, 'business', [{ type: 'role', role: 'owner' }]],
    ]);
    await go(page, 'g e', 'Escalation policies');
    await page.locator('.policy-card', { hasText: 'Business-critical to the CEO' }).getByText('On call: Nights').waitFor();
    await screenshot(page, 'escalation-policies');
    await context.close();
  }, 90_000);

  it('[paging]: pages yourself with a test page that the fake Twilio receives, and shows its result', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await go(page, 'g y', w.tech.name);
    await page.getByText('With no contact methods, a page goes to').waitFor();
    const add = page.getByRole('form', { name: 'Add a contact method' });
    await add.getByLabel('Address').fill('312 555');
    await add.getByRole('button', { name: 'Add method' }).click();
    await add.locator('.field-error').filter({ hasText: /E\.164/ }).waitFor();
    await add.getByLabel('Address').fill(TECH_PHONE);
    await add.getByRole('button', { name: 'Add method' }).click();
    await page.getByText(`When a step pages you: SMS at once — until someone acknowledges.`).waitFor();
    await add.getByLabel('Method').selectOption('voice');
    await add.getByLabel('Address').fill(TECH_PHONE);
    await add.getByLabel('Minutes after a page').fill('2');
    await add.getByLabel('Minutes after a page').press('Enter');
    await page.getByText(`When a step pages you: SMS at once, then Voice call after 2 min — until someone acknowledges.`).waitFor();

    await page.getByRole('button', { name: `Send a test page by SMS to ${TECH_PHONE}` }).click();
    await page.locator('.test-pages li', { hasText: 'On its way' }).waitFor();
    await w.app.sb.delivery!.runOnce();
    expect(twilio.sms().map((m) => [m.to, /^Switchboard test page for Tina Okafor by SMS/.test(m.body)])).toEqual([[TECH_PHONE, true]]);
    await page.locator('.test-pages li', { hasText: 'Accepted by the provider' }).getByText('Twilio main').waitFor();
    await screenshot(page, 'my-paging');
    await context.close();
  }, 60_000);

  it('[providers]: test-sends through a provider, lists its deliveries, and shows setting errors beside their fields', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, ownerEmail, '/queue/open');
    await go(page, 'g d', 'Delivery providers');
    const card = page.locator('.provider-card', { hasText: 'Twilio main' });
    await card.getByLabel('Send a test SMS to').fill('+13125550111');
    await card.getByRole('button', { name: 'Send test' }).click();
    await card.getByText(/^Accepted by Twilio main/).waitFor();
    expect(twilio.sms().at(-1)!.to).toBe('+13125550111');
    await card.getByRole('button', { name: 'Last deliveries' }).click();
    await card.locator('.deliveries-table tbody tr').nth(1).waitFor();
    expect(await card.locator('.deliveries-table tbody tr').count()).toBe(2);

    await page.getByRole('button', { name: 'Add provider' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a delivery provider' });
    await dialog.getByLabel('Name', { exact: true }).fill('Office 365 relay');
    await dialog.getByRole('button', { name: 'Add provider' }).click();
    await dialog.locator('.field-invalid', { has: page.getByLabel('Host') }).locator('.field-error').waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await screenshot(page, 'providers');
    await context.close();
  }, 60_000);

  it('[tokens]: creates a token, shows it once, and revokes it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/queue/mine');
    await go(page, 'g i', 'API tokens');
    await page.getByLabel('New token’s name').fill('RMM alerts');
    await page.getByLabel('New token’s name').press('Enter');
    const token = (await page.getByLabel('The new token').textContent())!;
    expect(token).toMatch(/^sb_/);
    const me = await fetch(`${w.base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { email: string }).email).toBe(w.tech.email);
    await screenshot(page, 'api-tokens');

    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.getByLabel('The new token').count()).toBe(0);
    await page.getByRole('button', { name: 'Revoke RMM alerts' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke “RMM alerts”?' });
    await confirm.getByText('401 Unauthorized').waitFor();
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await page.getByText('1 revoked token').waitFor();
    expect((await fetch(`${w.base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    await context.close();
  }, 60_000);

  it('[oncall]: adds an override from a phone, and trades two shifts in the schedule editor', async () => {
    const phone = await newContext(browser, 'phone');
    const page = await phone.newPage();
    await signIn(page, w.base, w.lead.email, '/oncall');
    await page.getByRole('heading', { name: 'Who is on call' }).waitFor();
    const card = page.locator('.oncall-card', { hasText: 'Nights' });
    await card.getByRole('button', { name: 'Add override' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Override on Nights' });
    await dialog.getByLabel('Who covers').selectOption({ label: 'Morgan Reyes' });
    await dialog.getByLabel('Instead of').selectOption('');
    await dialog.getByLabel('Reason (optional)').fill('Both engineers at the data-centre move');
    await screenshot(page, 'oncall-override-phone');
    await dialog.getByRole('button', { name: 'Add override' }).tap();
    await page.getByText(/^Morgan Reyes covers Nights from/).waitFor();
    const overrides = (await ok(w.app, owner(w), 'GET', `/api/v1/oncall/schedules/${scheduleId}`)).overrides;
    expect(overrides.map((o: any) => [o.userName, o.replacesUserId, o.reason])).toEqual([['Morgan Reyes', null, 'Both engineers at the data-centre move']]);
    expect(Date.parse(overrides[0].endAt) - Date.parse(overrides[0].startAt)).toBe(12 * 3_600_000);
    await phone.close();

    const desk = await newContext(browser);
    const editor = await desk.newPage();
    await signIn(editor, w.base, w.lead.email, `/oncall/schedules/${scheduleId}`);
    await editor.getByRole('heading', { name: 'Nights', level: 1 }).waitFor();
    const swap = editor.getByRole('form', { name: 'Trade two shifts' });
    const first = swap.getByLabel('This shift');
    await first.locator('option').nth(2).waitFor({ state: 'attached' });
    const options = await first.locator('option').evaluateAll((els) => els.map((e) => [e.getAttribute('value') ?? '', e.textContent ?? '']));
    // Her next whole shift, not the one running now (the list starts at this moment).
    const mine = options.filter(([v, text]) => v && text.startsWith('Tina Okafor'))[1];
    await first.selectOption(mine[0]);
    const theirs = (await swap.getByLabel('Trades with').locator('option').evaluateAll((els) => els.map((e) => [e.getAttribute('value') ?? '', e.textContent ?? '']))).find(([v, text]) => v && text.startsWith('Lee Harrington'))!;
    await swap.getByLabel('Trades with').selectOption(theirs[0]);
    await swap.getByRole('button', { name: 'Trade shifts' }).click();
    await swap.getByText('Tina Okafor and Lee Harrington traded shifts.').waitFor();
    await editor.locator('.override-list li', { hasText: 'instead of Tina Okafor' }).waitFor();
    await editor.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await screenshot(editor, 'oncall-schedule-editor', { fullPage: true });
    await desk.close();
  }, 90_000);

  it('[people]: adds a technician, lists staff and teams, and says what disabling does', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, ownerEmail, '/queue/open');
    await go(page, 'g p', 'People');
    await page.getByRole('button', { name: 'Add staff' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add staff' });
    await dialog.getByLabel('Name').fill('Priya Natarajan');
    await dialog.getByLabel('Email').fill('priya.natarajan@msp.example');
    await dialog.getByLabel('Tier').selectOption('2');
    await dialog.getByLabel('Password (optional)').fill('password');
    await dialog.getByRole('button', { name: 'Add staff' }).click();
    await dialog.locator('.field-invalid', { has: page.getByLabel('Password (optional)') }).locator('.field-error').waitFor();
    await dialog.getByLabel('Password (optional)').fill('');
    await dialog.getByRole('button', { name: 'Add staff' }).click();
    await page.getByText('can now sign in as priya.natarajan@msp.example').waitFor();
    await page.locator('.people-table tr', { hasText: 'Priya Natarajan' }).getByText('Tier 2 · Engineering').waitFor();
    await screenshot(page, 'people');

    await page.getByRole('link', { name: 'Priya Natarajan' }).first().click();
    await page.getByRole('heading', { name: 'Priya Natarajan', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Disable account' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Disable Priya Natarajan?' });
    await confirm.getByText('Tickets assigned to them stay assigned').waitFor();
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    expect(await confirm.count()).toBe(0);

    await page.goto(`${w.base}/setup/people?tab=teams`);
    await page.getByRole('form', { name: 'Team Service Desk' }).getByLabel('Lead (paged by “team lead” steps)').waitFor();
    expect(await page.getByRole('form', { name: 'Team Service Desk' }).getByLabel('Lead (paged by “team lead” steps)').locator('option:checked').textContent()).toBe('Lee Harrington');
    await context.close();
  }, 60_000);
});
