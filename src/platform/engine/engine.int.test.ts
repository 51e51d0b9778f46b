import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { slaFixtures } from '../../../test/api/endpoints.js';
import { connect, type Database } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { CalendarCache, slaNoticeHandlers } from '../../modules/sla/index.js';
import { Engine } from './engine.js';

/** Three engines working one database at once: every deadline is handled exactly once. */
describe.each(DIALECTS)('three engines on one %s database', (dialect) => {
  let t: TestApp;
  const nodes: Database[] = [];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    await slaFixtures(t, t.world.a.id);
  });
  afterAll(async () => {
    for (const n of nodes) await n.close();
    await t?.close();
  });

  it('fires each warning and breach once, whichever node claims it', async () => {
    const count = 40;
    for (let i = 0; i < count; i += 1) {
      const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: `Outage ${i}`, priority: 'P1' });
      expect(r.status).toBe(201);
    }
    // Office hours in Chicago, P1 first response 15 min and resolution 4 h: a working week later all are past due.
    t.clock.advance(7 * 24 * 60 * 60_000);
    const engines = [0, 1, 2].map((n) => {
      // SQLite is the single-node store: its engines share the node's one writer connection (a
      // second connection in the same process would block the event loop in busy waits). On
      // PostgreSQL each engine is a separate node with its own pool.
      const database = dialect === 'sqlite' ? t.sb.database : connect({ databaseUrl: t.test.databaseUrl, dataDir: '', poolSize: 3 });
      if (dialect === 'postgres') nodes.push(database);
      const nodeId = `node-${n}`;
      return new Engine({
        db: database.db,
        dialect,
        clock: t.clock,
        logger: createLogger('silent'),
        nodeId,
        batchSize: 7,
        handlers: slaNoticeHandlers({ calendars: new CalendarCache(), nodeId, publish: () => undefined }),
      });
    });
    const handled = await Promise.all(engines.map((e) => e.runOnce()));
    const db = t.sb.database.db;
    const notices = await db.selectFrom('sla_notices').select(['ticket_id', 'clock', 'kind', 'node']).execute();
    expect(notices.length).toBe(count * 4);
    expect(new Set(notices.map((n) => `${n.ticket_id}:${n.clock}:${n.kind}`)).size).toBe(count * 4);
    const events = await db.selectFrom('ticket_events').select(['ticket_id', 'type', 'field']).where('type', 'like', 'sla.%').execute();
    expect(events.length).toBe(count * 4);
    expect(handled.reduce((a, b) => a + b, 0)).toBe(count * 4);
    const pending = await db.selectFrom('deadlines').select('id').where('done_at', 'is', null).execute();
    expect(pending).toEqual([]);
    if (dialect === 'postgres') expect(new Set(notices.map((n) => n.node)).size).toBeGreaterThan(1);
  });
});

describe.each(DIALECTS)('waking the engine on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('runs a cycle for a deadline due before its next poll, and none for one due after it', async () => {
    const engine = new Engine({ db: t.sb.database.db, dialect, clock: t.clock, logger: createLogger('silent'), nodeId: 'waker', pollMs: 60_000, handlers: [] });
    let cycles = 0;
    const runOnce = engine.runOnce.bind(engine);
    engine.runOnce = () => {
      cycles += 1;
      return runOnce();
    };
    // A woken cycle starts at once from a 0 ms timer, which fires before one of 5 ms.
    const afterTimers = () => new Promise((r) => setTimeout(r, 5));
    engine.start();
    await afterTimers();
    await engine.settled();
    expect(cycles).toBe(1);
    engine.wake(t.clock.now() + 60_000);
    await afterTimers();
    expect(cycles).toBe(1);
    engine.wake(t.clock.now() + 59_999);
    await afterTimers();
    expect(cycles).toBe(2);
    await engine.settled();
    engine.wake();
    await afterTimers();
    expect(cycles).toBe(3);
    await engine.stop();
  });
});
