/**
 * Benchmark: escalation paging lag (issue 4: "With 1,000,000 open tickets and 10,000 escalation
 * steps falling due inside one minute: p99 from due time to committed notification under 100 ms,
 * and to the provider call under 500 ms; zero duplicates. On SQLite, and on PostgreSQL with three
 * nodes.")
 *
 * For each dialect: a fresh database (SQLite file under /tmp, or a throwaway PostgreSQL cluster),
 * migrated and bulk-loaded with bench/engine-lag-load.ts's `loadBackground` (N open tickets). Then
 * M tickets of a client on a 24x7 contract (`loadMeasured`, whose own SLA breach deadlines are put
 * two days ahead so they never fire here), M staff users each with one SMS contact method, one
 * 1-step policy, and M active ladders (`escalations` rows with the policy snapshot targeting that
 * ticket's user) whose `escalation.step:<id>:1:0` deadlines fall due uniformly over one minute.
 *
 * Nodes: SQLite one; PostgreSQL three (each its own pool, engine and delivery worker, in this
 * process). Each node runs the real `Engine` with `escalationStepHandler` (ladder deps built as
 * src/main.ts builds them, coverage through `loadCoverage`) and a `DeliveryWorker` sending SMS with
 * `createTwilioProvider` to a FakeTwilio on loopback; the step's `onQueued` wakes the node's worker,
 * as in main.ts. Production defaults for poll, batch and lease.
 *
 * Measured per ladder: (a) due → the step's handling committed (the handler's `after()` runs right
 * after commit), (b) due → the provider call answered by the fake (the Twilio provider's `send`
 * resolved: an upper bound on "received by the fake").
 *
 *   node --import tsx bench/escalation-lag.ts [--dialect sqlite|postgres|both] [--tickets N] [--steps N] [--nodes 3] [--window-ms 60000]
 *        [--experiment-wake-again]
 *
 * `--experiment-wake-again` is an experiment, not production: a wake-up from `onQueued` that
 * arrives while the node's DeliveryWorker is mid-cycle is repeated once that cycle ends (today
 * `DeliveryWorker.wake()` ignores it, and a cycle that claimed nothing then sleeps a full poll).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { FakeTwilio } from '../test/support/fake-twilio.js';
import { systemClock } from '../src/platform/clock.js';
import { connect, type Database, type Db } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { Engine, type DeadlineHandler } from '../src/platform/engine/engine.js';
import { createLogger } from '../src/platform/logger.js';
import { newId } from '../src/platform/ids.js';
import { CalendarCache, loadCoverage } from '../src/modules/sla/index.js';
import { escalationStepHandler, type LadderDeps } from '../src/modules/escalation/index.js';
import type { PolicySnapshot } from '../src/modules/escalation/escalation.js';
import { DeliveryWorker } from '../src/modules/notify/index.js';
import type { Priority } from '../src/modules/tickets/index.js';
import { createTwilioProvider } from '../src/modules/notify/providers/twilio.js';
import type { Provider } from '../src/modules/notify/providers/provider.js';
import { settle, prng } from './generate.js';
import { fmt, machine, parseFlags, percentile, verdict } from './lib.js';
import { loadBackground, loadMeasured } from './engine-lag-load.js';

const BAR_COMMIT_MS = 100;
const BAR_PROVIDER_MS = 500;
const DAY = 86_400_000;

interface Options {
  tickets: number;
  steps: number;
  nodes: number;
  windowMs: number;
  /**
   * EXPERIMENT (not production): also re-wake the delivery worker once its current cycle ends when
   * `onQueued` arrives while it is busy (DeliveryWorker.wake() drops such a wake-up today).
   */
  wakeAgain: boolean;
}

interface Result {
  dialect: DialectName;
  nodes: number;
  loadSeconds: number;
  commit: number[];
  provider: number[];
  queued: number;
  uniqueKeys: number;
  sentRows: number;
  fakeSms: number;
  fakeDistinct: number;
  sendCalls: number;
  /** Step committed → provider answered, per notification. */
  gap: number[];
  ok: boolean;
}

const cleanups = new Set<() => void>();
process.on('exit', () => {
  for (const c of cleanups) {
    try {
      c();
    } catch {
      // best effort
    }
  }
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const n = (x: number) => x.toLocaleString('en');
const iso = (ms: number) => new Date(ms).toISOString();
const pct = (xs: number[], p: number) => (xs.length ? percentile(xs, p) : Number.NaN);
const stats = (xs: number[]) => `p50 ${pct(xs, 50)} ms  p95 ${pct(xs, 95)} ms  p99 ${pct(xs, 99)} ms  max ${xs.length ? Math.max(...xs) : NaN} ms  (n=${n(xs.length)})`;

async function chunked<T>(rows: T[], size: number, f: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await f(rows.slice(i, i + size));
}

/** Users, contact methods, the policy, the ladders and their step deadlines. Returns escalationId → {dueAt, address}. */
async function loadLadders(db: Db, ticketIds: string[], dues: number[]): Promise<Map<string, { dueAt: number; address: string }>> {
  const at = iso(Date.now() - DAY);
  const policyId = newId();
  const users = ticketIds.map((_, i) => ({ id: newId(), email: `oncall-${i}@bench.example`, address: `+1555${String(1_000_000 + i).padStart(7, '0')}` }));
  const out = new Map<string, { dueAt: number; address: string }>();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('escalation_policies')
      .values({ id: policyId, name: 'Bench 1-step', match: JSON.stringify({ trigger: 'created' }), steps: JSON.stringify([]), repeat: JSON.stringify({ times: 0, fromStep: 1 }), active: false, version: 1, created_at: at, updated_at: at })
      .execute();
    await chunked(users, 500, (c) => trx.insertInto('users').values(c.map((u) => ({ id: u.id, kind: 'staff', email: u.email, name: u.email.split('@')[0], role: 'agent', tier: 1, disabled: false, created_at: at }))).execute());
    await chunked(users, 500, (c) => trx.insertInto('contact_methods').values(c.map((u) => ({ id: newId(), user_id: u.id, method: 'sms', address: u.address, delay_minutes: 0, disabled: false, created_at: at }))).execute());
    const ladders = ticketIds.map((ticketId, i) => {
      const policy: PolicySnapshot = {
        id: policyId,
        name: 'Bench 1-step',
        version: 1,
        match: { trigger: 'created' },
        steps: [{ delayMinutes: 1, delayKind: 'wall', from: 'trigger', targets: [{ type: 'user', userId: users[i].id }], requiresAck: true }],
        repeat: { times: 0, fromStep: 1 },
      };
      const id = newId();
      out.set(id, { dueAt: dues[i], address: users[i].address });
      return { id, ticketId, policy, dueAt: dues[i] };
    });
    await chunked(ladders, 500, (c) =>
      trx
        .insertInto('escalations')
        .values(c.map((l) => ({ id: l.id, ticket_id: l.ticketId, policy_id: policyId, policy_snapshot: JSON.stringify(l.policy), trigger: 'created', state: 'active', next_step: 0, round: 1, started_at: iso(l.dueAt - 60_000), last_step_at: null, next_step_at: iso(l.dueAt), acknowledged_by: null, acknowledged_at: null, ended_at: null, version: 1 })))
        .execute(),
    );
    await chunked(ladders, 500, (c) =>
      trx
        .insertInto('deadlines')
        .values(c.map((l) => ({ id: `escalation.step:${l.id}:1:0`, kind: 'escalation.step', subject_id: l.id, due_at: iso(l.dueAt), payload: JSON.stringify({ round: 1, step: 0, roundStartedAt: l.dueAt - 60_000 }), version: 1, lease_owner: null, lease_until: null, attempts: 0, done_at: null, outcome: null, created_at: at })))
        .execute(),
    );
  });
  return out;
}

async function runDialect(dialect: DialectName, o: Options): Promise<Result> {
  const tag = `[${dialect}]`;
  const nodes = dialect === 'sqlite' ? 1 : o.nodes;
  let dir: string | undefined;
  let pg: TestPostgres | undefined;
  const databases: Database[] = [];
  const fake = new FakeTwilio();
  const removeDir = () => dir && fs.rmSync(dir, { recursive: true, force: true });
  const stopPg = () => pg?.stop();
  const engines: Engine[] = [];
  const workers: DeliveryWorker[] = [];
  try {
    let main: Database;
    if (dialect === 'sqlite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-escalation-lag-'));
      cleanups.add(removeDir);
      main = connect({ databaseUrl: '', dataDir: dir });
    } else {
      cleanups.add(stopPg);
      pg = await startTestPostgres();
      main = connect({ databaseUrl: pg.url, dataDir: '' });
    }
    databases.push(main);
    await migrateToLatest(main);

    console.log(`${tag} bulk-loading ${n(o.tickets)} open tickets…`);
    const loadStart = performance.now();
    const firstNumber = await loadBackground(main, {
      tickets: o.tickets,
      now: Date.now(),
      onProgress: (done) => console.log(`${tag}   ${n(done)} tickets (${fmt((performance.now() - loadStart) / 1000)} s)`),
    });
    await settle(main);
    const loadMs = performance.now() - loadStart;
    console.log(`${tag} bulk load ${fmt(loadMs / 1000)} s`);

    // The measured tickets (24x7 client); their own SLA deadlines are two days ahead.
    const setupStart = performance.now();
    const far = Date.now() + 2 * DAY;
    const measured = await loadMeasured(main, { dues: Array.from({ length: o.steps }, (_, i) => far + i), firstNumber, now: Date.now(), name: 'paged-client' });
    const anchor = Date.now() + 15_000 + o.steps * 1;
    const r = prng(4711);
    const dues = Array.from({ length: o.steps }, () => anchor + Math.floor(r() * o.windowMs));
    const ladders = await loadLadders(main.db, measured.map((m) => m.id), dues);
    const byAddress = new Map([...ladders.values()].map((l) => [l.address, l.dueAt]));
    console.log(`${tag} ${n(o.steps)} ladders with users, SMS contact methods and step deadlines loaded in ${fmt((performance.now() - setupStart) / 1000)} s`);

    for (let k = 1; k < nodes; k++) databases.push(connect({ databaseUrl: pg!.url, dataDir: '' }));
    const smsBase = await fake.start();

    const commit: number[] = [];
    const committedBy = new Map<string, number>();
    const provider: number[] = [];
    const sendsBy = new Map<string, number>();
    const committedAt = new Map<string, number>();
    const gap: number[] = [];
    let sendCalls = 0;

    const calendars = new CalendarCache();
    for (const [k, database] of databases.entries()) {
      const nodeId = `bench-node-${k + 1}`;
      const logger = createLogger('silent');
      const twilio = createTwilioProvider('fake-twilio', { accountSid: fake.accountSid, authToken: fake.authToken, from: '+15005550006', baseUrl: smsBase, methods: ['sms'] });
      const timed: Provider = {
        ...twilio,
        send: async (message) => {
          sendCalls += 1;
          const result = await twilio.send(message);
          const due = byAddress.get(message.to);
          if (due !== undefined) provider.push(Date.now() - due);
          const c = committedAt.get(message.to);
          if (c !== undefined) gap.push(Date.now() - c);
          sendsBy.set(message.to, (sendsBy.get(message.to) ?? 0) + 1);
          return result;
        },
      };
      const byMethod = new Map<string, Provider>([['sms', timed]]);
      const worker = new DeliveryWorker({ db: database.db, dialect, clock: systemClock, logger, nodeId, ticketPrefix: 'SB', providers: async () => byMethod });
      const deps: Omit<LadderDeps, 'db'> = {
        clock: systemClock,
        dialect,
        ticketPrefix: 'SB',
        // As src/main.ts builds it.
        async coveringCalendar(trx, ticket) {
          const covering = (await loadCoverage(trx, calendars, ticket.organizationId, ticket.siteId))?.calendarFor(ticket.priority as Priority);
          if (!covering) return null;
          const now = systemClock.now();
          const week = 7 * 1440;
          return { calendar: covering.calendar, alwaysOpen: covering.calendar.businessMinutesBetween(now, now + week * 60_000) >= week };
        },
        onQueued: () => {
          worker.wake();
          if (o.wakeAgain) {
            const busy = (worker as unknown as { busy?: Promise<number> }).busy;
            if (busy) void busy.then(() => setImmediate(() => worker.wake()));
          }
        },
      };
      const step = escalationStepHandler(deps);
      const wrapped: DeadlineHandler = {
        kind: step.kind,
        handle: async (trx, deadline, now) => {
          const result = await step.handle(trx, deadline, now);
          if ('retryAt' in result) return result;
          const after = result.after;
          return {
            ...result,
            after: () => {
              commit.push(Date.now() - deadline.dueAt);
              const l = ladders.get(deadline.subjectId);
              if (l) committedAt.set(l.address, Date.now());
              committedBy.set(deadline.subjectId, (committedBy.get(deadline.subjectId) ?? 0) + 1);
              after?.();
            },
          };
        },
      };
      engines.push(new Engine({ db: database.db, dialect, clock: systemClock, logger, handlers: [wrapped], nodeId }));
      workers.push(worker);
    }

    const first = Math.min(...dues);
    const last = Math.max(...dues);
    const lead = first - Date.now();
    if (lead < 1000) throw new Error(`setup took too long: ${lead} ms before the first step`);
    console.log(`${tag} ${nodes} node(s) starting ${fmt(lead / 1000)} s before the first step; ${n(o.steps)} steps due over ${fmt((last - first) / 1000)} s; ${machine()}`);
    for (const w of workers) w.start();
    for (const e of engines) e.start();
    const giveUp = last + 60_000;
    let nextReport = first + 10_000;
    while ((commit.length < o.steps || provider.length < o.steps) && Date.now() < giveUp) {
      await sleep(100);
      if (Date.now() >= nextReport) {
        nextReport += 10_000;
        console.log(`${tag}   committed ${n(commit.length)}, sent ${n(provider.length)} of ${n(dues.filter((d) => d <= Date.now()).length)} due`);
      }
    }
    // A short grace period so late duplicates, if any, would show.
    await sleep(2_000);
    await Promise.all(engines.map((e) => e.stop()));
    await Promise.all(workers.map((w) => w.stop()));

    const db = main.db;
    const rows = await db.selectFrom('notifications').select(['dedupe_key', 'status']).execute();
    const queued = rows.length;
    const uniqueKeys = new Set(rows.map((x) => x.dedupe_key)).size;
    const sentRows = rows.filter((x) => x.status === 'sent').length;
    const sms = fake.sms();
    const fakeDistinct = new Set(sms.map((s) => s.to)).size;
    const ok =
      committedBy.size === o.steps && [...committedBy.values()].every((c) => c === 1) && queued === o.steps && uniqueKeys === o.steps && sentRows === o.steps && sms.length === o.steps && fakeDistinct === o.steps && sendCalls === o.steps;
    console.log(`${tag} steps committed ${n(commit.length)} on ${n(committedBy.size)} ladders; notifications ${n(queued)} (unique keys ${n(uniqueKeys)}, sent ${n(sentRows)}); provider send() calls ${n(sendCalls)}; fake Twilio received ${n(sms.length)} SMS to ${n(fakeDistinct)} numbers → ${ok ? 'exactly once' : 'NOT EXACTLY ONCE'}`);
    console.log(`${tag} (a) due → step committed:  ${stats(commit)}`);
    console.log(`${tag} (b) due → provider answered: ${stats(provider)}`);
    console.log(`${tag}     step committed → provider answered: ${stats(gap)}`);
    return { dialect, nodes, loadSeconds: loadMs / 1000, commit, provider, queued, uniqueKeys, sentRows, fakeSms: sms.length, fakeDistinct, sendCalls, gap, ok };
  } finally {
    await Promise.all(engines.map((e) => e.stop().catch(() => undefined)));
    await Promise.all(workers.map((w) => w.stop().catch(() => undefined)));
    await fake.stop().catch(() => undefined);
    for (const d of databases) await d.close().catch(() => undefined);
    try {
      stopPg();
    } finally {
      cleanups.delete(stopPg);
      removeDir();
      cleanups.delete(removeDir);
    }
  }
}

export async function runEscalationLag(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const o: Options = {
    tickets: Number(flags.tickets ?? 1_000_000),
    steps: Number(flags.steps ?? 10_000),
    nodes: Number(flags.nodes ?? 3),
    windowMs: Number(flags['window-ms'] ?? 60_000),
    wakeAgain: flags['experiment-wake-again'] === 'true',
  };
  const which = flags.dialect ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(which) || !(o.tickets >= 0) || !(o.steps > 0) || !(o.nodes >= 1) || !(o.windowMs > 0)) {
    throw new Error('usage: escalation-lag [--dialect sqlite|postgres|both] [--tickets N] [--steps N] [--nodes 3] [--window-ms 60000]');
  }
  const dialects: DialectName[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DialectName];
  const results: Result[] = [];
  for (const d of dialects) results.push(await runDialect(d, o));
  let all = true;
  console.log(`\nescalation-lag summary (${new Date().toISOString()}; ${n(o.tickets)} open tickets, ${n(o.steps)} escalation steps due over ${fmt(o.windowMs / 1000)} s)${o.wakeAgain ? ' [EXPERIMENT --experiment-wake-again: not the production DeliveryWorker behaviour]' : ''}:`);
  for (const r of results) {
    const met = r.ok && pct(r.commit, 99) < BAR_COMMIT_MS && pct(r.provider, 99) < BAR_PROVIDER_MS;
    all &&= met;
    console.log(`  ${r.dialect} (${r.nodes} node${r.nodes > 1 ? 's' : ''}): bulk load ${fmt(r.loadSeconds)} s; ${r.ok ? 'exactly once' : 'NOT exactly once'} (queued ${n(r.queued)}, unique ${n(r.uniqueKeys)}, fake SMS ${n(r.fakeSms)} to ${n(r.fakeDistinct)})`);
    console.log(`    (a) due → committed  ${stats(r.commit)}  bar p99 < ${BAR_COMMIT_MS} ms: ${verdict(r.ok && pct(r.commit, 99) < BAR_COMMIT_MS)}`);
    console.log(`    (b) due → provider   ${stats(r.provider)}  bar p99 < ${BAR_PROVIDER_MS} ms: ${verdict(r.ok && pct(r.provider, 99) < BAR_PROVIDER_MS)}`);
    console.log(`        committed → provider ${stats(r.gap)}`);
  }
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runEscalationLag(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
