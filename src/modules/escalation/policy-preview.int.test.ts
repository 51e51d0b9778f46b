import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/**
 * The builder's preview: who each step would page now, resolved by the engine's own code, and the
 * policy and contact-method changes the screens make (delete, delay, turn off).
 */
describe.each(DIALECTS)('escalation preview and policy changes on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let scheduleId: string;
  const steps = () => [
    { delayMinutes: 15, targets: [{ type: 'role', role: 'team_lead' }] },
    { delayMinutes: 30, delayKind: 'wall', from: 'previous', targets: [{ type: 'schedule', scheduleId }, { type: 'user', userId: t.world.staffIds.owner }] },
    { delayMinutes: 60, targets: [{ type: 'role', role: 'service_manager' }, { type: 'role', role: 'account_manager' }] },
  ];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    t.clock.set(Date.parse('2026-03-02T14:00:00Z')); // Monday 08:00 in Chicago; the office opens at 09:00
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Chicago office', timeZone: 'America/Chicago', preset: 'business-hours' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.admin}/contact-methods`, { method: 'sms', address: '+15555550101' });
    await t.call(owner, 'POST', `/api/v1/users/${t.world.staffIds.admin}/contact-methods`, { method: 'voice', address: '+15555550101', delayMinutes: 2 });
    const schedule = await t.call(owner, 'POST', '/api/v1/oncall/schedules', { name: 'Nights', timeZone: 'UTC', layers: [{ participants: [t.world.staffIds.technician], shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', anchorDate: '2026-02-23' }] });
    expect(schedule.status, JSON.stringify(schedule.body)).toBe(201);
    scheduleId = schedule.body.id;
  });
  afterAll(async () => t?.close());

  const ticket = async (subject: string) =>
    (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, priority: 'P2', businessCritical: true, teamId: t.world.teamId })).body;
  const people = (step: any) => step.targets.flatMap((x: any) => x.people.map((p: any) => p.id));

  it('names who each step would page now, with their methods, and what only a ticket can say', async () => {
    const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/escalation-policies/preview', { steps: steps() });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const { admin, technician, owner: ceo, manager } = t.world.staffIds;
    expect(r.body.ticket).toBeNull();
    expect(r.body.steps[0]).toMatchObject({ step: 1, dueAt: null, nobody: false, targets: [{ needsTicket: true, people: [], reason: 'decided by the ticket: lead of the ticket’s team' }] });
    expect(r.body.steps[1].targets[0]).toMatchObject({ needsTicket: false, reason: 'on call on schedule “Nights”', people: [{ id: technician, emailFallback: true, methods: [{ method: 'email', delayMinutes: 0 }] }] });
    expect(people(r.body.steps[1])).toEqual([technician, ceo]);
    expect(r.body.steps[2].targets.map((x: any) => x.needsTicket)).toEqual([false, true]);
    expect(people(r.body.steps[2])).toEqual([manager]);
    // A ticket answers for its team lead (SMS at once, a call after two minutes) and times the steps in covered minutes.
    const critical = await ticket('Preview me');
    const withTicket = await t.call(owner, 'POST', '/api/v1/escalation-policies/preview', { steps: steps(), ticket: critical.number });
    expect(withTicket.body.ticket).toEqual({ id: critical.id, number: Number(critical.number.split('-')[1]) });
    expect(withTicket.body.deferredUntil).toBe('2026-03-02T15:00:00.000Z');
    expect(withTicket.body.steps[0].targets[0]).toMatchObject({ needsTicket: false, reason: 'lead of the ticket’s team', people: [{ id: admin, emailFallback: false, methods: [{ method: 'sms', delayMinutes: 0 }, { method: 'voice', delayMinutes: 2 }] }] });
    expect(withTicket.body.steps.map((s: any) => s.dueAt)).toEqual(['2026-03-02T15:15:00.000Z', '2026-03-02T15:45:00.000Z', '2026-03-02T16:00:00.000Z']);
    // Nobody manages the account yet: the step still pages the service manager, and says so.
    expect(withTicket.body.steps[2].targets[1]).toMatchObject({ reason: 'the client’s account manager: nobody', people: [] });
  });

  it('previews exactly who the engine then pages', async () => {
    const policy = await t.call(owner, 'POST', '/api/v1/escalation-policies', { name: 'Previewed', match: { trigger: 'created', priorities: ['P1'] }, steps: steps() });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    t.clock.set(Date.parse('2026-03-02T16:00:00Z'));
    const p1 = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Everything down', priority: 'P1', teamId: t.world.teamId })).body;
    const preview = (await t.call(owner, 'POST', '/api/v1/escalation-policies/preview', { steps: steps(), ticket: p1.id })).body;
    for (const [i, step] of preview.steps.entries()) {
      t.clock.set(Date.parse(step.dueAt));
      await t.sb.engine!.engine.runOnce();
      const events = (await t.call(owner, 'GET', `/api/v1/tickets/${p1.id}/events?limit=200`)).body.items.filter((e: any) => e.type === 'escalation.step');
      expect(events).toHaveLength(i + 1);
      expect(events[i].after.paged.map((x: any) => [x.reason, x.people.map((p: any) => p.id)])).toEqual(step.targets.map((x: any) => [x.reason, x.people.map((p: any) => p.id)]));
    }
    await t.call(owner, 'DELETE', `/api/v1/escalation-policies/${policy.body.id}`);
  });

  it('refuses a preview of nothing, or of a ticket that is not there', async () => {
    const empty = await t.call(owner, 'POST', '/api/v1/escalation-policies/preview', { steps: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.field).toBe('/steps');
    const missing = await t.call(owner, 'POST', '/api/v1/escalation-policies/preview', { steps: steps(), ticket: 'SB-999999' });
    expect(missing.status).toBe(404);
    expect(missing.body.field).toBe('/ticket');
    const client = await t.call(t.world.a.clientAdminToken, 'POST', '/api/v1/escalation-policies/preview', { steps: steps() });
    expect(client.status).toBe(403);
  });

  it('refuses a policy naming a schedule that does not exist or someone who is not staff, naming the target', async () => {
    const body = (targets: unknown[]) => ({ name: `Typo ${Math.random().toString(36).slice(2)}`, match: { trigger: 'created' }, steps: [{ delayMinutes: 5, targets: [{ type: 'role', role: 'owner' }] }, { delayMinutes: 10, targets }] });
    const schedule = await t.call(owner, 'POST', '/api/v1/escalation-policies', body([{ type: 'role', role: 'owner' }, { type: 'schedule', scheduleId: 'no-such-schedule' }]));
    expect(schedule.status).toBe(422);
    expect(schedule.body).toMatchObject({ code: 'unknown_target', field: '/steps/1/targets/1/scheduleId' });
    const client = (await t.call(owner, 'GET', `/api/v1/users?kind=client&organizationId=${t.world.a.id}`)).body.items[0].id;
    const notStaff = await t.call(owner, 'POST', '/api/v1/escalation-policies', body([{ type: 'user', userId: client }]));
    expect(notStaff.body).toMatchObject({ code: 'unknown_target', field: '/steps/1/targets/0/userId' });
    const fine = await t.call(owner, 'POST', '/api/v1/escalation-policies', body([{ type: 'schedule', scheduleId }, { type: 'user', userId: t.world.staffIds.admin }]));
    expect(fine.status, JSON.stringify(fine.body)).toBe(201);
    const patched = await t.call(owner, 'PATCH', `/api/v1/escalation-policies/${fine.body.id}`, { steps: [{ delayMinutes: 5, targets: [{ type: 'user', userId: 'nobody' }] }] });
    expect(patched.body).toMatchObject({ code: 'unknown_target', field: '/steps/0/targets/0/userId' });
    await t.call(owner, 'DELETE', `/api/v1/escalation-policies/${fine.body.id}`);
  });

  it('deletes a policy: climbing tickets keep climbing, new ones no longer start it', async () => {
    t.clock.set(Date.parse('2026-03-03T15:00:00Z'));
    const created = await t.call(owner, 'POST', '/api/v1/escalation-policies', { name: 'Short-lived', match: { trigger: 'created', businessCritical: true }, steps: [{ delayMinutes: 10, delayKind: 'wall', targets: [{ type: 'role', role: 'owner' }] }, { delayMinutes: 20, delayKind: 'wall', targets: [{ type: 'role', role: 'owner' }] }] });
    const climbing = await ticket('Climbing before the delete');
    expect((await t.call(owner, 'GET', `/api/v1/escalation-policies/${created.body.id}`)).body.runningLadders).toBe(1);
    expect((await t.call(t.world.tokens.technician, 'DELETE', `/api/v1/escalation-policies/${created.body.id}`)).status).toBe(403);
    expect((await t.call(owner, 'DELETE', `/api/v1/escalation-policies/${created.body.id}`)).status).toBe(204);
    expect((await t.call(owner, 'GET', `/api/v1/escalation-policies/${created.body.id}`)).status).toBe(404);
    expect((await t.call(owner, 'DELETE', `/api/v1/escalation-policies/${created.body.id}`)).status).toBe(404);
    t.clock.set(Date.parse('2026-03-03T15:10:00Z'));
    await t.sb.engine!.engine.runOnce();
    const ladders = (await t.call(owner, 'GET', `/api/v1/tickets/${climbing.id}/escalations`)).body;
    const mine = ladders.items.filter((l: any) => l.policy === 'Short-lived');
    expect(mine.map((l: any) => [l.state, l.nextStep])).toEqual([['active', 2]]);
    expect(ladders.notifications.filter((n: any) => n.escalationId === mine[0].id).map((n: any) => n.recipientUserId)).toEqual([t.world.staffIds.owner]);
    const later = await ticket('Opened after the delete');
    expect((await t.call(owner, 'GET', `/api/v1/tickets/${later.id}/escalations`)).body.items.filter((l: any) => l.policy === 'Short-lived')).toEqual([]);
  });

  it('changes a contact method’s delay and turns it off; the engine pages what is left', async () => {
    const me = t.world.staffIds.manager;
    const token = t.world.tokens.manager;
    const sms = (await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods`, { method: 'sms', address: '+15555550177' })).body;
    const voice = (await t.call(token, 'POST', `/api/v1/users/${me}/contact-methods`, { method: 'voice', address: '+15555550177', delayMinutes: 5 })).body;
    const changed = await t.call(token, 'PATCH', `/api/v1/users/${me}/contact-methods/${voice.id}`, { delayMinutes: 1 });
    expect(changed.body).toEqual({ ...voice, delayMinutes: 1 });
    expect((await t.call(token, 'PATCH', `/api/v1/users/${me}/contact-methods/${sms.id}`, { disabled: true })).body.disabled).toBe(true);
    expect((await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/users/${me}/contact-methods/${sms.id}`, { disabled: false })).status).toBe(403);
    expect((await t.call(token, 'PATCH', `/api/v1/users/${me}/contact-methods/${sms.id}`, {})).status).toBe(400);
    expect((await t.call(token, 'PATCH', `/api/v1/users/${t.world.staffIds.admin}/contact-methods/${sms.id}`, { disabled: false })).status).toBe(403);
    expect((await t.call(owner, 'PATCH', `/api/v1/users/${t.world.staffIds.admin}/contact-methods/${sms.id}`, { disabled: false })).status).toBe(404);
    const preview = (await t.call(owner, 'POST', '/api/v1/escalation-policies/preview', { steps: [{ delayMinutes: 0, targets: [{ type: 'user', userId: me }] }] })).body;
    expect(preview.steps[0].targets[0].people[0].methods).toEqual([{ method: 'voice', delayMinutes: 1 }]);
  });
});
