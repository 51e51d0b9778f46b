/**
 * Benchmark: deadline-engine lag under load, on SQLite and on PostgreSQL (issue 3: "Engine lag
 * with 1,000,000 open tickets and 10,000 deadlines falling due inside one minute: p99 from due
 * time to the committed event under 100 ms").
 *
 * For each dialect: a fresh database (a SQLite file under /tmp, or a throwaway PostgreSQL cluster
 * from test/support/postgres-server.ts, both deleted afterwards, even on error or Ctrl-C) is
 * migrated and bulk-loaded straight into the tables (bench/engine-lag-load.ts): N open tickets with
 * their creation events, about N/2 deadlines pending days ahead (so the `deadlines_pending` index
 * is large) and N/4 long-handled ones. Then M tickets of a client on a 24x7 contract, each created
 * exactly its first-response target before its breach instant, with the breach deadline
 * `sla.breached:<ticket>:first_response:1` due at instants drawn uniformly over one minute that
 * starts a few seconds after the engine starts.
 *
 * The real `Engine` runs in this process as the engine role runs it: `slaNoticeHandlers`, the system
 * clock, a silent logger, the default poll (1 s), batch (200) and lease, woken only by its own timer
 * (it sleeps until the next due time). Each handler is wrapped to note when its `after()` callback
 * runs — right after the handling transaction committed — and the lag of a deadline is that moment
 * minus its due time. Reported: how many were handled (each must fire exactly once: sla_notices,
 * ticket events, deadlines and after() calls are counted), p50/p95/p99/max lag, where the time goes
 * (waiting to be claimed, inside the handler, completing and committing), what else competed for
 * the machine meanwhile (event-loop stalls, GC, time spent runnable but waiting for a CPU, PSI), and
 * the claim query's cost and plan on the full table.
 *
 * Bar (each dialect): lag p99 < 100 ms, every deadline handled exactly once.
 *
 *   node --import tsx bench/engine-lag.ts [--dialect sqlite|postgres|both] [--tickets 1000000] [--deadlines 10000]
 *        [--window-ms 60000] [--lead-ms 5000] [--rounds 1] [--compare concurrent[:N]] [--profile]
 *        [--batch N] [--poll-ms MS] [--wal-autocheckpoint PAGES] [--engines N] [--trace FILE]
 *
 * `--rounds R` measures R times on the same loaded database (a new client and measured set each
 * round). `--compare concurrent:N` alternates rounds of the production engine with rounds of the
 * change proposed for `Engine.runOnce` (the claimed batch handled by N concurrent workers on
 * PostgreSQL; bench/engine-lag-variant.ts), R pairs, so both meet the same machine conditions.
 * `--profile` times every SQL statement the engine runs (a Kysely plugin; adds a little overhead).
 * `--batch`, `--poll-ms`, `--wal-autocheckpoint` (SQLite) and `--engines N` (N engine instances, as N
 * nodes would run, each with its own node id, sharing this process's pool) are experiments: printed
 * as such, and the verdict that counts is the production one. `--trace FILE` writes every sample as
 * a JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import { Registry } from 'prom-client';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database, type Db } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { claimDue, upcoming, type Deadline } from '../src/platform/engine/deadlines.repository.js';
import { Engine, type DeadlineHandler, type EngineOptions } from '../src/platform/engine/engine.js';
import { createLogger } from '../src/platform/logger.js';
import { CalendarCache, slaNoticeHandlers } from '../src/modules/sla/index.js';
import { settle, prng } from './generate.js';
import { fmt, machine, parseFlags, percentile, verdict } from './lib.js';
import { loadBackground, loadMeasured } from './engine-lag-load.js';
import { ConcurrentEngine } from './engine-lag-variant.js';

const BAR_P99_MS = 100;
const NODE_ID = 'bench-engine';

interface Options {
  tickets: number;
  deadlines: number;
  windowMs: number;
  leadMs: number;
  rounds: number;
  /** Workers per claimed batch of the proposed engine change, alternated with production rounds. */
  compare?: number;
  profile: boolean;
  /** Experiments only (the defaults are production's). */
  batchSize?: number;
  pollMs?: number;
  walAutocheckpoint?: number;
  engines: number;
  trace?: string;
}

/** Which engine a round runs: production's, or the proposed change with N workers per claimed batch. */
type Variant = { kind: 'production' } | { kind: 'concurrent'; workers: number };

interface Sample {
  id: string;
  dueAt: number;
  lagMs: number;
  handlerMs: number;
  commitMs: number;
}

interface RoundResult {
  round: number;
  variant: string;
  /** Non-production settings (flags), if any. */
  experiment: string;
  handled: number;
  exactlyOnce: boolean;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Summary of what else competed for the machine. */
  contention: string;
}

interface DialectResult {
  dialect: DialectName;
  loadSeconds: number;
  rounds: RoundResult[];
}

// Temporary files and clusters are removed on any exit, including Ctrl-C (bench/lib.ts turns
// SIGINT/SIGTERM into process.exit, which runs 'exit' listeners; these must be synchronous).
const cleanups = new Set<() => void>();
process.on('exit', () => {
  for (const c of cleanups) {
    try {
      c();
    } catch {
      // best effort while exiting
    }
  }
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const n = (x: number) => x.toLocaleString('en');
const seconds = (ms: number) => `${fmt(ms / 1000)} s`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (xs: number[], p: number) => (xs.length ? percentile(xs, p) : Number.NaN);
const max = (xs: number[]) => (xs.length ? Math.max(...xs) : Number.NaN);

/** Notes, for each deadline whose handling committed, when its `after()` ran. */
class Recorder {
  readonly samples: Sample[] = [];
  readonly afterCalls = new Map<string, number>();
  readonly outcomes = new Map<string, number>();
  published = 0;

  /** Wraps a handler: calls the original and, if its result has `after`, notes when that runs. */
  wrap(h: DeadlineHandler): DeadlineHandler {
    return {
      kind: h.kind,
      handle: async (trx, deadline, now) => {
        const t0 = performance.now();
        const result = await h.handle(trx, deadline, now);
        const t1 = performance.now();
        if ('retryAt' in result) {
          this.count(`${h.kind} rescheduled`);
          return result;
        }
        this.count(`${h.kind} ${result.outcome}`);
        const after = result.after;
        if (!after) return result;
        return {
          ...result,
          after: () => {
            this.committed(deadline, t0, t1);
            after();
          },
        };
      },
    };
  }

  private committed(d: Deadline, t0: number, t1: number): void {
    const lagMs = Date.now() - d.dueAt;
    this.samples.push({ id: d.id, dueAt: d.dueAt, lagMs, handlerMs: t1 - t0, commitMs: performance.now() - t1 });
    this.afterCalls.set(d.id, (this.afterCalls.get(d.id) ?? 0) + 1);
  }

  private count(key: string): void {
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
  }
}

/** Profiling: wall time of every statement, by its SQL text (first 90 characters). */
class QueryTimer implements KyselyPlugin {
  private readonly open = new WeakMap<object, { t: number; node: RootOperationNode }>();
  private readonly byStatement = new Map<string, number[]>();
  constructor(private readonly compile: (node: RootOperationNode) => string) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.open.set(args.queryId, { t: performance.now(), node: args.node });
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const o = this.open.get(args.queryId);
    if (o) {
      const ms = performance.now() - o.t;
      const key = this.compile(o.node).replace(/\s+/g, ' ').trim().slice(0, 90);
      const list = this.byStatement.get(key) ?? [];
      list.push(ms);
      this.byStatement.set(key, list);
    }
    return args.result;
  }

  report(): string[] {
    return [...this.byStatement.entries()]
      .sort((a, b) => sum(b[1]) - sum(a[1]))
      .map(([sql, ms]) => `    ${String(ms.length).padStart(6)}×  p50 ${fmt(pct(ms, 50), 2).padStart(6)} ms  p99 ${fmt(pct(ms, 99), 2).padStart(6)} ms  max ${fmt(max(ms), 1).padStart(6)} ms  total ${fmt(sum(ms) / 1000, 2).padStart(6)} s  ${sql}`);
  }
}

/** A pressure-stall total (microseconds during which some task waited) from /proc/pressure, if present. */
function pressure(resource: 'cpu' | 'io'): number | undefined {
  try {
    const m = /^some .*total=(\d+)/m.exec(fs.readFileSync(`/proc/pressure/${resource}`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** [on-CPU, runnable-but-waiting] nanoseconds of a process's main thread, from /proc/<pid>/schedstat. */
function schedstat(pid: number | 'self'): [number, number] | undefined {
  try {
    const [cpu, wait] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
    return [cpu, wait];
  } catch {
    return undefined;
  }
}

/** The PostgreSQL server's processes (the postmaster, parent of the given backend, and its children), by role. */
function clusterProcesses(backendPid: number): Map<number, string> {
  const out = new Map<number, string>();
  try {
    const parentOf = (pid: string) => Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1]);
    const postmaster = parentOf(String(backendPid));
    out.set(postmaster, 'postmaster');
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (parentOf(entry) !== postmaster) continue;
        const title = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').replace(/^postgres: /, '').trim();
        out.set(Number(entry), /^\S+ \S+ [\d.]+\(\d+\)/.test(title) ? 'client backends' : title.replace(/\s*[\d(].*$/, ''));
      } catch {
        // exited meanwhile
      }
    }
  } catch {
    // not Linux, or the server is gone
  }
  return out;
}

const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };

/**
 * What else happened while measuring: event-loop stalls (anything synchronous blocks the engine's
 * timer), GC pauses, the time this process's main thread — the engine — was runnable but waiting for
 * a CPU, the same for the PostgreSQL server's processes, and Linux PSI (share of the time some task
 * on the machine waited for a CPU or for I/O): other work on the machine shows up here.
 */
class Diagnostics {
  private readonly loop = monitorEventLoopDelay({ resolution: 5 });
  private readonly gc: { kind: string; ms: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.gc.push({ kind: GC_KINDS[(e as unknown as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other', ms: e.duration });
  });
  private t0 = 0;
  private cpu0 = process.cpuUsage();
  private psiCpu0: number | undefined;
  private psiIo0: number | undefined;
  private self0: [number, number] | undefined;
  private readonly cluster0 = new Map<number, [number, number]>();
  /** Main thread's runnable-but-waiting milliseconds over the window, once stopped. */
  selfWaitMs = Number.NaN;

  /** `backendPid`: any backend of the PostgreSQL cluster, to watch the server's processes too. */
  constructor(private readonly backendPid?: number) {}

  start(): void {
    this.t0 = performance.now();
    this.cpu0 = process.cpuUsage();
    this.psiCpu0 = pressure('cpu');
    this.psiIo0 = pressure('io');
    this.self0 = schedstat('self');
    if (this.backendPid) {
      for (const pid of clusterProcesses(this.backendPid).keys()) {
        const st = schedstat(pid);
        if (st) this.cluster0.set(pid, st);
      }
    }
    this.loop.enable();
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): string[] {
    const wallMs = performance.now() - this.t0;
    this.loop.disable();
    this.observer.disconnect();
    const cpu = process.cpuUsage(this.cpu0);
    const share = (now: number | undefined, before: number | undefined) => (now === undefined || before === undefined ? 'n/a' : `${fmt((100 * (now - before)) / (wallMs * 1000), 0)}%`);
    const ms = (ns: number) => fmt(ns / 1e6, 0);
    const gcKinds = [...new Set(this.gc.map((p) => p.kind))].map((k) => {
      const xs = this.gc.filter((p) => p.kind === k).map((p) => p.ms);
      return `${k} ${xs.length}× (total ${fmt(sum(xs), 0)} ms, max ${fmt(max(xs), 1)} ms)`;
    });
    const self = schedstat('self');
    this.selfWaitMs = self && this.self0 ? (self[1] - this.self0[1]) / 1e6 : Number.NaN;
    const lines = [
      `this process: ${fmt((100 * (cpu.user + cpu.system)) / (wallMs * 1000), 0)}% of one core over ${seconds(wallMs)}; main thread runnable but waiting for a CPU ${fmt(this.selfWaitMs, 0)} ms; ` +
        `event-loop delay p99 ${ms(this.loop.percentile(99))} ms, max ${ms(this.loop.max)} ms; GC ${gcKinds.join(', ') || 'none'}`,
      `machine: some task waiting for a CPU ${share(pressure('cpu'), this.psiCpu0)} of the time, for I/O ${share(pressure('io'), this.psiIo0)} (PSI); ${machine()}`,
    ];
    if (this.backendPid) {
      // Processes that started during the window (autovacuum workers) count from zero.
      const byRole = new Map<string, [number, number]>();
      for (const [pid, role] of clusterProcesses(this.backendPid)) {
        const now = schedstat(pid);
        if (!now) continue;
        const before = this.cluster0.get(pid) ?? [0, 0];
        const acc = byRole.get(role) ?? [0, 0];
        byRole.set(role, [acc[0] + now[0] - before[0], acc[1] + now[1] - before[1]]);
      }
      const roles = [...byRole.entries()].filter(([, v]) => v[0] > 20e6 || v[1] > 20e6).sort((a, b) => b[1][0] - a[1][0]);
      lines.push(`PostgreSQL server: ${roles.map(([role, v]) => `${role} ${ms(v[0])} ms CPU, ${ms(v[1])} ms waiting for a CPU`).join('; ') || 'idle'}`);
    }
    return lines;
  }
}

async function countRows(db: Db, table: 'sla_notices' | 'ticket_events' | 'deadlines', where: (q: any) => any): Promise<number> {
  const row = await where(db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'))).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** What "handled exactly once" is checked against, counted before and after each round. */
async function tally(db: Db) {
  const breachedFirstResponse = (q: any) => q.where('id', 'like', 'sla.breached:%:first_response:1');
  return {
    notices: await countRows(db, 'sla_notices', (q) => q.where('kind', '=', 'breached')),
    events: await countRows(db, 'ticket_events', (q) => q.where('type', '=', 'sla.breached')),
    fired: await countRows(db, 'deadlines', (q) => breachedFirstResponse(q).where('outcome', '=', 'fired')),
    pending: await countRows(db, 'deadlines', (q) => breachedFirstResponse(q).where('done_at', 'is', null)),
  };
}

/** The claim query's cost and plan on the full table, each inside a transaction that is rolled back. */
async function claimProbe(database: Database, tag: string): Promise<void> {
  const db = database.db;
  class Rollback extends Error {}
  const timeClaim = async (atMs: number) => {
    let ms = 0;
    let rows = 0;
    await db
      .transaction()
      .execute(async (trx) => {
        const t0 = performance.now();
        rows = (await claimDue(trx, database.dialect, 'probe', new Date(atMs).toISOString(), new Date(atMs + 30_000).toISOString(), 200)).length;
        ms = performance.now() - t0;
        throw new Rollback();
      })
      .catch((e) => {
        if (!(e instanceof Rollback)) throw e;
      });
    return { ms, rows };
  };
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) idle.push((await timeClaim(Date.now())).ms);
  // Two days ahead, tens of thousands of background deadlines are due: a full batch of 200.
  const full: number[] = [];
  let claimed = 0;
  for (let i = 0; i < 5; i++) {
    const r = await timeClaim(Date.now() + 2 * 86_400_000);
    full.push(r.ms);
    claimed = r.rows;
  }
  const t0 = performance.now();
  await upcoming(db, new Date(Date.now() + 1000).toISOString(), 1);
  const upcomingMs = performance.now() - t0;
  console.log(
    `${tag} claimDue on the full table (rolled back): nothing due p50 ${fmt(pct(idle, 50), 2)} ms; ` +
      `${claimed} claimed out of a large backlog p50 ${fmt(pct(full, 50), 2)} ms; upcoming() ${fmt(upcomingMs, 2)} ms`,
  );
  const atIso = new Date(Date.now() + 2 * 86_400_000).toISOString();
  const leaseIso = new Date(Date.now() + 2 * 86_400_000 + 30_000).toISOString();
  const pg = database.dialect === 'postgres';
  const p = (k: number) => (pg ? `$${k}` : '?');
  // The statement of claimDue (src/platform/engine/deadlines.repository.ts), as it reaches the database.
  const text = `UPDATE deadlines SET lease_owner = ${p(1)}, lease_until = ${p(2)}, version = version + 1, attempts = attempts + 1
     WHERE id IN (SELECT id FROM deadlines WHERE done_at IS NULL AND due_at <= ${p(3)} AND (lease_until IS NULL OR lease_until < ${p(4)}) ORDER BY due_at LIMIT ${p(5)} ${pg ? 'FOR UPDATE SKIP LOCKED' : ''})
    RETURNING id, kind, subject_id, due_at, payload, version, attempts`;
  const params = ['probe', leaseIso, atIso, atIso, 200];
  let plan: string[];
  if (!pg) {
    plan = (database.sqlite!.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  } else {
    const client = await database.pool!.connect();
    try {
      await client.query('BEGIN');
      plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params)).rows.map((r: Record<string, string>) => r['QUERY PLAN']);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
  }
  console.log(`${tag} plan of the claim statement (200 due):\n${plan.map((l) => `    ${l}`).join('\n')}`);
}

/** Loads a fresh measured set, runs the engine over it, checks and reports. */
async function measureRound(database: Database, o: Options, variant: Variant, round: number, firstNumber: number): Promise<RoundResult> {
  const dialect = database.dialect;
  const label =
    variant.kind === 'production' ? 'production engine' : dialect === 'postgres' ? `proposed engine, ${variant.workers} workers per claimed batch` : 'proposed engine (1 worker on SQLite: as production)';
  const tag = `[${dialect} #${round}]`;
  const db = database.db;
  const before = await tally(db);

  // The measured deadlines: due uniformly over the window, which opens leadMs after the engine starts.
  const anchor = Date.now() + 8_000 + o.deadlines * 0.5;
  const r = prng(4242 + round);
  const dues = Array.from({ length: o.deadlines }, () => anchor + Math.floor(r() * o.windowMs)).sort((a, b) => a - b);
  const loadStart = performance.now();
  const measured = await loadMeasured(database, { dues, firstNumber, now: Date.now(), name: `measured-${round}` });
  const measuredIds = new Set(measured.map((m) => m.id));
  console.log(`${tag} ${label}: ${n(measured.length)} tickets with sla.breached deadlines loaded in ${seconds(performance.now() - loadStart)}`);

  // The engine, as the engine role builds it.
  const recorder = new Recorder();
  const handlers = slaNoticeHandlers({ calendars: new CalendarCache(), nodeId: NODE_ID, publish: () => void (recorder.published += 1) }).map((h) => recorder.wrap(h));
  const timer = o.profile ? new QueryTimer((node) => db.getExecutor().compileQuery(node, { queryId: 'profile' }).sql) : undefined;
  const experiments = [
    o.batchSize !== undefined ? `batchSize ${o.batchSize}` : '',
    o.pollMs !== undefined ? `pollMs ${o.pollMs}` : '',
    o.walAutocheckpoint !== undefined && dialect === 'sqlite' ? `PRAGMA wal_autocheckpoint = ${o.walAutocheckpoint}` : '',
    o.engines > 1 ? `${o.engines} engine instances` : '',
    o.profile ? 'statement timing (--profile)' : '',
  ].filter(Boolean);
  if (experiments.length) console.log(`${tag} EXPERIMENT, not the production setting: ${experiments.join(', ')}`);
  if (o.walAutocheckpoint !== undefined && dialect === 'sqlite') database.sqlite!.pragma(`wal_autocheckpoint = ${o.walAutocheckpoint}`);
  const engines = Array.from({ length: o.engines }, (_, k) => {
    const options: EngineOptions = {
      db: timer ? db.withPlugin(timer) : db,
      dialect,
      clock: systemClock,
      logger: createLogger('silent'),
      handlers,
      nodeId: o.engines === 1 ? NODE_ID : `${NODE_ID}-${k + 1}`,
      registry: new Registry(),
      batchSize: o.batchSize,
      pollMs: o.pollMs,
    };
    return variant.kind === 'production' ? new Engine(options) : new ConcurrentEngine(options, variant.workers);
  });
  const firstDue = dues[0];
  const lastDue = dues[dues.length - 1];
  try {
    const wait = firstDue - o.leadMs - Date.now();
    if (wait > 0) await sleep(wait);
    const lead = firstDue - Date.now();
    if (lead < 1000) throw new Error(`setting up the measured set took too long: only ${lead} ms left before the first deadline`);
    const backendPid = dialect === 'postgres' ? Number((await database.pool!.query('SELECT pg_backend_pid() AS pid')).rows[0].pid) : undefined;
    const diagnostics = new Diagnostics(backendPid);
    console.log(`${tag} engine starting ${seconds(lead)} before the first deadline; ${n(o.deadlines)} due over ${seconds(lastDue - firstDue)}`);
    diagnostics.start();
    for (const e of engines) e.start();

    // Wait for every deadline (at most a minute past the last one), reporting as it goes.
    const giveUp = lastDue + 60_000;
    let nextReport = firstDue + 10_000;
    while (recorder.samples.length < o.deadlines && Date.now() < giveUp) {
      await sleep(100);
      if (Date.now() >= nextReport) {
        nextReport += 10_000;
        const due = dues.filter((d) => d <= Date.now()).length;
        console.log(`${tag}   ${n(recorder.samples.length)} handled of ${n(due)} due so far; lag p99 so far ${fmt(pct(recorder.samples.map((s) => s.lagMs), 99), 0)} ms`);
      }
    }
    await Promise.all(engines.map((e) => e.stop()));
    const contention = diagnostics.stop();
    for (const line of contention) console.log(`${tag} during the run, ${line}`);

    // Exactly once?
    const after = await tally(db);
    const notices = after.notices - before.notices;
    const events = after.events - before.events;
    const fired = after.fired - before.fired;
    const calls = sum([...recorder.afterCalls.values()]);
    const once = recorder.afterCalls.size === o.deadlines && calls === o.deadlines && [...recorder.afterCalls.keys()].every((id) => measuredIds.has(id.split(':')[1]));
    const exactlyOnce = once && notices === o.deadlines && events === o.deadlines && fired === o.deadlines && after.pending === 0 && recorder.published === o.deadlines;
    console.log(
      `${tag} handled ${n(recorder.samples.length)} of ${n(o.deadlines)}: new sla_notices(breached) ${n(notices)}, sla.breached events ${n(events)}, ` +
        `deadlines fired ${n(fired)}, still pending ${n(after.pending)}, after() ${n(calls)} calls on ${n(recorder.afterCalls.size)} deadlines → ${exactlyOnce ? 'each exactly once' : 'NOT EXACTLY ONCE'}`,
    );
    console.log(`${tag} handler outcomes: ${[...recorder.outcomes.entries()].map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);

    const lags = recorder.samples.map((s) => s.lagMs);
    const result: RoundResult = {
      round,
      variant: label,
      experiment: experiments.join(', '),
      handled: recorder.samples.length,
      exactlyOnce,
      p50: pct(lags, 50),
      p95: pct(lags, 95),
      p99: pct(lags, 99),
      max: max(lags),
      contention: `main thread waited for a CPU ${fmt(diagnostics.selfWaitMs, 0)} ms`,
    };
    console.log(`${tag} lag due → committed: p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  max ${result.max} ms  (bar p99 < ${BAR_P99_MS} ms: ${verdict(result.p99 < BAR_P99_MS && exactlyOnce)})`);
    const handlerMs = recorder.samples.map((s) => s.handlerMs);
    const commitMs = recorder.samples.map((s) => s.commitMs);
    const waitMs = recorder.samples.map((s) => s.lagMs - s.handlerMs - s.commitMs);
    const part = (what: string, xs: number[]) => `${what} p50 ${fmt(pct(xs, 50), 2)} / p99 ${fmt(pct(xs, 99), 2)} / max ${fmt(max(xs), 1)} ms`;
    console.log(`${tag} where it goes: ${part('due → handler start (timer, claim, earlier ones)', waitMs)}; ${part('handler', handlerMs)}; ${part('complete + commit', commitMs)}`);
    console.log(`${tag} handler + complete + commit: mean ${fmt(sum(handlerMs.concat(commitMs)) / Math.max(1, recorder.samples.length), 2)} ms per deadline, ${fmt((100 * sum(handlerMs.concat(commitMs))) / (lastDue - firstDue), 0)}% of the window`);
    // When in the window the slow ones fell due: a cold start, a burst, or spread evenly?
    const slices = Array.from({ length: 6 }, () => [] as number[]);
    for (const s of recorder.samples) slices[Math.min(5, Math.floor(((s.dueAt - firstDue) / Math.max(1, lastDue - firstDue)) * 6))].push(s.lagMs);
    console.log(`${tag} lag p50/p99/max by sixth of the window: ${slices.map((xs) => (xs.length ? `${pct(xs, 50)}/${pct(xs, 99)}/${max(xs)}` : '-')).join('  ')} ms`);
    const worst = [...recorder.samples].sort((a, b) => b.lagMs - a.lagMs).slice(0, 3);
    console.log(`${tag} slowest: ${worst.map((s) => `${s.lagMs} ms (due +${fmt((s.dueAt - firstDue) / 1000, 2)} s; handler ${fmt(s.handlerMs, 1)}, commit ${fmt(s.commitMs, 1)} ms)`).join('; ')}`);
    if (timer) console.log(`${tag} statements run by the engine (--profile):\n${timer.report().join('\n')}`);
    if (o.trace) fs.appendFileSync(o.trace, recorder.samples.map((s) => JSON.stringify({ dialect, round, variant: label, ...s, dueOffsetMs: s.dueAt - firstDue })).join('\n') + '\n');
    return result;
  } finally {
    await Promise.all(engines.map((e) => e.stop().catch(() => undefined)));
  }
}

async function runDialect(dialect: DialectName, o: Options): Promise<DialectResult> {
  const tag = `[${dialect}]`;
  let dir: string | undefined;
  let pg: TestPostgres | undefined;
  let database: Database | undefined;
  const removeDir = () => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  const stopPg = () => pg?.stop();
  try {
    if (dialect === 'sqlite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-engine-lag-'));
      cleanups.add(removeDir);
      database = connect({ databaseUrl: '', dataDir: dir });
    } else {
      cleanups.add(stopPg);
      pg = await startTestPostgres();
      database = connect({ databaseUrl: pg.url, dataDir: '' });
    }
    await migrateToLatest(database);

    console.log(`${tag} bulk-loading ${n(o.tickets)} open tickets with their events and deadlines…`);
    const loadStart = performance.now();
    let nextNumber = await loadBackground(database, {
      tickets: o.tickets,
      now: Date.now(),
      onProgress: (done) => {
        const s = (performance.now() - loadStart) / 1000;
        console.log(`${tag}   ${n(done)} tickets (${fmt(s)} s, ${n(Math.round(done / s))} tickets/s)`);
      },
    });
    const insertedMs = performance.now() - loadStart;
    await settle(database);
    const loadMs = performance.now() - loadStart;
    const pending = await countRows(database.db, 'deadlines', (q) => q.where('done_at', 'is', null));
    const handled = await countRows(database.db, 'deadlines', (q) => q.where('done_at', 'is not', null));
    const size =
      dialect === 'sqlite'
        ? fs.readdirSync(dir!).reduce((a, f) => a + fs.statSync(path.join(dir!, f)).size, 0)
        : Number((await database.pool!.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s);
    console.log(
      `${tag} bulk load: ${seconds(loadMs)} (inserts ${seconds(insertedMs)}, then ${dialect === 'sqlite' ? 'WAL checkpoint' : 'VACUUM ANALYZE'} ${seconds(loadMs - insertedMs)}); ` +
        `${n(pending)} pending and ${n(handled)} handled deadlines; database ${fmt(size / 2 ** 20, 0)} MiB`,
    );

    const variants: Variant[] = [];
    for (let i = 0; i < o.rounds; i++) {
      variants.push({ kind: 'production' });
      if (o.compare !== undefined) variants.push({ kind: 'concurrent', workers: o.compare });
    }
    const rounds: RoundResult[] = [];
    for (const [i, variant] of variants.entries()) {
      rounds.push(await measureRound(database, o, variant, i + 1, nextNumber));
      nextNumber += o.deadlines;
    }
    await claimProbe(database, tag);
    return { dialect, loadSeconds: loadMs / 1000, rounds };
  } finally {
    await database?.close().catch(() => undefined);
    try {
      stopPg();
    } finally {
      cleanups.delete(stopPg);
      removeDir();
      cleanups.delete(removeDir);
    }
  }
}

/** Runs the benchmark; true when the production engine meets the bar in every round on every dialect. */
export async function runEngineLag(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const optional = (name: string) => (flags[name] === undefined ? undefined : Number(flags[name]));
  const compare = flags.compare === undefined ? undefined : /^concurrent(?::(\d+))?$/.exec(flags.compare);
  const o: Options = {
    tickets: Number(flags.tickets ?? 1_000_000),
    deadlines: Number(flags.deadlines ?? 10_000),
    windowMs: Number(flags['window-ms'] ?? 60_000),
    leadMs: Number(flags['lead-ms'] ?? 5_000),
    rounds: Number(flags.rounds ?? 1),
    compare: compare ? Number(compare[1] ?? 4) : undefined,
    profile: flags.profile === 'true',
    batchSize: optional('batch'),
    pollMs: optional('poll-ms'),
    walAutocheckpoint: optional('wal-autocheckpoint'),
    engines: Number(flags.engines ?? 1),
    trace: flags.trace,
  };
  const which = flags.dialect ?? 'both';
  const valid =
    ['sqlite', 'postgres', 'both'].includes(which) &&
    o.tickets >= 0 &&
    o.deadlines > 0 &&
    o.windowMs > 0 &&
    o.leadMs >= 1000 &&
    o.rounds >= 1 &&
    o.engines >= 1 &&
    (flags.compare === undefined || (compare !== null && o.compare! >= 1)) &&
    [o.batchSize, o.pollMs].every((v) => v === undefined || v > 0);
  if (!valid) {
    throw new Error(
      'usage: engine-lag [--dialect sqlite|postgres|both] [--tickets N] [--deadlines N] [--window-ms MS] [--lead-ms MS (>= 1000)] [--rounds R] ' +
        '[--compare concurrent[:N]] [--profile] [--batch N] [--poll-ms MS] [--wal-autocheckpoint PAGES] [--engines N] [--trace FILE]',
    );
  }
  const dialects: DialectName[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DialectName];
  const results: DialectResult[] = [];
  for (const d of dialects) results.push(await runDialect(d, o));
  let ok = true;
  console.log(`\nengine-lag summary (${n(o.tickets)} open tickets, ${n(o.deadlines)} sla.breached deadlines due over ${seconds(o.windowMs)}; lag = due → after() of the committed handling):`);
  for (const d of results) {
    console.log(`  ${d.dialect}: bulk load ${fmt(d.loadSeconds)} s`);
    for (const r of d.rounds) {
      const met = r.p99 < BAR_P99_MS && r.exactlyOnce && r.handled === o.deadlines;
      if (r.variant === 'production engine') ok &&= met;
      console.log(
        `    #${r.round} ${r.variant.padEnd(52)} handled ${n(r.handled)}${r.exactlyOnce ? ' (each exactly once)' : ' (NOT exactly once)'}  ` +
          `p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  max ${r.max} ms  (bar p99 < ${BAR_P99_MS} ms: ${verdict(met)}); ${r.contention}${r.experiment ? `  [EXPERIMENT: ${r.experiment}]` : ''}`,
      );
    }
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEngineLag(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
