import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/**
 * The ladder to the CEO: a business-critical ticket nobody acknowledges pages the team lead after
 * 15 covered minutes, the service manager after 30 and the owner after 60 — each exactly once.
 */
describe.each(DIALECTS)('escalation ladders on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    // Monday 2 March 2026, 14:00 UTC = 08:00 in Chicago; the office opens at 09:00 (15:00 UTC).
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Chicago office', timeZone: 'America/Chicago', preset: 'business-hours' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'CEO ladder',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 15, targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 30, targets: [{ type: 'role', role: 'service_manager' }] },
        { delayMinutes: 60, targets: [{ type: 'role', role: 'owner' }] },
      ],
    });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(201);
  });
  afterAll(async () => t?.close());

  const critical = async (subject: string) =>
    (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, priority: 'P2', businessCritical: true, teamId: t.world.teamId })).body;
  const at = async (iso: string) => {
    t.clock.set(Date.parse(iso));
    await t.sb.engine!.engine.runOnce();
  };
  const paged = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/escalations`)).body.notifications.map((n: any) => [n.step, n.recipientUserId]);

  it('pages the lead, then the service manager, then the owner, in covered minutes, each once', async () => {
    t.clock.set(Date.parse('2026-03-02T14:00:00Z'));
    const ticket = await critical('Payroll server down');
    const ladders = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items;
    expect(ladders).toHaveLength(1);
    expect(ladders[0]).toMatchObject({ policy: 'CEO ladder', state: 'active', nextStep: 1, nextStepAt: '2026-03-02T15:15:00.000Z' });
    const { admin: lead, manager, owner: ceo } = t.world.staffIds;
    await at('2026-03-02T15:14:59.000Z');
    expect(await paged(ticket.id)).toEqual([]);
    await at('2026-03-02T15:15:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, lead]]);
    await at('2026-03-02T15:29:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, lead]]);
    await at('2026-03-02T15:30:00.000Z');
    await at('2026-03-02T16:00:00.000Z');
    await at('2026-03-02T18:00:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, lead], [2, manager], [3, ceo]]);
    const events = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.filter((e: any) => e.type === 'escalation.step');
    expect(events.map((e: any) => e.after.step)).toEqual([1, 2, 3]);
    expect(events[0].after.paged[0]).toMatchObject({ reason: 'lead of the ticket’s team', people: [{ id: lead }] });
    expect(events[0].after.delay).toBe('15 covered minutes after the ladder started');
  });

  it('stops climbing when acknowledged, and starts again when a resolved ticket reopens', async () => {
    t.clock.set(Date.parse('2026-03-03T15:00:00Z'));
    const ticket = await critical('Phones dead at reception');
    await at('2026-03-03T15:15:00.000Z');
    const ack = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/acknowledge`);
    expect(ack.body).toEqual({ acknowledged: 1 });
    await at('2026-03-03T17:00:00.000Z');
    expect((await paged(ticket.id)).map((p: any) => p[0])).toEqual([1]);
    expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/acknowledge`)).body.code).toBe('nothing_to_acknowledge');
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open' });
    const ladders = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items;
    expect(ladders.map((l: any) => l.state)).toEqual(['ended', 'active']);
  });

  it('escalates now to a chosen step', async () => {
    t.clock.set(Date.parse('2026-03-04T15:00:00Z'));
    const ticket = await critical('Ransomware note on file server');
    const r = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/escalate`, { step: 3 });
    expect(r.status).toBe(200);
    await at('2026-03-04T15:00:01.000Z');
    expect(await paged(ticket.id)).toEqual([[3, t.world.staffIds.owner]]);
  });

  it('keeps a running ladder on the policy version it started with', async () => {
    t.clock.set(Date.parse('2026-03-05T15:00:00Z'));
    const ticket = await critical('Line-of-business app errors');
    const policy = (await t.call(owner, 'GET', '/api/v1/escalation-policies')).body.items.find((p: any) => p.name === 'CEO ladder');
    await t.call(owner, 'PATCH', `/api/v1/escalation-policies/${policy.id}`, { steps: [{ delayMinutes: 1, targets: [{ type: 'role', role: 'owner' }] }] });
    await at('2026-03-05T15:05:00.000Z');
    expect(await paged(ticket.id)).toEqual([]);
    await at('2026-03-05T15:15:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, t.world.staffIds.admin]]);
  });

  it('starts a ladder when an SLA breach fires, for policies that trigger on it', async () => {
    const r = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Breach ladder',
      match: { trigger: 'sla.breached', priorities: ['P4'] },
      steps: [{ delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'role', role: 'service_manager' }] }],
    });
    expect(r.status).toBe(201);
    t.clock.set(Date.parse('2026-03-06T15:00:00Z'));
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Slow laptop', priority: 'P4' })).body;
    expect((await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items).toEqual([]);
    // P4 first response: 480 covered minutes from Friday 09:00 Chicago → Friday 17:00 Chicago (23:00 UTC).
    await at('2026-03-06T22:59:00.000Z');
    expect((await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body.items).toEqual([]);
    await at('2026-03-06T23:00:00.000Z');
    await at('2026-03-06T23:00:01.000Z');
    const ladders = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body;
    expect(ladders.items.map((l: any) => [l.policy, l.trigger])).toEqual([['Breach ladder', 'sla.breached']]);
    // 17:00 on Friday in Chicago: the office has closed, so the page waits for Monday 09:00.
    expect(ladders.notifications).toEqual([]);
    await at('2026-03-09T15:00:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, t.world.staffIds.manager]]);
  });

  it('pages the client’s account manager', async () => {
    const bad = await t.call(owner, 'PATCH', `/api/v1/organizations/${t.world.a.id}`, { accountManagerId: 'nobody' });
    expect(bad.body).toMatchObject({ code: 'not_found', field: '/accountManagerId' });
    const org = await t.call(owner, 'PATCH', `/api/v1/organizations/${t.world.a.id}`, { accountManagerId: t.world.staffIds.manager });
    expect(org.body.accountManagerId).toBe(t.world.staffIds.manager);
    await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Account manager FYI',
      match: { trigger: 'created', priorities: ['P3'], businessCritical: false },
      steps: [{ delayMinutes: 0, delayKind: 'wall', requiresAck: false, targets: [{ type: 'role', role: 'account_manager' }] }],
    });
    t.clock.set(Date.parse('2026-03-10T16:00:00Z'));
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Contract renewal question', priority: 'P3' })).body;
    await at('2026-03-10T16:00:00.000Z');
    expect(await paged(ticket.id)).toEqual([[1, t.world.staffIds.manager]]);
    const step = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.find((e: any) => e.type === 'escalation.step');
    expect(step.after.paged[0].reason).toBe('the client’s account manager');
  });

  it('refuses policies with no steps or a repeating loop without delay', async () => {
    const none = await t.call(owner, 'POST', '/api/v1/escalation-policies', { name: 'Empty', match: { trigger: 'created' }, steps: [] });
    expect(none.body).toMatchObject({ code: 'policy_without_steps', field: '/steps' });
    const loop = await t.call(owner, 'POST', '/api/v1/escalation-policies', { name: 'Spin', match: { trigger: 'created' }, steps: [{ delayMinutes: 0, targets: [{ type: 'role', role: 'owner' }] }], repeat: { times: null, fromStep: 1 } });
    expect(loop.body).toMatchObject({ code: 'loop_without_delay', field: '/repeat' });
    const method = await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.owner}/contact-methods`, { method: 'sms', address: '555-0100' });
    expect(method.body).toMatchObject({ code: 'invalid_address', field: '/address' });
  });
});
