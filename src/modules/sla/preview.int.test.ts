import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/**
 * The set-up screens' previews: a covered week of a calendar or a contract's coverage, and "try it"
 * on a policy — computed by the clocks' own code, so a real ticket gets the same answer.
 */
describe.each(DIALECTS)('coverage and SLA previews on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let office: { id: string };
  let allDay: { id: string };
  let policy: { id: string };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    office = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'London office', timeZone: 'Europe/London', preset: 'business-hours', holidays: [{ country: 'GB', region: 'ENG' }] })).body;
    allDay = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'Europe/London', preset: '24x7' })).body;
    policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
  });
  afterAll(async () => t?.close());

  const post = (url: string, body: unknown, token = owner) => t.call(token, 'POST', url, body);
  const hours = (segments: { day: number; startLocal: string; endLocal: string }[]) => segments.map((s) => `${s.day} ${s.startLocal}–${s.endLocal}`);

  it('shows a saved calendar’s week with a bank holiday closed and named, in its own zone or another', async () => {
    const r = await post('/api/v1/calendars/week', { calendarId: office.id, week: '2026-04-01' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ timeZone: 'Europe/London', weekStart: '2026-03-30', sites: [], lanes: [] });
    const [week] = r.body.calendars;
    expect(week).toMatchObject({ id: office.id, name: 'London office', coveredMinutes: 4 * 480 });
    expect(hours(week.segments)).toEqual(['0 09:00–17:00', '1 09:00–17:00', '2 09:00–17:00', '3 09:00–17:00']);
    expect(week.notes).toEqual([{ date: '2026-04-03', kind: 'holiday', text: 'Closed: Good Friday (GB-ENG)' }]);

    const seenFromChicago = (await post('/api/v1/calendars/week', { calendarId: office.id, week: '2026-04-01', timeZone: 'America/Chicago' })).body;
    expect(hours(seenFromChicago.calendars[0].segments)).toEqual(['0 03:00–11:00', '1 03:00–11:00', '2 03:00–11:00', '3 03:00–11:00']);
  });

  it('shows a draft calendar before it is saved, and names the draft’s field at fault', async () => {
    const draft = { timeZone: 'Europe/London', windows: [{ startDay: 'fri', startTime: '18:00', endDay: 'mon', endTime: '06:00' }], exceptions: [{ date: '2026-03-07', closed: true }] };
    const r = await post('/api/v1/calendars/week', { calendar: draft, week: '2026-03-04' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.calendars[0]).toMatchObject({ id: null, name: 'This calendar', coveredMinutes: 6 * 60 + 24 * 60 + 6 * 60 });
    expect(hours(r.body.calendars[0].segments)).toEqual(['0 00:00–06:00', '4 18:00–24:00', '6 00:00–24:00']);
    expect(r.body.calendars[0].notes).toEqual([{ date: '2026-03-07', kind: 'exception', text: 'Closed all day (exception)' }]);

    const bad = await post('/api/v1/calendars/week', { calendar: { ...draft, windows: [{ startDay: 'mon', startTime: '09:00', endDay: 'mon', endTime: '08:00' }] }, week: '2026-03-04' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ code: 'calendar_window_ends_before_start', field: '/calendar/windows/0/endTime' });
    expect((await post('/api/v1/calendars/week', { week: '2026-03-04' })).body).toMatchObject({ code: 'calendar_required', field: '/calendarId' });
    expect((await post('/api/v1/calendars/week', { calendarId: 'nope', week: '2026-03-04' })).body).toMatchObject({ code: 'not_found', field: '/calendarId' });
    expect((await post('/api/v1/calendars/week', { calendarId: office.id, week: '2026-02-30' })).body).toMatchObject({ code: 'validation_failed', field: '/week' });
    expect((await post('/api/v1/calendars/week', { calendarId: office.id, week: '2026-03-04', timeZone: 'Mars/Base' })).body).toMatchObject({ code: 'unknown_time_zone', field: '/timeZone' });
  });

  it('shows which calendar covers each priority at each site of a contract draft, in the client’s zone', async () => {
    const { a, b } = t.world;
    const coverage = [{ calendarId: allDay.id, priorities: ['P1'] }, { calendarId: allDay.id, siteIds: [a.siteId], priorities: ['P2'] }, { calendarId: office.id }];
    const r = await post('/api/v1/contracts/week', { organizationId: a.id, coverage, week: '2026-03-11' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.timeZone).toBe('America/Chicago');
    expect(r.body.weekStart).toBe('2026-03-09');
    expect(r.body.calendars.map((c: { name: string }) => c.name)).toEqual(['Round the clock', 'London office']);
    // London's 09:00–17:00 is 04:00–12:00 in Chicago that week (CDT since 8 March, GMT in London).
    expect(hours(r.body.calendars[1].segments)[0]).toBe('0 04:00–12:00');
    expect(r.body.calendars[0].coveredMinutes).toBe(7 * 24 * 60);
    expect(r.body.sites).toEqual([{ id: a.siteId, name: 'alpha HQ' }]);
    const lane = (siteId: string | null, priority: string) => r.body.lanes.find((l: { siteId: string | null; priority: string }) => l.siteId === siteId && l.priority === priority);
    expect(lane(null, 'P1')).toEqual({ siteId: null, priority: 'P1', calendar: 0, rule: 0 });
    expect(lane(null, 'P2')).toEqual({ siteId: null, priority: 'P2', calendar: 1, rule: 2 });
    expect(lane(a.siteId, 'P2')).toEqual({ siteId: a.siteId, priority: 'P2', calendar: 0, rule: 1 });
    expect(lane(a.siteId, 'P4')).toMatchObject({ calendar: 1, rule: 2 });

    const narrow = (await post('/api/v1/contracts/week', { organizationId: a.id, coverage: [{ calendarId: office.id, priorities: ['P1'] }], week: '2026-03-11' })).body;
    expect(narrow.lanes.filter((l: { calendar: number | null }) => l.calendar === null).length).toBe(6);

    const foreign = await post('/api/v1/contracts/week', { organizationId: a.id, coverage: [{ calendarId: office.id, siteIds: [b.siteId] }], week: '2026-03-11' });
    expect(foreign.body).toMatchObject({ code: 'site_not_in_organization', field: '/coverage/0/siteIds/0' });
    expect((await post('/api/v1/contracts/week', { organizationId: a.id, coverage, week: '2026-03-11' }, a.clientAdminToken)).status).toBe(403);
  });

  it('answers "try it" as a real ticket’s clocks would: outside hours the clock starts at the next opening', async () => {
    const tried = await post('/api/v1/sla-policies/try', { priority: 'P2', openedAt: '2026-03-06T17:30', calendarId: office.id, policyId: policy.id });
    expect(tried.status, JSON.stringify(tried.body)).toBe(200);
    expect(tried.body).toMatchObject({
      openedAt: '2026-03-06T17:30:00.000Z',
      openWhenOpened: false,
      clockStartsAt: '2026-03-09T09:00:00.000Z',
      calendar: { id: office.id, name: 'London office', timeZone: 'Europe/London' },
      nextReplyMinutes: 120,
    });
    const [response, resolution] = tried.body.clocks;
    expect(response).toMatchObject({ clock: 'first_response', targetMinutes: 60, dueAt: '2026-03-09T10:00:00.000Z', moreSpans: 0 });
    expect(response.explanation).toBe('First response: P2, calendar London office, 1 h target; 0 min of covered time used, so due Mon 9 Mar 2026 10:00 GMT.');
    expect(response.counted).toEqual([{ start: '2026-03-09T09:00:00.000Z', end: '2026-03-09T10:00:00.000Z', startLocal: 'Mon 9 Mar 2026 09:00 GMT', endLocal: 'Mon 9 Mar 2026 10:00 GMT', minutes: 60 }]);
    expect(resolution).toMatchObject({ clock: 'resolution', targetMinutes: 480, dueAt: '2026-03-09T17:00:00.000Z' });
    expect(tried.body.summary).toBe(
      'A P2 opened Fri 6 Mar 2026 17:30 GMT (outside covered hours: the clock starts Mon 9 Mar 2026 09:00 GMT) is due for a first response by Mon 9 Mar 2026 10:00 GMT (1 h of covered time) and due for resolution by Mon 9 Mar 2026 17:00 GMT (8 h of covered time).',
    );

    // A real ticket opened at that moment under a contract with the same calendar and policy.
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.b.id, name: 'Office hours', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: office.id }] });
    t.clock.set(Date.parse('2026-03-06T17:30:00Z'));
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: 'Cannot print', priority: 'P2' })).body;
    const real = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body.clocks;
    const dues = (clocks: { clock: string; dueAt: string }[]) => Object.fromEntries(clocks.map((c) => [c.clock, c.dueAt]));
    expect(dues(real)).toEqual(dues(tried.body.clocks));
    expect(Object.keys(dues(real))).toHaveLength(2);
  });

  it('tries drafts of a calendar and of targets, resolves a time in a daylight-saving gap, and refuses impossible dates', async () => {
    const targets = { ...TARGETS, P1: { firstResponse: 30, resolution: 120 } };
    const r = await post('/api/v1/sla-policies/try', { priority: 'P1', openedAt: '2026-03-29T01:30', calendar: { name: 'Draft', timeZone: 'Europe/London', preset: '24x7' }, targets });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // 01:30 does not exist in London that night: clocks jump from 01:00 to 02:00, so it is 02:00 BST.
    expect(r.body).toMatchObject({ openedAt: '2026-03-29T01:00:00.000Z', openedAtLocal: 'Sun 29 Mar 2026 02:00 GMT+1', openWhenOpened: true, calendar: { id: null, name: 'Draft' }, nextReplyMinutes: null });
    expect(r.body.clocks[0]).toMatchObject({ targetMinutes: 30, dueAt: '2026-03-29T01:30:00.000Z' });

    expect((await post('/api/v1/sla-policies/try', { priority: 'P1', openedAt: '2026-02-30T10:00', calendarId: office.id, policyId: policy.id })).body).toMatchObject({ code: 'invalid_date', field: '/openedAt' });
    expect((await post('/api/v1/sla-policies/try', { priority: 'P1', openedAt: '2026-03-02T10:00', calendarId: office.id })).body).toMatchObject({ code: 'policy_required', field: '/policyId' });
    expect((await post('/api/v1/sla-policies/try', { priority: 'P1', openedAt: '2026-03-02T10:00', calendar: { timeZone: 'Nowhere/Land', preset: '24x7' }, policyId: policy.id })).body).toMatchObject({ code: 'unknown_time_zone', field: '/calendar/timeZone' });
    expect((await post('/api/v1/sla-policies/try', { priority: 'P9', openedAt: '2026-03-02T10:00', calendarId: office.id, policyId: policy.id })).status).toBe(400);
  });

  it('lists the holiday countries and their regions, for staff', async () => {
    const r = await t.call(t.world.tokens.technician, 'GET', '/api/v1/holiday-countries');
    const gb = r.body.items.find((c: { code: string }) => c.code === 'GB');
    expect(gb.name).toBe('United Kingdom');
    expect(gb.regions).toContainEqual({ code: 'ENG', name: 'England' });
    expect(r.body.items.length).toBeGreaterThan(100);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/holiday-countries')).status).toBe(403);
  });
});
