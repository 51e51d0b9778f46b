/**
 * Benchmark: an agent's queue page and full-text search over a large ticket base, through the
 * HTTP API, on SQLite and on PostgreSQL.
 *
 * For each dialect: a fresh database (a SQLite file under /tmp, or a throwaway PostgreSQL cluster
 * from test/support/postgres-server.ts) is migrated, given 200 client organisations, 5 teams and
 * 40 technicians with API tokens (real use cases), then N tickets are bulk-generated straight into
 * the tables (bench/generate.ts). The real web node (bench/servers/full.ts) then serves it from a
 * child process, and a fresh client process (bench/probe.ts) sends sequential requests over
 * 127.0.0.1, timing each one (request to parsed JSON body):
 *   queue:  GET /api/v1/tickets?status=new,open&assigneeId=me&limit=50  (rotating over the agents)
 *   search: GET /api/v1/tickets?q=<words>  (rotating over common, medium and rare words)
 *   at risk: GET /api/v1/tickets?status=new,open&sort=due&limit=50  (nearest SLA due time first)
 *   counts: POST /api/v1/tickets/counts with the console's seven navigation counts (mine, my team,
 *           unassigned, at risk, breached, waiting, all open) and one saved view (a large client's
 *           open P1/P2 tickets), as the console asks for them
 * and reports p50/p95/p99 of each, the plans of the generated SQL, and a small probe of ticket
 * creation latency on the full database.
 *
 * Bars (each dialect): queue p95 < 10 ms, search p95 < 30 ms; the at-risk page is a queue page and
 * is held to the queue's bar. The counts have no bar of their own (the console loads them beside
 * the list, not before it); their figures are reported.
 *
 *   node --import tsx bench/queue.ts [--tickets 1000000] [--dialect sqlite|postgres|both] [--requests 1000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { connect, type Database } from '../src/platform/db/connect.js';
import type { DialectName } from '../src/platform/db/dialect.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { OPEN_STATUSES } from '../src/modules/tickets/index.js';
import { explainList } from './explain.js';
import { generateTickets, setDueTimes, settle, type Population } from './generate.js';
import { createOrganization, createStaff, fmt, machine, parseFlags, percentile, runChild, startServer, verdict, type ChildServer, type Staff } from './lib.js';

const QUEUE_PATH = '/api/v1/tickets?status=new,open&assigneeId=me&limit=50';
const AT_RISK_PATH = '/api/v1/tickets?status=new,open&sort=due&limit=50';
const OPEN = OPEN_STATUSES.join(',');

/** What the console's navigation counts for one agent, plus one saved view. */
function countQueries(teamId: string, organizationId: string) {
  const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
  return {
    queries: [
      { status: OPEN, assigneeId: 'me' },
      { status: OPEN, teamId },
      { status: OPEN, assigneeId: 'none' },
      { status: 'new,open', sort: 'due' },
      { status: 'new,open', sort: 'due', dueBefore: inAnHour },
      { status: 'waiting_on_client,waiting_on_vendor' },
      { status: OPEN },
      { status: OPEN, organizationId, priority: 'P1,P2' },
    ],
  };
}
/** Search texts by expected selectivity over the generated subjects and messages. */
const SEARCHES = ['printer', 'phishing', 'wireless', 'okafor', 'backup failed', 'SRV-0042'];

interface Options {
  tickets: number;
  requests: number;
  warmup: number;
}

interface Stats {
  p50: number;
  p95: number;
  p99: number;
  rows: number;
}

interface Sample {
  key: string;
  ms: number;
  rows: number;
}

function stats(samples: Sample[]): Stats {
  const ms = samples.map((s) => s.ms);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), rows: samples.reduce((a, s) => a + s.rows, 0) / samples.length };
}

const line = (s: Stats) => `p50 ${fmt(s.p50, 2)} ms  p95 ${fmt(s.p95, 2)} ms  p99 ${fmt(s.p99, 2)} ms  (avg ${fmt(s.rows, 1)} rows)`;

/** Sequential GETs from a fresh child process (bench/probe.ts); each must answer 200 with a page. */
async function measure(server: ChildServer, count: number, warmup: number, request: (i: number) => { key: string; path: string; token: string }): Promise<Sample[]> {
  const requests = Array.from({ length: count }, (_, i) => request(i));
  return JSON.parse(await runChild('bench/probe.ts', JSON.stringify({ url: server.url, warmup, requests }))) as Sample[];
}

async function populate(database: Database): Promise<{ population: Population; agents: Staff[] }> {
  const db = database.db;
  const teams: string[] = [];
  for (const name of ['Service Desk', 'Infrastructure', 'Security', 'Onboarding', 'Field Engineers']) {
    const id = newId();
    await db.insertInto('teams').values({ id, name, lead_user_id: null, created_at: new Date().toISOString() }).execute();
    teams.push(id);
  }
  const organizations = [];
  for (let i = 0; i < 200; i++) organizations.push(await createOrganization(db, `client-${i}`, 5));
  const agents: Staff[] = [];
  const population: Population = { organizations, teams, agents: [] };
  for (let i = 0; i < 40; i++) {
    const teamId = teams[i % teams.length];
    const agent = await createStaff(db, `tech${i}@msp.example`, 'technician', { teamId });
    agents.push(agent);
    population.agents.push({ id: agent.id, teamId });
  }
  return { population, agents };
}

interface DialectResult {
  dialect: DialectName;
  queue: Stats;
  search: Stats;
  atRisk: Stats;
  counts: Stats;
}

async function runDialect(dialect: DialectName, o: Options): Promise<DialectResult> {
  const tag = `[${dialect}]`;
  let dir: string | undefined;
  let pg: TestPostgres | undefined;
  let database: Database | undefined;
  let server: ChildServer | undefined;
  try {
    let env: Record<string, string>;
    if (dialect === 'sqlite') {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-queue-'));
      database = connect({ databaseUrl: '', dataDir: dir });
      env = { BENCH_DATA_DIR: dir };
    } else {
      pg = await startTestPostgres();
      database = connect({ databaseUrl: pg.url, dataDir: '' });
      env = { BENCH_DATABASE_URL: pg.url };
    }
    await migrateToLatest(database);
    const { population, agents } = await populate(database);
    const started = performance.now();
    await generateTickets(database, population, {
      tickets: o.tickets,
      onProgress: (done) => console.log(`${tag} generated ${done.toLocaleString('en')} tickets (${fmt((performance.now() - started) / 1000)} s)`),
    });
    await setDueTimes(database);
    await settle(database);
    const size =
      dialect === 'sqlite'
        ? fs.readdirSync(dir!).reduce((a, f) => a + fs.statSync(path.join(dir!, f)).size, 0)
        : Number((await database.pool!.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s);
    console.log(`${tag} ${o.tickets.toLocaleString('en')} tickets ready in ${fmt((performance.now() - started) / 1000)} s; database ${fmt(size / 2 ** 20, 0)} MiB`);

    console.log(`${tag} measuring; ${machine()}`);
    console.log(`${tag} plan of the queue query:\n${await explainList(database, agents[0].id, { status: ['new', 'open'], assigneeId: agents[0].id })}`);
    console.log(`${tag} plan of the search query:\n${await explainList(database, agents[0].id, { text: SEARCHES[0] })}`);
    console.log(`${tag} plan of the at-risk query:\n${await explainList(database, agents[0].id, { status: ['new', 'open'] }, 'due')}`);
    await database.close();
    database = undefined;

    server = await startServer('bench/servers/full.ts', env);
    const queueSamples = await measure(server, o.requests, o.warmup, (i) => ({ key: 'queue', path: QUEUE_PATH, token: agents[i % agents.length].token }));
    const queue = stats(queueSamples);
    console.log(`${tag} queue  GET ${QUEUE_PATH}: ${line(queue)} over ${o.requests} requests`);
    const searchSamples = await measure(server, o.requests, o.warmup, (i) => {
      const words = SEARCHES[i % SEARCHES.length];
      return { key: words, path: `/api/v1/tickets?q=${encodeURIComponent(words)}`, token: agents[i % agents.length].token };
    });
    const search = stats(searchSamples);
    console.log(`${tag} search GET /api/v1/tickets?q=<words>: ${line(search)} over ${o.requests} requests`);
    for (const words of SEARCHES) console.log(`${tag}   q=${JSON.stringify(words).padEnd(16)} ${line(stats(searchSamples.filter((s) => s.key === words)))}`);

    const atRisk = stats(await measure(server, o.requests, o.warmup, (i) => ({ key: 'at-risk', path: AT_RISK_PATH, token: agents[i % agents.length].token })));
    console.log(`${tag} at risk GET ${AT_RISK_PATH}: ${line(atRisk)} over ${o.requests} requests`);
    const counts = stats(
      await measure(server, o.requests, o.warmup, (i) => {
        const agent = population.agents[i % agents.length];
        return { key: 'counts', path: '/api/v1/tickets/counts', token: agents[i % agents.length].token, body: countQueries(agent.teamId, population.organizations[0].id) };
      }),
    );
    console.log(`${tag} counts POST /api/v1/tickets/counts (8 counts per request): ${line(counts)} over ${o.requests} requests`);

    // Informational: creating a ticket once the database is large.
    const creates: number[] = [];
    for (let i = 0; i < 20; i++) {
      const org = population.organizations[i];
      const t0 = performance.now();
      const response = await fetch(`${server.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${agents[0].token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ organizationId: org.id, contactId: org.contactIds[0], subject: `Printer offline ${i}`, description: 'Nobody can print.' }),
      });
      await response.text();
      if (response.status !== 201) throw new Error(`POST /api/v1/tickets answered ${response.status}`);
      creates.push(performance.now() - t0);
    }
    console.log(`${tag} done; ${machine()}`);
    console.log(`${tag} create probe (20 sequential POST /api/v1/tickets on the full database): p50 ${fmt(percentile(creates, 50), 1)} ms, max ${fmt(Math.max(...creates), 1)} ms`);
    return { dialect, queue, search, atRisk, counts };
  } finally {
    await server?.stop();
    await database?.close();
    pg?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark; true when every bar is met on every dialect run. */
export async function runQueue(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const o: Options = { tickets: Number(flags.tickets ?? 1_000_000), requests: Number(flags.requests ?? 1000), warmup: Number(flags.warmup ?? 50) };
  const which = flags.dialect ?? 'both';
  if (!['sqlite', 'postgres', 'both'].includes(which) || !(o.tickets > 0) || !(o.requests > 0)) {
    throw new Error('usage: queue [--tickets N] [--dialect sqlite|postgres|both] [--requests N] [--warmup N]');
  }
  const dialects: DialectName[] = which === 'both' ? ['sqlite', 'postgres'] : [which as DialectName];
  const results: DialectResult[] = [];
  for (const d of dialects) results.push(await runDialect(d, o));
  let ok = true;
  console.log(`queue/search summary (${o.tickets.toLocaleString('en')} tickets, ${o.requests} sequential requests each):`);
  for (const r of results) {
    const q = r.queue.p95 < 10;
    const s = r.search.p95 < 30;
    const a = r.atRisk.p95 < 10;
    ok &&= q && s && a;
    console.log(`  ${r.dialect.padEnd(8)} queue p95 ${fmt(r.queue.p95, 2)} ms (bar < 10: ${verdict(q)})   search p95 ${fmt(r.search.p95, 2)} ms (bar < 30: ${verdict(s)})`);
    console.log(`  ${''.padEnd(8)} at risk p95 ${fmt(r.atRisk.p95, 2)} ms (bar < 10: ${verdict(a)})   8 counts in one request p95 ${fmt(r.counts.p95, 2)} ms (reported)`);
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runQueue(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
