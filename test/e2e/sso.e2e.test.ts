import { createServer, type AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/modules/staff/index.js';
import { systemClock } from '../../src/platform/clock.js';
import { startEmptyTestApp, type TestApp } from '../support/app.js';
import { seedWorld, type World } from '../support/factories.js';
import { startTestIdp, type TestIdp } from '../support/test-idp.js';
import { ensureWebBuild, focused, launchChromium, newContext, ok, PASSWORD, screenshot } from './support.js';

/** A free loopback port: the server's public address (and so the redirect URI) must be known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('single sign-on in the browser', () => {
  let browser: Browser;
  let app: Omit<TestApp, 'world'> & { world: World };
  let idp: TestIdp;
  let base: string;

  beforeAll(async () => {
    await ensureWebBuild();
    browser = await launchChromium();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The provider is another site than Switchboard (localhost, not 127.0.0.1), as Entra ID or
    // Google is: the flow cookie must come back on a top-level navigation from it (SameSite=Lax).
    idp = await startTestIdp({ redirectUri: `${base}/api/v1/auth/sso/callback`, issuerHost: 'localhost' });
    const empty = await startEmptyTestApp('sqlite', { 'public-url': base, 'secret-key': 'e2e-sso-secret-key-0123456789abcdef', 'sso-private-issuers': 'true' }, systemClock.iso());
    // Browsers keep cookies in real time, and the provider signs tokens in it.
    Object.assign(empty.clock, { now: systemClock.now, iso: systemClock.iso });
    app = { ...empty, world: await seedWorld(empty.sb.database.db, empty.clock) };
    await app.sb.app.listen({ port, host: '127.0.0.1' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await idp?.close();
  });

  const deps = () => ({ db: app.sb.database.db, clock: app.clock });
  const signInAtProvider = async (page: Page, login: string) => {
    await page.getByRole('heading', { name: 'Test identity provider' }).waitFor();
    await page.getByLabel('Email').fill(login);
    await page.keyboard.press('Enter');
  };

  it('[sso]: signs in through the loopback OpenID provider', async () => {
    const provider = await ok(app, app.world.tokens.owner, 'POST', '/api/v1/sso/providers', {
      name: 'Entra ID (test tenant)',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      emailClaim: 'preferred_username',
      allowedDomains: ['msp.example'],
      passwordRoles: ['owner', 'admin', 'service_manager', 'client_user', 'client_admin'],
    });
    const tina = await createUser(deps(), null, { kind: 'staff', email: 'tina.tech@msp.example', name: 'Tina Okafor', role: 'technician', tier: 1, teamId: app.world.teamId });
    idp.accounts.set('tina.tech@msp.example', { preferred_username: 'tina.tech@msp.example', name: 'Tina Okafor' });
    idp.accounts.set('sam.stranger@msp.example', { preferred_username: 'sam.stranger@msp.example', name: 'Sam Stranger' });

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/queue/mine`);
    const button = page.getByRole('button', { name: 'Sign in with Entra ID (test tenant)' });
    await button.waitFor();
    await screenshot(page, 'signin-sso');

    // Someone the provider knows but Switchboard does not: back on sign-in, told why.
    await button.click();
    await signInAtProvider(page, 'sam.stranger@msp.example');
    await page.getByText('There is no Switchboard account for your email address.').waitFor();
    expect(new URL(page.url()).search).toBe('');
    await screenshot(page, 'signin-sso-refused');

    // The provider remembers who signed in there, as Entra ID and Google do: Sam signs out of it.
    await context.clearCookies({ domain: 'localhost' });

    // Tina's passwords are off: the password form says to use single sign-on …
    await page.getByLabel('Email').fill(tina.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Your account signs in with single sign-on').waitFor();

    // … and the button brings her, keyboard only, to the page she asked for.
    await button.focus();
    await page.keyboard.press('Enter');
    await signInAtProvider(page, 'tina.tech@msp.example');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/queue/mine');
    await page.getByText('Tina Okafor').first().waitFor();

    // The session writes like a password login's: the CSRF token came with it.
    await page.keyboard.press('n');
    const caller = page.getByRole('combobox', { name: 'Caller' });
    await focused(caller);
    const created = await page.evaluate(async (organizationId) => {
      // In the page: the app keeps the session's CSRF token in localStorage (this file has no DOM types).
      const { localStorage } = globalThis as unknown as { localStorage: { getItem(key: string): string | null } };
      const r = await fetch('/api/v1/tickets', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': localStorage.getItem('sb.csrf') ?? '' }, body: JSON.stringify({ organizationId, subject: 'Written after single sign-on' }) });
      return r.status;
    }, app.world.a.id);
    expect(created).toBe(201);
    const audit = await ok(app, app.world.tokens.owner, 'GET', '/api/v1/audit?limit=50');
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['sso.login', 'sso.refused', 'login.sso_required']));
    expect(audit.items.find((e: { action: string }) => e.action === 'sso.login').detail).toMatchObject({ providerId: provider.id, email: tina.email });
    await context.close();
  }, 60_000);

  it('[sso]: an admin sets up a provider on the settings screen, with the API’s field errors beside the fields', async () => {
    const ada = await createUser(deps(), null, { kind: 'staff', email: 'ada.admin@msp.example', name: 'Ada Lindqvist', role: 'admin', password: PASSWORD });
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/queue/mine`);
    await page.getByLabel('Email').fill(ada.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('link', { name: 'Single sign-on' }).click();
    await page.getByRole('heading', { name: 'Single sign-on' }).waitFor();
    await page.getByText(`${base}/api/v1/auth/sso/callback`).first().waitFor();

    await page.getByRole('button', { name: 'Add a provider' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a sign-in provider' });
    await focused(dialog.getByLabel('Name on the button'));
    await page.keyboard.type('Google Workspace');
    await dialog.getByLabel('Client ID').fill(idp.clientId);
    await dialog.getByLabel('Issuer').fill(idp.issuer);
    await dialog.getByLabel('Client secret').fill(idp.clientSecret);
    await dialog.getByLabel('Allowed email domains').fill('msp.example, example');
    await dialog.getByLabel('Someone without an account').selectOption('technician');
    await dialog.getByLabel('technician', { exact: true }).check();
    await dialog.getByLabel('Client secret').press('Enter');
    await dialog.getByText('"example" is not a domain name').waitFor();
    expect(await dialog.getByLabel('Allowed email domains').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'sso-provider-form');
    await dialog.getByLabel('Allowed email domains').fill('msp.example');
    await dialog.getByRole('button', { name: 'Add provider' }).click();
    await page.getByRole('heading', { name: 'Google Workspace', exact: true }).waitFor();
    await page.getByText('gets a staff account as technician').waitFor();
    await screenshot(page, 'sso-settings', { fullPage: true });

    // Removing asks first and says what happens; Escape keeps it.
    await page.getByRole('button', { name: 'Remove Google Workspace' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove Google Workspace?' });
    await confirm.getByText('Accounts, tickets and signed-in sessions stay as they are.').waitFor();
    await page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);
    await page.getByRole('button', { name: 'Remove Google Workspace' }).click();
    await confirm.getByRole('button', { name: 'Remove provider' }).click();
    await page.getByRole('heading', { name: 'Google Workspace', exact: true }).waitFor({ state: 'detached' });
    await context.close();
  }, 60_000);
});
