import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

const LUNCH = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '12:00', end: '13:00' };
const NEXT_BUSINESS_DAY = { businessDays: 1, dueAt: 'end_of_day' };

/**
 * Business-day targets, warnings before due and lunch breaks, through the API. The test clock
 * starts at 14:00 UTC on Monday 2 March 2026: 14:00 GMT in London, within office hours.
 */
describe.each(DIALECTS)('SLA targets in business days on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let calendarId: string;
  let policyId: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    const calendar = await t.call(owner, 'POST', '/api/v1/calendars', {
      name: 'London office with lunch',
      timeZone: 'Europe/London',
      preset: 'business-hours',
      holidays: [{ country: 'GB', region: 'ENG' }],
      breaks: [LUNCH],
    });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(201);
    calendarId = calendar.body.id;
    const policy = await t.call(owner, 'POST', '/api/v1/sla-policies', {
      name: 'Next business day',
      warningBeforeMinutes: 60,
      targets: { ...TARGETS, P2: { firstResponse: 60, resolution: NEXT_BUSINESS_DAY }, P3: { firstResponse: 240, resolution: { businessDays: 2, dueAt: 'same_time' } } },
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    policyId = policy.body.id;
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'Office support', kind: 'managed', slaPolicyId: policyId, coverage: [{ calendarId }] });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  });
  afterAll(async () => t?.close());

  const open = async (priority: string) => {
    const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: `A ${priority} request`, priority });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const clocks = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/sla`)).body;

  it('stores the business-day targets, the warning and the breaks as written', async () => {
    const policy = (await t.call(owner, 'GET', `/api/v1/sla-policies/${policyId}`)).body;
    expect(policy).toMatchObject({ warningBeforeMinutes: 60, warningPercent: 75, targets: { P2: { firstResponse: 60, resolution: NEXT_BUSINESS_DAY } } });
    expect((await t.call(owner, 'GET', `/api/v1/calendars/${calendarId}`)).body.breaks).toEqual([LUNCH]);
  });

  it('gives a P2 opened Monday 14:00 a resolution due at the end of Tuesday, warned an hour before, and explains it', async () => {
    const ticket = await open('P2');
    const sla = await clocks(ticket.id);
    const resolution = sla.clocks.find((c: any) => c.clock === 'resolution');
    // Monday 14:00–17:00 and Tuesday 09:00–12:00 and 13:00–17:00: ten covered hours.
    expect(resolution).toMatchObject({
      dueAt: '2026-03-03T17:00:00.000Z',
      warnAt: '2026-03-03T16:00:00.000Z',
      targetMinutes: 600,
      businessDays: { businessDays: 1, dueAt: 'end_of_day', startDay: '2026-03-02', dueDay: '2026-03-03', startedCovered: true, targetDueAt: '2026-03-03T17:00:00.000Z' },
    });
    expect(resolution.explanation).toContain('due at the end of the next business day, Tue 3 Mar 2026 17:00 GMT in Europe/London, because it started Mon 2 Mar 2026 14:00 GMT, within covered hours');
    expect(sla.policy).toMatchObject({ warningBeforeMinutes: 60 });
    // The first response (60 covered minutes) is the ticket's nearest due time.
    expect((await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}`)).body.slaDueAt).toBe('2026-03-02T15:00:00.000Z');
  });

  it('gives a P3 the same time two business days later', async () => {
    const ticket = await open('P3');
    expect((await clocks(ticket.id)).clocks.find((c: any) => c.clock === 'resolution').dueAt).toBe('2026-03-04T14:00:00.000Z');
  });

  it('switches back to a percentage when a change gives one alone, and moves open tickets’ warnings', async () => {
    const ticket = await open('P2');
    const changed = await t.call(owner, 'PATCH', `/api/v1/sla-policies/${policyId}`, { warningPercent: 50 });
    expect(changed.body).toMatchObject({ warningPercent: 50, warningBeforeMinutes: null });
    // Half of 600 covered minutes from Monday 14:00: three hours on Monday, two on Tuesday morning.
    expect((await clocks(ticket.id)).clocks.find((c: any) => c.clock === 'resolution').warnAt).toBe('2026-03-03T11:00:00.000Z');
    const back = await t.call(owner, 'PATCH', `/api/v1/sla-policies/${policyId}`, { warningBeforeMinutes: 60 });
    expect(back.body).toMatchObject({ warningPercent: 50, warningBeforeMinutes: 60 });
    expect((await clocks(ticket.id)).clocks.find((c: any) => c.clock === 'resolution').warnAt).toBe('2026-03-03T16:00:00.000Z');
  });

  it('fires the warning 60 covered minutes before the end of the business day, and not before', async () => {
    const ticket = await open('P2');
    const warnings = async () => (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.filter((e: any) => e.type === 'sla.warning' && e.field === 'resolution');
    const start = t.clock.now();
    t.clock.set(Date.parse('2026-03-03T15:59:00Z'));
    await t.sb.engine!.engine.runOnce();
    expect(await warnings()).toEqual([]);
    t.clock.set(Date.parse('2026-03-03T16:00:00Z'));
    await t.sb.engine!.engine.runOnce();
    expect(await warnings()).toHaveLength(1);
    t.clock.set(start);
  });

  it('refuses business days out of range, a same-time target of 0 days and two ways of warning, naming the field', async () => {
    const withTarget = (resolution: unknown) => ({ name: `Bad ${JSON.stringify(resolution)}`, targets: { ...TARGETS, P2: { firstResponse: 60, resolution } } });
    const cases: [string, string, unknown, number, string, string][] = [
      ['POST', '/api/v1/sla-policies', withTarget({ businessDays: 261, dueAt: 'end_of_day' }), 422, 'sla_target_invalid', '/targets/P2/resolution/businessDays'],
      ['POST', '/api/v1/sla-policies', withTarget({ businessDays: -1, dueAt: 'end_of_day' }), 422, 'sla_target_invalid', '/targets/P2/resolution/businessDays'],
      ['POST', '/api/v1/sla-policies', withTarget({ businessDays: 0, dueAt: 'same_time' }), 422, 'sla_target_invalid', '/targets/P2/resolution/businessDays'],
      ['POST', '/api/v1/sla-policies', withTarget({ businessDays: 1, dueAt: 'noon' }), 400, 'validation_failed', '/targets/P2/resolution'],
      ['POST', '/api/v1/sla-policies', { ...withTarget(NEXT_BUSINESS_DAY), name: 'Both', warningPercent: 80, warningBeforeMinutes: 30 }, 422, 'sla_warning_conflict', '/warningBeforeMinutes'],
      ['PATCH', `/api/v1/sla-policies/${policyId}`, { targets: withTarget({ businessDays: 999, dueAt: 'same_time' }).targets }, 422, 'sla_target_invalid', '/targets/P2/resolution/businessDays'],
      ['PATCH', `/api/v1/calendars/${calendarId}`, { breaks: [{ days: ['mon'], start: '13:00', end: '12:00' }] }, 422, 'calendar_window_ends_before_start', '/breaks/0/end'],
      ['POST', '/api/v1/calendars', { name: 'No days', timeZone: 'UTC', preset: 'business-hours', breaks: [{ days: [], start: '12:00', end: '13:00' }] }, 422, 'calendar_break_without_days', '/breaks/0/days'],
    ];
    for (const [method, url, body, status, code, field] of cases) {
      const r = await t.call(owner, method, url, body);
      expect({ status: r.status, code: r.body.code, field: r.body.field }, JSON.stringify(body)).toEqual({ status, code, field });
    }
  });

  it('tries a draft: business days in a draft calendar with a lunch break, answered like a real ticket', async () => {
    const r = await t.call(owner, 'POST', '/api/v1/sla-policies/try', {
      priority: 'P2',
      openedAt: '2026-04-02T16:30',
      calendar: { timeZone: 'Europe/London', preset: 'business-hours', holidays: [{ country: 'GB', region: 'ENG' }], breaks: [LUNCH] },
      targets: { ...TARGETS, P2: { firstResponse: 60, resolution: NEXT_BUSINESS_DAY } },
      warningBeforeMinutes: 30,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const resolution = r.body.clocks.find((c: any) => c.clock === 'resolution');
    // Thursday before Easter 16:30 BST: Good Friday, the weekend and Easter Monday skipped → Tuesday 17:00 BST.
    expect(resolution).toMatchObject({ dueAt: '2026-04-07T16:00:00.000Z', warnAt: '2026-04-07T15:30:00.000Z', businessDays: { dueDay: '2026-04-07', closedDays: ['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06'] } });
    expect(r.body.summary).toContain('the end of the next business day');
    const bad = await t.call(owner, 'POST', '/api/v1/sla-policies/try', {
      priority: 'P2', openedAt: '2026-04-02T16:30', calendar: { timeZone: 'UTC', preset: 'business-hours', breaks: [{ days: ['someday'], start: '12:00', end: '13:00' }] }, policyId,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toMatch(/^\/calendar\/breaks\/0\/days\/0/);
  });
});
