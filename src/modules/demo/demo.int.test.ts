import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startEmptyTestApp, type TestApp } from '../../../test/support/app.js';
import { installDemo } from '../../main.js';
import type { DemoSummary } from './index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
type App = Omit<TestApp, 'world'>;

/**
 * The demo MSP as `switchboard serve --demo` loads it, on both databases, at two instants that
 * share nothing: a Saturday night, when every office-hours clock is paused, and a Wednesday
 * afternoon ten days later. Each install gets its own secrets; each opens on a living desk.
 */
describe.each(DIALECTS)('the demo MSP loaded on %s', (dialect) => {
  const installs: { at: string; app?: App; demo?: DemoSummary }[] = [{ at: '2026-03-07T03:00:00.000Z' }, { at: '2026-03-18T15:30:00.000Z' }];
  beforeAll(async () => {
    for (const install of installs) {
      install.app = await startEmptyTestApp(dialect, {}, install.at);
      install.demo = await installDemo(install.app.sb.database, install.app.config, install.app.clock);
    }
  }, 240_000);
  afterAll(async () => {
    for (const install of installs) await install.app?.close();
  });

  it.each([0, 1])('install %i opens on a living desk: tickets due within the hour, fresh breaches, none breached for months', async (i) => {
    const { app, demo, at } = installs[i] as Required<(typeof installs)[number]>;
    const now = Date.parse(at);
    const url = `/api/v1/tickets?sort=due&limit=200&status=new,open&dueBefore=${encodeURIComponent(new Date(now + HOUR).toISOString())}`;
    const atRisk = (await app.call(demo.apiToken, 'GET', url)).body.items as { number: string; slaDueAt: string; priority: string }[];
    const due = atRisk.map((r) => Date.parse(r.slaDueAt) - now);
    expect(due.filter((d) => d > 0 && d <= HOUR).length, JSON.stringify(atRisk.slice(-8))).toBeGreaterThanOrEqual(3);
    expect(due.filter((d) => d <= 0 && d > -24 * HOUR).length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...due)).toBeGreaterThan(-30 * 24 * HOUR);
  });

  it.each([0, 1])('install %i has two escalations paging: the team lead and the on-call engineer at once, the service manager ten minutes later', async (i) => {
    const { app, demo, at } = installs[i] as Required<(typeof installs)[number]>;
    const now = Date.parse(at);
    expect(demo.ladders).toHaveLength(2);
    const ticketId = demo.ladders[0].ticketId;
    const ticket = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}`)).body;
    expect(ticket).toMatchObject({ priority: 'P1', businessCritical: true, status: 'new', channel: 'alert' });
    expect(now - Date.parse(ticket.createdAt)).toBeGreaterThanOrEqual(20 * MINUTE);
    expect(now - Date.parse(ticket.createdAt)).toBeLessThan(21 * MINUTE);
    const before = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}/escalations`)).body;
    expect(before.items).toHaveLength(1);
    expect(before.items[0]).toMatchObject({ policy: 'Business-critical to the CEO', state: 'active', nextStep: 1 });
    expect(Date.parse(before.items[0].nextStepAt)).toBeLessThanOrEqual(now);

    await app.sb.engine!.engine.runOnce();
    const after = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}/escalations`)).body;
    expect(after.items[0]).toMatchObject({ state: 'active', nextStep: 2 });
    expect(Date.parse(after.items[0].nextStepAt) - now).toBeGreaterThan(9 * MINUTE);
    expect(Date.parse(after.items[0].nextStepAt) - now).toBeLessThanOrEqual(10 * MINUTE);
    const teams = (await app.call(demo.apiToken, 'GET', '/api/v1/teams')).body.items as { id: string; leadUserId: string }[];
    const schedules = (await app.call(demo.apiToken, 'GET', '/api/v1/oncall/schedules')).body.items as { id: string }[];
    const onCall = (await app.call(demo.apiToken, 'GET', `/api/v1/oncall/schedules/${schedules[0].id}/on-call?at=${encodeURIComponent(new Date(Date.parse(ticket.createdAt) + 15 * MINUTE).toISOString())}`)).body as { onCall: { userId: string }[] };
    const paged = new Set(after.notifications.map((n: { step: number; recipientUserId: string }) => `${n.step}:${n.recipientUserId}`));
    expect([...paged].sort()).toEqual([...new Set([teams.find((t) => t.id === ticket.teamId)?.leadUserId, ...onCall.onCall.map((o) => o.userId)].map((id) => `1:${id}`))].sort());
    const active = await app.sb.database.db.selectFrom('escalations').select('ticket_id').where('state', '=', 'active').execute();
    expect(active.map((e) => e.ticket_id).sort()).toEqual(demo.ladders.map((l) => l.ticketId).sort());
  });

  it('signs in with the passwords and the token made for this install, and stores the token only hashed', async () => {
    const { app, demo } = installs[0] as Required<(typeof installs)[number]>;
    expect(demo.logins.map((l) => l.label)).toEqual(['Owner', 'Technician', 'Client admin', 'Client user']);
    for (const login of demo.logins) {
      const r = await app.call(null, 'POST', '/api/v1/auth/login', { email: login.email, password: login.password });
      expect(r.status, login.label).toBe(200);
    }
    expect((await app.call(null, 'POST', '/api/v1/auth/login', { email: demo.ownerEmail, password: 'switchboard-demo' })).status).toBe(401);
    expect((await app.call(demo.apiToken, 'GET', '/api/v1/auth/me')).body).toMatchObject({ email: demo.ownerEmail, role: 'owner' });
    const stored = JSON.stringify(await app.sb.database.db.selectFrom('api_tokens').selectAll().execute());
    expect(stored).not.toContain(demo.apiToken);
    expect(stored).not.toContain(demo.apiToken.slice(12));
  });

  it('gives every install secrets of its own, while the same seed gives the same MSP', async () => {
    const [first, second] = installs.map((x) => x.demo!);
    expect(second.apiToken).not.toBe(first.apiToken);
    expect(second.apiToken).toMatch(/^sb_demo_[A-Za-z0-9_-]{43}$/);
    first.logins.forEach((login, i) => {
      expect(second.logins[i].email).toBe(login.email);
      expect(second.logins[i].password).not.toBe(login.password);
    });
    expect((await installs[1].app!.call(first.apiToken, 'GET', '/api/v1/auth/me')).status).toBe(401);
    const orgs = async (x: (typeof installs)[number]) => ((await x.app!.call(x.demo!.apiToken, 'GET', '/api/v1/organizations?limit=200')).body.items as { id: string; name: string }[]).map((o) => [o.id, o.name]);
    expect(await orgs(installs[1])).toEqual(await orgs(installs[0]));
  });
});
