/**
 * Benchmark server: the complete Switchboard web node (buildSwitchboard — authentication,
 * validation, every module) on the database named by BENCH_DATABASE_URL (PostgreSQL) or the
 * SQLite file in BENCH_DATA_DIR. Listens on 127.0.0.1 on a free port, prints `{"port":N}`,
 * and shuts down cleanly on SIGTERM. Measures nothing itself, except when asked:
 *
 * BENCH_CPU_PROFILE=file.cpuprofile — a V8 CPU profile from listening to SIGTERM (inspector), for
 *   Chrome DevTools or speedscope;
 * BENCH_LOOP_DELAY=1 — on SIGTERM, prints the event loop's delay histogram to stderr
 *   (perf_hooks.monitorEventLoopDelay): how long ready work waited for the one JavaScript thread.
 * BENCH_ROLES — the node's roles (default api,engine).
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { buildSwitchboard } from '../../src/main.js';

const profileFile = process.env.BENCH_CPU_PROFILE;

const config = loadConfig({}, {
  'database-url': process.env.BENCH_DATABASE_URL ?? '',
  'data-dir': process.env.BENCH_DATA_DIR ?? '/tmp/switchboard-bench',
  host: '127.0.0.1',
  port: '0',
  'log-level': process.env.BENCH_LOG_LEVEL ?? 'warn',
  ...(process.env.BENCH_ROLES ? { roles: process.env.BENCH_ROLES } : {}),
});
const sb = await buildSwitchboard(config);
await sb.app.listen({ host: config.host, port: config.port });
const address = sb.app.server.address();
if (address === null || typeof address === 'string') throw new Error('unexpected listen address');
// Measured from the moment the node serves: start-up work before listening is not a request's cost.
const inspector = profileFile ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
  await inspector.post('Profiler.start');
}
const loop = process.env.BENCH_LOOP_DELAY ? monitorEventLoopDelay({ resolution: 5 }) : undefined;
loop?.enable();
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

process.once('SIGTERM', () => {
  const finish = async () => {
    if (loop) {
      loop.disable();
      const ms = (ns: number) => (ns / 1e6).toFixed(1);
      process.stderr.write(`event loop delay: p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms\n`);
    }
    if (inspector && profileFile) {
      const { profile } = await inspector.post('Profiler.stop');
      fs.writeFileSync(profileFile, JSON.stringify(profile));
    }
    await sb.close();
  };
  finish().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
