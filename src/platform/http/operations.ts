/** Liveness, readiness and Prometheus metrics. */
import { sql } from 'kysely';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/connect.js';
import type { App } from './server.js';
import { problem } from './problem.js';

export function operationsRoutes(app: App, deps: { db: Db; isShuttingDown: () => boolean }): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'switchboard_' });
  const duration = new Histogram({
    name: 'switchboard_http_request_duration_seconds',
    help: 'HTTP request duration by route and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  const hide = { hide: true };
  app.get('/health/live', { config: { public: true }, schema: hide }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { config: { public: true }, schema: hide }, async (_request, reply) => {
    if (deps.isShuttingDown()) return reply.status(503).type('application/problem+json').send(problem(503, 'shutting_down', 'This node is shutting down'));
    try {
      await sql`select 1`.execute(deps.db);
      return { status: 'ok', database: 'ok' };
    } catch {
      return reply.status(503).type('application/problem+json').send(problem(503, 'database_unavailable', 'The database does not answer'));
    }
  });
  app.get('/metrics', { config: { public: true }, schema: hide }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return registry;
}
