import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

/**
 * The owner's reports (issue 13, item 7) against a small data set whose figures are worked out by
 * hand in each test: backlog ageing, CSAT per technician, client, team and month, and after-hours
 * pages — as JSON and CSV. The clock starts on Monday 2026-03-02 at 14:00 UTC.
 */
describe.each(DIALECTS)('the owner’s reports on %s', (dialect) => {
  let t: TestApp;
  const DAY = 86_400_000;
  const tech = () => t.world.tokens.technician;
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const report = async (path: string) => (await ok(t.world.tokens.owner, 'GET', `/api/v1/reports/${path}`)).items;
  const csv = async (path: string) => (await t.sb.app.inject({ method: 'GET', url: `/api/v1/reports/${path}`, headers: { authorization: `Bearer ${t.world.tokens.owner}` } })).body;
  const open = (org: 'a' | 'b', subject: string, extra: Record<string, unknown> = {}) =>
    ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world[org].id, contactId: t.world[org].contactId, subject, ...extra });

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('ages the open backlog by priority and by client', async () => {
    // X (P2, alpha) opened at the start; Y (P3, alpha) 10 days later; Z (P3, bravo) and W (bravo,
    // resolved, so not in the backlog) 2 days after that; read 12 hours later. Ages: X 12.5 days
    // (7–30), Y 2.5 days (1–3), Z 0.5 days (under 1).
    await open('a', 'X', { priority: 'P2' });
    t.clock.advance(10 * DAY);
    await open('a', 'Y', { priority: 'P3' });
    t.clock.advance(2 * DAY);
    await open('b', 'Z', { priority: 'P3' });
    const w = await open('b', 'W', { priority: 'P3' });
    await ok(tech(), 'PATCH', `/api/v1/tickets/${w.id}`, { status: 'resolved' });
    t.clock.advance(DAY / 2);

    const none = { under_1d: 0, '1_3d': 0, '3_7d': 0, '7_30d': 0, over_30d: 0 };
    expect(await report('backlog')).toEqual([
      { group: 'P2', label: 'P2', total: 1, buckets: { ...none, '7_30d': 1 }, oldestDays: 12 },
      { group: 'P3', label: 'P3', total: 2, buckets: { ...none, under_1d: 1, '1_3d': 1 }, oldestDays: 2 },
    ]);
    expect(await report('backlog?groupBy=organization')).toEqual([
      { group: t.world.a.id, label: 'alpha Ltd', total: 2, buckets: { ...none, '1_3d': 1, '7_30d': 1 }, oldestDays: 12 },
      { group: t.world.b.id, label: 'bravo Ltd', total: 1, buckets: { ...none, under_1d: 1 }, oldestDays: 0 },
    ]);
    expect(await csv('backlog?format=csv')).toBe('group,label,total,age_under_1d,age_1_3d,age_3_7d,age_7_30d,age_over_30d,oldest_days\r\nP2,P2,1,0,0,0,1,0,12\r\nP3,P3,2,1,1,0,0,0,2\r\n');
  });

  it('scores CSAT per technician, client, team and month', async () => {
    // Four rated tickets: the technician's good (alpha, team), bad (alpha, team) and good (bravo,
    // team); the service manager's okay (alpha, no team). One rated in April.
    const rated = async (org: 'a' | 'b', assignee: 'technician' | 'manager', team: boolean, rating: string) => {
      const ticket = await open(org, `Rated ${rating}`, { assigneeId: t.world.staffIds[assignee], ...(team ? { teamId: t.world.teamId } : {}) });
      await ok(tech(), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
      await ok(t.world[org].clientUserToken, 'PUT', `/api/v1/tickets/${ticket.id}/rating`, { rating });
    };
    await rated('a', 'technician', true, 'good');
    await rated('a', 'technician', true, 'bad');
    await rated('a', 'manager', false, 'okay');
    t.clock.set(Date.parse('2026-04-02T10:00:00.000Z'));
    await rated('b', 'technician', true, 'good');

    const period = 'from=2026-03-01&to=2026-04-30';
    expect(await report(`csat?${period}`)).toEqual([
      { group: t.world.staffIds.manager, label: 'The service_manager', ratings: 1, good: 0, okay: 1, bad: 0, csatPercent: 0 },
      { group: t.world.staffIds.technician, label: 'The technician', ratings: 3, good: 2, okay: 0, bad: 1, csatPercent: 66.7 },
    ]);
    expect(await report(`csat?${period}&groupBy=organization`)).toEqual([
      { group: t.world.a.id, label: 'alpha Ltd', ratings: 3, good: 1, okay: 1, bad: 1, csatPercent: 33.3 },
      { group: t.world.b.id, label: 'bravo Ltd', ratings: 1, good: 1, okay: 0, bad: 0, csatPercent: 100 },
    ]);
    expect(await report(`csat?${period}&groupBy=team`)).toEqual([
      { group: 'none', label: 'No team', ratings: 1, good: 0, okay: 1, bad: 0, csatPercent: 0 },
      { group: t.world.teamId, label: 'Service Desk', ratings: 3, good: 2, okay: 0, bad: 1, csatPercent: 66.7 },
    ]);
    expect(await report(`csat?${period}&groupBy=month`)).toEqual([
      { group: '2026-03', label: 'March 2026', ratings: 3, good: 1, okay: 1, bad: 1, csatPercent: 33.3 },
      { group: '2026-04', label: 'April 2026', ratings: 1, good: 1, okay: 0, bad: 0, csatPercent: 100 },
    ]);
    expect(await report('csat?from=2026-04-03&to=2026-04-30')).toEqual([]);
    expect(await csv(`csat?${period}&groupBy=month&format=csv`)).toBe('group,label,ratings,good,okay,bad,csat_percent\r\n2026-03,March 2026,3,1,1,1,33.3\r\n2026-04,April 2026,1,1,0,0,100\r\n');
  });

  it('counts pages sent after hours per month and per person', async () => {
    // Pages as the delivery worker leaves them once sent. Tuesday 3 March 09:00 is office hours;
    // 19:30 that day, Saturday 7 March and 07:00 on Wednesday 1 April are not. A test page and a
    // failed page do not count.
    const { owner, technician } = t.world.staffIds;
    const page = (id: string, user: string, sentAt: string | null, extra: Record<string, unknown> = {}) => ({
      id, dedupe_key: `report-test:${id}`, kind: 'page', escalation_id: null, ticket_id: null, step: 1, round: 1, recipient_user_id: user, method: 'sms', address: '+15555550100',
      subject: 'P1', body: 'page', requires_ack: false, status: 'sent', send_after: sentAt ?? '2026-03-03T09:00:00.000Z', attempts: 1, lease_owner: null, lease_until: null,
      provider: 'Test', provider_message_id: null, last_error: null, created_at: sentAt ?? '2026-03-03T09:00:00.000Z', sent_at: sentAt, ...extra,
    });
    await t.sb.database.db.insertInto('notifications').values([
      page('p1', owner, '2026-03-03T09:00:00.000Z'),
      page('p2', technician, '2026-03-03T19:30:00.000Z'),
      page('p3', owner, '2026-03-07T10:00:00.000Z'),
      page('p4', owner, '2026-04-01T07:00:00.000Z'),
      page('p5', owner, '2026-03-03T20:00:00.000Z', { kind: 'test' }),
      page('p6', owner, null, { status: 'failed' }),
    ]).execute();

    const period = 'from=2026-03-01&to=2026-04-30';
    expect(await report(`after-hours?${period}`)).toEqual([
      { group: '2026-03', label: 'March 2026', pages: 3, afterHours: 2, afterHoursPercent: 66.7 },
      { group: '2026-04', label: 'April 2026', pages: 1, afterHours: 1, afterHoursPercent: 100 },
    ]);
    expect(await report(`after-hours?${period}&groupBy=person`)).toEqual([
      { group: owner, label: 'The owner', pages: 3, afterHours: 2, afterHoursPercent: 66.7 },
      { group: technician, label: 'The technician', pages: 1, afterHours: 1, afterHoursPercent: 100 },
    ]);
    expect(await csv(`after-hours?from=2026-03-01&to=2026-03-31&format=csv`)).toBe('group,label,pages,after_hours,after_hours_percent\r\n2026-03,March 2026,3,2,66.7\r\n');
    // With the MSP's own calendar (07:00–20:00 on weekdays), only Saturday's page was after hours.
    const office = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/calendars', { name: 'Our long days', timeZone: 'UTC', windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => ({ startDay: d, startTime: '07:00', endDay: d, endTime: '20:00' })) })).body;
    expect(await report(`after-hours?${period}&calendarId=${office.id}`)).toEqual([
      { group: '2026-03', label: 'March 2026', pages: 3, afterHours: 1, afterHoursPercent: 33.3 },
      { group: '2026-04', label: 'April 2026', pages: 1, afterHours: 0, afterHoursPercent: 0 },
    ]);
    const unknown = await t.call(t.world.tokens.owner, 'GET', `/api/v1/reports/after-hours?${period}&calendarId=no-such-calendar`);
    expect([unknown.status, unknown.body.code, unknown.body.field]).toEqual([422, 'unknown_calendar', '/calendarId']);
  });

  it('is for staff only, and refuses a period that ends before it starts', async () => {
    for (const path of ['csat?from=2026-03-01&to=2026-03-31', 'backlog', 'after-hours?from=2026-03-01&to=2026-03-31']) {
      expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/reports/${path}`)).status).toBe(403);
    }
    const r = await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/csat?from=2026-03-31&to=2026-03-01');
    expect([r.status, r.body.code, r.body.field]).toEqual([400, 'invalid_period', '/to']);
  });
});
