import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * A vendor goes down, end to end (issue 12's acceptance): a technician declares the incident and
 * sees its blast radius, marks a workaround, sends an update; a client's user sees it on the
 * portal banner and on the client's status page (no JavaScript needed); the technician resolves
 * the incident keeping one client open, and writes the review with an action item.
 */
describe('a vendor incident from declaration to review in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  const clients: Record<string, string> = {};

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const token = owner(w);
    clients['Alder Dental Group'] = w.app.world.a.id;
    clients['Birch Logistics'] = w.app.world.b.id;
    clients['Cedar & Finch Solicitors'] = (await ok(w.app, token, 'POST', '/api/v1/organizations', { name: 'Cedar & Finch Solicitors', timeZone: 'Europe/London' })).id;
    const vendor = (await ok(w.app, token, 'POST', '/api/v1/vendors', { name: 'Fabrikam Hosting' })).id;
    const service = (await ok(w.app, token, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Practice management cloud' })).id;
    const plan: [string, string, string[]][] = [
      ['Alder Dental Group', 'critical', ['Book patients from the paper diary', 'Phone the day’s patients']],
      ['Birch Logistics', 'normal', ['Dispatch by phone']],
      ['Cedar & Finch Solicitors', 'high', ['Use the laptops with offline files']],
    ];
    for (const [name, criticality, workaroundSteps] of plan) {
      await ok(w.app, token, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: clients[name], purpose: 'practice management', criticality, fallback: workaroundSteps[0], workaroundSteps });
    }
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[incidents]: declares, updates the affected clients (portal banner, status page), resolves and writes the review', async () => {
    const tech = await newContext(browser);
    const page = await tech.newPage();
    await signIn(page, w.base, w.tech.email, '/incidents');
    await page.getByRole('button', { name: 'Declare an incident' }).click();
    await page.getByLabel('Practice management cloud').check();
    await page.getByRole('button', { name: 'Show the clients hit' }).click();
    const preview = page.getByRole('table', { name: 'Clients the outage hits' });
    await preview.waitFor();
    expect((await preview.locator('tbody th').allTextContents()).map((t) => t.split(/critical|high|normal|low/)[0])).toEqual(['Alder Dental Group', 'Cedar & Finch Solicitors', 'Birch Logistics']);
    await page.getByLabel('Title').fill('Fabrikam practice cloud down');
    await page.getByLabel('Summary').fill('Fabrikam’s hosting is offline after a ransomware attack.');
    await page.getByRole('button', { name: 'Declare for 3 clients' }).click();
    await page.getByRole('heading', { name: 'Fabrikam practice cloud down' }).waitFor();

    await page.getByRole('button', { name: 'Alder Dental Group: In place' }).click();
    await page.locator('button[aria-label="Alder Dental Group: In place"][aria-pressed="true"]').waitFor();
    await page.getByRole('button', { name: 'Send an update' }).click();
    await page.getByLabel('Update for the affected clients').fill('Fabrikam expects the service back tomorrow at 09:00. Keep using the paper diary.');
    await page.getByRole('button', { name: 'Send to 3 clients' }).click();
    await page.getByText(/Update sent: on the status pages/).waitFor();

    // Alder Dental's practice manager sees it on every portal page, and on the client's status page.
    const client = await newContext(browser);
    const portal = await client.newPage();
    await signIn(portal, w.base, w.clientA.email, '/portal');
    const banner = portal.getByRole('status', { name: 'Service incidents' });
    await banner.getByText('Fabrikam practice cloud down').waitFor();
    await banner.getByText('Fabrikam expects the service back tomorrow at 09:00.').waitFor();
    await portal.goto(`${w.base}/status/mine`);
    await portal.getByRole('heading', { name: 'Service status for Alder Dental Group' }).waitFor();
    await portal.getByText('Keep using the paper diary.').waitFor();
    await screenshot(portal, 'status-page');
    // Served as HTML that needs no script: the same page with JavaScript off reads the same.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const publicPage = await noScript.newPage();
    await publicPage.goto(`${w.base}/status`);
    await publicPage.getByText('Keep using the paper diary.').waitFor();
    expect(await publicPage.content()).not.toContain('Alder Dental Group');
    await noScript.close();

    await page.getByRole('button', { name: 'Resolve the incident' }).click();
    await page.getByLabel('Closing update (a public reply on every child resolved)').fill('Fabrikam is back; practice management works again.');
    await page.getByRole('checkbox', { name: 'Cedar & Finch Solicitors' }).check();
    await page.getByLabel('Why Cedar & Finch Solicitors stays open').fill('Their offline files need syncing back');
    await page.getByRole('button', { name: 'Resolve 2 child tickets' }).click();
    const review = page.getByRole('region', { name: 'Post-incident review' });
    await review.getByRole('heading', { name: 'Post-incident review: Fabrikam practice cloud down' }).waitFor();
    await review.getByRole('cell', { name: 'Alder Dental Group' }).waitFor();
    await page.getByText('Let go: Their offline files need syncing back').waitFor();

    await review.getByRole('button', { name: 'Edit the review' }).click();
    const text = review.getByLabel('Review (Markdown)');
    await text.fill((await text.inputValue()).replace('## What went well, what did not\n\n- ', '## What went well, what did not\n\n- Paper diaries were in every surgery within the hour.'));
    await review.getByRole('button', { name: 'Save the review' }).click();
    await review.getByText('Paper diaries were in every surgery within the hour.').waitFor();
    await review.getByRole('textbox', { name: 'New action item' }).fill('Agree a second hosting region with Fabrikam');
    await review.getByLabel('Owner').selectOption({ label: w.lead.name });
    await review.getByLabel('Due').fill('2026-12-31');
    await review.getByRole('button', { name: 'Add the action item' }).click();
    await review.getByText('Agree a second hosting region with Fabrikam').waitFor();
    await review.getByRole('heading', { name: 'Impact per client' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'incident-review');

    const incident = (await ok(w.app, owner(w), 'GET', '/api/v1/incidents')).items.find((i: any) => i.title === 'Fabrikam practice cloud down');
    expect(incident.status).toBe('resolved');
    const actions = (await ok(w.app, owner(w), 'GET', `/api/v1/organizations/${clients['Alder Dental Group']}/incident-actions`)).items;
    expect(actions[0].actions).toEqual([expect.objectContaining({ title: 'Agree a second hosting region with Fabrikam', assigneeId: w.lead.id, dueOn: '2026-12-31', done: false })]);
    // The client's page lists the incident's action items.
    await page.goto(`${w.base}/clients/${clients['Alder Dental Group']}`);
    const onClient = page.getByRole('region', { name: 'Vendor incidents and their action items' });
    await onClient.getByRole('link', { name: 'Fabrikam practice cloud down' }).waitFor();
    await onClient.getByText('Agree a second hosting region with Fabrikam').waitFor();
    // The banner is gone once the incident is resolved (asked with the portal's own session).
    const banners = await (await client.request.get(`${w.base}/api/v1/incident-banners`)).json();
    expect(banners.items).toEqual([]);
    await client.close();
    await tech.close();
  });
});
