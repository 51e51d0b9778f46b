import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * The knowledge base in the browser (scenario 9): a technician finds an article from a ticket with
 * its subject already searched and marks it as what solved it; a client typing a new request is
 * offered the client-visible article, and opens it in the portal; an article written and changed
 * in the console's editor is found from a ticket and suggested to its client.
 */
describe('the knowledge base in the browser', () => {
  let w: E2eWorld;
  let browser: Browser;
  const article = { title: 'Label printer prints blank labels: recalibrate the media sensor', body: '## Why\n\nAfter a roll change the **label printer** loses the gap between labels and prints blank ones.\n\n1. Hold the feed button until it flashes twice.\n2. Print a test label.', tags: ['printing'] };

  beforeAll(async () => {
    [browser, w] = await Promise.all([launchChromium(), startE2eWorld()]);
    await ok(w.app, owner(w), 'POST', '/api/v1/kb/articles', { ...article, audience: 'clients' });
    await ok(w.app, owner(w), 'POST', '/api/v1/kb/articles', { title: 'Zebra printer driver reinstall (internal)', body: 'Use the domain admin account on the print server to reinstall the **Zebra** driver.', audience: 'internal', tags: ['printing'] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
  });

  it('[kb]: an article is found from a ticket with its subject and marked as what solved it', async () => {
    const tickets = await ok(w.app, owner(w), 'GET', `/api/v1/tickets?q=${encodeURIComponent('Label printer')}`);
    const ticket = tickets.items.find((t: { subject: string }) => t.subject === 'Label printer in dispatch prints blank labels');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticket.number}`);
    const panel = page.locator('.kb-panel');
    await panel.getByRole('heading', { name: 'Knowledge base' }).waitFor();
    expect(await panel.getByRole('searchbox', { name: 'Search the knowledge base' }).inputValue()).toBe('Label printer in dispatch prints blank labels');
    const result = panel.locator('.kb-result', { hasText: article.title });
    await result.waitFor();
    await panel.locator('.kb-result', { hasText: 'Zebra printer driver reinstall' }).waitFor();
    expect(await result.locator('.kb-snippet').textContent()).toContain('label printer');
    await result.getByRole('button', { name: article.title }).click();
    await result.locator('.kb-article-body li', { hasText: 'Hold the feed button' }).waitFor();
    await result.getByRole('button', { name: 'This solved it' }).click();
    await result.getByText('✓ Solved this ticket').waitFor();
    await result.getByText('Solved 1 ticket').waitFor();
    await page.locator('.tl-event', { hasText: `marked the article “${article.title}” as what solved it` }).waitFor();
    await screenshot(page, 'kb-ticket-panel', { fullPage: true });
    const links = await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/kb-links`);
    expect(links.items.map((l: { title: string }) => l.title)).toEqual([article.title]);
    await context.close();
  });

  it('[kb]: a client typing a new request is offered the client-visible article and opens it', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.clientB.email, '/portal/new');
    await page.getByRole('heading', { name: 'New request' }).waitFor();
    await page.getByLabel('What is the problem?').pressSequentially('our label printer prints blank', { delay: 20 });
    const suggestions = page.getByRole('complementary', { name: 'Articles that may help' });
    const link = suggestions.getByRole('link', { name: article.title });
    await link.waitFor();
    // Internal articles are never suggested to a client.
    expect(await suggestions.getByText('Zebra printer driver').count()).toBe(0);
    await screenshot(page, 'kb-portal-suggestion');
    await link.click();
    await page.getByRole('heading', { name: article.title }).waitFor();
    await page.locator('.kb-article-body strong', { hasText: 'label printer' }).waitFor();
    // The request typed so far is still there on the way back.
    await page.getByRole('link', { name: '← New request' }).click();
    expect(await page.getByLabel('What is the problem?').inputValue()).toBe('our label printer prints blank');
    await context.close();
  });
  it('[kb]: an article written in the console is found from a ticket and suggested in the portal', async () => {
    const draft = { title: 'Docking station monitors flicker after the firmware update', body: 'Unplug the **docking station** power for ten seconds.\n\n1. Update the dock firmware.\n2. Reconnect the monitors.' };
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/kb');
    await page.getByRole('heading', { name: 'Knowledge base', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'New article' }).click();
    await page.getByLabel('Title', { exact: true }).fill(draft.title);
    await page.getByLabel('Text (Markdown)').fill(draft.body);
    // The preview is the server's own rendering and sanitising of the Markdown.
    await page.locator('.kb-preview strong', { hasText: 'docking station' }).waitFor();
    await page.locator('.kb-preview li', { hasText: 'Update the dock firmware.' }).waitFor();
    await page.getByLabel('Who can read it').selectOption('clients');
    await page.getByLabel('For', { exact: true }).selectOption({ label: 'Birch Logistics' });
    await page.getByLabel('Tags').fill('Docking, monitors');
    await screenshot(page, 'kb-editor', { fullPage: true });
    await page.getByRole('button', { name: 'Publish article' }).click();
    await page.getByText('Saved.').waitFor();
    await page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: draft.title }).waitFor();
    // Changed again: saved on the version it was opened at.
    await page.getByLabel('Text (Markdown)').fill(`${draft.body}\n\nStill flickering? Swap the **cable**.`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Saved.').waitFor();
    const stored = (await ok(w.app, owner(w), 'GET', `/api/v1/kb/articles?q=${encodeURIComponent('docking flicker')}`)).items;
    expect(stored).toEqual([expect.objectContaining({ title: draft.title, audience: 'clients', organizationId: w.app.world.b.id, tags: ['docking', 'monitors'] })]);
    const full = await ok(w.app, owner(w), 'GET', `/api/v1/kb/articles/${stored[0].id}`);
    expect(full).toMatchObject({ version: 2, authorUserId: w.tech.id });
    expect(full.bodyHtml).toContain('<strong>cable</strong>');

    // A ticket that came in by email finds it in its knowledge-base panel, searched by its subject.
    const ticket = await ok(w.app, owner(w), 'POST', '/api/v1/tickets', { organizationId: w.app.world.b.id, contactId: w.clientB.contactId, subject: 'Monitors flicker on the docking station', channel: 'email' });
    await page.goto(`${w.base}/tickets/${ticket.number}`);
    const panel = page.locator('.kb-panel');
    const found = panel.locator('.kb-result', { hasText: draft.title });
    await found.waitFor();
    // Client-visible and answering the subject: marked as worth sending to the client.
    await found.locator('.kb-suggested', { hasText: 'Suggested' }).waitFor();
    await context.close();

    // The client it is for is offered it while typing a new request.
    const portalContext = await newContext(browser);
    const portal = await portalContext.newPage();
    await signIn(portal, w.base, w.clientB.email, '/portal/new');
    await portal.getByRole('heading', { name: 'New request' }).waitFor();
    await portal.getByLabel('What is the problem?').pressSequentially('my monitors flicker on the dock', { delay: 20 });
    await portal.getByRole('complementary', { name: 'Articles that may help' }).getByRole('link', { name: draft.title }).waitFor();
    await portalContext.close();
  });
});
