import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * Client approval of chargeable work (issue 13, item 5) on both databases: alpha's contract covers
 * support only and asks for approval of chargeable work; a technician asks for approval of project
 * work with an estimate, alpha's admin answers in the portal, the ticket's timeline shows both, and
 * chargeable time is refused until the request is approved. The clock stands at Monday 2 March 2026
 * 14:00 UTC, inside the 24×7 coverage.
 */
describe.each(DIALECTS)('client approval of chargeable work on %s', (dialect) => {
  let t: TestApp;
  let ticket: string;
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const tech = () => t.world.tokens.technician;
  const request = (body: Record<string, unknown> = {}) => t.call(tech(), 'POST', `/api/v1/billing/tickets/${ticket}/approvals`, { minutes: 90, workType: 'project', note: 'Set up the new file server', ...body });
  const log = (workType: string) => t.call(tech(), 'POST', `/api/v1/billing/tickets/${ticket}/time-entries`, { startedAt: t.clock.iso(), minutes: 30, workType });
  const answer = (token: string, id: string, body: Record<string, unknown>) => t.call(token, 'POST', `/api/v1/billing/approvals/${id}/answer`, body);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    const calendar = (await ok(owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' })).id;
    const policy = (await ok(owner, 'POST', '/api/v1/sla-policies', { name: 'Approvals', targets: TARGETS })).id;
    const contract = (await ok(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Support only', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }], startsAt: '2026-01-01T00:00:00.000Z' })).id;
    await ok(owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, {
      kind: 'managed', approvalRequired: true, defaultRateMinor: 12000,
      workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }],
      scope: { workTypes: ['support'], remote: true, homeWorkers: true },
    });
    ticket = (await ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'New file server' })).id;
  });
  afterAll(async () => t?.close());

  it('refuses chargeable time before the client approves, and asks only for chargeable work', async () => {
    expect((await log('project')).body).toMatchObject({ status: 409, code: 'approval_required' });
    expect((await log('support')).status).toBe(201);
    expect((await request({ workType: 'support' })).body).toMatchObject({ status: 409, code: 'approval_not_needed' });
    expect((await t.call(tech(), 'POST', `/api/v1/billing/tickets/${ticket}/approvals`, { minutes: 0, workType: 'project' })).body).toMatchObject({ status: 400, field: '/minutes' });
  });

  it('lets the client’s admin approve the estimate in the portal; the timeline shows both, and time is then logged', async () => {
    const asked = await request();
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ status: 'pending', minutes: 90, estimateMinor: 22500, currency: 'USD', reason: 'work type Project outside scope', note: 'Set up the new file server', requestedByName: 'The technician' });
    expect((await request()).body).toMatchObject({ status: 409, code: 'approval_pending' });
    expect((await log('project')).body).toMatchObject({ status: 409, code: 'approval_pending' });

    // Only alpha's admins see and answer it: not alpha's plain user, not bravo's admin, not staff.
    expect((await ok(t.world.a.clientAdminToken, 'GET', '/api/v1/billing/approvals')).items.map((a: { id: string }) => a.id)).toEqual([asked.body.id]);
    expect((await ok(t.world.b.clientAdminToken, 'GET', '/api/v1/billing/approvals')).items).toEqual([]);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/billing/approvals')).status).toBe(403);
    expect((await answer(t.world.b.clientAdminToken, asked.body.id, { decision: 'approved' })).status).toBe(404);
    expect((await answer(t.world.a.clientUserToken, asked.body.id, { decision: 'approved' })).status).toBe(403);
    expect((await answer(t.world.tokens.owner, asked.body.id, { decision: 'approved' })).status).toBe(403);
    expect((await answer(t.world.a.clientAdminToken, asked.body.id, { decision: 'maybe' })).body).toMatchObject({ status: 400, field: '/decision' });

    const yes = await answer(t.world.a.clientAdminToken, asked.body.id, { decision: 'approved', comment: ' Go ahead ' });
    expect(yes.body).toMatchObject({ status: 'approved', comment: 'Go ahead', version: 2 });
    expect((await answer(t.world.a.clientAdminToken, asked.body.id, { decision: 'declined' })).body).toMatchObject({ status: 409, code: 'already_answered' });
    expect((await log('project')).status).toBe(201);

    const events = (await ok(tech(), 'GET', `/api/v1/tickets/${ticket}/events`)).items.map((e: { type: string }) => e.type);
    expect(events).toEqual(expect.arrayContaining(['billing.approval_requested', 'billing.approval_approved']));
    expect((await ok(tech(), 'GET', `/api/v1/billing/tickets/${ticket}/approvals`)).items.map((a: { status: string }) => a.status)).toEqual(['approved']);
  });

  it('refuses chargeable time again once a later request is declined', async () => {
    t.clock.advance(60_000);
    const asked = (await request({ minutes: 600, note: 'Migrate every mailbox' })).body;
    expect((await answer(t.world.a.clientAdminToken, asked.id, { decision: 'declined', comment: 'Too dear this quarter' })).body).toMatchObject({ status: 'declined', comment: 'Too dear this quarter' });
    expect((await log('project')).body).toMatchObject({ status: 409, code: 'approval_declined' });
    const events = (await ok(tech(), 'GET', `/api/v1/tickets/${ticket}/events`)).items.map((e: { type: string }) => e.type);
    expect(events).toContain('billing.approval_declined');
  });
});
