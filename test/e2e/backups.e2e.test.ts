import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

const MINUTE = 60_000;

/**
 * Backups and DR readiness in the browser (scenario 7): a backup job set up on the client's page,
 * its heartbeat posted to the webhook, and the engine opening a ticket once no success came within
 * the RPO — not a minute before.
 */
describe('backups and DR readiness in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  // The server's clock runs this far ahead of real time (sessions stay valid: the world runs on real time).
  let ahead = 0;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const clock = w.app.clock as unknown as { now: () => number; iso: () => string };
    Object.assign(clock, { now: () => Date.now() + ahead, iso: () => new Date(Date.now() + ahead).toISOString() });
    const o = owner(w);
    const vendor = (await ok(w.app, o, 'POST', '/api/v1/vendors', { name: 'Dentrix Ascend' })).id;
    const service = (await ok(w.app, o, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Practice management (cloud)' })).id;
    await ok(w.app, o, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: w.app.world.a.id, criticality: 'critical' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[backups]: a backup heartbeat going stale opens a ticket at the right time', async () => {
    const a = w.app.world.a;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, `/clients/${a.id}`);
    const panel = page.locator('.backups-panel');
    await panel.getByText('No backup jobs yet.').waitFor();
    await panel.getByRole('button', { name: 'New backup job' }).click();
    const form = panel.getByRole('form', { name: 'New backup job' });
    await form.getByLabel('Job name').fill('Practice server nightly');
    await form.getByLabel('Protects').fill('SRV-PRACTICE01');
    await form.getByLabel('RPO (hours)').fill('1');
    await form.getByLabel('Schedule').selectOption('none');
    await form.getByLabel('Grace (minutes)').fill('0');
    await form.getByRole('button', { name: 'Set up job' }).click();
    const token = (await panel.getByLabel('Webhook token').textContent())!.trim();
    expect(token).toMatch(/^sbk_/);
    await panel.getByRole('button', { name: 'Done' }).click();

    // The backup reports a success by webhook, as its post-job script would.
    const posted = await fetch(`${w.base}/api/v1/backups/report`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ status: 'success', message: '2 machines, 84 GB' }) });
    expect(posted.status).toBe(200);
    const row = panel.locator('tr[data-job="Practice server nightly"]');
    await page.reload();
    await row.locator('.backup-state', { hasText: 'OK' }).waitFor();

    const job = async () => (await ok(w.app, owner(w), 'GET', `/api/v1/backup-jobs?organizationId=${a.id}`)).items[0];
    // A minute short of the RPO: the engine opens nothing.
    ahead = 59 * MINUTE;
    await w.app.sb.engine!.engine.runOnce();
    expect((await job()).ticketId).toBeNull();
    ahead = 61 * MINUTE;
    await w.app.sb.engine!.engine.runOnce();
    const stale = await job();
    expect(stale.ticketId).toEqual(expect.any(String));

    await page.reload();
    await row.locator('.backup-state', { hasText: 'Stale' }).waitFor();
    await panel.locator('.readiness-reasons').getByText('Backup “Practice server nightly” has no success within its RPO').waitFor();
    await panel.locator('.readiness-reasons').getByText('No fallback for Practice management (cloud) (Dentrix Ascend)').waitFor();
    await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
    await screenshot(page, 'readiness', { fullPage: true });

    await row.getByRole('link', { name: 'Ticket' }).click();
    await page.getByRole('heading', { name: 'Backup stale: Practice server nightly' }).waitFor();
    await context.close();
  });

  it('[backups]: a manager edits a job (RPO, accepting unauthenticated reports) and archives it out of the score', async () => {
    const a = w.app.world.a;
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, `/clients/${a.id}`);
    const panel = page.locator('.backups-panel');
    const row = panel.locator('tr[data-job="Practice server nightly"]');
    await row.getByRole('button', { name: 'Edit Practice server nightly' }).click();
    const form = panel.getByRole('form', { name: 'Edit Practice server nightly' });
    await form.getByLabel('RPO (hours)').fill('24');
    await form.getByLabel('Accept unauthenticated email reports', { exact: false }).check();
    await form.getByRole('button', { name: 'Save job' }).click();
    await row.getByText('Accepts unauthenticated email reports').waitFor();
    await row.getByText('24 h').waitFor();
    const [job] = (await ok(w.app, owner(w), 'GET', `/api/v1/backup-jobs?organizationId=${a.id}`)).items;
    expect(job).toMatchObject({ rpoHours: 24, acceptUnauthenticated: true });

    await row.getByRole('button', { name: 'Edit Practice server nightly' }).click();
    page.once('dialog', (d) => void d.accept());
    await panel.getByRole('form', { name: 'Edit Practice server nightly' }).getByRole('button', { name: 'Archive job' }).click();
    await panel.getByText('No backup jobs yet.').waitFor();
    await panel.locator('.readiness-reasons').getByText('Practice server nightly').waitFor({ state: 'detached' });
    expect((await ok(w.app, owner(w), 'GET', `/api/v1/backup-jobs?organizationId=${a.id}`)).items).toEqual([]);
    await context.close();
  });
});

