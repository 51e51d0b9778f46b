/** A Switchboard node on a real test database, driven through Fastify's full request pipeline. */
import { loadConfig, type Config } from '../../src/config.js';
import { buildSwitchboard, type BuildOptions, type Switchboard } from '../../src/main.js';
import { ManualClock } from '../../src/platform/clock.js';
import type { DialectName } from '../../src/platform/db/dialect.js';
import { createLogger } from '../../src/platform/logger.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { seedWorld, type World } from './factories.js';

export interface TestApp {
  sb: Switchboard;
  test: TestDatabase;
  clock: ManualClock;
  world: World;
  config: Config;
  /** Sends a request as a token holder; returns status, parsed JSON body and headers. */
  call(token: string | null, method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** What a test may hand the node besides settings. */
export type TestBuildOptions = Pick<BuildOptions, 'dnsResolver'>;

/**
 * DNS for tests that set none: every name is unknown, at once, so no test asks the network (the
 * SMTP listener's SPF, DKIM and DMARC checks then find no records).
 */
export const offlineResolver: NonNullable<BuildOptions['dnsResolver']> = async (name) => {
  throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
};

/** A Switchboard node on a fresh test database with the small world of factories.ts in it. */
export async function startTestApp(dialect: DialectName, overrides: Record<string, string> = {}, build: TestBuildOptions = {}): Promise<TestApp> {
  const app = await startEmptyTestApp(dialect, overrides, undefined, build);
  return { ...app, world: await seedWorld(app.sb.database.db, app.clock) };
}

/**
 * A Switchboard node on a fresh, empty test database (migrated, nothing in it), its clock set to
 * `startAt`: for what needs an empty database, such as loading the demo.
 */
export async function startEmptyTestApp(dialect: DialectName, overrides: Record<string, string> = {}, startAt = '2026-03-02T14:00:00.000Z', build: TestBuildOptions = {}): Promise<Omit<TestApp, 'world'>> {
  // Migrated already (a copy of the run's template); the node's own migration then finds nothing to do.
  const test = await createTestDatabase(dialect);
  const config = loadConfig({}, { 'log-level': 'silent', ...overrides });
  const clock = new ManualClock(Date.parse(startAt));
  const sb = await buildSwitchboard(config, { clock, database: test.database, logger: createLogger('silent'), startEngine: false, dnsResolver: build.dnsResolver ?? offlineResolver });
  return {
    sb,
    test,
    clock,
    config,
    async call(token, method, url, body, headers = {}) {
      const response = await sb.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}), ...headers },
        payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      let parsed: unknown = response.body;
      try {
        parsed = response.body ? JSON.parse(response.body) : undefined;
      } catch {
        // not JSON (SSE, metrics); keep the text
      }
      return { status: response.statusCode, body: parsed, headers: response.headers };
    },
    async close() {
      await sb.close();
      await test.drop();
    },
  };
}
