import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newContext, ok, owner, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

/**
 * The knowledge base in the browser (scenario 9): a technician finds an article from a ticket with
 * its subject already searched and marks it as what solved it; a client typing a new request is
 * offered the client-visible article, and opens it in the portal.
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
});
