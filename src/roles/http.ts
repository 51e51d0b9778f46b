/**
 * Every node's HTTP server. Each serves liveness, readiness, metrics and `/health/engine`; a node
 * with the `api` role also serves the API and the web app (web.ts adds them), and a node without
 * it nothing else — no API, no OpenAPI document, no pages.
 */
import type { Registry } from 'prom-client';
import { trustedProxyList } from '../config.js';
import { instanceKey } from '../platform/db/instance-keys.repository.js';
import { operationsRoutes } from '../platform/http/operations.js';
import { createHttpServer, type App } from '../platform/http/server.js';
import { VERSION } from '../platform/version.js';
import { registerAuthentication } from '../modules/auth/index.js';
import type { Shared } from './shared.js';

export interface NodeHttp {
  app: App;
  /** Where the node's metrics are registered (`/metrics`). */
  registry: Registry;
  /** Readiness answers 503 from now on, so load balancers stop sending requests. */
  drain(): void;
  /** Stops accepting requests and lets in-flight ones finish, up to the shutdown grace period. */
  close(): Promise<void>;
}

export async function createNodeHttp(s: Shared): Promise<NodeHttp> {
  const { config, database, clock } = s;
  const api = s.roles.has('api');
  const cursorKey = await instanceKey(database.db, 'cursors', clock.iso());
  const app = await createHttpServer({ logger: s.logger, bodyLimitBytes: config.bodyLimitBytes, version: VERSION, trustedProxies: trustedProxyList(config.trustedProxies), cursorKey, api });
  if (api) registerAuthentication(app, { db: database.db, clock });
  let shuttingDown = false;
  const registry = operationsRoutes(app, { db: database.db, isShuttingDown: () => shuttingDown });
  return {
    app,
    registry,
    drain: () => void (shuttingDown = true),
    async close() {
      const timer = setTimeout(() => app.server.closeAllConnections?.(), config.shutdownGraceMs);
      timer.unref();
      await app.close();
      clearTimeout(timer);
    },
  };
}
