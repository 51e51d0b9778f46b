/**
 * Benchmark server: floors for ticket creation on SQLite, with the same better-sqlite3 pragmas as
 * Switchboard (WAL, synchronous=NORMAL, foreign_keys, busy_timeout). Measures nothing itself.
 *
 * BENCH_FLOOR=row (default) — the floor of the bar: a bare Fastify route that parses the JSON
 *   body and inserts one row into one table. No authentication, validation or indexing.
 * BENCH_FLOOR=writeset — informational: a bare Fastify route that performs the same rows a
 *   ticket creation writes (counter, ticket, event, first message, two search rows) with prepared
 *   statements in one transaction, on a database already migrated by Switchboard, so the cost of
 *   the write set itself can be told apart from the cost of the layers above it.
 *
 * The database lives in BENCH_DATA_DIR. Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { ticketWriteSet, type TicketInput } from '../write-set-rows.js';

const dir = process.env.BENCH_DATA_DIR ?? '/tmp/switchboard-bench-floor';
const mode = process.env.BENCH_FLOOR ?? 'row';
fs.mkdirSync(dir, { recursive: true });
const sqlite = new SQLite(path.join(dir, mode === 'row' ? 'floor.db' : 'switchboard.db'));
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('synchronous = NORMAL');

type Handler = (body: Record<string, unknown>) => unknown;

function rowFloor(): Handler {
  sqlite.exec('CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO items (id, body, created_at) VALUES (?, ?, ?)');
  return (body) => {
    const id = randomUUID();
    const createdAt = new Date().toISOString();
    insert.run(id, JSON.stringify(body), createdAt);
    return { id, createdAt };
  };
}

function writeSetFloor(): Handler {
  const create = sqlite.transaction(ticketWriteSet(sqlite));
  return (body) => create(body as unknown as TicketInput);
}

const handle = mode === 'row' ? rowFloor() : writeSetFloor();
const app = Fastify({ logger: false });
let reported = false;
app.addHook('onError', async (_request, _reply, error) => {
  if (!reported) process.stderr.write(`floor (${mode}): ${error.stack ?? error.message}\n`);
  reported = true;
});
app.post('/items', async (request, reply) => reply.status(201).send(handle(request.body as Record<string, unknown>)));
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
