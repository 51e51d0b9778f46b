/**
 * Benchmark: a burst of ticket creates against a freshly started server — what the first
 * requests after a start (or a deploy, or a failover) pay — and the same burst once warm, on
 * SQLite and on PostgreSQL.
 *
 * For each run: a copy of a database holding the demo MSP (bench/create-fixture.ts), a new
 * server process (bench/servers/full.ts, roles api and engine), then 32 clients — each with its own
 * keep-alive connection — send their first `POST /api/v1/tickets` at the same instant. Each
 * create's completion time is measured from that instant (connecting included). The clients then
 * keep 32 creates in flight for a few seconds (steady state), and a second burst of 32 is sent
 * from idle (warm burst). Every answer must be 201. The server prints its event loop's delay
 * histogram when it stops.
 *
 * Reported per dialect: the cold burst's slowest create (max) and p99 over all runs' cold creates,
 * the warm burst's the same way, and the steady state's p50/p99. No bar of its own: issue 9 item 18
 * asks that the cold burst no longer finish one create after another, ~50 ms apart.
 *
 *   node --import tsx bench/create-burst.ts [--dialect sqlite|postgres|both] [--runs 3] [--clients 32] [--steady 4]
 *     [--roles api] [--profile /tmp/burst] [--pg-url postgres://…]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { startTestPostgres, type TestPostgres } from '../test/support/postgres-server.js';
import { createBody, createPgDatabase, prepareCreateFixture, type CreateFixture } from './create-fixture.js';
import { fmt, machine, parseFlags, percentile, startServer, type ChildServer } from './lib.js';

interface Client {
  agent: http.Agent;
  post(body: string): Promise<number>;
}

function client(server: ChildServer, token: string): Client {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return {
    agent,
    post: (body) =>
      new Promise((resolve, reject) => {
        const req = http.request(
          `${server.url}/api/v1/tickets`,
          { method: 'POST', agent, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
          (res) => {
            res.resume();
            res.on('end', () => (res.statusCode === 201 ? resolve(res.statusCode) : reject(new Error(`POST /api/v1/tickets answered ${res.statusCode}`))));
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
  };
}

/** Every client sends one create at the same instant; the completion times in ms from that instant. */
async function burst(clients: Client[], fixture: CreateFixture, first: number): Promise<number[]> {
  const start = performance.now();
  return Promise.all(clients.map(async (c, i) => {
    await c.post(createBody(fixture, first + i));
    return performance.now() - start;
  }));
}

/** Every client creates one ticket after another for `seconds`; each create's latency in ms. */
async function steady(clients: Client[], fixture: CreateFixture, first: number, seconds: number): Promise<number[]> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let n = first;
  await Promise.all(clients.map(async (c) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      await c.post(createBody(fixture, n++));
      latencies.push(performance.now() - t0);
    }
  }));
  return latencies;
}

const ms = (v: number) => `${fmt(v, 0)} ms`;

async function runDialect(dialect: 'sqlite' | 'postgres', o: { runs: number; clients: number; steady: number; pgUrl?: string; roles?: string; profile?: string }): Promise<void> {
  let pg: TestPostgres | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-burst-'));
  try {
    let adminUrl = '';
    let fixture: CreateFixture;
    if (dialect === 'sqlite') {
      fixture = await prepareCreateFixture({ dataDir: path.join(dir, 'prepared') });
    } else {
      adminUrl = o.pgUrl ?? (pg = await startTestPostgres({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' })).url;
      fixture = await prepareCreateFixture({ databaseUrl: await createPgDatabase(adminUrl, 'bench_burst_prepared') });
    }
    const cold: number[] = [];
    const warm: number[] = [];
    const steadyAll: number[] = [];
    for (let run = 1; run <= o.runs; run++) {
      let env: Record<string, string>;
      if (dialect === 'sqlite') {
        const copy = path.join(dir, `run-${run}`);
        fs.cpSync(path.join(dir, 'prepared'), copy, { recursive: true });
        env = { BENCH_DATA_DIR: copy };
      } else {
        env = { BENCH_DATABASE_URL: await createPgDatabase(adminUrl, `bench_burst_run_${run}`, 'bench_burst_prepared') };
      }
      const server = await startServer('bench/servers/full.ts', { ...env, BENCH_LOG_LEVEL: 'warn', BENCH_LOOP_DELAY: '1', ...(o.roles ? { BENCH_ROLES: o.roles } : {}), ...(o.profile ? { BENCH_CPU_PROFILE: `${o.profile}-${dialect}-${run}.cpuprofile` } : {}) });
      const clients = Array.from({ length: o.clients }, () => client(server, fixture.token));
      try {
        const c = await burst(clients, fixture, 0);
        const s = await steady(clients, fixture, 1000, o.steady);
        await new Promise((r) => setTimeout(r, 500));
        const w = await burst(clients, fixture, 100_000);
        cold.push(...c);
        warm.push(...w);
        steadyAll.push(...s);
        const sorted = [...c].sort((a, b) => a - b);
        console.log(
          `  [${dialect}] run ${run}: cold burst first ${ms(sorted[0])}, median ${ms(percentile(c, 50))}, slowest ${ms(sorted[sorted.length - 1])}; ` +
            `warm burst slowest ${ms(Math.max(...w))}; steady ${o.clients} in flight p50 ${ms(percentile(s, 50))} p99 ${ms(percentile(s, 99))} (${s.length} creates); ${machine()}`,
        );
      } finally {
        for (const cl of clients) cl.agent.destroy();
        await server.stop();
      }
    }
    console.log(
      `  [${dialect}] cold burst of ${o.clients}: max ${ms(Math.max(...cold))}, p99 ${ms(percentile(cold, 99))}, p50 ${ms(percentile(cold, 50))} over ${o.runs} runs | ` +
        `warm burst: max ${ms(Math.max(...warm))}, p99 ${ms(percentile(warm, 99))} | steady: p50 ${ms(percentile(steadyAll, 50))}, p99 ${ms(percentile(steadyAll, 99))}`,
    );
  } finally {
    pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runCreateBurst(argv: string[]): Promise<boolean> {
  const { flags } = parseFlags(argv);
  const which = flags.dialect ?? 'both';
  const o = { runs: Number(flags.runs ?? 3), clients: Number(flags.clients ?? 32), steady: Number(flags.steady ?? 4), pgUrl: flags['pg-url'], roles: flags.roles, profile: flags.profile };
  console.log(`create-burst: ${o.clients} clients at once against a freshly started server, ${o.runs} runs per database; ${machine()}`);
  for (const d of ['sqlite', 'postgres'] as const) if (which === 'both' || which === d) await runDialect(d, o);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCreateBurst(process.argv.slice(2)).then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
