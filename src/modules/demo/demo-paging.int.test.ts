import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startEmptyTestApp, type TestApp } from '../../../test/support/app.js';
import { installDemo } from '../../main.js';
import type { DemoSummary } from './index.js';

const SECRET_KEY = 'demo-paging-test-secret-key-0123456789';
type App = Omit<TestApp, 'world'>;

/**
 * The demo as it pages: loaded with a secret key (as `switchboard serve --demo` always has one), the
 * demo provider, the staff's contact methods and the 24/7 schedule are in, two tickets are paging,
 * and once the engine and the delivery worker have run their pages are in the Demo outbox.
 */
describe.each(DIALECTS)('the demo paging on %s', (dialect) => {
  let app: App;
  let demo: DemoSummary;
  let techCookie: string;
  beforeAll(async () => {
    app = await startEmptyTestApp(dialect, { 'secret-key': SECRET_KEY }, '2026-03-18T15:30:00.000Z');
    demo = await installDemo(app.sb.database, app.config, app.clock);
    const tech = demo.logins.find((l) => l.label === 'Technician')!;
    const login = await app.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: tech.email, password: tech.password } });
    techCookie = String(login.headers['set-cookie']).split(';')[0];
  }, 240_000);
  afterAll(async () => {
    await app?.close();
  });

  it('loads the demo provider, contact methods for the staff, and a two-layer schedule with one override', async () => {
    const providers = (await app.call(demo.apiToken, 'GET', '/api/v1/providers')).body.items as { name: string; kind: string; methods: string[]; enabled: boolean }[];
    expect(providers).toHaveLength(1);
    expect(providers[0]).toMatchObject({ kind: 'demo', enabled: true });
    expect(providers[0].name).toMatch(/^Demo outbox/);
    expect(providers[0].methods).toEqual(expect.arrayContaining(['sms', 'voice', 'email']));
    const me = (await app.call(demo.apiToken, 'GET', '/api/v1/auth/me')).body as { id: string };
    const methods = (await app.call(demo.apiToken, 'GET', `/api/v1/users/${me.id}/contact-methods`)).body.items as { method: string; address: string }[];
    expect(methods.map((m) => m.method).sort()).toEqual(['email', 'sms', 'voice']);
    expect(methods.find((m) => m.method === 'sms')?.address).toMatch(/^\+120255501\d\d$/);
    const schedules = (await app.call(demo.apiToken, 'GET', '/api/v1/oncall/schedules')).body.items as { id: string; name: string; layers: unknown[] }[];
    expect(schedules.map((s) => [s.name, s.layers.length])).toEqual([['Demo 24/7 on-call', 2]]);
    const schedule = (await app.call(demo.apiToken, 'GET', `/api/v1/oncall/schedules/${schedules[0].id}`)).body as { overrides: { startAt: string; reason: string }[] };
    expect(schedule.overrides).toHaveLength(1);
    expect(Date.parse(schedule.overrides[0].startAt)).toBeGreaterThan(app.clock.now());
    const onCall = (await app.call(demo.apiToken, 'GET', `/api/v1/oncall/schedules/${schedules[0].id}/on-call`)).body;
    expect(JSON.stringify(onCall)).toMatch(/rotation/);
  });

  it('starts with two business-critical tickets paging', async () => {
    expect(demo.ladders).toHaveLength(2);
    for (const { ticketId } of demo.ladders) {
      const ticket = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}`)).body;
      expect(ticket).toMatchObject({ priority: 'P1', businessCritical: true, status: 'new' });
      const ladders = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}/escalations`)).body.items;
      expect(ladders).toMatchObject([{ policy: 'Business-critical to the CEO', state: 'active', nextStep: 1 }]);
    }
  });

  it('puts the pages in the demo outbox with their full text and a working acknowledge link, for every staff member to read', async () => {
    expect((await app.call(null, 'GET', '/api/v1/demo-outbox', undefined, { cookie: techCookie })).body.items).toEqual([]);
    await app.sb.engine!.engine.runOnce();
    await app.sb.delivery!.runOnce();
    const outbox = await app.call(null, 'GET', '/api/v1/demo-outbox?limit=100', undefined, { cookie: techCookie });
    expect(outbox.status).toBe(200);
    const items = outbox.body.items as { at: string; method: string; address: string; recipient: { name: string } | null; ticket: { id: string; number: string } | null; text: string; ackUrl: string | null; ackPath: string | null; kind: string }[];
    // Pages to one address at once go out as one message (the first ticket's), naming every ticket.
    for (const { ticketId } of demo.ladders) {
      const { number } = (await app.call(demo.apiToken, 'GET', `/api/v1/tickets/${ticketId}`)).body as { number: string };
      expect(items.some((m) => m.text.includes(number)), number).toBe(true);
    }
    expect(items.every((m) => m.ticket && demo.ladders.some((l) => l.ticketId === m.ticket!.id))).toBe(true);
    const sms = items.filter((m) => m.method === 'sms');
    expect(sms.length).toBeGreaterThanOrEqual(2);
    for (const m of sms) {
      expect(m.kind).toBe('page');
      expect(m.address).toMatch(/^\+120255501\d\d$/);
      expect(m.recipient?.name).toBeTruthy();
      expect(m.text).toContain(m.ticket!.number);
      expect(m.text).toContain(`Acknowledge: ${m.ackUrl}`);
      expect(m.ackPath).toMatch(/^\/ack\/[^/]+$/);
      expect(m.ackUrl!.endsWith(m.ackPath!)).toBe(true);
    }
    expect(items.map((m) => m.at)).toEqual([...items.map((m) => m.at)].sort().reverse());
    const page = await app.sb.app.inject({ method: 'GET', url: sms[0].ackPath! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(sms[0].ticket!.number);
  });

  it('pages through the outbox with a signed cursor, and keeps it from clients', async () => {
    const first = (await app.call(demo.apiToken, 'GET', '/api/v1/demo-outbox?limit=1')).body;
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toBeTruthy();
    const second = (await app.call(demo.apiToken, 'GET', `/api/v1/demo-outbox?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`)).body;
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const forged = await app.call(demo.apiToken, 'GET', `/api/v1/demo-outbox?cursor=${encodeURIComponent(first.nextCursor.replace(/^./, 'x'))}`);
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 'invalid_cursor', field: '/cursor' });
    const client = demo.logins.find((l) => l.label === 'Client user')!;
    const login = await app.sb.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: client.email, password: client.password } });
    const r = await app.call(null, 'GET', '/api/v1/demo-outbox', undefined, { cookie: String(login.headers['set-cookie']).split(';')[0] });
    expect(r.status).toBe(403);
  });

  it('takes a test send of any method through the providers screen into the outbox, and refuses settings it does not know', async () => {
    const providers = (await app.call(demo.apiToken, 'GET', '/api/v1/providers')).body.items as { id: string }[];
    // Later than the pages, so it is the newest (the pages all share the install's instant).
    app.clock.advance(60_000);
    const sent = await app.call(demo.apiToken, 'POST', `/api/v1/providers/${providers[0].id}/test`, { to: '+12025550199', method: 'voice' });
    expect(sent.body).toMatchObject({ ok: true, method: 'voice', status: 'kept in the demo outbox' });
    const newest = (await app.call(demo.apiToken, 'GET', '/api/v1/demo-outbox?limit=1')).body.items[0];
    expect(newest).toMatchObject({ method: 'voice', address: '+12025550199', kind: 'test', ticket: null, ackUrl: null });
    expect(newest.recipient.name).toBe('Morgan Reyes');
    const refused = await app.call(demo.apiToken, 'POST', '/api/v1/providers', { name: 'Demo with an address', kind: 'demo', settings: { baseUrl: 'https://api.example.com' } });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBeTruthy();
  });
});
