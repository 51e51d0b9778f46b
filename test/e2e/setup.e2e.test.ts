import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Setting up an MSP in the browser: a new client (with its country) with a site and two contacts
 * whose numbers are stored in E.164, a contract with its term whose coverage shows as a covered
 * week before it is saved, a calendar edited with its week and the "try it" box, and a client
 * archived and restored — as a service manager, from the keyboard where it counts.
 */
describe('setting up clients, contracts and calendars in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let publisher: { id: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    publisher = await ok(w.app, owner(w), 'POST', '/api/v1/calendars', {
      name: 'Publisher weekend',
      timeZone: 'Europe/London',
      windows: [{ startDay: 'fri', startTime: '18:00', endDay: 'sun', endTime: '23:59' }],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  /** The hours a lane of the week grid shows on a weekday, as the page lists them. */
  const hoursOf = (page: Page, lane: string, day: string) => page.locator(`.week-grid tr[data-lane="${lane}"] td[data-day="${day}"]`).getAttribute('data-hours');

  it('[clients]: creates a client with a site and two contacts, gives it a contract with coverage and sees the covered week', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/queue/open');
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await page.getByRole('heading', { name: 'Clients' }).waitFor();
    await page.locator('tr[data-client="Alder Dental Group"]').waitFor();
    expect(await page.locator('tr[data-client="Alder Dental Group"] td.num').first().textContent()).toBe(String((await ok(w.app, owner(w), 'GET', '/api/v1/client-overview')).items.find((c: { name: string }) => c.name === 'Alder Dental Group').openTickets));
    await screenshot(page, 'clients-list');

    // The new client, from the keyboard: the dialog opens on its first field, Enter saves it.
    await page.getByRole('button', { name: 'New client' }).click();
    const name = page.getByRole('textbox', { name: 'Name' });
    await focused(name);
    await page.keyboard.type('Harbour Press');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/London');
    // Left alone, the country would be the time zone's, as the API's list says; it is set here.
    const country = page.getByRole('combobox', { name: 'Country' });
    await country.locator('option[value=""]', { hasText: 'From the time zone: United Kingdom (GB)' }).waitFor({ state: 'attached' });
    expect((await ok(w.app, owner(w), 'GET', '/api/v1/phone-countries')).timeZones['Europe/London']).toBe('GB');
    await country.selectOption('GB');
    expect(await country.locator('option:checked').textContent()).toBe('United Kingdom (GB, +44)');
    // The main number, read in that country like the contacts' numbers: one too short for the UK is named beside the field.
    const mainNumber = page.getByRole('textbox', { name: 'Main number' });
    await mainNumber.fill('0117 49');
    await page.getByRole('textbox', { name: 'Industry' }).fill('Publishing');
    await page.keyboard.press('Enter');
    const mainNumberError = page.locator('div.field', { has: mainNumber }).locator('.field-error');
    await mainNumberError.waitFor();
    expect(await mainNumberError.textContent()).toBe('0117 49 is not a possible phone number in GB');
    await mainNumber.fill('0117 496 0000');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Harbour Press' }).waitFor();
    const client = (await ok(w.app, owner(w), 'GET', '/api/v1/organizations?q=Harbour')).items[0];
    expect(client).toMatchObject({ name: 'Harbour Press', timeZone: 'Europe/London', country: 'GB', industry: 'Publishing', mainPhone: { number: '+441174960000', extension: '' } });
    expect(await page.locator('.page-sub').textContent()).toContain('Country United Kingdom');
    expect(await page.locator('.page-sub a[href="tel:+441174960000"]').textContent()).toBe('+441174960000');

    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('textbox', { name: 'Site name' }).fill('Print works');
    await page.getByRole('textbox', { name: 'Address' }).fill('3 Quay Street, Bristol');
    await page.getByRole('button', { name: 'Add site', exact: true }).last().click();
    await page.locator('li[data-site="Print works"]').waitFor();

    // A contact whose email is wrong: the API's message shows beside the field; fixed, it saves.
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Priya Nair');
    await page.getByRole('textbox', { name: 'Job title' }).fill('Managing Editor');
    await page.getByRole('textbox', { name: 'Number 1' }).fill('+44 117 496 0123 x204');
    await page.getByRole('textbox', { name: 'Email 1' }).fill('priya.nair@harbour');
    await page.getByRole('button', { name: 'Add contact', exact: true }).last().click();
    const emailError = page.locator('.field', { has: page.getByRole('textbox', { name: 'Email 1' }) }).locator('.field-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/email/i);
    await page.getByRole('textbox', { name: 'Email 1' }).fill('priya.nair@harbourpress.example');
    await page.getByRole('button', { name: 'Add contact', exact: true }).last().click();
    await page.locator('li[data-contact="Priya Nair"]').waitFor();

    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Tom Okoro');
    await page.getByRole('combobox', { name: 'Works at' }).selectOption('home');
    // Number 1 stays empty and is not sent: the API's complaint about the first number it got
    // (/phones/0/number) belongs beside Number 2, where it was typed — too short for a UK number.
    await page.getByRole('button', { name: 'Add a number' }).click();
    await page.getByRole('textbox', { name: 'Number 2' }).fill('0117 49');
    await page.getByRole('textbox', { name: 'Email 1' }).fill('tom.okoro@harbourpress.example');
    await page.getByRole('button', { name: 'Add contact', exact: true }).last().click();
    const numberError = page.locator('div.field', { has: page.getByRole('textbox', { name: 'Number 2' }) }).locator('.field-error');
    await numberError.waitFor();
    expect(await numberError.textContent()).toBe('0117 49 is not a possible phone number in GB');
    expect(await page.locator('div.field', { has: page.getByRole('textbox', { name: 'Number 1' }) }).locator('.field-error').count()).toBe(0);
    // A national number, as dialled in the UK: stored in E.164.
    await page.getByRole('textbox', { name: 'Number 2' }).fill('07700 900123');
    await page.getByRole('button', { name: 'Add contact', exact: true }).last().click();
    await page.locator('li[data-contact="Tom Okoro"]').waitFor();
    expect(await page.locator('li[data-contact="Tom Okoro"]').textContent()).toContain('Works from home');
    expect(await page.locator('li[data-contact="Tom Okoro"] [data-phone] a').textContent()).toBe('+447700900123');
    expect(await page.locator('li[data-contact="Priya Nair"] [data-phone] a').textContent()).toBe('+441174960123 ext. 204');
    expect(await page.locator('li[data-contact="Priya Nair"] [data-phone] a').getAttribute('href')).toBe('tel:+441174960123;ext=204');
    // Edited, a number comes back with its extension, so saving keeps it.
    await page.getByRole('button', { name: 'Edit Priya Nair' }).click();
    expect(await page.getByRole('textbox', { name: 'Number 1' }).inputValue()).toBe('+441174960123 ext. 204');
    await page.getByRole('textbox', { name: 'Job title' }).fill('Editor in Chief');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await page.locator('li[data-contact="Priya Nair"]', { hasText: 'Editor in Chief' }).waitFor();
    const contacts = (await ok(w.app, owner(w), 'GET', `/api/v1/contacts?organizationId=${client.id}`)).items;
    expect(contacts.map((c: { name: string; workLocation: string; emails: string[]; phones: { number: string; extension: string }[] }) => [c.name, c.workLocation, c.emails, c.phones.map((p) => [p.number, p.extension])])).toEqual([
      ['Priya Nair', 'site', ['priya.nair@harbourpress.example'], [['+441174960123', '204']]],
      ['Tom Okoro', 'home', ['tom.okoro@harbourpress.example'], [['+447700900123', '']]],
    ]);

    // Edited, the main number comes back as stored; a new one with an extension is read in the client's country too.
    await page.getByRole('button', { name: 'Edit client' }).click();
    expect(await page.getByRole('textbox', { name: 'Main number' }).inputValue()).toBe('+441174960000');
    await page.getByRole('textbox', { name: 'Main number' }).fill('0117 496 0001 ext. 12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.page-sub a[href="tel:+441174960001;ext=12"]').waitFor();
    expect((await ok(w.app, owner(w), 'GET', `/api/v1/organizations/${client.id}`)).mainPhone).toEqual({ number: '+441174960001', extension: '12' });

    // The contract: P1 at the print works round the clock, everything else the publisher's weekend.
    await page.getByRole('button', { name: 'New contract' }).click();
    const editor = page.locator('.contract-editor');
    await editor.getByRole('textbox', { name: 'Contract name' }).fill('Harbour Press weekend cover');
    expect(await editor.locator('.contract-term .field-hint').first().textContent()).toContain('Only tickets opened within the term');
    await editor.getByLabel('First day').fill('2026-01-01');
    await editor.getByLabel('Last day').fill('2026-12-31');
    await editor.getByRole('combobox', { name: 'Rule 1 calendar' }).selectOption({ label: 'Round the clock (Europe/London)' });
    await editor.locator('li[data-rule="0"]').getByRole('checkbox', { name: 'P1' }).check();
    await editor.locator('li[data-rule="0"]').getByRole('checkbox', { name: 'Print works' }).check();
    await editor.getByRole('button', { name: 'Add a rule' }).click();
    await editor.getByRole('combobox', { name: 'Rule 2 calendar' }).selectOption({ label: 'Publisher weekend (Europe/London)' });
    await editor.locator('#week-date').fill('2026-06-10');
    // The preview follows the edits a moment later. A P1 without a site falls to rule 2; at the print works, rule 1.
    await page.locator('.week-grid tr[data-lane="P1"] .week-lane-sub', { hasText: 'rule 2: Publisher weekend' }).waitFor();
    await editor.getByRole('combobox', { name: 'Show the coverage of a ticket at' }).selectOption({ label: 'at Print works' });
    await page.locator('.week-grid tr[data-lane="P1"] .week-lane-sub', { hasText: 'rule 1: Round the clock' }).waitFor();
    await page.locator('.week-grid tr[data-lane="P2"] .week-lane-sub', { hasText: 'rule 2: Publisher weekend' }).waitFor();
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.week-preview')?.getAttribute('aria-busy') === 'false');
    expect(await hoursOf(page, 'P2', 'fri')).toBe('18:00–24:00');
    expect(await hoursOf(page, 'P1', 'wed')).toBe('00:00–24:00');
    expect(await hoursOf(page, 'P2', 'wed')).toBe('');
    expect(await hoursOf(page, 'P3', 'sat')).toBe('00:00–24:00');
    expect(await hoursOf(page, 'P4', 'sun')).toBe('00:00–23:59');
    // The same week, straight from the API: the page draws what it was told.
    const site = (await ok(w.app, owner(w), 'GET', `/api/v1/sites?organizationId=${client.id}`)).items[0];
    const coverage = [{ calendarId: w.sla.calendarId, priorities: ['P1'], siteIds: [site.id] }, { calendarId: publisher.id }];
    const week = await ok(w.app, owner(w), 'POST', '/api/v1/contracts/week', { organizationId: client.id, week: '2026-06-10', coverage });
    expect(week.calendars[1].segments.map((s: { startLocal: string; endLocal: string }) => `${s.startLocal}–${s.endLocal}`)).toEqual(['18:00–24:00', '00:00–24:00', '00:00–23:59']);
    // Below the top bar, which stays on screen.
    await page.evaluate(() => (globalThis as any).window.scrollTo(0, (globalThis as any).document.querySelector('.contracts-section').getBoundingClientRect().top + (globalThis as any).window.scrollY - 64));
    await screenshot(page, 'client-contract-coverage');

    // A last day before the first: the API's message shows beside the last day; corrected, it saves.
    await editor.getByLabel('Last day').fill('2025-12-31');
    await editor.getByRole('button', { name: 'Add contract' }).click();
    const endError = editor.locator('div.field', { has: page.getByLabel('Last day') }).locator('.field-error');
    await endError.waitFor();
    expect(await endError.textContent()).toBe('The contract ends before it starts');
    await editor.getByLabel('Last day').fill('2026-12-31');
    await editor.getByRole('button', { name: 'Add contract' }).click();
    await page.locator('li[data-contract="Harbour Press weekend cover"]', { hasText: 'Active' }).waitFor();
    const [contract] = (await ok(w.app, owner(w), 'GET', `/api/v1/contracts?organizationId=${client.id}`)).items;
    // Whole days in London: from midnight on 1 January to midnight after 31 December.
    expect(contract).toMatchObject({ kind: 'managed', active: true, coverage, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2027-01-01T00:00:00.000Z' });
    expect(await page.locator('li[data-contract="Harbour Press weekend cover"] .contract-term-text').textContent()).toBe('Covers tickets opened 1 Jan 2026 to 31 Dec 2026');
    await screenshot(page, 'client-page');
    await context.close();
  }, 90_000);

  it('[calendars]: edits a calendar’s hours and holidays, sees the week, and tries a P2 in the try-it box', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/queue/open');
    await page.keyboard.press('g');
    await page.keyboard.press('h');
    await page.getByRole('heading', { name: 'Calendars and SLA policies' }).waitFor();
    await page.locator('tr[data-calendar="Publisher weekend"]').waitFor();
    await screenshot(page, 'sla-setup');

    await page.getByRole('link', { name: 'New calendar' }).click();
    await page.getByRole('heading', { name: 'New calendar' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('London office');
    await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/London');
    await page.getByRole('button', { name: 'Office hours (Mon–Fri 09–17)' }).click();
    await page.locator('#week-date').fill('2026-04-01');
    await page.waitForFunction(() => (globalThis as any).document.querySelector('.week-grid td[data-day="fri"]')?.getAttribute('data-hours') === '09:00–17:00');

    // A window that ends before it starts: the API's message appears beside that field, before saving.
    await page.getByRole('textbox', { name: 'at' }).nth(1).fill('08:00');
    const windowError = page.locator('.window-row[data-window="0"] .field-error');
    await windowError.waitFor();
    expect(await windowError.textContent()).toContain('ends at or before its start');
    await page.getByRole('textbox', { name: 'at' }).nth(1).fill('17:00');
    await windowError.waitFor({ state: 'detached' });

    // England's bank holidays: Good Friday closes, and says so.
    await page.getByRole('button', { name: 'Add a country’s holidays' }).click();
    await page.getByRole('combobox', { name: 'Country 1' }).selectOption('GB');
    await page.getByRole('combobox', { name: 'Region' }).selectOption('ENG');
    await page.locator('.week-note', { hasText: 'Closed: Good Friday (GB-ENG)' }).waitFor();
    expect(await hoursOf(page, 'calendar', 'fri')).toBe('');
    expect(await hoursOf(page, 'calendar', 'thu')).toBe('09:00–17:00');
    await page.getByRole('button', { name: 'Create calendar' }).click();
    await page.getByRole('heading', { name: 'London office' }).waitFor();
    const saved = (await ok(w.app, owner(w), 'GET', '/api/v1/calendars')).items.find((c: { name: string }) => c.name === 'London office');
    expect(saved).toMatchObject({ timeZone: 'Europe/London', holidays: [{ country: 'GB', region: 'ENG' }] });
    expect(saved.windows).toHaveLength(5);

    await page.locator('#week-date').fill('2026-04-01');
    await page.locator('.week-note', { hasText: 'Closed: Good Friday (GB-ENG)' }).waitFor();

    // Try it: a P2 at 16:30 on the Thursday before Easter waits out Good Friday, the weekend and Easter Monday.
    const tryBox = page.locator('.try-it');
    await tryBox.getByRole('combobox', { name: 'Priority' }).selectOption('P2');
    await tryBox.getByLabel(/Local time/).fill('2026-04-02T16:30');
    await tryBox.getByRole('combobox', { name: 'SLA policy' }).selectOption({ label: 'Managed service standard' });
    await tryBox.getByLabel(/Local time/).press('Enter');
    const answer = await ok(w.app, owner(w), 'POST', '/api/v1/sla-policies/try', { priority: 'P2', openedAt: '2026-04-02T16:30', calendarId: saved.id, policyId: w.sla.policyId });
    await tryBox.locator('.try-summary').waitFor();
    expect(await tryBox.locator('.try-summary').textContent()).toBe(answer.summary);
    expect(answer.clocks[0].dueAt).toBe('2026-04-07T08:30:00.000Z');
    expect(await tryBox.locator('.try-clock[data-clock="first_response"] .try-due').textContent()).toBe(answer.clocks[0].dueAtLocal);
    expect(await tryBox.locator('.try-clock[data-clock="first_response"] .try-explanation').textContent()).toBe(answer.clocks[0].explanation);
    await screenshot(page, 'calendar-try-it');
    await context.close();
  }, 90_000);

  it('[clients]: archives a client, saying what happens to its tickets, and restores it', async () => {
    const { a } = w.app.world;
    const open = (await ok(w.app, owner(w), 'POST', '/api/v1/tickets/counts', { queries: [{ organizationId: a.id, status: 'new,open,waiting_on_client,waiting_on_vendor' }] })).counts[0];
    expect(open).toBeGreaterThan(0);
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, `/clients/${a.id}`);
    await page.getByRole('heading', { name: 'Alder Dental Group' }).waitFor();
    await page.getByRole('button', { name: 'Archive Alder Dental Group' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Archive Alder Dental Group?' });
    await dialog.locator('.open-count', { hasText: `open tickets (${open})` }).waitFor();
    expect(await dialog.textContent()).toContain('stay open and keep their SLA clocks');
    // The safe answer has the focus: Enter right away archives nothing.
    await focused(dialog.getByRole('button', { name: 'Keep it' }));
    await screenshot(page, 'client-archive-confirm');
    // Escape keeps everything as it was.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await ok(w.app, owner(w), 'GET', `/api/v1/organizations/${a.id}`)).archivedAt).toBeNull();

    await page.getByRole('button', { name: 'Archive Alder Dental Group' }).click();
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.locator('.notice', { hasText: 'Its tickets are kept; no new ones can be opened for it' }).waitFor();
    const refused = await w.app.call(owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, subject: 'After archiving' });
    expect(refused.body.code).toBe('organization_archived');
    expect((await ok(w.app, owner(w), 'POST', '/api/v1/tickets/counts', { queries: [{ organizationId: a.id, status: 'new,open,waiting_on_client,waiting_on_vendor' }] })).counts[0]).toBe(open);

    // Gone from the list and from a new call's clients; back with "Show archived".
    await page.keyboard.press('g');
    await page.keyboard.press('l');
    await page.locator('tr[data-client="Birch Logistics"]').waitFor();
    expect(await page.locator('tr[data-client="Alder Dental Group"]').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show archived clients' }).check();
    await page.locator('tr[data-client="Alder Dental Group"]', { hasText: 'Archived' }).waitFor();
    await page.goto(`${w.base}/calls/new`);
    await page.getByLabel('Client').waitFor();
    expect(await page.getByLabel('Client').locator('option', { hasText: 'Alder Dental Group' }).count()).toBe(0);

    await page.goto(`${w.base}/clients/${a.id}`);
    await page.getByRole('button', { name: 'Restore Alder Dental Group' }).click();
    await page.getByRole('button', { name: 'Archive Alder Dental Group' }).waitFor();
    expect((await ok(w.app, owner(w), 'GET', `/api/v1/organizations/${a.id}`)).archivedAt).toBeNull();
    expect((await w.app.call(owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, subject: 'After restoring' })).status).toBe(201);
    await context.close();
  }, 60_000);
});
