import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database as Tables } from './tables.js';
import { BACKSTOP_CHECKPOINT_PAGES, startCheckpointer } from './checkpointer.js';
import type { DialectName } from './dialect.js';

export type Db = Kysely<Tables>;

export interface Database {
  db: Db;
  dialect: DialectName;
  /** The SQLite handle, for online backup; undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  /** The PostgreSQL pool; undefined on SQLite. */
  pool?: pg.Pool;
  /**
   * Opens every pooled connection now (PostgreSQL), so that the first requests after a start do
   * not each wait for a new server process of their own. Connections then stay open.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** better-sqlite3 cannot bind JS booleans; SQLite stores them as 0/1. */
function bindable(parameters: readonly unknown[]): readonly unknown[] {
  return parameters.some((p) => typeof p === 'boolean') ? parameters.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p)) : parameters;
}

/** What Kysely's SQLite driver uses of a statement, with booleans bound as 0/1. */
function booleanSafe(statement: SQLite.Statement) {
  return {
    reader: statement.reader,
    all: (parameters: readonly unknown[]) => statement.all(bindable(parameters)),
    run: (parameters: readonly unknown[]) => statement.run(bindable(parameters)),
    iterate: (parameters: readonly unknown[]) => statement.iterate(bindable(parameters)),
  };
}

// PostgreSQL hands back instants as ISO strings and 64-bit counts as numbers, the same shapes
// SQLite gives, so repositories map rows once for both dialects.
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// JSON comes back as text on both dialects, so `readJson` parses it the same way everywhere.
pg.types.setTypeParser(114, (v) => v);
pg.types.setTypeParser(3802, (v) => v);

export interface ConnectOptions {
  databaseUrl: string;
  dataDir: string;
  /** Overrides the SQLite file (tests use temporary files). */
  sqliteFile?: string;
  poolSize?: number;
  /**
   * SQLite: checkpoint the WAL on a worker thread (platform/db/checkpointer.ts) rather than in the
   * committing request. For a serving node; tools and tests that open a database briefly need not.
   */
  backgroundCheckpoints?: boolean;
  /**
   * Open only a SQLite file that is already there: no data directory or file is created. Every
   * command but `serve` and `migrate` opens the database this way, so a mistyped data directory
   * fails instead of quietly starting an empty database.
   */
  mustExist?: boolean;
}

/** The SQLite file a configuration points at. */
export function sqliteFileOf(options: Pick<ConnectOptions, 'dataDir' | 'sqliteFile'>): string {
  return options.sqliteFile ?? path.join(options.dataDir, 'switchboard.db');
}

/** There is no database where the configuration points. */
export class MissingDatabaseError extends Error {
  constructor(readonly file: string) {
    super(`There is no Switchboard database at ${path.resolve(file)}. Check --data-dir (SWITCHBOARD_DATA_DIR) or DATABASE_URL; "switchboard migrate" creates a new one.`);
    this.name = 'MissingDatabaseError';
  }
}

/** At most this many distinct statements are prepared by name; any others run unnamed (planned each time). */
const MAX_NAMED_STATEMENTS = 1000;

/**
 * The pool as Kysely sees it, with every statement prepared by name: PostgreSQL parses and plans
 * an unnamed statement afresh on every run. Named, each connection parses a statement once and,
 * after a few runs, reuses a generic plan: PostgreSQL's CPU per ticket create fell from 1.84–1.91 to
 * 1.07–1.31 ms in back-to-back benchmark runs. Names follow the SQL text (the same text, the same
 * name on every connection); texts beyond MAX_NAMED_STATEMENTS (lists of many lengths, say) are not
 * named, so neither this process nor a server connection holds an unbounded number.
 *
 * A prepared `SELECT *` fails with "cached plan must not change result type" once its table gained
 * a column — another node's migration during a rolling upgrade. That statement fails (its request
 * gets an error) and the connection is closed instead of returned to the pool, so the next use
 * prepares afresh on a new one.
 */
function preparingPool(pool: pg.Pool) {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMED_STATEMENTS) names.set(text, (name = `sb_${names.size}`));
    return name;
  };
  const wrapped = new WeakMap<pg.PoolClient, { query(text: string, values: unknown[]): Promise<pg.QueryResult>; release(destroy?: boolean): void }>();
  return {
    async connect() {
      const client = await pool.connect();
      let w = wrapped.get(client);
      if (!w) {
        let stale = false;
        w = {
          query: (text: string, values: unknown[]) =>
            client.query({ name: nameOf(text), text, values }).catch((error: { code?: string; message?: string }) => {
              if (error?.code === '0A000' && /cached plan must not change result type/.test(error.message ?? '')) stale = true;
              throw error;
            }),
          release: (destroy?: boolean) => client.release(destroy || stale),
        };
        wrapped.set(client, w);
      }
      return w;
    },
    end: () => pool.end(),
  };
}

export function connect(options: ConnectOptions): Database {
  if (options.databaseUrl.startsWith('postgres')) {
    // Short OLTP queries: starting parallel workers costs more than it saves (search p95 35.6 → 15.6 ms
    // at 1M tickets), and on a small server the workers compete with the web node for the same cores.
    const max = options.poolSize ?? 10;
    // Connections are kept once open (min = max): a connection closed after 10 idle seconds, as
    // by default, made the next burst of requests pay for new server processes again.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max, min: max, options: '-c max_parallel_workers_per_gather=0' });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: preparingPool(pool) as unknown as pg.Pool }) });
    const warm = async () => {
      // Every connection not in use now (a LISTEN connection holds one for good).
      const free = max - (pool.totalCount - pool.idleCount);
      const clients = await Promise.all(Array.from({ length: free }, () => pool.connect()));
      try {
        await Promise.all(clients.map((c) => c.query('SELECT 1')));
      } finally {
        for (const c of clients) c.release();
      }
    };
    return { db, dialect: 'postgres', pool, warm, close: () => db.destroy() };
  }
  const file = sqliteFileOf(options);
  if (options.mustExist && (file === ':memory:' || !fs.existsSync(file) || !fs.statSync(file).isFile())) throw new MissingDatabaseError(file);
  if (file !== ':memory:' && !options.mustExist) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file, { fileMustExist: options.mustExist === true });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // NORMAL in WAL mode: a committed write survives a crash of the process (kill -9); only an
  // operating-system crash or power loss can lose the last commits. See docs/operations.md.
  sqlite.pragma('synchronous = NORMAL');
  const checkpointer = options.backgroundCheckpoints && file !== ':memory:' ? startCheckpointer(file) : undefined;
  if (checkpointer) sqlite.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  // Kysely prepares every query afresh; compiling the same few dozen statements again and again is
  // a measurable share of a request on SQLite, so prepared statements are kept by their SQL text.
  // Booleans become 0/1 as they are bound (a Kysely plugin rewriting every query's tree for them
  // cost 7% of a ticket creation's CPU).
  const statements = new Map<string, ReturnType<typeof booleanSafe>>();
  const cached = {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = booleanSafe(sqlite.prepare(text));
        if (statements.size < 1000) statements.set(text, statement);
      }
      return statement;
    },
  };
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: cached }) });
  const close = async () => {
    // The writer closes last, so it checkpoints what is left and removes the log, as before.
    await checkpointer?.stop();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', sqlite, warm: async () => undefined, close };
}

/** True when an error from either driver is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
