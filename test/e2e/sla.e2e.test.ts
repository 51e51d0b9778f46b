import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atTime, launchChromium, newContext, ok, owner, runEngine, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * SLA clocks and paging in the console: clients under a round-the-clock contract, two tickets
 * whose first-response clock ran out before the test began, and an escalation policy that pages
 * the technician at once for business-critical P1 tickets, then the team lead, then the service
 * managers and whoever is on call.
 */
describe('SLA and paging in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let ladderTicket: { id: string; number: string };
  let quickTicket: { id: string; number: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const { app } = w;
    const { a, b, teamId } = app.world;
    await ok(app, owner(w), 'PATCH', `/api/v1/teams/${teamId}`, { leadUserId: w.lead.id });

    // Opened 2½ hours and 50 minutes ago: their first responses (P2: 1 h, P1: 15 min) are overdue.
    await atTime(w, Date.now() - 150 * MINUTE, () =>
      ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: b.id, contactId: b.otherContactId, siteId: b.siteId, subject: 'Email server rejecting mail from the bank', priority: 'P2', channel: 'email', teamId }),
    );
    await atTime(w, Date.now() - 50 * MINUTE, () =>
      ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.otherContactId, siteId: a.siteId, subject: 'Card terminal offline at reception', priority: 'P1', channel: 'portal', teamId, assigneeId: w.lead.id }),
    );
    // Breached three days ago and never dealt with: it belongs under old breaches, not at the top.
    await atTime(w, Date.now() - 3 * DAY, () =>
      ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: b.id, contactId: b.contactId, siteId: b.siteId, subject: 'Warehouse scanner lost its licence', priority: 'P1', channel: 'email', teamId }),
    );
    // Waited on the client after 24 seconds, answered 65 seconds later: met after 1 min, paused 1 min.
    const asked = Date.now() - 20 * MINUTE;
    const quick = await atTime(w, asked, () =>
      ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.contactId, siteId: a.siteId, subject: 'Which Wi-Fi for the waiting room?', priority: 'P1', channel: 'portal', teamId }),
    );
    await atTime(w, asked + 0.4 * MINUTE, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${quick.id}`, { status: 'waiting_on_client' }));
    await atTime(w, asked + 1.48 * MINUTE, () => ok(app, owner(w), 'POST', `/api/v1/tickets/${quick.id}/messages`, { kind: 'reply', body: 'It is “Alder-Guest”; the password is on the reception desk.' }));
    quickTicket = quick;
    await runEngine(w); // the breaches are recorded on the tickets

    const schedule = await ok(app, owner(w), 'POST', '/api/v1/oncall/schedules', {
      name: 'Service desk rota',
      timeZone: 'Europe/London',
      layers: [{ participants: [w.tech.id, w.lead.id], shiftLength: 1, shiftUnit: 'days', handoffTime: '08:00', anchorDate: '2026-01-05' }],
    });
    await ok(app, owner(w), 'POST', `/api/v1/users/${w.tech.id}/contact-methods`, { method: 'sms', address: '+13125550100', delayMinutes: 0 });
    await ok(app, owner(w), 'POST', `/api/v1/users/${w.tech.id}/contact-methods`, { method: 'voice', address: '+13125550100', delayMinutes: 5 });
    await ok(app, owner(w), 'POST', '/api/v1/escalation-policies', {
      name: 'Business-critical outage',
      match: { trigger: 'created', priorities: ['P1'], businessCritical: true },
      steps: [
        { delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'user', userId: w.tech.id }] },
        { delayMinutes: 10, delayKind: 'wall', targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 30, delayKind: 'wall', targets: [{ type: 'role', role: 'service_manager' }, { type: 'schedule', scheduleId: schedule.id }] },
      ],
    });
    // Raised by monitoring four minutes ago; the engine paged step 1 moments later.
    const opened = Date.now() - 4 * MINUTE;
    ladderTicket = await atTime(w, opened, () => ok(app, owner(w), 'POST', '/api/v1/tickets', {
      organizationId: a.id,
      contactId: a.contactId,
      siteId: a.siteId,
      subject: 'Practice server down: no appointments loading',
      priority: 'P1',
      businessCritical: true,
      channel: 'alert',
      teamId,
      assigneeId: w.tech.id,
    }));
    await atTime(w, opened + 15_000, () => runEngine(w)); // step 1 pages the technician
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[at-risk]: orders the queue by the nearest SLA due time, breached first', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/queue/open');
    await page.getByRole('heading', { name: 'All open tickets' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await page.getByRole('heading', { name: 'At risk' }).waitFor();
    await page.locator('.ticket-row').first().waitFor();

    const dayAgo = new Date(Date.now() - DAY).toISOString();
    const api = await ok(w.app, owner(w), 'GET', `/api/v1/tickets?sort=due&status=new,open&limit=50&dueAfter=${encodeURIComponent(dayAgo)}`);
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('.ticket-row').length === n, api.items.length);
    const rows = await page.locator('.ticket-row').evaluateAll((els) => els.map((el) => ({ number: el.getAttribute('data-ticket'), due: el.getAttribute('data-due'), text: el.textContent })));
    const dues = rows.map((r) => Date.parse(r.due!));
    expect(dues.every((d) => Number.isFinite(d))).toBe(true);
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
    expect(rows.map((r) => r.number)).toEqual(api.items.map((t: { number: string }) => t.number));
    // The two overdue tickets lead, each with a "breached" badge; paused (waiting) tickets are not here.
    expect(rows[0].text).toContain('Email server rejecting mail');
    expect(rows[1].text).toContain('Card terminal offline');
    expect(await page.locator('.ticket-row').nth(0).locator('.due-breached').textContent()).toMatch(/^Breached 1 h 3[01] min ago$/);
    expect(await page.locator('.ticket-row').nth(1).locator('.due-breached').count()).toBe(1);
    expect(await page.locator('.ticket-row').nth(2).locator('.due-breached').count()).toBe(0);
    expect(rows.some((r) => r.text?.includes('VPN drops'))).toBe(false);
    expect(rows.some((r) => r.text?.includes('Warehouse scanner'))).toBe(false);
    // The header and the navigation give the same numbers: the whole list, and what needs attention now.
    const [all, attention] = (await ok(w.app, owner(w), 'POST', '/api/v1/tickets/counts', { queries: [
      { status: 'new,open', sort: 'due', dueAfter: dayAgo },
      { status: 'new,open', sort: 'due', dueAfter: dayAgo, dueBefore: new Date(Date.now() + 60 * MINUTE).toISOString() },
    ] })).counts;
    expect(all).toBe(api.items.length);
    await page.locator('.queue-total', { hasText: `${all} tickets with a running SLA clock` }).waitFor();
    await page.locator('.sidenav-link[href="/queue/at-risk"] .nav-count', { hasText: String(attention) }).waitFor();
    await page.locator('.risk-count', { hasText: `${attention} breached or due within the hour` }).waitFor();
    await screenshot(page, 'at-risk-queue');

    // Older breaches have their own queue, and its header agrees with its badge.
    await page.keyboard.press('g');
    await page.keyboard.press('b');
    await page.getByRole('heading', { name: 'Breached over a day ago' }).waitFor();
    await page.locator('.ticket-row', { hasText: 'Warehouse scanner lost its licence' }).waitFor();
    expect(await page.locator('.ticket-row').count()).toBe(1);
    await page.locator('.queue-total', { hasText: '1 ticket whose SLA clock ran out over a day ago' }).waitFor();
    await page.locator('.sidenav-link[href="/queue/old-breaches"] .nav-count', { hasText: '1' }).waitFor();

    // Unassigned is the API's own filter now: exactly the open tickets nobody owns.
    await page.keyboard.press('g');
    await page.keyboard.press('u');
    await page.getByRole('heading', { name: 'Unassigned tickets' }).waitFor();
    const unassigned = await ok(w.app, owner(w), 'GET', '/api/v1/tickets?assigneeId=none&status=new,open,waiting_on_client,waiting_on_vendor');
    await page.waitForFunction((n) => (globalThis as any).document.querySelectorAll('.ticket-row').length === n, unassigned.items.length);
    expect(await page.locator('.ticket-row', { hasText: 'Email server rejecting mail' }).count()).toBe(1);
    await context.close();
  }, 60_000);

  it('[sla]: the SLA panel explains each clock with its due countdown, beside who was paged and why', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ladderTicket.number}`);
    await page.getByRole('heading', { name: 'Practice server down: no appointments loading' }).waitFor();

    const sla = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ladderTicket.id}/sla`);
    const response = sla.clocks.find((c: { clock: string }) => c.clock === 'first_response');
    const tile = page.locator('.sla-clock[data-clock="first_response"]');
    await tile.waitFor();
    expect(await tile.locator('.sla-clock-name').textContent()).toBe('First response');
    expect(await tile.locator('.sla-explanation').textContent()).toBe(response.explanation);
    expect(response.explanation).toMatch(/^First response: P1, calendar Round the clock, 15 min target; .* so due /);
    expect(await tile.locator('.due').textContent()).toMatch(/^Due in 1[01] min$/);
    expect(await tile.locator('.sla-due').textContent()).toBe(`Due ${response.dueAtLocal}`);
    expect(await page.locator('.sla-clock[data-clock="resolution"] .sla-explanation').textContent()).toContain('4 h target');

    // Why was I paged: step 1 named the technician, by SMS now and a voice call if still unanswered.
    const panel = page.locator('.escalation-panel');
    await panel.locator('.ladder-state', { hasText: 'Paging' }).waitFor();
    await panel.locator('.paged-people li', { hasText: 'Tina Okafor — named in the policy' }).waitFor();
    expect(await panel.locator('.page-chip').allTextContents()).toEqual(['SMS queued', 'Voice call queued']);
    expect(await panel.locator('.step-next-at').textContent()).toMatch(/^Pages in [56] min/);
    await panel.getByText('The service managers and whoever is on call on Service desk rota').waitFor();
    await page.locator('.tl-event', { hasText: 'paged Tina Okafor (step 1 of “Business-critical outage”)' }).waitFor();
    await screenshot(page, 'ticket-sla-escalation');

    // An overdue ticket says so, in the panel and in its history.
    await page.goto(`${w.base}/search?q=${encodeURIComponent('bank')}`);
    await page.locator('.ticket-row', { hasText: 'Email server rejecting mail' }).click();
    const breached = page.locator('.sla-clock[data-clock="first_response"]');
    await breached.locator('.due-breached').waitFor();
    expect(await breached.locator('.sla-explanation').textContent()).toMatch(/so due .* — breached\.$/);
    await page.locator('.tl-event', { hasText: 'recorded an SLA breach: first response was due' }).waitFor();

    // The panel rounds minutes by the API's rule: 0.4 min used reads 1 min, 1.08 min paused reads 1 min.
    await page.goto(`${w.base}/tickets/${quickTicket.number}`);
    const met = page.locator('.sla-clock[data-clock="first_response"]');
    await met.locator('.sla-state-met').waitFor();
    const clock = (await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${quickTicket.id}/sla`)).clocks.find((c: { clock: string }) => c.clock === 'first_response');
    expect(clock).toMatchObject({ status: 'met', elapsedMinutes: 0.4, pausedMinutes: 1.08 });
    expect(clock.explanation).toContain('after 1 min, paused 1 min waiting.');
    expect(await met.locator('.sla-numbers').textContent()).toMatch(/^Met after 1 min of 15 min · paused 1 min · P1/);
    await context.close();
  }, 60_000);

  it('[paging]: acknowledges a page with one tap from a phone-sized viewport', async () => {
    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ladderTicket.number}`);
    await page.getByRole('heading', { name: 'Practice server down: no appointments loading' }).waitFor();
    const ack = page.getByRole('button', { name: 'Acknowledge' });
    await ack.waitFor();
    // Large, full-width and on the first screen: no scrolling, no hunting for it.
    const box = (await ack.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(56);
    expect(box.width).toBeGreaterThanOrEqual(320);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await page.getByText('Paging Tina Okafor').waitFor();
    const overflow = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth - (globalThis as any).document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-acknowledge');

    await ack.tap();
    await page.locator('.ladder-ack', { hasText: 'Acknowledged by Tina Okafor' }).waitFor();
    expect(await page.getByRole('button', { name: 'Acknowledge' }).count()).toBe(0);

    const escalations = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ladderTicket.id}/escalations`);
    expect(escalations.items).toEqual([expect.objectContaining({ state: 'acknowledged', acknowledgedBy: w.tech.id, nextStep: null, nextStepAt: null })]);
    // The voice call still waiting on its delay is withdrawn; nothing further will page.
    expect(escalations.notifications.find((n: { method: string }) => n.method === 'voice').status).toBe('cancelled');
    await context.close();
  }, 60_000);

  it('[paging]: escalates an acknowledged ladder to a chosen step', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, `/tickets/${ladderTicket.number}`);
    const panel = page.locator('.escalation-panel');
    await panel.locator('.ladder-state', { hasText: 'Acknowledged' }).waitFor();
    await panel.getByLabel('Step to escalate to').selectOption('2');
    await panel.getByRole('button', { name: 'Escalate to step 2' }).click();
    await panel.locator('.ladder-state', { hasText: 'Paging' }).waitFor();
    // The step's live event refreshes the panel, and so does its page's delivery: no reload, and
    // sooner than the 15 seconds the panel used to poll at (a bound for a loaded machine, not a speed test).
    await runEngine(w);
    const paged = panel.locator('.paged-people li', { hasText: 'Lee Harrington — lead of the ticket’s team' });
    await paged.waitFor({ timeout: 8_000 });
    await w.app.sb.delivery!.runOnce();
    await paged.locator('.page-chip', { hasText: /^Email (sent|failed)/ }).waitFor({ timeout: 8_000 });
    const escalations = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ladderTicket.id}/escalations`);
    expect(escalations.items[0]).toMatchObject({ state: 'active', nextStep: 3 });
    expect(escalations.notifications.filter((n: { step: number }) => n.step === 2).map((n: { recipientUserId: string }) => n.recipientUserId)).toEqual([w.lead.id]);
    await context.close();
  }, 60_000);
});
