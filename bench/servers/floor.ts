/**
 * Benchmark server: floors for ticket creation, on SQLite with the same better-sqlite3 pragmas as
 * Switchboard (WAL, synchronous=NORMAL, foreign_keys, busy_timeout) and, as a serving node does,
 * WAL checkpoints on a worker thread (src/platform/db/checkpointer.ts). Measures nothing itself.
 *
 * BENCH_FLOOR=writeset — the floor of the SQLite bar (docs/DESIGN quality bars): a bare Fastify
 *   route that writes the same rows a ticket creation writes (counter, ticket, event, first
 *   message, two search rows) with prepared statements in one transaction, on a database already
 *   migrated by Switchboard, so the layers above the write set are what the bar judges.
 * BENCH_FLOOR=row (default) — informational: a bare Fastify route that parses the JSON body and
 *   inserts one row into one table. No authentication, validation or indexing.
 *
 * With BENCH_DATABASE_URL (PostgreSQL; BENCH_FLOOR=writeset only) the write set goes through the
 *   pool Switchboard itself opens (platform/db/connect.ts: same pool size and connection settings)
 *   into a database migrated by Switchboard, as the PostgreSQL create benchmark's floor
 *   (bench/ticket-create-pg.ts); each body also names a `calendarId` for the clock rows.
 *
 * The database lives in BENCH_DATA_DIR. Prints `{"port":N}` once listening on 127.0.0.1.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { BACKSTOP_CHECKPOINT_PAGES, startCheckpointer, type Checkpointer } from '../../src/platform/db/checkpointer.js';
import { connect } from '../../src/platform/db/connect.js';
import { pgTicketWriteSet, ticketWriteSet, type TicketInput } from '../write-set-rows.js';

const dir = process.env.BENCH_DATA_DIR ?? '/tmp/switchboard-bench-floor';
const mode = process.env.BENCH_FLOOR ?? 'row';
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
if (databaseUrl && mode !== 'writeset') throw new Error('On PostgreSQL the floor is BENCH_FLOOR=writeset');
const postgres = databaseUrl ? connect({ databaseUrl, dataDir: '' }) : undefined;
let sqlite: SQLite.Database;
let checkpointer: Checkpointer | undefined;
if (!postgres) {
  fs.mkdirSync(dir, { recursive: true });
  sqlite = new SQLite(path.join(dir, mode === 'row' ? 'floor.db' : 'switchboard.db'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  checkpointer = startCheckpointer(sqlite.name);
  sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
}

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

function pgWriteSetFloor(): Handler {
  const create = pgTicketWriteSet(postgres!.pool!);
  return (body) => create(body as unknown as TicketInput & { calendarId: string });
}

const handle = postgres ? pgWriteSetFloor() : mode === 'row' ? rowFloor() : writeSetFloor();
const app = Fastify({ logger: false });
let reported = false;
app.addHook('onError', async (_request, _reply, error) => {
  if (!reported) process.stderr.write(`floor (${mode}): ${error.stack ?? error.message}\n`);
  reported = true;
});
app.post('/items', async (request, reply) => reply.status(201).send(await handle(request.body as Record<string, unknown>)));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address === null || typeof address === 'string') throw new Error('unexpected listen address');
process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);

process.once('SIGTERM', () => {
  app.close().then(
    async () => {
      if (postgres) await postgres.close();
      else {
        await checkpointer?.stop();
        sqlite.close();
      }
      process.exit(0);
    },
    () => process.exit(1),
  );
});
