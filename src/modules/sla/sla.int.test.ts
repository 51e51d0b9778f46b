import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/** Scenario: contracts and calendars through the API, clocks from the history, the engine firing. */
describe.each(DIALECTS)('SLA clocks and the deadline engine on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    // 14:00 UTC on Monday 2 March 2026 is 08:00 in Chicago: the office opens at 09:00.
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Chicago office', timeZone: 'America/Chicago', preset: 'business-hours' })).body;
    const allDay = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'America/Chicago', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS, warningPercent: 75 })).body;
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', {
      organizationId: t.world.a.id,
      name: 'Managed services',
      kind: 'managed',
      slaPolicyId: policy.id,
      coverage: [{ calendarId: allDay.id, priorities: ['P1'] }, { calendarId: calendar.id }],
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  });
  afterAll(async () => t?.close());

  const open = async (body: Record<string, unknown>) => {
    const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, ...body });
    expect(r.status).toBe(201);
    return r.body;
  };
  const events = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/events?limit=200`)).body.items.filter((e: any) => e.type.startsWith('sla.'));
  const tick = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    return t.sb.engine!.engine.runOnce();
  };

  it('explains each clock: the covering calendar, the target, the time used and the local due time', async () => {
    const ticket = await open({ subject: 'Scanner offline', priority: 'P2' });
    const sla = await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/sla`);
    expect(sla.status).toBe(404); // not the client user's own ticket: contact is unset
    const r = await t.call(owner, 'GET', `/api/v1/tickets/${ticket.number}/sla`);
    expect(r.status).toBe(200);
    const fr = r.body.clocks.find((c: any) => c.clock === 'first_response');
    expect(fr).toMatchObject({ status: 'running', priority: 'P2', targetMinutes: 60, calendar: { name: 'Chicago office', timeZone: 'America/Chicago' }, dueAt: '2026-03-02T16:00:00.000Z' });
    expect(fr.explanation).toBe('First response: P2, calendar Chicago office, 1 h target; 0 min of covered time used, so due Mon 2 Mar 2026 10:00 CST.');
    expect(ticket.slaDueAt).toBe('2026-03-02T16:00:00.000Z');
    const stored = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}`)).body;
    expect(stored.slaDueAt).toBe('2026-03-02T16:00:00.000Z');
    t.clock.advance(30 * 60_000);
    const later = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body.clocks.find((c: any) => c.clock === 'first_response');
    expect(later.explanation).toContain('0 min of covered time used');
    t.clock.advance(90 * 60_000);
    const used = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body.clocks.find((c: any) => c.clock === 'first_response');
    expect(used.explanation).toContain('1 h of covered time used');
    expect(used.breached).toBe(true);
    t.clock.advance(-120 * 60_000);
  });

  it('fires the warning and the breach once each, at their instants, and not before', async () => {
    const ticket = await open({ subject: 'Server room too hot', priority: 'P1' });
    expect(await tick(11)).toBe(0); // P1 runs 24x7: warning at 11.25 min
    expect(await events(ticket.id)).toEqual([]);
    await tick(0.25);
    expect((await events(ticket.id)).map((e: any) => e.type)).toEqual(['sla.warning']);
    await tick(3.75);
    const fired = await events(ticket.id);
    expect(fired.map((e: any) => [e.type, e.field])).toEqual([['sla.warning', 'first_response'], ['sla.breached', 'first_response']]);
    expect(fired[1].after.explanation).toContain('breached');
    await tick(1);
    await t.sb.recomputeTicket(ticket.id);
    await tick(1);
    expect((await events(ticket.id)).length).toBe(2);
  });

  it('does not fire while the ticket waits on the client, and fires after it resumes', async () => {
    const ticket = await open({ subject: 'Cannot print labels', priority: 'P1' });
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Looking now' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'waiting_on_client' });
    await tick(600);
    expect(await events(ticket.id)).toEqual([]);
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open' });
    await tick(179);
    expect(await events(ticket.id)).toEqual([]);
    await tick(2);
    expect((await events(ticket.id)).map((e: any) => [e.type, e.field])).toEqual([['sla.warning', 'resolution']]);
  });

  it('loses nothing across a restart: a new node fires what the old one had armed', async () => {
    const ticket = await open({ subject: 'VPN down for sales', priority: 'P1' });
    const { buildSwitchboard } = await import('../../main.js');
    const { createLogger } = await import('../../platform/logger.js');
    await t.sb.engine!.engine.stop();
    t.clock.advance(20 * 60_000);
    const second = await buildSwitchboard(t.config, { clock: t.clock, database: t.test.database, logger: createLogger('silent'), startEngine: false });
    try {
      expect(await second.engine!.engine.runOnce()).toBeGreaterThanOrEqual(2);
      expect((await events(ticket.id)).map((e: any) => e.type)).toEqual(['sla.warning', 'sla.breached']);
    } finally {
      await second.close();
    }
  });

  it('lists the at-risk queue by the nearest due time, and unassigned tickets', async () => {
    const later = await open({ subject: 'Monitor flickers', priority: 'P4' });
    const sooner = await open({ subject: 'Tills offline', priority: 'P1' });
    const r = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&organizationId=${t.world.a.id}&limit=200`);
    const ids = r.body.items.map((x: any) => x.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    const dues = r.body.items.map((x: any) => x.slaDueAt);
    expect([...dues].sort()).toEqual(dues);
    const first = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&organizationId=${t.world.a.id}&limit=1`);
    const second = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&organizationId=${t.world.a.id}&limit=1&cursor=${first.body.nextCursor}`);
    expect([first.body.items[0].id, second.body.items[0].id]).toEqual(ids.slice(0, 2));
    const soon = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&dueBefore=${encodeURIComponent(sooner.slaDueAt ?? (await t.call(owner, 'GET', `/api/v1/tickets/${sooner.id}`)).body.slaDueAt)}&limit=200`);
    expect(soon.body.items.map((x: any) => x.id)).not.toContain(later.id);
    const unassigned = await t.call(owner, 'GET', '/api/v1/tickets?assigneeId=none&limit=200');
    expect(unassigned.body.items.every((x: any) => x.assigneeId === null)).toBe(true);
    expect(unassigned.body.items.map((x: any) => x.id)).toContain(later.id);

    // Filtered the way the console filters the queue; the counts agree with the lists.
    const p1 = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&status=new,open&priority=P1&organizationId=${t.world.a.id}&limit=200`);
    expect(p1.body.items.map((x: any) => x.id)).toContain(sooner.id);
    expect(p1.body.items.every((x: any) => x.priority === 'P1' && x.slaDueAt !== null)).toBe(true);
    const soonerDue = (await t.call(owner, 'GET', `/api/v1/tickets/${sooner.id}`)).body.slaDueAt;
    const counts = await t.call(owner, 'POST', '/api/v1/tickets/counts', {
      queries: [
        { sort: 'due', organizationId: t.world.a.id },
        { sort: 'due', status: 'new,open', priority: 'P1', organizationId: t.world.a.id },
        { sort: 'due', status: 'new,open', dueBefore: soonerDue },
      ],
    });
    expect(counts.status, JSON.stringify(counts.body)).toBe(200);
    const due = await t.call(owner, 'GET', `/api/v1/tickets?sort=due&status=new,open&limit=200&dueBefore=${encodeURIComponent(soonerDue)}`);
    expect(counts.body.counts).toEqual([ids.length, p1.body.items.length, due.body.items.length]);
  });

  it('reports attainment per client as JSON and CSV', async () => {
    const r = await t.call(owner, 'GET', '/api/v1/reports/sla?from=2026-03-01&to=2026-03-31&groupBy=priority');
    expect(r.status).toBe(200);
    const p1 = r.body.items.find((x: any) => x.label === 'P1' && x.clock === 'first_response');
    expect(p1.missed).toBeGreaterThanOrEqual(1);
    const csv = await t.sb.app.inject({ method: 'GET', url: '/api/v1/reports/sla?from=2026-03-01&to=2026-03-31&format=csv', headers: { authorization: `Bearer ${owner}` } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe('group,label,clock,met,missed,attainment_percent,median_minutes,p90_minutes');
    expect(csv.body).toContain('alpha Ltd');
    const bad = await t.call(owner, 'GET', '/api/v1/reports/sla?from=2026-03-31&to=2026-03-01');
    expect(bad.body).toMatchObject({ code: 'invalid_period', field: '/to' });
  });

  it('refuses bad calendars, policies and contracts naming the field', async () => {
    const cases: [string, unknown, string, string][] = [
      ['/api/v1/calendars', { name: 'Mars', timeZone: 'Mars/Olympus', preset: '24x7' }, 'unknown_time_zone', '/timeZone'],
      ['/api/v1/calendars', { name: 'Backwards', timeZone: 'UTC', windows: [{ startDay: 'mon', startTime: '17:00', endDay: 'mon', endTime: '09:00' }] }, '', '/windows/0'],
      ['/api/v1/calendars', { name: 'Nowhere', timeZone: 'UTC', preset: '24x7', holidays: [{ country: 'ZZ' }] }, '', '/holidays/0'],
      ['/api/v1/sla-policies', { name: 'Zero', targets: { ...TARGETS, P1: { firstResponse: 0, resolution: 10 } } }, 'validation_failed', '/targets/P1/firstResponse'],
    ];
    for (const [url, body, code, field] of cases) {
      const r = await t.call(owner, 'POST', url, body);
      expect(r.status, JSON.stringify(r.body)).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      if (code) expect(r.body.code).toBe(code);
      expect(r.body.field).toContain(field);
    }
    const empty = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Empty', timeZone: 'UTC', windows: [] })).body;
    const policy = (await t.call(owner, 'GET', '/api/v1/sla-policies')).body.items[0];
    const r = await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'x', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: empty.id }] });
    expect(r.body).toMatchObject({ code: 'calendar_never_opens', field: '/coverage/0/calendarId' });
    const foreignSite = await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'x', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: policy.id }] });
    expect(foreignSite.body).toMatchObject({ code: 'not_found', field: '/coverage/0/calendarId' });
  });
});
