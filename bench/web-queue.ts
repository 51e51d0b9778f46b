/**
 * Benchmark: the agents' console in a real browser on a large ticket base — how long from
 * navigation until the queue page is interactive, and how much JavaScript the first load needs.
 *
 * A fresh SQLite database under /tmp is migrated and given 200 client organisations, 5 teams and
 * 40 technicians (real use cases; one technician has a password), then N tickets are bulk-inserted
 * straight into the tables (bench/generate.ts, as the queue benchmark does). Open tickets get an
 * SLA due time between 2 hours ago and 2 days ahead (a direct UPDATE of tickets.sla_due_at, the
 * column the engine maintains), so the at-risk queue has work to sort. The real web node
 * (bench/servers/full.ts) serves it and the built app (dist/web, built first when stale) from a
 * child process on 127.0.0.1.
 *
 * Headless Chromium (Debian's /usr/bin/chromium, through playwright-core) signs in once through the
 * sign-in form; then, per queue page, each run opens a new browser context with that session (an
 * empty HTTP cache: the cold first visit of the day) and navigates to the queue. "Interactive" is
 * the page's own clock (performance.now(), from the start of the navigation) at the first frame
 * painted after the first ticket row is in the document, visible and focusable; each run then
 * checks that the row really takes the focus. Warm runs repeat the navigation in one context
 * (cached scripts). Initial JavaScript is the entry script of dist/web/index.html and the modules
 * it preloads, gzipped (level 9, as served from the .gz files); pages loaded later (reports, on call)
 * are listed apart.
 *
 * Bars: interactive p95 < 1000 ms on every queue measured (cold), initial JavaScript < 300 KB gzipped.
 *
 *   node --import tsx bench/web-queue.ts [--tickets 1000000] [--runs 15] [--warmup 2]
 *                                        [--queues mine,at-risk,unassigned,open]
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { createUser } from '../src/modules/staff/index.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { generateTickets, setDueTimes, settle, type Population } from './generate.js';
import { createOrganization, createStaff, fmt, machine, parseFlags, percentile, ROOT, startServer, verdict, type ChildServer } from './lib.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB_OUT = path.join(ROOT, 'dist/web');
const EMAIL = 'bench.tech@msp.example';
const PASSWORD = 'bench-password-123';
const INTERACTIVE_BAR_MS = 1000;
const JS_BAR_KB = 300;
/** The whole benchmark stops (and cleans up) if it runs longer than this. */
const DEADLINE_MS = 30 * 60_000;

interface Options {
  tickets: number;
  runs: number;
  warmup: number;
  queues: string[];
}

interface Run {
  interactiveMs: number;
  /** The queue's GET /api/v1/tickets as the page saw it (request start to response end). */
  apiMs: number;
  /** Script bytes received over the wire (compressed), from resource timing. */
  scriptBytes: number;
}

// ---------------------------------------------------------------- the web build

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds dist/web with Vite when it is missing or older than web/ (what `npm run build` does). */
async function ensureWebBuild(): Promise<void> {
  const index = path.join(WEB_OUT, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'web')), statSync(path.join(ROOT, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('building the web app (dist/web is missing or stale)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), root: path.join(ROOT, 'web'), logLevel: 'warn' });
}

/** The scripts the first page load needs: the entry module and every module it preloads. */
function initialScripts(): { initial: string[]; later: string[] } {
  const html = readFileSync(path.join(WEB_OUT, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const later = readdirSync(path.join(WEB_OUT, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(f));
  return { initial, later };
}

const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;

function sizes(file: string): { raw: number; gzip: number; brotli: number } {
  const full = path.join(WEB_OUT, 'assets', file);
  const data = readFileSync(full);
  const gzip = existsSync(`${full}.gz`) ? statSync(`${full}.gz`).size : gzipSync(data, { level: 9 }).length;
  const brotli = existsSync(`${full}.br`) ? statSync(`${full}.br`).size : Number.NaN;
  return { raw: data.length, gzip, brotli };
}

// ---------------------------------------------------------------- the data

async function populate(database: Database, tickets: number): Promise<void> {
  const db = database.db;
  const teams: string[] = [];
  for (const name of ['Service Desk', 'Infrastructure', 'Security', 'Onboarding', 'Field Engineers']) {
    const id = newId();
    await db.insertInto('teams').values({ id, name, lead_user_id: null, created_at: new Date().toISOString() }).execute();
    teams.push(id);
  }
  const organizations = [];
  for (let i = 0; i < 200; i++) organizations.push(await createOrganization(db, `client-${i}`, 5));
  const population: Population = { organizations, teams, agents: [] };
  // The technician who signs in owns as many tickets as any other.
  const me = await createUser({ db, clock: systemClock }, null, {
    kind: 'staff', email: EMAIL, name: 'Bench Technician', role: 'technician', tier: 1, teamId: teams[0], password: PASSWORD,
  });
  population.agents.push({ id: me.id, teamId: teams[0] });
  for (let i = 0; i < 39; i++) {
    const teamId = teams[i % teams.length];
    population.agents.push({ id: (await createStaff(db, `tech${i}@msp.example`, 'technician', { teamId })).id, teamId });
  }
  const started = performance.now();
  await generateTickets(database, population, {
    tickets,
    onProgress: (done) => console.log(`generated ${done.toLocaleString('en')} tickets (${fmt((performance.now() - started) / 1000)} s)`),
  });
  await setDueTimes(database);
  await settle(database);
}

// ---------------------------------------------------------------- the browser

/** Marks the first painted frame with a visible, focusable ticket row (in the page's own clock). */
const MARK_INTERACTIVE = `(() => {
  const ready = () => {
    const row = document.querySelector('.ticket-row');
    return row && row.isConnected && row.getClientRects().length > 0 && row.tabIndex >= 0 && !row.closest('[inert]') ? row : null;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    window.__sbRowInDom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__sbInteractive = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`This benchmark needs Debian's Chromium at ${CHROMIUM} (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

async function signIn(browser: Browser, base: string): Promise<StorageState> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

async function measureOnce(context: BrowserContext, url: string): Promise<Run> {
  const page = await context.newPage();
  try {
    await page.addInitScript(MARK_INTERACTIVE);
    await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
    await page.waitForFunction(() => typeof (globalThis as { __sbInteractive?: number }).__sbInteractive === 'number', null, { timeout: 30_000, polling: 20 });
    // Runs in the page (DOM types are not in this program's lib).
    const result = await page.evaluate(() => {
      interface Timing { name: string; initiatorType: string; startTime: number; responseEnd: number; encodedBodySize: number }
      const g = globalThis as unknown as {
        __sbInteractive: number;
        document: { querySelector(s: string): { focus(): void } | null; activeElement: unknown };
        performance: { getEntriesByType(type: string): Timing[] };
      };
      const row = g.document.querySelector('.ticket-row');
      row?.focus();
      const resources = g.performance.getEntriesByType('resource');
      const api = resources.filter((r) => r.name.includes('/api/v1/tickets?')).map((r) => r.responseEnd - r.startTime);
      const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).reduce((a, r) => a + r.encodedBodySize, 0);
      return { interactive: g.__sbInteractive, focused: row !== null && g.document.activeElement === row, api: api[0] ?? Number.NaN, scripts };
    });
    if (!result.focused) throw new Error(`the first ticket row on ${url} did not take the focus`);
    return { interactiveMs: result.interactive, apiMs: result.api, scriptBytes: result.scripts };
  } finally {
    await page.close();
  }
}

interface QueueResult {
  queue: string;
  cold: Run[];
  warm: Run[];
}

async function measureQueue(browser: Browser, base: string, state: StorageState, queue: string, o: Options): Promise<QueueResult> {
  const url = `${base}/queue/${queue}`;
  const cold: Run[] = [];
  for (let i = 0; i < o.warmup + o.runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: state });
    try {
      const run = await measureOnce(context, url);
      if (i >= o.warmup) cold.push(run);
    } finally {
      await context.close();
    }
  }
  const warm: Run[] = [];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, storageState: state });
  try {
    for (let i = 0; i < o.warmup + o.runs; i++) {
      const run = await measureOnce(context, url);
      if (i >= o.warmup) warm.push(run);
    }
  } finally {
    await context.close();
  }
  return { queue, cold, warm };
}

const stat = (runs: Run[], key: keyof Run) => {
  const values = runs.map((r) => r[key]).filter((v) => Number.isFinite(v));
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
};

// ---------------------------------------------------------------- the run

export async function runWebQueue(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const o: Options = {
    tickets: Number(flags.tickets ?? 1_000_000),
    runs: Number(flags.runs ?? 15),
    warmup: Number(flags.warmup ?? 2),
    queues: (flags.queues ?? 'mine,at-risk,unassigned,open').split(',').filter(Boolean),
  };
  if (!(o.tickets > 0) || !(o.runs > 0) || !(o.warmup >= 0) || o.queues.some((q) => !/^[a-z-]+$/.test(q))) {
    throw new Error('usage: web-queue [--tickets N] [--runs N] [--warmup N] [--queues mine,at-risk,unassigned,open]');
  }

  await ensureWebBuild();
  const { initial, later } = initialScripts();
  const initialSizes = initial.map((f) => ({ file: f, ...sizes(f) }));
  const initialGzip = initialSizes.reduce((a, s) => a + s.gzip, 0);

  let dir: string | undefined;
  let database: Database | undefined;
  let server: ChildServer | undefined;
  let browser: Browser | undefined;
  const deadline = setTimeout(() => {
    console.error(`web-queue: still running after ${DEADLINE_MS / 60_000} minutes; stopping.`);
    void browser?.close();
    void server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    process.exit(2);
  }, DEADLINE_MS);
  deadline.unref();
  try {
    dir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-web-'));
    database = connect({ databaseUrl: '', dataDir: dir });
    await migrateToLatest(database);
    const started = performance.now();
    await populate(database, o.tickets);
    const size = readdirSync(dir).reduce((a, f) => a + statSync(path.join(dir!, f)).size, 0);
    console.log(`${o.tickets.toLocaleString('en')} tickets ready in ${fmt((performance.now() - started) / 1000)} s; database ${fmt(size / 2 ** 20, 0)} MiB`);
    await database.close();
    database = undefined;

    server = await startServer('bench/servers/full.ts', { BENCH_DATA_DIR: dir });
    browser = await launch();
    const state = await signIn(browser, server.url);
    console.log(`measuring ${o.runs} runs (after ${o.warmup} warm-up) per queue; ${machine()}; Chromium ${browser.version()}`);
    const results: QueueResult[] = [];
    for (const queue of o.queues) {
      const r = await measureQueue(browser, server.url, state, queue, o);
      results.push(r);
      const c = stat(r.cold, 'interactiveMs');
      const w = stat(r.warm, 'interactiveMs');
      const api = stat(r.cold, 'apiMs');
      console.log(
        `  /queue/${queue.padEnd(11)} interactive cold p50 ${fmt(c.p50, 0)} ms p95 ${fmt(c.p95, 0)} ms max ${fmt(c.max, 0)} ms · warm p50 ${fmt(w.p50, 0)} ms p95 ${fmt(w.p95, 0)} ms · its GET /api/v1/tickets p50 ${fmt(api.p50, 0)} ms p95 ${fmt(api.p95, 0)} ms · scripts over the wire ${kb(r.cold[0].scriptBytes)}`,
      );
    }
    console.log(`done; ${machine()}`);

    console.log(`initial JavaScript (${initial.length} file${initial.length === 1 ? '' : 's'} loaded by index.html):`);
    for (const s of initialSizes) console.log(`  ${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip, ${kb(s.brotli)} brotli`);
    console.log(`  loaded when first opened: ${later.map((f) => `${f} (${kb(sizes(f).gzip)} gzip)`).join(', ') || 'none'}`);

    let ok = initialGzip < JS_BAR_KB * 1024;
    console.log(`web-queue summary (${o.tickets.toLocaleString('en')} tickets, SQLite, headless Chromium, ${o.runs} cold runs per queue):`);
    for (const r of results) {
      const c = stat(r.cold, 'interactiveMs');
      const met = c.p95 < INTERACTIVE_BAR_MS;
      ok &&= met;
      console.log(`  /queue/${r.queue.padEnd(11)} interactive median ${fmt(c.p50, 0)} ms, p95 ${fmt(c.p95, 0)} ms (bar < ${INTERACTIVE_BAR_MS} ms: ${verdict(met)})`);
    }
    console.log(`  initial JavaScript ${kb(initialGzip)} gzipped (bar < ${JS_BAR_KB} KB: ${verdict(initialGzip < JS_BAR_KB * 1024)})`);
    return ok;
  } finally {
    clearTimeout(deadline);
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await database?.close().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runWebQueue(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
