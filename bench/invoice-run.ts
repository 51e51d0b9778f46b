/**
 * Benchmark (issue 13, item 4): an invoice run over 500 clients and 200,000 time entries on SQLite.
 *
 * A SQLite database in a temporary directory: N clients (two contacts each), each under a managed
 * contract with per-user billing terms and one ticket, and M time entries spread evenly over the
 * clients in November 2026 — 80% billable, 10% waived as goodwill, 10% covered (left off the
 * invoice) — written straight into billing's table in batches. Through the full HTTP pipeline
 * (Fastify inject, an owner's API token), one request each:
 *   run:     POST /api/v1/invoice-runs for 2026-11-01..2026-11-30, every client (drafts: fee, time and goodwill lines)
 *   approve: POST /api/v1/invoice-runs/{id}/approve (numbers 500 invoices, claims 180,000 entries)
 * Each is timed, with the process's peak resident memory and heap sampled every 20 ms while it runs.
 * The floor, in the same run on the same database: reading every entry the run bills once, all
 * columns, streamed in pages of 1,000 through Kysely and summed — what the run cannot do in less.
 * The counts are checked: N invoices, one line per billable or waived entry plus N fees, every
 * billed entry invoiced.
 *
 *   node --import tsx bench/invoice-run.ts [--clients 500] [--entries 200000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Insertable } from 'kysely';
import { loadConfig } from '../src/config.js';
import type { BillingTimeEntryTable } from '../src/modules/billing/billing.tables.js';
import { buildSwitchboard } from '../src/main.js';
import { connect } from '../src/platform/db/connect.js';
import { newId } from '../src/platform/ids.js';
import { createLogger } from '../src/platform/logger.js';
import { createOrganization, createStaff, fmt, machine, parseFlags } from './lib.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };
const MB = 1024 * 1024;

/** Runs `work`, sampling resident memory and heap; answers its time and the peaks above the start. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; rssMb: number; heapMb: number; rssPeakMb: number }> {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  try {
    const result = await work();
    sample();
    return { result, seconds: (performance.now() - t0) / 1000, rssMb: (rss - base.rss) / MB, heapMb: (heap - base.heapUsed) / MB, rssPeakMb: rss / MB };
  } finally {
    clearInterval(timer);
  }
}

async function main(argv: string[]): Promise<number> {
  const { flags } = parseFlags(argv);
  const clients = Number(flags.clients ?? 500);
  const entries = Number(flags.entries ?? 200_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-invoices-'));
  const database = connect({ databaseUrl: '', dataDir: dir });
  const sb = await buildSwitchboard(loadConfig({}, { 'log-level': 'silent', 'data-dir': dir }), { database, logger: createLogger('silent'), startEngine: false });
  const db = database.db;
  try {
    const { id: ownerId, token } = await createStaff(db, 'owner@msp.example', 'owner');
    const call = async (method: string, url: string, body?: unknown) => {
      const r = await sb.app.inject({ method: method as 'POST', url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, payload: body ? JSON.stringify(body) : undefined });
      if (r.statusCode >= 300) throw new Error(`${method} ${url} → ${r.statusCode} ${r.body.slice(0, 500)}`);
      return JSON.parse(r.body || 'null');
    };
    const policy = (await call('POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).id;
    const calendar = (await call('POST', '/api/v1/calendars', { name: 'Always', timeZone: 'Europe/London', preset: '24x7' })).id;
    const setupStart = performance.now();
    const orgs: { id: string; contract: string; ticket: string }[] = [];
    for (let i = 0; i < clients; i++) {
      const org = await createOrganization(db, `client-${i}`, 2);
      const contract = (await call('POST', '/api/v1/contracts', { organizationId: org.id, name: 'Managed', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).id;
      await call('PUT', `/api/v1/billing/contracts/${contract}/terms`, {
        kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }],
        afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up', scope: { remote: true, homeWorkers: false },
      });
      const ticket = (await call('POST', '/api/v1/tickets', { organizationId: org.id, subject: `Work for client ${i}` })).id;
      orgs.push({ id: org.id, contract, ticket });
    }
    // The contracts have run since the start of the year, so November's fee is due.
    await db.updateTable('contracts').set({ starts_at: '2026-01-01T00:00:00.000Z' }).execute();
    const at = new Date().toISOString();
    const nov = Date.parse('2026-11-01T00:00:00Z');
    const monthMs = 29 * 86_400_000;
    const BATCH = 400;
    let rows: Insertable<BillingTimeEntryTable>[] = [];
    let billed = 0;
    for (let i = 0; i < entries; i++) {
      const o = orgs[i % clients];
      const kind = i % 10 === 0 ? 'goodwill' : i % 10 === 1 ? 'covered' : 'billable';
      if (kind !== 'covered') billed += 1;
      const minutes = 15 * (1 + (i % 8));
      rows.push({
        id: newId(), ticket_id: o.ticket, organization_id: o.id, contract_id: o.contract, user_id: ownerId, started_at: new Date(nov + ((i * 7919) % monthMs)).toISOString(), minutes, billed_minutes: minutes,
        work_type: 'support', location: 'remote', note: '', classification: kind, coverage: kind === 'covered' ? 'covered' : 'chargeable', reason: kind === 'covered' ? 'covered by the managed contract' : 'home worker; contract covers premises only',
        after_hours: 0, rate_minor: 12000, multiplier_percent: 100, value_minor: minutes * 200, currency: 'USD', waive_reason: kind === 'goodwill' ? 'Home-working rollout' : null,
        waived_by: kind === 'goodwill' ? ownerId : null, waived_at: kind === 'goodwill' ? at : null, invoice_id: null, invoiced_at: null, created_by: ownerId, version: 1, created_at: at, updated_at: at,
      });
      if (rows.length === BATCH || i === entries - 1) {
        await db.insertInto('billing_time_entries').values(rows).execute();
        rows = [];
      }
    }
    const setupSeconds = (performance.now() - setupStart) / 1000;
    console.log(`invoice-run on SQLite, ${clients} clients, ${entries} time entries (${billed} billable or waived) set up in ${fmt(setupSeconds)} s; ${machine()}`);

    const floor = await measured(async () => {
      let sum = 0;
      let n = 0;
      const stream = db.selectFrom('billing_time_entries').selectAll().where('classification', 'in', ['billable', 'goodwill']).where('invoice_id', 'is', null)
        .where('started_at', '>=', '2026-11-01T00:00:00.000Z').where('started_at', '<', '2026-12-01T00:00:00.000Z').stream(1000);
      for await (const r of stream) {
        sum += Number(r.value_minor);
        n += 1;
      }
      return { sum, n };
    });
    const run = await measured(() => call('POST', '/api/v1/invoice-runs', { from: '2026-11-01', to: '2026-11-30' }));
    const approve = await measured(() => call('POST', `/api/v1/invoice-runs/${run.result.id}/approve`, {}));

    const invoices = run.result.invoices.length as number;
    const lines = run.result.invoices.reduce((n: number, inv: { lineCount: number }) => n + inv.lineCount, 0) as number;
    const invoiced = Number((await db.selectFrom('billing_time_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('invoice_id', 'is not', null).executeTakeFirstOrThrow()).n);
    const checks = [
      [`invoices = clients (${invoices})`, invoices === clients],
      [`lines = billed entries + fees (${lines})`, lines === billed + clients],
      [`floor read every billed entry (${floor.result.n})`, floor.result.n === billed],
      [`entries invoiced on approval (${invoiced})`, invoiced === billed],
      [`approved (${approve.result.status})`, approve.result.status === 'approved'],
    ] as const;
    console.log('\n| step | time | peak RSS above start | peak heap above start | process peak RSS |\n|---|---|---|---|---|');
    for (const [name, m] of [['floor: stream the billed entries once', floor], ['**run**: draft 500 invoices (POST /api/v1/invoice-runs)', run], ['approve: number and claim (POST …/approve)', approve]] as const) {
      console.log(`| ${name} | ${fmt(m.seconds, 2)} s | ${fmt(m.rssMb)} MB | ${fmt(m.heapMb)} MB | ${fmt(m.rssPeakMb)} MB |`);
    }
    console.log(`\nrun / floor: ${fmt(run.seconds / floor.seconds, 1)} in time`);
    for (const [what, ok] of checks) console.log(`${ok ? 'ok' : 'FAILED'}: ${what}`);
    return checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await sb.close?.();
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
