import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Business days and breaks in the set-up screens: a lunch break added to a calendar (its week
 * drawn without it before saving), a policy whose P2 is resolved by the end of the next business
 * day and whose warning falls an hour before due, tried in the try-it box, and a ticket of a client
 * under that policy showing the same due time and explanation as the API.
 */
describe('business days and breaks in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let office: { id: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    office = await ok(w.app, owner(w), 'POST', '/api/v1/calendars', {
      name: 'London office',
      timeZone: 'Europe/London',
      preset: 'business-hours',
      holidays: [{ country: 'GB', region: 'ENG' }],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  const hoursOf = (page: Page, day: string) => page.locator(`.week-grid tr[data-lane="calendar"] td[data-day="${day}"]`).getAttribute('data-hours');

  it('[calendars]: adds a lunch break, sees it leave the week, and is told beside the field when it ends before it starts', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, `/sla/calendars/${office.id}`);
    await page.getByRole('heading', { name: 'London office' }).waitFor();
    await page.locator('#week-date').fill('2026-04-01');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.week-grid td[data-day="thu"]')?.getAttribute('data-hours') === '09:00–17:00');

    await page.getByRole('button', { name: 'Lunch 12:00–13:00, Mon–Fri' }).click();
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.week-grid td[data-day="thu"]')?.getAttribute('data-hours') === '09:00–12:00, 13:00–17:00');
    expect(await hoursOf(page, 'fri')).toBe(''); // Good Friday stays closed

    // Ending before it starts: the API's message appears beside the break's end, before saving.
    const breakRow = page.locator('.break-row[data-break="0"]');
    await breakRow.getByRole('textbox', { name: 'to' }).fill('11:00');
    const error = breakRow.locator('.field-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('must end after it starts');
    await breakRow.getByRole('textbox', { name: 'to' }).fill('13:00');
    await error.waitFor({ state: 'detached' });
    // Not on Wednesdays: the week shows Wednesday whole again.
    await breakRow.getByRole('checkbox', { name: 'Wed' }).uncheck();
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.week-grid td[data-day="wed"]')?.getAttribute('data-hours') === '09:00–17:00');

    await page.getByRole('button', { name: 'Save calendar' }).click();
    await page.locator('.save-done').waitFor();
    const saved = await ok(w.app, owner(w), 'GET', `/api/v1/calendars/${office.id}`);
    expect(saved.breaks).toEqual([{ days: ['mon', 'tue', 'thu', 'fri'], start: '12:00', end: '13:00' }]);
    await screenshot(page, 'calendar-breaks');
    await context.close();
  }, 90_000);

  it('[policies]: writes a next-business-day target and a warning an hour before due, tries it, and a ticket gets that due time', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/sla/policies/new');
    await page.getByRole('heading', { name: 'New SLA policy' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Next business day');
    const cell = page.locator('td.target-cell').filter({ has: page.getByRole('combobox', { name: 'P2 Resolution unit' }) });
    await page.getByRole('textbox', { name: 'P2 Resolution', exact: true }).fill('1');
    await page.getByRole('combobox', { name: 'P2 Resolution unit' }).selectOption('end_of_day');
    await cell.locator('.muted', { hasText: 'next business day' }).waitFor();
    await page.getByRole('textbox', { name: 'P2 Resolution', exact: true }).fill('0');
    await page.getByRole('combobox', { name: 'P2 Resolution unit' }).selectOption('same_time');
    await page.getByRole('combobox', { name: 'Warn' }).selectOption('before');
    await page.getByRole('spinbutton', { name: 'Covered minutes before due' }).fill('60');

    // Zero business days at the same time would be due at once: refused, beside the field.
    await page.getByRole('button', { name: 'Create policy' }).click();
    await cell.locator('.field-error', { hasText: 'at least 1 business day' }).waitFor();
    await page.getByRole('textbox', { name: 'P2 Resolution', exact: true }).fill('1');
    await page.getByRole('combobox', { name: 'P2 Resolution unit' }).selectOption('end_of_day');
    await page.getByRole('textbox', { name: 'P2 Resolution', exact: true }).press('Enter');
    await page.getByRole('heading', { name: 'Next business day' }).waitFor();
    const policy = (await ok(w.app, owner(w), 'GET', '/api/v1/sla-policies')).items.find((p: { name: string }) => p.name === 'Next business day');
    expect(policy).toMatchObject({ warningBeforeMinutes: 60, targets: { P2: { firstResponse: 60, resolution: { businessDays: 1, dueAt: 'end_of_day' } } } });

    // Try it: a P2 at 16:30 on the Thursday before Easter is resolved by the end of the Tuesday after.
    const tryBox = page.locator('.try-it');
    await tryBox.getByRole('combobox', { name: 'Priority' }).selectOption('P2');
    await tryBox.getByLabel(/Local time/).fill('2026-04-02T16:30');
    await tryBox.getByRole('combobox', { name: 'Calendar' }).selectOption({ label: 'London office' });
    await tryBox.getByLabel(/Local time/).press('Enter');
    await tryBox.locator('.try-summary').waitFor();
    const answer = await ok(w.app, owner(w), 'POST', '/api/v1/sla-policies/try', { priority: 'P2', openedAt: '2026-04-02T16:30', calendarId: office.id, policyId: policy.id });
    const resolution = answer.clocks.find((c: { clock: string }) => c.clock === 'resolution');
    expect(resolution).toMatchObject({ dueAt: '2026-04-07T16:00:00.000Z', warnAt: '2026-04-07T15:00:00.000Z' });
    expect(await tryBox.locator('.try-summary').textContent()).toBe(answer.summary);
    expect(await tryBox.locator('.try-clock[data-clock="resolution"] .try-explanation').textContent()).toBe(resolution.explanation);
    expect(resolution.explanation).toContain('due at the end of the next business day, Tue 7 Apr 2026 17:00 GMT+1 in Europe/London');
    await screenshot(page, 'policy-business-days');

    // A client under the policy: its ticket's SLA panel shows the business-day target and the API's explanation.
    const b = w.app.world.b;
    await ok(w.app, owner(w), 'PATCH', `/api/v1/contracts/${w.sla.contractIds[1]}`, { slaPolicyId: policy.id, coverage: [{ calendarId: office.id }] });
    const ticket = await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: b.id, subject: 'New starter needs a laptop', priority: 'P2' });
    const sla = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/sla`);
    const clock = sla.clocks.find((c: { clock: string }) => c.clock === 'resolution');
    await page.goto(`${w.base}/tickets/${ticket.number}`);
    const tile = page.locator('.sla-clock[data-clock="resolution"]');
    await tile.locator('.sla-numbers', { hasText: 'next business day target' }).waitFor();
    expect(await tile.locator('.sla-explanation').textContent()).toBe(clock.explanation);
    await page.locator('.sla-panel-head', { hasText: 'warns 1 h before due' }).waitFor();
    await context.close();
  }, 90_000);
});
