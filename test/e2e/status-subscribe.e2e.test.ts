import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ok, owner, screenshot, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Following the public status page by email, in a browser with JavaScript off: the page's own
 * form takes the address, and the page that answers says a confirmation link was sent (double
 * opt-in); the subscription waits, pending, until the link is used.
 */
describe('status page subscriptions in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld({ 'secret-key': 'e2e-status-subscriptions-secret-key-0123456789' })]);
    const token = owner(w);
    const vendor = (await ok(w.app, token, 'POST', '/api/v1/vendors', { name: 'Fabrikam Hosting' })).id;
    const service = (await ok(w.app, token, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Practice management cloud' })).id;
    await ok(w.app, token, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: w.app.world.a.id, criticality: 'critical' });
    const incident = await ok(w.app, token, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Practice management cloud unavailable', summary: 'Fabrikam is down.' });
    await ok(w.app, token, 'POST', `/api/v1/incidents/${incident.id}/updates`, { body: 'Fabrikam expects the service back tomorrow at 09:00. Keep using the paper diary.' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[status]: subscribes to the public status page by email without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 720 } });
    const page = await context.newPage();
    await page.goto(`${w.base}/status`);
    await page.getByText('Keep using the paper diary.').waitFor();
    await page.getByLabel('Get updates by email').fill('office@alder-dental.example');
    await screenshot(page, 'status-subscribe');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('heading', { name: 'Check your mail' }).waitFor();
    await page.getByText('office@alder-dental.example').waitFor();
    const subscriptions = (await ok(w.app, owner(w), 'GET', '/api/v1/status-subscriptions')).items;
    expect(subscriptions).toEqual([expect.objectContaining({ kind: 'email', email: 'office@alder-dental.example', organizationId: null, state: 'pending' })]);
    await context.close();
  });
});
