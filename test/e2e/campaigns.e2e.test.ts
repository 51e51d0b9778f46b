import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

const STEPS = ['VPN installed and connecting', 'Connectivity check (home broadband speed and stability)', 'Printing at home or to the office', 'Access to the specialist software on the office servers', 'Phone forwarding to mobile or softphone'];

/**
 * A rollout campaign in the browser (scenario 6): a technician starts a campaign for a client with
 * a premises-only contract, uploads its people's CSV (a bad row listed, the good ones imported),
 * assigns them, blocks a step with a note, ticks every step to 100%; the client's administrator
 * sees the same 100% in the portal. Then the technician logs time on the home worker (chargeable,
 * with the reason), the account manager waives the campaign's time as goodwill, and the client's
 * goodwill ledger shows it under that reason.
 */
describe('rollout campaigns in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  let adminEmail: string;
  let campaignPath: string;

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    const a = w.app.world.a;
    await ok(w.app, owner(w), 'PATCH', `/api/v1/organizations/${a.id}`, { accountManagerId: w.lead.id });
    await ok(w.app, owner(w), 'PUT', `/api/v1/billing/contracts/${w.sla.contractIds[0]}/terms`, {
      kind: 'managed', flatFee: null, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
      afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { siteIds: null, workTypes: null, remote: true, homeWorkers: false },
    });
    const users = await ok(w.app, owner(w), 'GET', `/api/v1/users?kind=client&organizationId=${a.id}`);
    const admin = users.items.find((u: { contactId: string }) => u.contactId === a.otherContactId);
    await ok(w.app, owner(w), 'PATCH', `/api/v1/users/${admin.id}`, { password: PASSWORD });
    adminEmail = admin.email;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[campaigns]: a campaign from CSV to 100% progress', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/campaigns');
    const form = page.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Client').selectOption({ label: 'Alder Dental Group' });
    await form.getByLabel('Checklist').selectOption({ label: 'Home working (5 steps)' });
    await form.getByLabel('Name').fill('Everyone home by Friday');
    await form.getByLabel('Due').fill('2026-12-18');
    await form.getByRole('button', { name: 'Start campaign' }).click();
    await page.waitForURL(/\/campaigns\/[^/]+$/);
    campaignPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: /Everyone home by Friday/ }).waitFor();

    const csv = 'name,email,phone,site,notes\nAlice Moreno,alice.moreno@alderdental.example,,Lincoln Park surgery,\nDr. Priya Patel,priya.patel@alderdental.example,+1 312 555 0163,home,needs a headset\nNo Where,nowhere@alderdental.example,,Atlantis office,\n';
    const importer = page.locator('section', { has: page.getByRole('heading', { name: 'Import people from CSV' }) });
    await importer.getByLabel('CSV file').setInputFiles({ name: 'alder-home.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await importer.getByRole('button', { name: 'Preview' }).click();
    await importer.getByRole('list', { name: 'Problems in the file' }).getByText(/Line 4, site/).waitFor();
    await importer.getByRole('button', { name: 'Import 2 people' }).click();
    await importer.getByText('Added 2 people, each with a checklist.').waitFor();

    const grid = page.getByRole('region', { name: 'People and their checklists' });
    await grid.getByRole('checkbox', { name: 'Choose everyone' }).check();
    await grid.getByLabel('Technician').selectOption({ label: 'Tina Okafor' });
    await grid.getByRole('button', { name: 'Assign 2 chosen' }).click();
    await grid.getByRole('row', { name: /Dr\. Priya Patel/ }).getByText('Tina Okafor').waitFor();
    // A home worker under a premises-only contract: the step's work is chargeable.
    await grid.getByRole('row', { name: /Dr\. Priya Patel/ }).getByText('chargeable').first().waitFor();

    const tick = async (person: string, step: string, state: string) => {
      const cell = grid.getByRole('combobox', { name: `${person}: ${step}` });
      await cell.selectOption(state);
      await expect.poll(() => cell.inputValue()).toBe(state);
    };
    await tick('Alice Moreno', STEPS[0], 'done');
    await grid.getByRole('combobox', { name: `Dr. Priya Patel: ${STEPS[1]}` }).selectOption('blocked');
    await page.getByRole('dialog').getByLabel('What blocks it').fill('Broadband not installed until Thursday');
    await page.getByRole('dialog').getByRole('button', { name: 'Mark blocked' }).click();
    await page.getByRole('region', { name: 'Blockers' }).getByText('Broadband not installed until Thursday').waitFor();
    await page.getByRole('heading', { name: /Everyone home by Friday/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'campaign');

    for (const person of ['Alice Moreno', 'Dr. Priya Patel']) {
      for (const step of STEPS) if (!(person === 'Alice Moreno' && step === STEPS[0])) await tick(person, step, step === STEPS[2] && person === 'Alice Moreno' ? 'not_needed' : 'done');
    }
    await page.getByRole('progressbar', { name: 'Campaign progress: 100%' }).waitFor();
    await context.close();

    const portal = await newContext(browser);
    const ppage = await portal.newPage();
    await signIn(ppage, w.base, adminEmail, '/portal');
    await ppage.getByRole('link', { name: 'Campaigns' }).click();
    const card = ppage.getByRole('region', { name: 'Everyone home by Friday' });
    await card.getByRole('progressbar', { name: 'Everyone home by Friday: 100%' }).waitFor();
    expect(await card.getByText('2 people · 10 of 10 steps finished · 0 blocked').count()).toBe(1);
    await portal.close();
  });

  it('[campaigns]: time logged on a home worker is chargeable with its reason, and the campaign’s time is waived as goodwill into the ledger', async () => {
    const tech = await newContext(browser);
    const page = await tech.newPage();
    await signIn(page, w.base, w.tech.email, campaignPath);
    const grid = page.getByRole('region', { name: 'People and their checklists' });
    const priya = grid.getByRole('row', { name: /Dr\. Priya Patel/ });
    await priya.getByRole('button', { name: 'Log time: Dr. Priya Patel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Minutes').fill('30');
    await dialog.getByLabel('Step').selectOption({ label: `1. ${STEPS[0]}` });
    await dialog.getByLabel('Note').fill('Set up the VPN on her home PC');
    await dialog.getByRole('button', { name: 'Log time' }).click();
    await priya.locator('.campaign-time-figures').getByText(/30 min chargeable/).waitFor();
    expect(await priya.locator('.campaign-time-reason').textContent()).toContain('home worker; contract covers premises only');
    // A technician is not the account manager: no waive action.
    expect(await page.getByRole('button', { name: 'Waive campaign time as goodwill' }).count()).toBe(0);
    await tech.close();

    const manager = await newContext(browser);
    const mpage = await manager.newPage();
    await signIn(mpage, w.base, w.lead.email, campaignPath);
    const goodwill = mpage.getByRole('region', { name: 'Goodwill for the campaign' });
    await goodwill.getByLabel('Reason').fill('Flood: everyone sent home');
    await goodwill.getByRole('button', { name: 'Waive campaign time as goodwill' }).click();
    await goodwill.getByRole('status').getByText(/1 entry waived \(30 min\)/).waitFor();
    await mpage.getByRole('region', { name: 'People and their checklists' }).getByRole('row', { name: /Dr\. Priya Patel/ }).getByText(/30 min goodwill/).waitFor();

    await mpage.goto(`${w.base}/clients/${w.app.world.a.id}`);
    const ledger = mpage.locator('.goodwill-panel');
    await ledger.getByRole('cell', { name: 'Flood: everyone sent home' }).waitFor();
    const api = await ok(w.app, owner(w), 'GET', `/api/v1/billing/clients/${w.app.world.a.id}/goodwill`);
    expect(api.lines).toMatchObject([{ reason: 'Flood: everyone sent home', entries: 1, minutes: 30 }]);
    await manager.close();
  });
});
