import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import { CalendarCache } from './calendar-cache.js';
import { loadCoverage } from './coverage.js';

describe.each(DIALECTS)('compiled coverage calendars on %s', (dialect) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    for (const [name, preset] of [['Office', 'business-hours'], ['Always', '24x7'], ['Unused', '24x5']]) {
      ids[name] = (await t.call(owner, 'POST', '/api/v1/calendars', { name, timeZone: 'Europe/London', preset })).body.id;
    }
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', {
      organizationId: t.world.a.id,
      name: 'Managed',
      kind: 'managed',
      slaPolicyId: policy.id,
      coverage: [{ calendarId: ids.Always, priorities: ['P1'] }, { calendarId: ids.Office }],
    });
    expect(contract.status).toBe(201);
  });
  afterAll(async () => t?.close());

  it('compiles before the first request the calendars that active contracts cover, and compiles again only a changed one', async () => {
    const db = t.sb.database.db;
    const cache = new CalendarCache();
    expect(await cache.warm(db, t.clock.now(), t.clock.now() + 60 * 86_400_000)).toBe(2);
    const office = await cache.get(db, ids.Office);
    expect(await cache.get(db, ids.Office)).toBe(office);
    const both = await cache.getMany(db, [ids.Office, ids.Always, 'no-such-calendar']);
    expect([...both.keys()].sort()).toEqual([ids.Office, ids.Always].sort());
    expect(both.get(ids.Office)).toBe(office);
    // A client's coverage reads its contract, policy and calendar versions together and reuses the compiled calendars.
    const coverage = await loadCoverage(db, cache, t.world.a.id, null);
    expect(coverage?.calendarFor('P3')).toBe(office);
    expect(coverage?.calendarFor('P1')?.name).toBe('Always');
    expect(await loadCoverage(db, cache, t.world.b.id, null)).toBeUndefined();
    const changed = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/calendars/${ids.Office}`, { name: 'Office hours' });
    expect(changed.status).toBe(200);
    const recompiled = await cache.get(db, ids.Office);
    expect(recompiled).not.toBe(office);
    expect(recompiled?.name).toBe('Office hours');
    expect((await loadCoverage(db, new CalendarCache(), t.world.a.id, null))?.calendarFor('P3')?.name).toBe('Office hours');
    const again = new CalendarCache();
    const before = (await loadCoverage(db, again, t.world.a.id, null))?.calendarFor('P3');
    await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/calendars/${ids.Office}`, { name: 'Office hours (UK)' });
    const after = (await loadCoverage(db, again, t.world.a.id, null))?.calendarFor('P3');
    expect(after).not.toBe(before);
    expect(after?.name).toBe('Office hours (UK)');
  });

  it('opens every pooled connection when a node warms up', async () => {
    await t.sb.database.warm();
    const pool = t.sb.database.pool;
    if (dialect === 'postgres') {
      // The test database's pool holds 5 (test/support/db.ts): the live-event relay LISTENs on one,
      // the other four are open and idle.
      expect(pool!.totalCount).toBe(5);
      expect(pool!.idleCount).toBe(4);
    } else {
      expect(pool).toBeUndefined();
    }
  });
});
