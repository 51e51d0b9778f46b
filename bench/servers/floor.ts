/**
 * Benchmark server: the floor for ticket creation — a bare Fastify route that parses the JSON
 * body and inserts one row into one SQLite table, with the same better-sqlite3 pragmas as
 * Switchboard (WAL, synchronous=NORMAL, foreign_keys, busy_timeout). No authentication, no schema
 * validation, no event log or search index: the least any SQLite-backed create can cost.
 * The database lives in BENCH_DATA_DIR. Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';

const dir = process.env.BENCH_DATA_DIR ?? '/tmp/switchboard-bench-floor';
fs.mkdirSync(dir, { recursive: true });
const sqlite = new SQLite(path.join(dir, 'floor.db'));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');
sqlite.exec('CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)');
const insert = sqlite.prepare('INSERT INTO items (id, body, created_at) VALUES (?, ?, ?)');

const app = Fastify({ logger: false });
app.post('/items', async (request, reply) => {
  const id = randomUUID();
  const createdAt = new Date().toISOString();
  insert.run(id, JSON.stringify(request.body), createdAt);
  return reply.status(201).send({ id, createdAt });
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('unexpected listen address');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

process.once('SIGTERM', () => {
  app.close().then(
    () => {
      sqlite.close();
      process.exit(0);
    },
    () => process.exit(1),
  );
});
