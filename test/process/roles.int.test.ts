import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../support/db.js';
import { exited, startServerProcess, type ServerProcess } from '../support/server-process.js';

/**
 * `switchboard serve --roles …` as an operator starts it: a node serves what its roles say. An
 * engine (or engine and mail) node answers only health and metrics; an api node serves the API
 * and does not run the engine.
 */
describe.each(DIALECTS)('a node’s roles on %s', (dialect) => {
  let test: TestDatabase | undefined;
  let node: ServerProcess | undefined;
  afterEach(async () => {
    if (node) {
      node.child.kill('SIGTERM');
      await exited(node.child);
      node = undefined;
    }
    await test?.drop();
    test = undefined;
  });
  const env = (t: TestDatabase): Record<string, string> => (dialect === 'sqlite' ? { SWITCHBOARD_DATA_DIR: t.dataDir } : { DATABASE_URL: t.databaseUrl });
  const get = (path: string) => fetch(`${node!.url}${path}`);

  it('serves only health and metrics with --roles engine, and runs the engine', async () => {
    test = await createTestDatabase(dialect);
    node = await startServerProcess(env(test), ['--roles', 'engine']);
    expect(node.output()).toContain('health and metrics only (no API)');
    for (const path of ['/api/v1/organizations', '/api/v1/openapi.json', '/api/v1/docs', '/api/v1/auth/login', '/']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(((await r.json()) as { code: string }).code, path).toBe('route_not_found');
    }
    expect((await get('/health/live')).status).toBe(200);
    expect(await (await get('/health/ready')).json()).toEqual({ status: 'ok', database: 'ok' });
    // The engine reports ok once its first cycle has run.
    let engine: { status: string } = { status: 'starting' };
    for (;;) {
      engine = (await (await get('/health/engine')).json()) as { status: string };
      if (engine.status === 'ok') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const metrics = await (await get('/metrics')).text();
    expect(metrics).toContain('switchboard_engine_last_cycle_age_seconds');
  }, 120_000);

  it('serves only health and metrics with --roles engine,mail', async () => {
    test = await createTestDatabase(dialect);
    node = await startServerProcess({ ...env(test), SWITCHBOARD_MAIL_PORT: '0' }, ['--roles', 'engine,mail']);
    expect((await get('/api/v1/tickets')).status).toBe(404);
    expect((await get('/health/live')).status).toBe(200);
  }, 120_000);

  it('serves the API with --roles api and runs no engine', async () => {
    test = await createTestDatabase(dialect);
    node = await startServerProcess(env(test), ['--roles', 'api']);
    expect(await (await get('/health/engine')).json()).toEqual({ status: 'off', roles: ['api'] });
    const unauthenticated = await get('/api/v1/organizations');
    expect(unauthenticated.status).toBe(401);
    expect((await get('/api/v1/openapi.json')).status).toBe(200);
    expect(await (await get('/metrics')).text()).not.toContain('switchboard_engine_');
  }, 120_000);
});
