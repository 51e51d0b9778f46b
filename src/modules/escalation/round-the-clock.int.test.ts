import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeTwilio } from '../../../test/support/fake-twilio.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import { buildSwitchboard } from '../../main.js';
import { createLogger } from '../../platform/logger.js';

/**
 * Round the clock: the publisher's press weekend is covered, so a P1 at 03:00 on a Saturday pages
 * the engineer on call at once, then the backup, then the decision-maker. A client whose hours are
 * office hours gets the same ticket deferred to Monday's opening — durably, across a restart.
 */
describe.each(DIALECTS)('round-the-clock paging on %s', (dialect) => {
  let t: TestApp;
  const twilio = new FakeTwilio();
  const ENGINEER = '+447700900101';
  const BACKUP = '+447700900102';
  const BOSS = '+447700900103';

  beforeAll(async () => {
    // The fake Twilio API listens on loopback over plain http.
    t = await startTestApp(dialect, { 'secret-key': 'another-test-secret-long-enough-456789', 'allow-private-destinations': 'true' });
    const owner = t.world.tokens.owner;
    const { technician, manager, owner: boss } = t.world.staffIds;
    await t.call(owner, 'POST', '/api/v1/providers', { name: 'SMS', kind: 'twilio', settings: { accountSid: twilio.accountSid, authToken: twilio.authToken, from: '+447700900000', baseUrl: await twilio.start() } });
    for (const [user, number] of [[technician, ENGINEER], [manager, BACKUP], [boss, BOSS]] as const) {
      await t.call(owner, 'POST', `/api/v1/users/${user}/contact-methods`, { method: 'sms', address: number });
    }
    const rota = (name: string, who: string) =>
      t.call(owner, 'POST', '/api/v1/oncall/schedules', { name, timeZone: 'Europe/London', layers: [{ participants: [who], shiftLength: 1, shiftUnit: 'weeks', handoffTime: '09:00', handoffDay: 'mon', anchorDate: '2026-01-05' }] });
    const primary = (await rota('Weekend engineers', technician)).body;
    const backup = (await rota('Weekend backup', manager)).body;
    expect(primary.id).toBeDefined();
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Press', targets: TARGETS })).body;
    // Harbour Lane (client a): Fri 18:00 → Sun 23:59 press weekend, plus weekday office hours.
    const press = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Press weekend', timeZone: 'Europe/London', windows: [
      ...['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => ({ startDay: d, startTime: '09:00', endDay: d, endTime: '17:30' })),
      { startDay: 'fri', startTime: '18:00', endDay: 'sun', endTime: '23:59' },
    ] })).body;
    const office = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'London office', timeZone: 'Europe/London', preset: 'business-hours' })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Press support', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: press.id }] });
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'Office support', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: office.id }] });
    const r = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'P1 on call',
      match: { trigger: 'created', priorities: ['P1'] },
      steps: [
        { delayMinutes: 0, delayKind: 'wall', targets: [{ type: 'schedule', scheduleId: primary.id }] },
        { delayMinutes: 10, delayKind: 'wall', targets: [{ type: 'schedule', scheduleId: backup.id }] },
        { delayMinutes: 20, delayKind: 'wall', targets: [{ type: 'user', userId: boss }] },
      ],
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await twilio.stop();
  });

  const at = async (iso: string) => {
    t.clock.set(Date.parse(iso));
    await t.sb.engine!.engine.runOnce();
    await t.sb.delivery!.runOnce();
  };
  const texted = () => twilio.sms().map((m) => m.to);

  it('pages the engineer on call at once, then the backup, then the decision-maker', async () => {
    twilio.reset();
    // Saturday 14 March 2026, 03:00 in London (GMT).
    t.clock.set(Date.parse('2026-03-14T03:00:00Z'));
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'Press line stopped: plate server down', priority: 'P1' })).body;
    await at('2026-03-14T03:00:00Z');
    expect(texted()).toEqual([ENGINEER]);
    await at('2026-03-14T03:09:59Z');
    expect(texted()).toEqual([ENGINEER]);
    await at('2026-03-14T03:10:00Z');
    expect(texted()).toEqual([ENGINEER, BACKUP]);
    await at('2026-03-14T03:30:00Z');
    expect(texted()).toEqual([ENGINEER, BACKUP, BOSS]);
    await at('2026-03-14T06:00:00Z');
    expect(texted()).toEqual([ENGINEER, BACKUP, BOSS]);
    const steps = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.filter((e: any) => e.type === 'escalation.step');
    // "Why was I paged" names the schedule, not its id.
    expect(steps.map((s: any) => s.after.paged[0].reason)).toEqual(['on call on schedule “Weekend engineers”', 'on call on schedule “Weekend backup”', 'named in the policy']);
    expect(steps[0].after.paged[0].people[0].id).toBe(t.world.staffIds.technician);
  });

  it('defers the page of a client outside its covered hours to the window’s start, across a restart', async () => {
    twilio.reset();
    t.clock.set(Date.parse('2026-03-14T03:00:00Z'));
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: 'Shared drive unreachable', priority: 'P1' })).body;
    await at('2026-03-14T03:00:00Z');
    expect(texted()).toEqual([]);
    const deferred = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.find((e: any) => e.type === 'escalation.deferred');
    expect(deferred.after.until).toBe('2026-03-16T09:00:00.000Z');
    const ladders = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/escalations`)).body;
    expect((ladders.items ?? ladders)[0].nextStepAt).toBe('2026-03-16T09:00:00.000Z');
    // The node goes away over the weekend; another one starts on Monday morning.
    await t.sb.engine!.engine.stop();
    const monday = await buildSwitchboard(t.config, { clock: t.clock, database: t.test.database, logger: createLogger('silent'), startEngine: false });
    try {
      t.clock.set(Date.parse('2026-03-16T08:59:00Z'));
      await monday.engine!.engine.runOnce();
      await monday.delivery!.runOnce();
      expect(texted()).toEqual([]);
      t.clock.set(Date.parse('2026-03-16T09:00:00Z'));
      await monday.engine!.engine.runOnce();
      await monday.delivery!.runOnce();
      expect(texted()).toEqual([ENGINEER]);
      // The backup's and the decision-maker's steps (10 and 20 minutes after the ladder started)
      // keep their spacing after the deferred first step: not all three at the opening.
      const step = async (iso: string) => {
        t.clock.set(Date.parse(iso));
        await monday.engine!.engine.runOnce();
        await monday.delivery!.runOnce();
      };
      await step('2026-03-16T09:00:30Z');
      await step('2026-03-16T09:09:00Z');
      expect(texted()).toEqual([ENGINEER]);
      await step('2026-03-16T09:10:00Z');
      expect(texted()).toEqual([ENGINEER, BACKUP]);
      await step('2026-03-16T09:19:00Z');
      expect(texted()).toEqual([ENGINEER, BACKUP]);
      await step('2026-03-16T09:20:00Z');
      expect(texted()).toEqual([ENGINEER, BACKUP, BOSS]);
    } finally {
      await monday.close();
    }
  });
});
