/**
 * Benchmark server: the complete Switchboard web node (buildSwitchboard — authentication,
 * validation, every module) on the database named by BENCH_DATABASE_URL (PostgreSQL) or the
 * SQLite file in BENCH_DATA_DIR. Listens on 127.0.0.1 on a free port, prints `{"port":N}`,
 * and shuts down cleanly on SIGTERM. Measures nothing itself.
 */
import { loadConfig } from '../../src/config.js';
import { buildSwitchboard } from '../../src/main.js';

const config = loadConfig({}, {
  'database-url': process.env.BENCH_DATABASE_URL ?? '',
  'data-dir': process.env.BENCH_DATA_DIR ?? '/tmp/switchboard-bench',
  host: '127.0.0.1',
  port: '0',
  'log-level': process.env.BENCH_LOG_LEVEL ?? 'warn',
});
const sb = await buildSwitchboard(config);
await sb.app.listen({ host: config.host, port: config.port });
const address = sb.app.server.address();
if (address === null || typeof address === 'string') throw new Error('unexpected listen address');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

process.once('SIGTERM', () => {
  sb.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
