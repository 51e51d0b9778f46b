import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * Contracts that bill, continued, in the browser: Alder Dental's contract covers support only and
 * asks for approval of chargeable work. A technician asks for approval of project work on a
 * ticket; the client's admin (Bob Jansen) approves it in the portal with a comment; the ticket's
 * time panel and timeline show the answer. Then the reports page shows the goodwill given, and
 * the portal's Billing page shows it to the client's admin.
 */
describe('billing approvals and reports in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let ticket: { id: string; number: number };
  let admin: { email: string };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const a = w.app.world.a;
    await ok(w.app, owner(w), 'PUT', `/api/v1/billing/contracts/${w.sla.contractIds[0]}/terms`, {
      kind: 'managed', approvalRequired: true, defaultRateMinor: 12000,
      workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }],
      scope: { workTypes: ['support'], remote: true, homeWorkers: true },
    });
    const users = await ok<{ items: { id: string; email: string; contactId: string }[] }>(w.app, owner(w), 'GET', `/api/v1/users?kind=client&organizationId=${a.id}`);
    const bob = users.items.find((u) => u.contactId === a.otherContactId)!;
    await ok(w.app, owner(w), 'PATCH', `/api/v1/users/${bob.id}`, { password: PASSWORD, name: 'Bob Jansen' });
    admin = { email: bob.email };
    ticket = await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.otherContactId, siteId: a.siteId, subject: 'Move the practice files to the new server', priority: 'P3' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[billing]: a technician asks for approval of chargeable work, the client admin approves it in the portal, and the ticket shows it', async () => {
    const tech = await newContext(browser);
    const page = await tech.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const box = page.locator('.time-panel .approval-box');
    await box.getByRole('button', { name: 'Ask the client to approve chargeable work' }).click();
    await box.getByLabel('Estimate (hours)').fill('3');
    await box.getByLabel('Work type').selectOption('project');
    await box.getByLabel('What the work is').fill('Migrate the practice files to the new server');
    await box.getByRole('button', { name: 'Send the request' }).click();
    await box.getByTestId('approval').getByText('Waiting for the client').waitFor();
    expect(await box.getByTestId('approval').textContent()).toContain('3 h estimated at $450.00');

    const client = await newContext(browser);
    const portal = await client.newPage();
    await signIn(portal, w.base, admin.email, '/portal');
    await portal.getByRole('link', { name: 'Approvals' }).click();
    const card = portal.locator('.approval-card').first();
    await card.getByText('Waiting for your answer').waitFor();
    await card.getByText('charged because: work type Project outside scope', { exact: false }).waitFor();
    await card.getByLabel('Comment (optional)').fill('Yes — please do it after 6 pm');
    await screenshot(portal, 'client-approval');
    await card.getByRole('button', { name: 'Approve' }).click();
    await card.getByText('Approved', { exact: true }).waitFor();
    await client.close();

    await page.reload();
    const answered = page.locator('.time-panel .approval-box').getByTestId('approval');
    await answered.getByText('Approved').waitFor();
    await answered.getByText('“Yes — please do it after 6 pm”').waitFor();
    await page.getByText('approved the chargeable work: “Yes — please do it after 6 pm”', { exact: false }).first().waitFor();
    await page.getByText('asked the client to approve 3 h of chargeable work', { exact: false }).first().waitFor();
    await tech.close();
  });

  it('[billing]: the reports page shows the goodwill given per client, and the client’s admin sees it in the portal', async () => {
    const entry = await ok(w.app, owner(w), 'POST', `/api/v1/billing/tickets/${ticket.id}/time-entries`, { startedAt: new Date(Date.now() - 3_600_000).toISOString(), minutes: 90, workType: 'project' });
    await ok(w.app, owner(w), 'PATCH', `/api/v1/billing/time-entries/${entry.id}`, { classification: 'goodwill', reason: 'Server move goodwill' });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.lead.email, '/reports');
    const section = page.locator('.goodwill-report');
    await section.getByRole('heading', { name: 'Goodwill given' }).waitFor();
    const row = section.locator('.stack-row', { hasText: 'Alder Dental Group' });
    await row.waitFor();
    expect(await row.locator('.bar-value strong').textContent()).toBe('$225.00');
    await section.getByRole('button', { name: 'Reason' }).click();
    await section.locator('.stack-row', { hasText: 'Server move goodwill' }).waitFor();
    await page.locator('.profitability-report').getByRole('heading', { name: 'Hours against contract value' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'goodwill-report');
    await context.close();

    // The client's admin sees the goodwill given them on the portal's Billing page.
    const client = await newContext(browser);
    const portal = await client.newPage();
    await signIn(portal, w.base, admin.email, '/portal');
    await portal.getByRole('link', { name: 'Billing' }).click();
    const goodwill = portal.locator('.goodwill-portal');
    await goodwill.getByRole('cell', { name: 'Server move goodwill' }).waitFor();
    await goodwill.getByRole('cell', { name: '$225.00' }).waitFor();
    await client.close();
  });
});
