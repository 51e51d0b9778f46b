/**
 * Benchmark: ticket creation through the full API on PostgreSQL as the number of requests in
 * flight grows, against a floor measured in the same run.
 *
 * A throwaway PostgreSQL cluster (test/support/postgres-server.ts) runs with PostgreSQL's own
 * durable defaults — fsync, synchronous_commit and full_page_writes on — unless `--fast-pg` asks
 * for the test suite's settings. The demo MSP is loaded (bench/create-fixture.ts) and copied into
 * a second database for the floor. Two servers then run side by side, each in its own process:
 *  - floor: a bare Fastify route that writes the rows a ticket of a client under contract gets
 *    (ticket, event, first message, two search texts, two SLA clocks, four deadlines) with plain
 *    prepared INSERTs in one transaction, through the pool Switchboard opens (bench/servers/floor.ts);
 *  - full:  `POST /api/v1/tickets` on the real web node (token authentication, validation, tenancy
 *    checks, ticket number, ticket, event, message, search texts, SLA clocks and deadlines,
 *    escalation check, live event), roles api and engine as by default.
 * autocannon drives each with 1, 8 and 32 connections (requests in flight), rotating over every
 * demo client, floor and full alternating at each level; every answer must be 201.
 *
 * Bars (docs/DESIGN quality bars): full API at 32 in flight ≥ 3 × at 1 in flight, and ≥ 1,000
 * creates/s. The full/floor ratio at each level is printed for information.
 *
 *   node --import tsx bench/ticket-create-pg.ts [--duration 6] [--warmup 2] [--levels 1,8,32] [--fast-pg] [--pg-url postgres://…]
 */
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { createBody, createPgDatabase, prepareCreateFixture, type CreateFixture } from './create-fixture.js';
import { fmt, machine, parseFlags, postmasterPid, processCpuMs, startServer, treeCpuMs, verdict, type ChildServer } from './lib.js';

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  max: number;
  total: number;
  /** CPU milliseconds per create: the server process, PostgreSQL (all its processes), this load generator. */
  cpu: { server: number; postgres: number; client: number };
}

async function hammer(server: ChildServer, route: string, headers: Record<string, string>, bodies: string[], connections: number, seconds: number, label: string, pgPid: number): Promise<Measured> {
  const before = { server: processCpuMs(server.pid), postgres: treeCpuMs(pgPid), client: process.cpuUsage() };
  const r = await autocannon({
    url: `${server.url}${route}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    requests: bodies.map((body) => ({ method: 'POST', body })),
    connections,
    duration: seconds,
  });
  const created = Number(r.statusCodeStats?.['201']?.count ?? 0);
  const total = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'];
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0 || created !== total || total === 0) {
    throw new Error(`${label}: ${total} responses, ${created} were 201, errors ${r.errors}, timeouts ${r.timeouts}, status codes ${JSON.stringify(r.statusCodeStats)}`);
  }
  const client = process.cpuUsage(before.client);
  const per = (ms: number) => ms / r['2xx'];
  const cpu = { server: per(processCpuMs(server.pid) - before.server), postgres: per(treeCpuMs(pgPid) - before.postgres), client: per((client.user + client.system) / 1000) };
  return { rps: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max, total: r['2xx'], cpu };
}

const row = (label: string, m: Measured) =>
  `  ${label.padEnd(24)} ${fmt(m.rps, 0).padStart(6)} creates/s  p50 ${String(m.p50).padStart(3)} ms  p99 ${String(m.p99).padStart(4)} ms  max ${String(m.max).padStart(4)} ms  ` +
  `CPU per create: server ${fmt(m.cpu.server, 2)} ms, PostgreSQL ${fmt(m.cpu.postgres, 2)} ms, load generator ${fmt(m.cpu.client, 2)} ms  (${m.total} answered 201)`;

/** Runs the benchmark; true when both bars are met. */
export async function runTicketCreatePg(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const duration = Number(flags.duration ?? 6);
  const warmup = Number(flags.warmup ?? 2);
  const levels = (flags.levels ?? '1,8,32').split(',').map(Number);
  let pg: TestPostgres | undefined;
  const servers: ChildServer[] = [];
  try {
    let adminUrl = flags['pg-url'];
    if (!adminUrl) {
      pg = await startTestPostgres(flags['fast-pg'] ? {} : { fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
      adminUrl = pg.url;
    }
    const fullUrl = await createPgDatabase(adminUrl, 'bench_create_full');
    const fixture: CreateFixture = await prepareCreateFixture({ databaseUrl: fullUrl });
    const floorUrl = await createPgDatabase(adminUrl, 'bench_create_floor', 'bench_create_full');
    const settings = pg ? (flags['fast-pg'] ? 'test-suite settings (fsync off)' : 'durable defaults (fsync, synchronous_commit on)') : `the server at --pg-url`;
    console.log(`ticket-create-pg: PostgreSQL with ${settings}; demo MSP, ${fixture.targets.length} clients in turn; ${warmup} s warm-up + ${duration} s per level; ${machine()}`);

    const pgPid = await postmasterPid(adminUrl);
    const floor = await startServer('bench/servers/floor.ts', { BENCH_DATABASE_URL: floorUrl, BENCH_FLOOR: 'writeset' });
    servers.push(floor);
    const full = await startServer('bench/servers/full.ts', {
      BENCH_DATABASE_URL: fullUrl,
      BENCH_LOG_LEVEL: 'warn',
      ...(flags.profile ? { BENCH_CPU_PROFILE: flags.profile } : {}),
      ...(flags.roles ? { BENCH_ROLES: flags.roles } : {}),
    });
    servers.push(full);
    const floorBodies = fixture.targets.map((_, i) => createBody(fixture, i, { calendarId: fixture.targets[i].calendarId }));
    const fullBodies = fixture.targets.map((_, i) => createBody(fixture, i));
    const auth = { authorization: `Bearer ${fixture.token}` };

    const results = new Map<number, { floor: Measured; full: Measured }>();
    for (const c of levels) {
      await hammer(floor, '/items', {}, floorBodies, c, warmup, `floor warm-up at ${c}`, pgPid);
      const f = await hammer(floor, '/items', {}, floorBodies, c, duration, `floor at ${c}`, pgPid);
      console.log(row(`floor, ${c} in flight`, f));
      await hammer(full, '/api/v1/tickets', auth, fullBodies, c, warmup, `full API warm-up at ${c}`, pgPid);
      const a = await hammer(full, '/api/v1/tickets', auth, fullBodies, c, duration, `full API at ${c}`, pgPid);
      console.log(`${row(`full API, ${c} in flight`, a)}  full/floor ${fmt(a.rps / f.rps, 2)}`);
      results.set(c, { floor: f, full: a });
    }
    const one = results.get(1)?.full;
    const top = results.get(32)?.full;
    if (!one || !top) {
      console.log(`  (bars need levels 1 and 32); after: ${machine()}`);
      return false;
    }
    const scaling = top.rps / one.rps;
    const scalingOk = scaling >= 3;
    const rateOk = top.rps >= 1000;
    console.log(`  32 in flight / 1 in flight = ${fmt(scaling, 2)}  (bar >= 3: ${verdict(scalingOk)})`);
    console.log(`  32 in flight               = ${fmt(top.rps, 0)} creates/s  (bar >= 1,000: ${verdict(rateOk)});  after: ${machine()}`);
    return scalingOk && rateOk;
  } finally {
    for (const s of servers) await s.stop();
    pg?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runTicketCreatePg(process.argv.slice(2)).then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
