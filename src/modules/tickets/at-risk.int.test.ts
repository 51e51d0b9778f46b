import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The at-risk queue as the console asks for it: running clocks due from a day ago on, nearest
 * first; breaches older than a day in their own queue; counts that agree with the lists.
 */
describe.each(DIALECTS)('the at-risk and old-breaches queues on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  const ids: Record<string, string> = {};
  let now: number;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'UTC', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    const start = t.clock.now();
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }], startsAt: new Date(start - 365 * DAY).toISOString() });
    expect(contract.status).toBe(201);
    const open = async (name: string, at: number, priority: string) => {
      t.clock.set(at);
      const r = await t.call(owner, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: name, priority });
      expect(r.status).toBe(201);
      ids[name] = r.body.id;
    };
    now = start + 90 * DAY;
    // P1: first response due 15 minutes after opening; P3: 4 hours; P4: 8 hours.
    await open('breached months ago', start, 'P1');
    await open('breached two days ago', now - 2 * DAY, 'P1');
    await open('breached an hour ago', now - HOUR - 15 * MINUTE, 'P1');
    await open('due in ten minutes', now - 5 * MINUTE, 'P1');
    await open('due in four hours', now, 'P3');
    await open('due in eight hours', now, 'P4');
    t.clock.set(now);
  });
  afterAll(async () => t?.close());

  const subjects = async (query: string) => {
    const r = await t.call(owner, 'GET', `/api/v1/tickets?status=new,open&sort=due&limit=200&${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.items.map((x: { subject: string }) => x.subject);
  };
  const iso = (ms: number) => encodeURIComponent(new Date(ms).toISOString());

  it('leaves breaches older than a day off the at-risk queue, nearest due first, and lists them in their own', async () => {
    expect(await subjects('')).toEqual(['breached months ago', 'breached two days ago', 'breached an hour ago', 'due in ten minutes', 'due in four hours', 'due in eight hours']);
    const atRisk = await subjects(`dueAfter=${iso(now - DAY)}`);
    expect(atRisk).toEqual(['breached an hour ago', 'due in ten minutes', 'due in four hours', 'due in eight hours']);
    expect(await subjects(`dueBefore=${iso(now - DAY)}`)).toEqual(['breached months ago', 'breached two days ago']);
    // The same instant with an offset selects the same tickets.
    const offset = new Date(now - DAY + 2 * HOUR).toISOString().replace('Z', '+02:00');
    expect(await subjects(`dueAfter=${encodeURIComponent(offset)}`)).toEqual(atRisk);
    const page = await t.call(owner, 'GET', `/api/v1/tickets?status=new,open&sort=due&limit=2&dueAfter=${iso(now - DAY)}`);
    const next = await t.call(owner, 'GET', `/api/v1/tickets?status=new,open&sort=due&limit=2&dueAfter=${iso(now - DAY)}&cursor=${page.body.nextCursor}`);
    expect([...page.body.items, ...next.body.items].map((x: { subject: string }) => x.subject)).toEqual(atRisk);
  });

  it('counts exactly what each list holds, the navigation’s “breached or due within the hour” included', async () => {
    const window = { status: 'new,open', sort: 'due' as const, dueAfter: new Date(now - DAY).toISOString() };
    const counts = await t.call(owner, 'POST', '/api/v1/tickets/counts', {
      queries: [window, { ...window, dueBefore: new Date(now + HOUR).toISOString() }, { status: 'new,open', sort: 'due', dueBefore: new Date(now - DAY).toISOString() }],
    });
    expect(counts.status, JSON.stringify(counts.body)).toBe(200);
    expect(counts.body.counts).toEqual([
      (await subjects(`dueAfter=${iso(now - DAY)}`)).length,
      (await subjects(`dueAfter=${iso(now - DAY)}&dueBefore=${iso(now + HOUR)}`)).length,
      (await subjects(`dueBefore=${iso(now - DAY)}`)).length,
    ]);
    expect(counts.body.counts).toEqual([4, 2, 2]);
  });

  it('refuses a due bound that is not an instant, naming it', async () => {
    const r = await t.call(owner, 'GET', '/api/v1/tickets?sort=due&dueAfter=yesterday');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('/dueAfter');
  });
});
