/**
 * Browser tests: the real server (test database, seeded world) listening on a loopback port, the
 * built web app, and Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { createUser } from '../../src/modules/staff/index.js';
import { createToken } from '../../src/modules/auth/index.js';
import { actorOf, findUserById } from '../../src/modules/auth/auth.repository.js';
import { startTestApp, type TestApp } from '../support/app.js';

export const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_OUT = path.join(ROOT, 'dist/web');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
export const PASSWORD = 'e2e-password-123';

/** Newest modification time under a directory (the web app's sources). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * `npm test` builds first; a direct `vitest run` builds the web app here when dist/web is missing
 * or older than its sources. A lock directory keeps parallel test files from building at once.
 */
export async function ensureWebBuild(): Promise<void> {
  const index = path.join(WEB_OUT, 'index.html');
  // The app also bundles the SLA minutes rule it shares with the server.
  const sources = () => Math.max(newest(path.join(ROOT, 'web')), ...['vite.config.ts', 'src/modules/sla/minutes.ts'].map((f) => statSync(path.join(ROOT, f)).mtimeMs));
  const stale = () => !existsSync(index) || statSync(index).mtimeMs < sources();
  if (!stale()) return;
  const lock = path.join(ROOT, 'dist/.web-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000 || Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (stale()) {
      const { build } = await import('vite');
      await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: path.join(ROOT, 'web'), logLevel: 'warn' });
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Starts Debian's Chromium, or fails the run with what to install — never a silent skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM}. Install it with: sudo apt-get update && sudo apt-get install -y chromium (.ci/run does this).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Waits until the element has the keyboard focus: these flows must work without a mouse. */
export async function focused(locator: Locator): Promise<void> {
  for (let i = 0; i < 50; i += 1) {
    if (await locator.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected focus on ${String(locator)}`);
}

export interface E2eUser {
  id: string;
  email: string;
  name: string;
}

export interface E2eWorld {
  app: TestApp;
  base: string;
  tech: E2eUser;
  lead: E2eUser;
  /** Client user of organisation A (Alder Dental) and of organisation B (Birch Logistics). */
  clientA: E2eUser & { contactId: string };
  clientB: E2eUser & { contactId: string };
  /** The caller on file for the phone test: Alice Moreno of Alder Dental. */
  caller: { name: string; phone: string; typed: string };
  /** The round-the-clock calendar, SLA policy and both clients' contracts (SLA_TARGETS). */
  sla: { calendarId: string; policyId: string; contractIds: string[] };
  close(): Promise<void>;
}

export async function ok<T = any>(app: TestApp, token: string, method: string, url: string, body?: unknown): Promise<T> {
  const res = await app.call(token, method, url, body);
  if (res.status >= 300) throw new Error(`${method} ${url} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/**
 * A served world with people who can sign in: a technician and a team lead (staff, with
 * passwords), one client user per organisation, and a few realistic tickets — all made through
 * the real use cases and the API. `config` overrides settings (e.g. a secret key for providers).
 */
export async function startE2eWorld(config: Record<string, string> = {}): Promise<E2eWorld> {
  await ensureWebBuild();
  const app = await startTestApp('sqlite', config);
  // Browsers keep cookies in real time: a session cookie stamped with the test clock's date
  // would already be expired, so this world runs on the real clock.
  Object.assign(app.clock, { now: () => Date.now(), iso: () => new Date().toISOString() });
  const { world } = app;
  const db = app.sb.database.db;
  const deps = { db, clock: app.clock };
  const tech = await createUser(deps, null, { kind: 'staff', email: 'tina.tech@msp.example', name: 'Tina Okafor', role: 'technician', tier: 1, teamId: world.teamId, password: PASSWORD });
  const lead = await createUser(deps, null, { kind: 'staff', email: 'lee.lead@msp.example', name: 'Lee Harrington', role: 'service_manager', tier: 3, teamId: world.teamId, password: PASSWORD });
  const owner = world.tokens.owner;

  await ok(app, owner, 'PATCH', `/api/v1/organizations/${world.a.id}`, { name: 'Alder Dental Group' });
  await ok(app, owner, 'PATCH', `/api/v1/organizations/${world.b.id}`, { name: 'Birch Logistics' });
  await ok(app, owner, 'PATCH', `/api/v1/users/${world.staffIds.owner}`, { name: 'Morgan Reyes' });
  await ok(app, owner, 'PATCH', `/api/v1/sites/${world.a.siteId}`, { name: 'Lincoln Park surgery', address: '2100 N Clark St, Chicago' });
  await ok(app, owner, 'PATCH', `/api/v1/sites/${world.b.siteId}`, { name: 'Thurrock depot', address: 'Unit 4, London Road, Grays' });
  const people: [string, string, string, string, string][] = [
    [world.a.contactId, 'Alice Moreno', 'Practice Manager', 'alice.moreno@alderdental.example', '+1 312 555 0147'],
    [world.a.otherContactId, 'Bob Jansen', 'Office Administrator', 'bob.jansen@alderdental.example', '+1 312 555 0190'],
    [world.b.contactId, 'Bianca Reyes', 'Dispatcher', 'bianca.reyes@birchlogistics.example', '+44 1375 555 021'],
    [world.b.otherContactId, 'Ben Walsh', 'Operations Director', 'ben.walsh@birchlogistics.example', '+44 1375 555 088'],
  ];
  for (const [id, name, title, email, phone] of people) {
    await ok(app, owner, 'PATCH', `/api/v1/contacts/${id}`, { name, title, emails: [email], phones: [{ number: phone, label: 'mobile' }] });
  }

  const clientUser = async (organizationId: string, contactId: string) => {
    const users = await ok<{ items: { id: string; email: string; contactId: string }[] }>(app, owner, 'GET', `/api/v1/users?kind=client&organizationId=${organizationId}`);
    const user = users.items.find((u) => u.contactId === contactId)!;
    const name = people.find(([id]) => id === contactId)![1];
    await ok(app, owner, 'PATCH', `/api/v1/users/${user.id}`, { password: PASSWORD, name });
    return { id: user.id, email: user.email, name, contactId };
  };
  const clientA = await clientUser(world.a.id, world.a.contactId);
  const clientB = await clientUser(world.b.id, world.b.contactId);

  const seed: [org: typeof world.a, subject: string, priority: string, status: string, assignee: string | null, channel: string][] = [
    [world.a, 'X-ray viewer will not open on surgery 2 PC', 'P2', 'open', tech.id, 'phone'],
    [world.b, 'Label printer in dispatch prints blank labels', 'P2', 'new', null, 'email'],
    [world.a, 'New starter: account and email for Dr. Patel', 'P4', 'open', tech.id, 'portal'],
    [world.b, 'VPN drops every 20 minutes for remote planners', 'P3', 'waiting_on_client', tech.id, 'email'],
    [world.a, 'Backup job failed on the practice server', 'P1', 'open', lead.id, 'alert'],
    [world.b, 'Shared mailbox missing from Outlook', 'P3', 'waiting_on_vendor', lead.id, 'phone'],
    [world.a, 'Reception phone shows “no service”', 'P3', 'new', null, 'phone'],
  ];
  for (const [org, subject, priority, status, assigneeId, channel] of seed) {
    const t = await ok(app, owner, 'POST', '/api/v1/tickets', { organizationId: org.id, contactId: org.contactId, siteId: org.siteId, subject, priority, channel, teamId: world.teamId, ...(assigneeId ? { assigneeId } : {}) });
    if (status !== t.status) await ok(app, owner, 'PATCH', `/api/v1/tickets/${t.id}`, { status });
  }

  await app.sb.app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.sb.app.server.address() as { port: number };
  const w: Omit<E2eWorld, 'sla'> = {
    app,
    base: `http://127.0.0.1:${address.port}`,
    tech: { id: tech.id, email: tech.email, name: tech.name },
    lead: { id: lead.id, email: lead.email, name: lead.name },
    clientA,
    clientB,
    caller: { name: 'Alice Moreno', phone: '+13125550147', typed: '+1 312 555 0147' },
    close: () => app.close(),
  };
  // Both clients are under contract, so every open ticket has SLA clocks from the start.
  return { ...w, sla: await addSlaContracts(w) };
}

/** A fresh browser context (its own cookies) on a desktop or phone-sized screen. */
export async function newContext(browser: Browser, size: 'desktop' | 'phone' = 'desktop'): Promise<BrowserContext> {
  const context = await browser.newContext(
    size === 'phone' ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } : { viewport: { width: 1440, height: 900 } },
  );
  context.setDefaultTimeout(10_000);
  return context;
}

export async function signIn(page: Page, base: string, email: string, url = '/'): Promise<void> {
  await page.goto(base + url);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** Saves a screenshot of a main screen for the README. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Let fonts settle and transitions finish so the picture is stable.
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? false, animations: 'disabled' });
}

/** The owner's API token: test set-up goes through the API like any integration. */
export function owner(w: Pick<E2eWorld, 'app'>): string {
  return w.app.world.tokens.owner;
}

/**
 * Runs `fn` with the server's clock set `ms` in the past (real time otherwise), to make history:
 * tickets opened hours ago whose SLA clocks have already run out, months of resolved calls.
 */
export async function atTime<T>(w: E2eWorld, at: number, fn: () => Promise<T>): Promise<T> {
  const clock = w.app.clock as unknown as { now: () => number; iso: () => string };
  const { now, iso } = clock;
  Object.assign(clock, { now: () => at, iso: () => new Date(at).toISOString() });
  try {
    return await fn();
  } finally {
    Object.assign(clock, { now, iso });
  }
}

/** The SLA targets of the e2e contracts, in covered minutes (24x7, so covered = wall time). */
export const SLA_TARGETS = {
  P1: { firstResponse: 15, resolution: 240 },
  P2: { firstResponse: 60, nextReply: 120, resolution: 480 },
  P3: { firstResponse: 240, resolution: 1440 },
  P4: { firstResponse: 480, resolution: 2880 },
};

/**
 * A round-the-clock calendar, an SLA policy and an active contract for both client
 * organisations, through the API. Open tickets get their clocks at once.
 */
async function addSlaContracts(w: Pick<E2eWorld, 'app'>): Promise<E2eWorld['sla']> {
  const { app } = w;
  const calendar = await ok(app, owner(w), 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'Europe/London', preset: '24x7' });
  const policy = await ok(app, owner(w), 'POST', '/api/v1/sla-policies', { name: 'Managed service standard', targets: SLA_TARGETS });
  const contractIds: string[] = [];
  for (const [org, name] of [[app.world.a.id, 'Alder Dental managed IT'], [app.world.b.id, 'Birch Logistics managed IT']] as const) {
    // In force since the start of last year: the seeded tickets and back-dated history fall in its term.
    const startsAt = `${new Date().getUTCFullYear() - 1}-01-01T00:00:00Z`;
    const contract = await ok(app, owner(w), 'POST', '/api/v1/contracts', { organizationId: org, name, kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }], startsAt });
    contractIds.push(contract.id);
  }
  return { calendarId: calendar.id, policyId: policy.id, contractIds };
}

/** Another technician who can sign in. */
export async function addStaff(w: E2eWorld, name: string, email: string, tier = 1, role = 'technician'): Promise<E2eUser> {
  const user = await createUser({ db: w.app.sb.database.db, clock: w.app.clock }, null, { kind: 'staff', email, name, role, tier, teamId: w.app.world.teamId, password: PASSWORD });
  return { id: user.id, email: user.email, name: user.name };
}

/** An API token of a staff member, for set-up done in their name (calls they took, say). */
export async function tokenOf(w: Pick<E2eWorld, 'app'>, userId: string): Promise<string> {
  const db = w.app.sb.database.db;
  return (await createToken({ db, clock: w.app.clock }, actorOf((await findUserById(db, userId))!)!, { name: 'e2e', ip: null })).token;
}

/** Handles every deadline that is due (SLA notices, escalation steps), as the engine role would. */
export async function runEngine(w: E2eWorld): Promise<void> {
  await w.app.sb.engine!.engine.runOnce();
}

/**
 * The phone-first path, keyboard only: `n`, the caller found by number, subject, notes, one
 * priority up from P3, and — with `resolve` — Alt+R to resolve it on the call; Ctrl+Enter logs
 * it. Returns the new ticket's number once its page is open.
 */
export async function logPhoneTicket(page: Page, w: E2eWorld, call: { subject: string; notes: string; resolve: boolean; screenshot?: string }): Promise<string> {
  await page.keyboard.press('n');
  const caller = page.getByRole('combobox', { name: 'Caller' });
  await focused(caller);
  await page.keyboard.type(w.caller.typed);
  await page.getByRole('option', { name: /Alice Moreno/ }).waitFor();
  await page.keyboard.press('Enter');
  const subject = page.getByRole('textbox', { name: 'Subject' });
  await focused(subject);
  const client = await page.getByLabel('Client').locator('option:checked').textContent();
  if (client !== 'Alder Dental Group') throw new Error(`the caller's client did not fill in: ${client}`);
  await page.keyboard.type(call.subject);
  await page.keyboard.press('Tab');
  await page.keyboard.type(call.notes);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft'); // P3 → P2
  if (call.resolve) {
    await page.keyboard.press('Alt+r');
    if (!(await page.getByRole('checkbox', { name: /Resolved on this call/ }).isChecked())) throw new Error('Alt+R did not tick “Resolved on this call”');
  }
  if (call.screenshot) await screenshot(page, call.screenshot);
  await page.keyboard.press('Control+Enter');
  await page.waitForURL(/\/tickets\/SB-\d+$/);
  await page.getByRole('heading', { name: call.subject }).waitFor();
  return new URL(page.url()).pathname.split('/').pop()!;
}
