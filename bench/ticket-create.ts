/**
 * Benchmark: ticket creation through the full API on embedded SQLite, against the write-set floor.
 *
 * The full path is `POST /api/v1/tickets` on the real web node (Bearer API token lookup, TypeBox
 * validation, tenancy checks, ticket number counter, ticket row, event log entry, first message,
 * search index rows, one transaction). The floor of the bar (docs/DESIGN quality bars) is a bare
 * Fastify route that writes the same rows a ticket needs — counter, ticket, event, first message,
 * two search rows — with prepared statements in one transaction, on an identical copy of the
 * database (bench/servers/floor.ts, BENCH_FLOOR=writeset). For information it also measures a bare
 * route inserting one row into one table (BENCH_FLOOR=row), the floor of the earlier 0.40 bar.
 * Each server runs in its own child process; autocannon drives them from this process over
 * 127.0.0.1 with the same connections, warm-up and duration. Prints requests/s of each, the ratios
 * and the full API's latency; fails if any response is not 201.
 *
 * Bars: full / write-set floor ≥ 0.45, full API p99 < 25 ms.
 *
 *   node --import tsx bench/ticket-create.ts [--connections 10] [--duration 10] [--warmup 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { connect } from '../src/platform/db/connect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { createOrganization, createStaff, fmt, machine, parseFlags, startServer, verdict } from './lib.js';

interface Load {
  connections: number;
  duration: number;
  warmup: number;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
}

async function hammer(url: string, headers: Record<string, string>, body: string, load: Load, label: string): Promise<Measured> {
  const run = (duration: number) =>
    autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, connections: load.connections, duration });
  const check = (r: autocannon.Result, phase: string) => {
    const created = Number(r.statusCodeStats?.['201']?.count ?? 0);
    const total = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
    if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || created !== total || total === 0) {
      throw new Error(
        `${label} ${phase}: ${total} responses, ${created} were 201, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}, ` +
          `status codes ${JSON.stringify(r.statusCodeStats)}`,
      );
    }
  };
  if (load.warmup > 0) check(await run(load.warmup), 'warm-up');
  const r = await run(load.duration);
  check(r, 'measurement');
  return { rps: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, total: r['2xx'] };
}

/** A migrated Switchboard database with one client organisation and one technician's API token. */
async function prepareDatabase(dataDir: string) {
  const database = connect({ databaseUrl: '', dataDir });
  try {
    await migrateToLatest(database);
    const org = await createOrganization(database.db, 'acme', 2);
    const tech = await createStaff(database.db, 'tech@msp.example', 'technician');
    return { org, token: tech.token };
  } finally {
    await database.close();
  }
}

const report = (label: string, m: Measured) =>
  console.log(`  ${label.padEnd(46)} ${fmt(m.rps, 0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  max ${m.max} ms  (${m.total} requests, all 201)`);

/** Runs the benchmark; true when both bars are met. */
export async function runTicketCreate(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const load: Load = { connections: Number(flags.connections ?? 10), duration: Number(flags.duration ?? 10), warmup: Number(flags.warmup ?? 3) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-create-'));
  const servers: { stop(): Promise<void> }[] = [];
  let body = '';
  const measure = async (script: string, env: Record<string, string>, route: string, headers: Record<string, string>, label: string) => {
    const server = await startServer(script, env);
    servers.push(server);
    try {
      return await hammer(`${server.url}${route}`, headers, body, load, label);
    } finally {
      await server.stop();
    }
  };
  try {
    const fullDir = path.join(dir, 'full');
    const { org, token } = await prepareDatabase(fullDir);
    // The write-set floor writes into an identical copy (same organisation, contact and site ids).
    const writeSetDir = path.join(dir, 'writeset');
    fs.cpSync(fullDir, writeSetDir, { recursive: true });
    body = JSON.stringify({
      organizationId: org.id,
      contactId: org.contactIds[0],
      siteId: org.siteId,
      subject: 'Printer on the third floor shows offline',
      description: 'Since this morning nobody on the third floor can print; the printer shows offline on every laptop.',
      priority: 'P3',
      tags: ['printer', 'hardware'],
    });
    console.log(`ticket-create: ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s measured per server, autocannon on 127.0.0.1; ${machine()}`);
    const row = await measure('bench/servers/floor.ts', { BENCH_DATA_DIR: path.join(dir, 'floor'), BENCH_FLOOR: 'row' }, '/items', {}, 'one-row floor');
    report('(info) bare Fastify + one SQLite INSERT', row);
    const writeSet = await measure('bench/servers/floor.ts', { BENCH_DATA_DIR: writeSetDir, BENCH_FLOOR: 'writeset' }, '/items', {}, 'write-set floor');
    report('floor: bare Fastify + a ticket\'s write set', writeSet);
    const full = await measure('bench/servers/full.ts', { BENCH_DATA_DIR: fullDir, BENCH_LOG_LEVEL: 'warn' }, '/api/v1/tickets', { authorization: `Bearer ${token}` }, 'full API');
    report('full API: POST /api/v1/tickets', full);

    const ratio = full.rps / writeSet.rps;
    const ratioOk = ratio >= 0.45;
    const p99Ok = full.p99 < 25;
    console.log(`  ratio full/write-set floor = ${fmt(ratio, 2)}  (bar >= 0.45: ${verdict(ratioOk)});  (info) full/one-row floor = ${fmt(full.rps / row.rps, 2)}, write-set/one-row floor = ${fmt(writeSet.rps / row.rps, 2)}`);
    console.log(`  full API p99               = ${full.p99} ms  (bar < 25 ms: ${verdict(p99Ok)});  after: ${machine()}`);
    return ratioOk && p99Ok;
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runTicketCreate(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
