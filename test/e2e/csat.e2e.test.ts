import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { atTime, launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

const DAY = 86_400_000;

/**
 * Client satisfaction end to end: a client rates a resolved request in the portal, and the owner
 * sees the rating in the reports' CSAT section. A few weeks of earlier ratings, given through the
 * API on the server's clock moved back, fill the chart.
 */
describe('client satisfaction in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let resolved: { id: string; number: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const { app } = w;
    const { a, b, teamId } = app.world;
    await ok(app, owner(w), 'PATCH', `/api/v1/users/${app.world.staffIds.owner}`, { password: PASSWORD });
    // Earlier ratings: Tina's mostly good, Lee's mixed, over the last three weeks.
    const history: [org: typeof a, assignee: string, rating: string, daysAgo: number][] = [
      [a, w.tech.id, 'good', 20], [b, w.tech.id, 'good', 18], [a, w.lead.id, 'okay', 16], [b, w.lead.id, 'bad', 12],
      [a, w.tech.id, 'good', 9], [b, w.lead.id, 'good', 6], [a, w.tech.id, 'okay', 4], [b, w.tech.id, 'good', 2],
    ];
    for (const [org, assigneeId, rating, daysAgo] of history) {
      const at = Date.now() - daysAgo * DAY;
      const ticket = await atTime(w, at, () => ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: org.id, contactId: org.contactId, subject: 'Mailbox over quota', teamId, assigneeId }));
      await atTime(w, at + 3_600_000, () => ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' }));
      await atTime(w, at + 7_200_000, () => ok(app, org.clientUserToken, 'PUT', `/api/v1/tickets/${ticket.id}/rating`, { rating }));
    }
    const ticket = await ok(app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.contactId, subject: 'Scanner in surgery 3 not sending to email', teamId, assigneeId: w.tech.id });
    await ok(app, w.app.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'The scanner’s mail password had expired; it is renewed and a test scan arrived.' });
    await ok(app, owner(w), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
    resolved = { id: ticket.id, number: ticket.number };
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[csat]: a client rates a resolved request in the portal and the owner sees it in the CSAT report', async () => {
    const client = await newContext(browser);
    const portal = await client.newPage();
    await signIn(portal, w.base, w.clientA.email, `/portal/tickets/${resolved.number}`);
    await portal.getByRole('heading', { name: 'Scanner in surgery 3 not sending to email' }).waitFor();
    const card = portal.locator('.rating-card');
    await card.getByRole('heading', { name: 'How did we do?' }).waitFor();
    await card.getByLabel('Comment (optional)').fill('Fixed within the hour, thank you!');
    await card.getByRole('button', { name: 'Good' }).click();
    await card.getByText('You rated this “good”').waitFor();
    expect(await card.getByRole('button', { name: 'Good' }).getAttribute('aria-pressed')).toBe('true');
    await card.scrollIntoViewIfNeeded();
    await screenshot(portal, 'csat-portal');
    await client.close();

    const rating = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${resolved.id}/rating`);
    expect(rating).toMatchObject({ rating: 'good', comment: 'Fixed within the hour, thank you!' });

    const desk = await newContext(browser);
    const page = await desk.newPage();
    await signIn(page, w.base, 'owner@msp.example', '/reports?period=30d');
    const section = page.locator('.csat-report');
    const tina = section.locator('.bar-row[data-label="Tina Okafor"]');
    await tina.waitFor();
    // Tina: good, good, good, okay, good before, and this one good: 5 of 6.
    await expect.poll(() => tina.locator('.bar-detail').textContent()).toBe('5 good · 1 okay · 0 bad');
    expect(await tina.locator('.bar-value strong').textContent()).toBe('83.3%');
    await section.getByRole('button', { name: 'Client' }).click();
    await section.locator('.bar-row[data-label="Alder Dental Group"]').waitFor();
    await section.getByRole('button', { name: 'Technician' }).click();
    await tina.waitFor();
    // The section at the top of the window, below the fixed bar.
    await page.evaluate(() => {
      const w = globalThis as any;
      w.scrollTo(0, w.document.querySelector('.csat-report').getBoundingClientRect().top + w.scrollY - 68);
    });
    await screenshot(page, 'csat-report');
    await desk.close();
  });
});
