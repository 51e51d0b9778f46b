import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * Heartbeat checks: a job that must report every N minutes opens a ticket when it falls silent,
 * at the minute its interval and grace run out — found by the engine's deadline, driven by hand
 * with a manual clock — and its next report resolves it.
 */
describe.each(DIALECTS)('heartbeat checks on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const report = (token: string, body?: unknown) => t.call(token, 'POST', '/api/v1/heartbeats/report', body);
  const monitoringTickets = async (organizationId: string) =>
    (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets?organizationId=${organizationId}&limit=200`)).body.items.filter((x: any) => x.channel === 'monitoring');
  const runEngine = () => t.sb.engine!.engine.runOnce();

  it('opens one ticket when the job is silent past its interval and grace, and resolves it on the next report', async () => {
    const made = await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'Nightly backup', organizationId: t.world.b.id, intervalMinutes: 60, graceMinutes: 5, priority: 'P1' });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^sbh_/);
    const reportedAt = t.clock.now();
    const first = await report(made.body.token);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ heartbeatId: made.body.id, lastPingAt: t.clock.iso(), dueAt: new Date(reportedAt + 65 * 60_000).toISOString(), alert: null });

    t.clock.advance(64 * 60_000 + 59_000);
    await runEngine();
    expect(await monitoringTickets(t.world.b.id)).toEqual([]);
    t.clock.advance(1_000);
    await runEngine();
    const [ticket] = await monitoringTickets(t.world.b.id);
    expect(ticket).toMatchObject({ subject: 'Heartbeat "Nightly backup" is silent', priority: 'P1', status: 'new', createdAt: new Date(reportedAt + 65 * 60_000).toISOString() });

    // Still silent hours later: the same one ticket.
    t.clock.advance(3 * 60 * 60_000);
    await runEngine();
    expect(await monitoringTickets(t.world.b.id)).toHaveLength(1);

    const back = await report(made.body.token);
    expect(back.body.alert).toMatchObject({ action: 'resolved', ticketId: ticket.id });
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}`)).body.status).toBe('resolved');
    const listed = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/heartbeats/${made.body.id}`)).body;
    expect(listed).toMatchObject({ lastStatus: 'success', lastPingAt: t.clock.iso(), dueAt: new Date(t.clock.now() + 65 * 60_000).toISOString() });
  });

  it('opens a ticket at once when the job reports a failure, and counts a check that never reported from its creation', async () => {
    const made = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'Offsite sync', organizationId: t.world.a.id, intervalMinutes: 15 })).body;
    expect(made.graceMinutes).toBe(5);
    const failed = await report(made.token, { status: 'failure', message: 'rsync: connection refused' });
    expect(failed.body.alert).toMatchObject({ action: 'opened' });
    const ticketId = failed.body.alert.ticketId;
    const description = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticketId}/messages`)).body.items[0].body;
    expect(description).toContain('rsync: connection refused');
    // Silent after the failure: the failure's ticket stands for it.
    t.clock.advance(30 * 60_000);
    await runEngine();
    expect((await monitoringTickets(t.world.a.id)).filter((x: any) => x.subject.includes('Offsite sync'))).toHaveLength(1);

    const never = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'Log shipper', organizationId: t.world.a.id, intervalMinutes: 10, graceMinutes: 0 })).body;
    t.clock.advance(10 * 60_000);
    await runEngine();
    expect((await monitoringTickets(t.world.a.id)).map((x: any) => x.subject)).toContain('Heartbeat "Log shipper" is silent');
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/heartbeats/${never.id}`, { enabled: false })).status).toBe(200);
    expect((await report(never.token)).body).toMatchObject({ status: 409, code: 'heartbeat_disabled' });
  });

  it('takes only a check’s own token, refuses clients and bad settings, and moves the deadline when the interval changes', async () => {
    const source = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/alert-sources', { name: 'Not a heartbeat', format: 'generic', organizationId: t.world.a.id })).body;
    expect((await report(source.token)).body).toMatchObject({ status: 401, code: 'invalid_token' });
    expect((await t.call(null, 'POST', '/api/v1/heartbeats/report')).body).toMatchObject({ status: 401, code: 'authentication_required' });
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/heartbeats')).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/heartbeats', { name: 'x', organizationId: t.world.a.id, intervalMinutes: 5 })).status).toBe(403);
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'x', organizationId: 'nope', intervalMinutes: 5 })).body).toMatchObject({ status: 404, field: '/organizationId' });
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'x', organizationId: t.world.a.id, intervalMinutes: 0 })).body).toMatchObject({ status: 400, field: '/intervalMinutes' });
    const made = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'Payroll export', organizationId: t.world.b.id, intervalMinutes: 30 })).body;
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/heartbeats', { name: 'Payroll export', organizationId: t.world.b.id, intervalMinutes: 30 })).body).toMatchObject({ status: 409, code: 'heartbeat_name_taken' });
    expect((await report(made.token, { status: 'finished' })).body).toMatchObject({ status: 400, field: '/status' });
    const longer = (await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/heartbeats/${made.id}`, { intervalMinutes: 24 * 60 })).body;
    expect(longer.dueAt).toBe(new Date(Date.parse(made.createdAt) + (24 * 60 + 5) * 60_000).toISOString());
    t.clock.advance(60 * 60_000);
    await runEngine();
    expect((await monitoringTickets(t.world.b.id)).map((x: any) => x.subject)).not.toContain('Heartbeat "Payroll export" is silent');
    const rotated = await t.call(t.world.tokens.owner, 'POST', `/api/v1/heartbeats/${made.id}/token`);
    expect((await report(made.token)).body.code).toBe('invalid_token');
    expect((await report(rotated.body.token)).status).toBe(200);
  });
});
