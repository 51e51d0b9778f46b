import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import { formatMinutes, formatUsedMinutes } from './minutes.js';

const MINUTE = 60_000;

/** A contract applies from its start (and until its end); contracts, calendars and policies page like every list. */
describe.each(DIALECTS)('contract terms, SLA minutes and the SLA lists on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let tech: string;
  let calendarId: string;
  let policyId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    tech = t.world.tokens.technician;
    calendarId = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'Europe/London', preset: '24x7' })).body.id;
    policyId = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body.id;
  });
  afterAll(async () => t?.close());

  const open = async (organizationId: string, subject: string, priority = 'P2') => {
    const r = await t.call(tech, 'POST', '/api/v1/tickets', { organizationId, subject, priority });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; number: string };
  };
  const sla = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/sla`)).body;
  const contract = (organizationId: string, extra: Record<string, unknown> = {}) =>
    t.call(owner, 'POST', '/api/v1/contracts', { organizationId, name: 'Managed', kind: 'managed', slaPolicyId: policyId, coverage: [{ calendarId }], ...extra });

  it('gives no clocks to a ticket opened and resolved before the contract existed, not even when it changes later', async () => {
    const early = await open(t.world.a.id, 'Opened before any contract');
    t.clock.advance(5 * MINUTE);
    await t.call(tech, 'PATCH', `/api/v1/tickets/${early.id}`, { status: 'resolved' });
    t.clock.advance(60 * MINUTE);
    const created = await contract(t.world.a.id);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ startsAt: t.clock.iso(), endsAt: null });

    const before = await sla(early.id);
    expect(before.clocks).toEqual([]);
    expect(before.explanation).toMatch(/^Contract Managed covers tickets opened from 2026-03-02 15:05 UTC; this ticket was opened before \(2026-03-02 14:00 UTC\)/);
    // The client is told why too, but not the name of the MSP's contract (client-view.ts).
    const client = (await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/tickets/${early.id}/sla`)).body;
    expect(client).not.toHaveProperty('contract');
    expect(client.explanation).toMatch(/^Your contract covers tickets opened from 2026-03-02 15:05 UTC; this ticket was opened before \(2026-03-02 14:00 UTC\)/);
    expect(client.explanation).not.toContain('Managed');
    await t.call(tech, 'PATCH', `/api/v1/tickets/${early.id}`, { status: 'closed' });
    expect((await sla(early.id)).clocks).toEqual([]);
    const report = await t.call(owner, 'GET', '/api/v1/reports/sla?from=2026-03-01&to=2026-03-31&groupBy=organization');
    expect(report.body.items).toEqual([]);

    const covered = await open(t.world.a.id, 'Opened under the contract');
    expect((await sla(covered.id)).clocks.map((c: { clock: string }) => c.clock).sort()).toEqual(['first_response', 'resolution']);
  });

  it('covers tickets opened from a back-dated start, and none opened after its end', async () => {
    const early = await open(t.world.b.id, 'Opened in the morning');
    t.clock.advance(30 * MINUTE);
    const created = await contract(t.world.b.id, { startsAt: '2026-03-01T00:00:00Z', endsAt: new Date(t.clock.now() + 60 * MINUTE).toISOString() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.startsAt).toBe('2026-03-01T00:00:00.000Z');
    expect((await sla(early.id)).clocks.length).toBe(2);
    t.clock.advance(2 * 60 * MINUTE);
    const late = await open(t.world.b.id, 'Opened after the contract ended');
    const after = await sla(late.id);
    expect(after.clocks).toEqual([]);
    expect(after.explanation).toMatch(/covers tickets opened before .*; this ticket was opened after it ended/);
    const backwards = await t.call(owner, 'PATCH', `/api/v1/contracts/${created.body.id}`, { endsAt: '2026-02-01T00:00:00Z' });
    expect(backwards.status).toBe(422);
    expect(backwards.body).toMatchObject({ code: 'invalid_period', field: '/endsAt' });
    const reopened = await t.call(owner, 'PATCH', `/api/v1/contracts/${created.body.id}`, { endsAt: null });
    expect(reopened.body.endsAt).toBeNull();
    expect((await sla(late.id)).clocks.length).toBe(2);
  });

  it('reports minutes by one rule in the explanation and the numbers: used rounded up, paused to the nearest minute', async () => {
    const ticket = await open(t.world.a.id, 'Quick question', 'P1');
    t.clock.advance(0.4 * MINUTE);
    await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'waiting_on_client' });
    t.clock.advance(1.08 * MINUTE);
    await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open' });
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'On it' });
    const clock = (await sla(ticket.id)).clocks.find((c: { clock: string }) => c.clock === 'first_response');
    expect(clock).toMatchObject({ status: 'met', elapsedMinutes: 0.4, pausedMinutes: 1.08 });
    expect(clock.explanation).toContain(`after ${formatUsedMinutes(clock.elapsedMinutes)}, paused ${formatMinutes(clock.pausedMinutes)} waiting.`);
    expect(clock.explanation).toContain('after 1 min, paused 1 min waiting.');
  });

  it('lists contracts, calendars and SLA policies a page at a time with limit and cursor', async () => {
    await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Office', timeZone: 'Europe/London', preset: 'business-hours' });
    await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Premium', targets: TARGETS });
    for (const path of ['/api/v1/contracts', '/api/v1/calendars', '/api/v1/sla-policies']) {
      const first = await t.call(owner, 'GET', `${path}?limit=1`);
      expect(first.status, `${path} ${JSON.stringify(first.body)}`).toBe(200);
      expect(first.body.items).toHaveLength(1);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await t.call(owner, 'GET', `${path}?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items).toHaveLength(1);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      const all = await t.call(owner, 'GET', `${path}?limit=200`);
      expect(all.body.nextCursor).toBeNull();
      expect(all.body.items.length).toBeGreaterThanOrEqual(2);
    }
    expect((await t.call(owner, 'GET', '/api/v1/contracts?limit=0')).body).toMatchObject({ code: expect.any(String), field: '/limit' });
  });

  it('reports by month in calendar order, not alphabetically', async () => {
    t.clock.set(Date.parse('2026-04-06T10:00:00Z'));
    await open(t.world.a.id, 'An April ticket');
    const r = await t.call(owner, 'GET', '/api/v1/reports/sla?from=2026-03-01&to=2026-04-30&groupBy=month');
    expect([...new Set(r.body.items.map((i: { label: string }) => i.label))]).toEqual(['March 2026', 'April 2026']);
    const csv = await t.sb.app.inject({ method: 'GET', url: '/api/v1/reports/sla?from=2026-03-01&to=2026-04-30&groupBy=month&format=csv', headers: { authorization: `Bearer ${owner}` } });
    expect(csv.body.split('\r\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual(['2026-03', '2026-03', '2026-04', '2026-04']);
  });
});
