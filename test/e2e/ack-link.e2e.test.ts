import net from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../api/endpoints.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { FakeSmtp } from '../support/fake-smtp.js';
import { launchChromium, newContext, ok, screenshot } from './support.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * The one-tap link of a page, as the person paged meets it: in an email on their phone. Opening it
 * shows the ticket and the ladder; only the button acknowledges.
 */
describe('the acknowledge link in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const smtp = new FakeSmtp();

  beforeAll(async () => {
    const port = await freePort();
    const smtpUrl = new URL(await smtp.start());
    [browser, app] = await Promise.all([launchChromium(), startTestApp('sqlite', { 'secret-key': 'an-e2e-secret-that-is-long-enough-42', 'public-url': `http://127.0.0.1:${port}`, 'ticket-prefix': 'HD' })]);
    await app.sb.app.listen({ host: '127.0.0.1', port });
    const owner = app.world.tokens.owner;
    const { a, teamId, staffIds } = app.world;
    await ok(app, owner, 'PATCH', `/api/v1/organizations/${a.id}`, { name: 'Whitfield & Crane LLP' });
    await ok(app, owner, 'PATCH', `/api/v1/users/${staffIds.admin}`, { name: 'Dana Whitaker' });
    await ok(app, owner, 'PATCH', `/api/v1/users/${staffIds.manager}`, { name: 'Graham Okonkwo' });
    await ok(app, owner, 'PATCH', `/api/v1/teams/${teamId}`, { leadUserId: staffIds.admin });
    await ok(app, owner, 'POST', '/api/v1/providers', { name: 'Mail relay', kind: 'smtp', settings: { host: smtpUrl.hostname, port: Number(smtpUrl.port), secure: false, from: 'Switchboard <paging@msp.example>' } });
    const calendar = await ok(app, owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' });
    const policy = await ok(app, owner, 'POST', '/api/v1/sla-policies', { name: 'Premium', targets: TARGETS });
    await ok(app, owner, 'POST', '/api/v1/contracts', { organizationId: a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await ok(app, owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Business-critical to the CEO',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 15, targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 30, targets: [{ type: 'role', role: 'service_manager' }] },
        { delayMinutes: 60, targets: [{ type: 'role', role: 'owner' }] },
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await smtp.stop();
  });

  it('[paging]: opens the link from the page on a phone, shows the ticket and who is paged, and the button stops the ladder', async () => {
    const { a, teamId, tokens } = app.world;
    const ticket = await ok(app, tokens.technician, 'POST', '/api/v1/tickets', { organizationId: a.id, subject: 'Core switch down at the Chicago office', priority: 'P1', businessCritical: true, channel: 'alert', teamId });
    app.clock.advance(16 * 60_000);
    await app.sb.engine!.engine.runOnce();
    await app.sb.delivery!.runOnce();
    await smtp.waitFor(1);
    const link = /Acknowledge: (http:\/\/\S+\/ack\/\S+)/.exec(smtp.messages()[0].text)![1];

    const context = await newContext(browser, 'phone');
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(link);
    const number = ticket.number.replace(/^SB-/, 'HD-');
    await page.getByRole('heading', { name: 'Core switch down at the Chicago office' }).waitFor();
    await expect(page.getByText(`${number} · P1 · business-critical`).isVisible()).resolves.toBe(true);
    await expect(page.getByText('Whitfield & Crane LLP').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Step 1: Dana Whitaker').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/Next: step 2 pages the service manager in 14 min/).isVisible()).resolves.toBe(true);
    const button = page.getByRole('button', { name: `Acknowledge ${number}` });
    // Phone-sized: the button spans the screen, big enough for a thumb.
    const box = (await button.boundingBox())!;
    expect(box.width).toBeGreaterThan(330);
    expect(box.height).toBeGreaterThanOrEqual(48);
    await screenshot(page, 'ack-link-phone', { fullPage: true });
    const ladder = async () => (await ok(app, tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).items[0];
    expect(await ladder()).toMatchObject({ state: 'active' });

    await button.click();
    await page.getByText(`You acknowledged ${number}. The escalation has stopped.`).waitFor();
    expect(await page.getByRole('button').count()).toBe(0);
    expect(await ladder()).toMatchObject({ state: 'acknowledged', acknowledgedBy: app.world.staffIds.admin });
    expect(refused).toEqual([]);

    app.clock.advance(60 * 60_000);
    await app.sb.engine!.engine.runOnce();
    await app.sb.delivery!.runOnce();
    expect(smtp.messages()).toHaveLength(1);
    await context.close();
  });
});
