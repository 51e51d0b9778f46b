import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database as Tables } from '../../migrations/tables.js';
import type { DialectName } from './dialect.js';

export type Db = Kysely<Tables>;

export interface Database {
  db: Db;
  dialect: DialectName;
  /** The SQLite handle, for online backup; undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  /** The PostgreSQL pool; undefined on SQLite. */
  pool?: pg.Pool;
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

export function connect(options: ConnectOptions): Database {
  if (options.databaseUrl.startsWith('postgres')) {
    // Short OLTP queries: starting parallel workers costs more than it saves (search p95 35.6 → 15.6 ms
    // at 1M tickets), and on a small server the workers compete with the web node for the same cores.
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10, options: '-c max_parallel_workers_per_gather=0' });
    // An idle client losing its connection must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', pool, close: () => db.destroy() };
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
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/** True when an error from either driver is a unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
