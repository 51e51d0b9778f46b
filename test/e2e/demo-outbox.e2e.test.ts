import { createServer, type AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installDemo } from '../../src/main.js';
import type { DemoSummary } from '../../src/modules/demo/index.js';
import { systemClock } from '../../src/platform/clock.js';
import { startEmptyTestApp, type TestApp } from '../support/app.js';
import { ensureWebBuild, launchChromium, newContext, screenshot } from './support.js';

/** A free loopback port: the acknowledge links carry the public address, so it must be known first. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The demo MSP as `npm start` serves it, its first pages sent to the demo provider. */
describe('the demo outbox in the browser', () => {
  let browser: Browser;
  let app: Omit<TestApp, 'world'>;
  let demo: DemoSummary;
  let base: string;

  beforeAll(async () => {
    await ensureWebBuild();
    browser = await launchChromium();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    app = await startEmptyTestApp('sqlite', { 'public-url': base, 'secret-key': 'e2e-demo-secret-key-0123456789abcdef' }, systemClock.iso());
    // Browsers keep cookies in real time.
    Object.assign(app.clock, { now: systemClock.now, iso: systemClock.iso });
    demo = await installDemo(app.sb.database, app.config, app.clock);
    await app.sb.engine!.engine.runOnce();
    await app.sb.delivery!.runOnce();
    await app.sb.app.listen({ port, host: '127.0.0.1' });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('[demo]: a technician opens the demo outbox, reads a page and opens its acknowledge link', async () => {
    const tech = demo.logins.find((l) => l.label === 'Technician')!;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/queue/mine`);
    await page.getByLabel('Email').fill(tech.email);
    await page.getByLabel('Password').fill(tech.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    await page.getByRole('link', { name: 'Demo outbox' }).click();
    await page.getByRole('heading', { name: 'Demo outbox', level: 1 }).waitFor();
    await page.getByRole('note').getByText('Pages here did not leave this machine').waitFor();
    const first = page.locator('.demo-message').first();
    await first.waitFor();
    expect(await first.locator('.demo-text').textContent()).toMatch(/Acknowledge: http:\/\/127\.0\.0\.1:\d+\/ack\//);
    const sms = page.locator('.demo-message', { hasText: 'SMS' }).first();
    const number = (await sms.locator('.demo-subject a').textContent())!.trim();
    expect(number).toMatch(/\d/);
    await screenshot(page, 'demo-outbox');

    const [ack] = await Promise.all([context.waitForEvent('page'), sms.getByRole('link', { name: 'Open the acknowledge link' }).click()]);
    await ack.waitForLoadState();
    expect(await ack.locator('body').textContent()).toContain(number);
    await context.close();
  });
});
