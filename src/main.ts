/**
 * The composition root: configuration → database → modules → HTTP, wired by hand, top to bottom.
 */
import { readFileSync } from 'node:fs';
import type { Config } from './config.js';
import { systemClock, type Clock } from './platform/clock.js';
import { connect, type Database } from './platform/db/connect.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { EventBus } from './platform/events.js';
import { createLogger, type Logger } from './platform/logger.js';
import { operationsRoutes } from './platform/http/operations.js';
import { createHttpServer, type App } from './platform/http/server.js';
import { auditRoutes } from './modules/audit/index.js';
import { authRoutes, FailureLimiter, registerAuthentication } from './modules/auth/index.js';
import { clientRoutes } from './modules/clients/index.js';
import { staffRoutes } from './modules/staff/index.js';
import { streamRoutes, ticketRoutes } from './modules/tickets/index.js';

export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Switchboard {
  app: App;
  database: Database;
  events: EventBus;
  logger: Logger;
  /** Stops accepting requests, lets in-flight ones finish (up to the grace period), closes the database. */
  close(): Promise<void>;
}

export interface BuildOptions {
  clock?: Clock;
  logger?: Logger;
  /** An already connected database (tests); otherwise one is opened from the configuration. */
  database?: Database;
}

/** Builds a ready-to-listen Switchboard web node with every module wired in. */
export async function buildSwitchboard(config: Config, options: BuildOptions = {}): Promise<Switchboard> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = options.database ?? connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database);
  const db = database.db;
  const events = new EventBus();
  let shuttingDown = false;

  const app = await createHttpServer({ logger, bodyLimitBytes: config.bodyLimitBytes, version: VERSION });
  registerAuthentication(app, { db, clock });
  operationsRoutes(app, { db, isShuttingDown: () => shuttingDown });
  authRoutes(app, {
    db,
    clock,
    limiter: new FailureLimiter(config.loginAttemptsPerWindow, 15 * 60_000),
    sessionTtlHours: config.sessionTtlHours,
    secureCookies: config.publicUrl.startsWith('https://'),
  });
  auditRoutes(app, { db });
  staffRoutes(app, { db, clock });
  clientRoutes(app, { db, clock });
  ticketRoutes(app, { db, dialect: database.dialect, clock, events, ticketPrefix: config.ticketPrefix });
  streamRoutes(app, { events });
  await app.ready();

  return {
    app,
    database,
    events,
    logger,
    async close() {
      shuttingDown = true;
      const timer = setTimeout(() => app.server.closeAllConnections?.(), config.shutdownGraceMs);
      timer.unref();
      await app.close();
      clearTimeout(timer);
      if (!options.database) await database.close();
    },
  };
}
