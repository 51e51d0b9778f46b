import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * The owner's billing reports (docs/reports.md, "The billing seam") on both databases, with figures
 * worked out by hand: Figures Ltd has a premises-only managed contract at a fixed 3,100.00 a month;
 * Second Ltd prepaid block hours (600 minutes a month, no price: 1,200.00 at the default rate)
 * covering support only. Both contracts run from 1 January; the period is 1–10 March (10 of March's
 * 31 days). The clock stands at Monday 2 March 2026 14:00 UTC.
 */
describe.each(DIALECTS)('billing in the owner’s reports on %s', (dialect) => {
  let t: TestApp;
  let figures: { org: string; contract: string };
  let second: { org: string; contract: string };
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const report = async (path: string) => (await ok(t.world.tokens.owner, 'GET', `/api/v1/reports/${path}`)).items;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    const calendar = (await ok(owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' })).id;
    const policy = (await ok(owner, 'POST', '/api/v1/sla-policies', { name: 'Figures', targets: TARGETS })).id;
    const client = async (name: string, kind: string, terms: Record<string, unknown>) => {
      const org = (await ok(owner, 'POST', '/api/v1/organizations', { name, timeZone: 'UTC' })).id;
      const contract = (await ok(owner, 'POST', '/api/v1/contracts', { organizationId: org, name: kind, kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }], startsAt: '2026-01-01T00:00:00.000Z' })).id;
      await ok(owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, { defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }], ...terms });
      return { org, contract };
    };
    figures = await client('Figures Ltd', 'Managed premises', { kind: 'managed', flatFee: { basis: 'fixed', amountMinor: 310000 }, scope: { remote: true, homeWorkers: false } });
    second = await client('Second Ltd', 'Block hours', { kind: 'block_hours', block: { minutesPerMonth: 600, rollover: 'none' }, scope: { workTypes: ['support'], remote: true, homeWorkers: true } });
    const ticket = async (org: string, workLocation: string) => {
      const contact = (await ok(owner, 'POST', '/api/v1/contacts', { organizationId: org, name: `Person at ${workLocation}`, workLocation })).id;
      return (await ok(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: org, contactId: contact, subject: 'Help' })).id as string;
    };
    const office = await ticket(figures.org, 'site');
    const home = await ticket(figures.org, 'home');
    const project = await ticket(second.org, 'site');
    const log = (id: string, body: Record<string, unknown>) => ok(t.world.tokens.technician, 'POST', `/api/v1/billing/tickets/${id}/time-entries`, { startedAt: '2026-03-02T10:00:00.000Z', workType: 'support', ...body });
    const waive = (entry: { id: string }, reason: string) => ok(owner, 'PATCH', `/api/v1/billing/time-entries/${entry.id}`, { classification: 'goodwill', reason });
    await log(office, { minutes: 60, location: 'on_site' }); // covered, 120.00
    await log(home, { minutes: 30 }); // billable, 60.00
    await waive(await log(home, { minutes: 45 }), 'Lockdown goodwill'); // 90.00 waived
    await waive(await log(project, { minutes: 30, workType: 'project' }), 'Lockdown goodwill'); // 75.00 waived
    await waive(await log(project, { minutes: 20, workType: 'project', startedAt: '2026-02-20T10:00:00.000Z' }), 'Apology'); // 50.00 waived, February
  });
  afterAll(async () => t?.close());

  it('reports goodwill given per client, reason and month, as JSON and CSV', async () => {
    const march = 'from=2026-03-01&to=2026-03-10';
    expect(await report(`goodwill?${march}`)).toEqual([
      { group: figures.org, label: 'Figures Ltd', currency: 'USD', entries: 1, minutes: 45, valueMinor: 9000 },
      { group: second.org, label: 'Second Ltd', currency: 'USD', entries: 1, minutes: 30, valueMinor: 7500 },
    ]);
    expect(await report(`goodwill?${march}&groupBy=reason`)).toEqual([{ group: 'Lockdown goodwill', label: 'Lockdown goodwill', currency: 'USD', entries: 2, minutes: 75, valueMinor: 16500 }]);
    expect(await report('goodwill?from=2026-02-01&to=2026-03-31&groupBy=month')).toEqual([
      { group: '2026-02', label: 'February 2026', currency: 'USD', entries: 1, minutes: 20, valueMinor: 5000 },
      { group: '2026-03', label: 'March 2026', currency: 'USD', entries: 2, minutes: 75, valueMinor: 16500 },
    ]);
    const csv = await t.sb.app.inject({ method: 'GET', url: `/api/v1/reports/goodwill?${march}&groupBy=reason&format=csv`, headers: { authorization: `Bearer ${t.world.tokens.owner}` } });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toBe('group,label,currency,entries,minutes,value_minor\r\nLockdown goodwill,Lockdown goodwill,USD,2,75,16500\r\n');
  });

  it('sets the hours worked against each contract’s value: its fees over the period and its billable time', async () => {
    const march = 'from=2026-03-01&to=2026-03-10';
    // Figures: fees 3,100.00 × 10/31 = 1,000.00; billable 60.00; worked 135 minutes worth 270.00.
    // Second: fees 1,200.00 × 10/31 = 387.10; the waived project work is its only time (30 minutes).
    const managed = { group: figures.contract, label: 'Figures Ltd — Managed premises', currency: 'USD', minutesWorked: 135, workedValueMinor: 27000, billableMinor: 6000, feesMinor: 100000, contractValueMinor: 106000, valuePerHourMinor: 47111 };
    const block = { group: second.contract, label: 'Second Ltd — Block hours', currency: 'USD', minutesWorked: 30, workedValueMinor: 7500, billableMinor: 0, feesMinor: 38710, contractValueMinor: 38710, valuePerHourMinor: 77420 };
    expect(await report(`profitability?${march}`)).toEqual([managed, block]);
    expect(await report(`profitability?${march}&groupBy=organization`)).toEqual([
      { ...managed, group: figures.org, label: 'Figures Ltd' },
      { ...block, group: second.org, label: 'Second Ltd' },
    ]);
    const csv = await t.sb.app.inject({ method: 'GET', url: `/api/v1/reports/profitability?${march}&groupBy=organization&format=csv`, headers: { authorization: `Bearer ${t.world.tokens.owner}` } });
    expect(csv.body.split('\r\n').slice(0, 2)).toEqual([
      'group,label,currency,minutes_worked,worked_value_minor,billable_minor,fees_minor,contract_value_minor,value_per_hour_minor',
      `${figures.org},Figures Ltd,USD,135,27000,6000,100000,106000,47111`,
    ]);
  });

  it('is for staff only, and refuses a period that ends before it starts', async () => {
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/reports/goodwill?from=2026-03-01&to=2026-03-10')).status).toBe(403);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/reports/profitability?from=2026-03-01&to=2026-03-10')).status).toBe(403);
    expect((await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/profitability?from=2026-03-10&to=2026-03-01')).body).toMatchObject({ status: 400, code: 'invalid_period', field: '/to' });
    expect((await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/goodwill?from=2026-03-01&to=2026-03-10&groupBy=planet')).body).toMatchObject({ status: 400, field: '/groupBy' });
  });

  it('gathers a client’s account review: SLA, CSAT, goodwill and hours against contract value, for the last quarter by default', async () => {
    const review = await ok(t.world.tokens.manager, 'GET', `/api/v1/organizations/${figures.org}/account-review?from=2026-03-01&to=2026-03-10`);
    expect(review).toMatchObject({
      organizationId: figures.org,
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-11T00:00:00.000Z',
      csat: { ratings: 0, csatPercent: null },
      goodwill: [{ currency: 'USD', entries: 1, minutes: 45, valueMinor: 9000 }],
      contracts: [{ currency: 'USD', minutesWorked: 135, workedValueMinor: 27000, billableMinor: 6000, feesMinor: 100000, contractValueMinor: 106000, valuePerHourMinor: 47111 }],
    });
    expect(review.sla.map((r: { clock: string }) => r.clock).sort()).toEqual(['first_response', 'resolution']);
    // The clock stands in March 2026: the last quarter is October to December 2025, before any contract ran.
    const quarter = await ok(t.world.tokens.manager, 'GET', `/api/v1/organizations/${figures.org}/account-review`);
    expect(quarter).toMatchObject({ from: '2025-10-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z', sla: [], goodwill: [], contracts: [{ minutesWorked: 0, feesMinor: 0, contractValueMinor: 0 }] });
    expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/organizations/${t.world.a.id}/account-review`)).status).toBe(403);
    expect((await t.call(t.world.tokens.manager, 'GET', `/api/v1/organizations/${figures.org}/account-review?from=2026-03-01`)).body).toMatchObject({ status: 400, code: 'invalid_period', field: '/to' });
    expect((await t.call(t.world.tokens.manager, 'GET', '/api/v1/organizations/no-such-org/account-review')).status).toBe(404);
  });
});
