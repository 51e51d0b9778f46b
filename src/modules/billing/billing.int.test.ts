import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * Contracts that bill (issue 13, items 1–3) on both databases: a premises-only managed contract's
 * terms and scope, time logged by hand and by timer and classified by the scope with its reason,
 * waiving it as goodwill (one entry, a list, an incident's tickets) and the client's goodwill ledger.
 * The clock stands at Monday 2 March 2026 14:00 in London, inside office hours.
 */
describe.each(DIALECTS)('billing on %s', (dialect) => {
  let t: TestApp;
  let org: string;
  let hq: string;
  let warehouse: string;
  let contract: string;
  let tickets: { office: string; home: string; warehouse: string };
  const terms = (over: Record<string, unknown> = {}) => ({
    kind: 'managed', flatFee: { basis: 'per_user', amountMinor: 4500 }, defaultRateMinor: 12000,
    workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }],
    afterHoursPercent: 150, minimumMinutes: 15, incrementMinutes: 15, rounding: 'up',
    scope: { siteIds: [hq], workTypes: ['support'], remote: true, homeWorkers: false }, ...over,
  });
  const log = (token: string, ticket: string, body: Record<string, unknown>) => t.call(token, 'POST', `/api/v1/billing/tickets/${ticket}/time-entries`, body);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    org = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Premises Only Ltd', timeZone: 'Europe/London' })).body.id;
    expect((await t.call(owner, 'PATCH', `/api/v1/organizations/${org}`, { accountManagerId: t.world.staffIds.manager })).status).toBe(200);
    hq = (await t.call(owner, 'POST', '/api/v1/sites', { organizationId: org, name: 'Head office' })).body.id;
    warehouse = (await t.call(owner, 'POST', '/api/v1/sites', { organizationId: org, name: 'Warehouse' })).body.id;
    const office = (await t.call(owner, 'POST', '/api/v1/contacts', { organizationId: org, siteId: hq, name: 'Olive Office', workLocation: 'site' })).body.id;
    const home = (await t.call(owner, 'POST', '/api/v1/contacts', { organizationId: org, siteId: hq, name: 'Hugo Home', workLocation: 'home' })).body.id;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'London office', timeZone: 'Europe/London', preset: 'business-hours' })).body.id;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body.id;
    contract = (await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: org, name: 'Managed premises', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).body.id;
    const open = async (body: Record<string, unknown>) => (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: org, subject: 'Help', ...body })).body.id as string;
    tickets = { office: await open({ contactId: office, siteId: hq }), home: await open({ contactId: home, siteId: hq, subject: 'VPN at home' }), warehouse: await open({ contactId: office, siteId: warehouse }) };
    const put = await t.call(owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms());
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  });
  afterAll(async () => t?.close());

  it('keeps a contract’s terms and scope, versioned, in the client’s currency; staff read them, only owners and admins set them', async () => {
    const read = await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/contracts/${contract}/terms`);
    expect(read.body).toMatchObject({ contractId: contract, organizationId: org, kind: 'managed', currency: 'USD', flatFee: { basis: 'per_user', amountMinor: 4500 }, afterHoursPercent: 150, rounding: 'up', scope: { siteIds: [hq], workTypes: ['support'], remote: true, homeWorkers: false }, version: 1, blockMonths: [] });
    expect((await t.call(t.world.tokens.technician, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms())).status).toBe(403);
    expect((await t.call(t.world.tokens.manager, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms())).status).toBe(403);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/billing/contracts/${contract}/terms`)).status).toBe(403);
    expect((await t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms({ version: 0 }))).body).toMatchObject({ status: 409, code: 'version_conflict', field: '/version' });
    expect((await t.call(t.world.tokens.admin, 'PUT', `/api/v1/billing/clients/${org}/account`, { currency: 'GBP' })).body).toMatchObject({ currency: 'GBP', own: true });
    expect((await t.call(t.world.tokens.admin, 'GET', `/api/v1/billing/contracts/${contract}/terms`)).body.currency).toBe('GBP');
    expect((await t.call(t.world.tokens.admin, 'PUT', `/api/v1/billing/clients/${org}/account`, { currency: 'USD' })).status).toBe(200);
  });

  it('refuses bad terms with a code and the field', async () => {
    const put = (body: unknown) => t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, body).then((r) => r.body);
    expect(await put(terms({ scope: { siteIds: [t.world.b.siteId], remote: true, homeWorkers: false } }))).toMatchObject({ status: 422, code: 'unknown_site', field: '/scope/siteIds/0' });
    expect(await put(terms({ scope: { workTypes: ['cleaning'], remote: true, homeWorkers: false } }))).toMatchObject({ status: 422, code: 'unknown_work_type', field: '/scope/workTypes/0' });
    expect(await put(terms({ workTypes: [{ key: 'support', name: 'A', rateMinor: 1 }, { key: 'support', name: 'B', rateMinor: 2 }], scope: { remote: true, homeWorkers: false } }))).toMatchObject({ status: 422, code: 'duplicate_work_type', field: '/workTypes/1/key' });
    expect(await put(terms({ kind: 'block_hours' }))).toMatchObject({ status: 422, code: 'block_required', field: '/block' });
    expect(await put(terms({ kind: 'block_hours', block: { minutesPerMonth: 600, rollover: 'capped' } }))).toMatchObject({ status: 422, code: 'rollover_cap_required', field: '/block/rolloverCapMinutes' });
    expect(await put(terms({ defaultRateMinor: -1 }))).toMatchObject({ status: 400, field: '/defaultRateMinor' });
    expect(await put(terms({ rounding: 'down' }))).toMatchObject({ status: 400, field: '/rounding' });
    expect((await t.call(t.world.tokens.owner, 'PUT', '/api/v1/billing/contracts/no-such-contract/terms', terms())).status).toBe(404);
    expect((await t.call(t.world.tokens.owner, 'GET', `/api/v1/billing/contracts/${contract}/terms`)).body.version).toBe(1);
  });

  it('classifies time by the contract’s scope with the reason, rounded and valued at the rate', async () => {
    const tech = t.world.tokens.technician;
    const at = '2026-03-02T10:00:00.000Z';
    expect((await log(tech, tickets.office, { startedAt: at, minutes: 20, workType: 'support', location: 'on_site' })).body).toMatchObject({ classification: 'covered', coverage: 'covered', reason: 'covered by the managed contract', billedMinutes: 30, rateMinor: 12000, valueMinor: 6000, currency: 'USD', userName: 'The technician' });
    expect((await log(tech, tickets.home, { startedAt: at, minutes: 45, workType: 'support' })).body).toMatchObject({ classification: 'billable', coverage: 'chargeable', location: 'home', reason: 'home worker; contract covers premises only', billedMinutes: 45, valueMinor: 9000 });
    expect((await log(tech, tickets.warehouse, { startedAt: at, minutes: 60, workType: 'support', location: 'on_site' })).body.reason).toBe('site Warehouse not covered');
    expect((await log(tech, tickets.office, { startedAt: at, minutes: 60, workType: 'project' })).body).toMatchObject({ reason: 'work type Project outside scope', valueMinor: 15000 });
    expect((await log(tech, tickets.office, { startedAt: '2026-02-27T21:00:00.000Z', minutes: 60, workType: 'support' })).body).toMatchObject({ classification: 'billable', reason: 'after hours: 1.5× rate', afterHours: true, multiplierPercent: 150, valueMinor: 18000 });
    const time = (await t.call(tech, 'GET', `/api/v1/billing/tickets/${tickets.home}/time`)).body;
    expect(time.outlook).toEqual({ coverage: 'chargeable', reason: 'home worker; contract covers premises only' });
    expect(time.workTypes).toEqual([{ key: 'support', name: 'Support' }, { key: 'project', name: 'Project' }]);
    expect(time.items.map((e: { reason: string }) => e.reason)).toEqual(['home worker; contract covers premises only']);
  });

  it('refuses bad time with a code and the field', async () => {
    const tech = t.world.tokens.technician;
    expect((await log(tech, tickets.office, { startedAt: '2026-03-02T15:00:00.000Z', minutes: 10, workType: 'support' })).body).toMatchObject({ status: 422, code: 'in_the_future', field: '/startedAt' });
    expect((await log(tech, tickets.office, { startedAt: '2026-03-02T10:00:00.000Z', minutes: 0, workType: 'support' })).body).toMatchObject({ status: 400, field: '/minutes' });
    expect((await log(tech, tickets.office, { startedAt: '2026-03-02T10:00:00.000Z', minutes: 10, workType: 'Support!' })).body).toMatchObject({ status: 400, field: '/workType' });
    expect((await log(tech, tickets.office, { startedAt: '2026-03-02T10:00:00.000Z', minutes: 10, workType: 'support', userId: t.world.staffIds.owner })).status).toBe(403);
    expect((await log(t.world.tokens.manager, tickets.office, { startedAt: '2026-03-02T10:00:00.000Z', minutes: 10, workType: 'support', userId: 'nobody' })).body).toMatchObject({ status: 422, code: 'unknown_user', field: '/userId' });
    expect((await log(t.world.a.clientAdminToken, tickets.office, { startedAt: '2026-03-02T10:00:00.000Z', minutes: 10, workType: 'support' })).status).toBe(403);
  });

  it('runs one timer per person that survives a reload, and logs its time once when stopped', async () => {
    const tech = t.world.tokens.technician;
    const started = await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer`, { workType: 'support' });
    expect(started.body).toMatchObject({ ticketId: tickets.home, startedAt: t.clock.iso(), workType: 'support' });
    expect((await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.office}/timer`, { workType: 'support' })).body).toMatchObject({ status: 409, code: 'timer_running' });
    expect((await t.call(tech, 'GET', `/api/v1/billing/tickets/${tickets.office}/time`)).body.timer).toMatchObject({ ticketId: tickets.home });
    t.clock.advance(20 * 60_000);
    expect((await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.office}/timer/stop`, {})).body).toMatchObject({ status: 409, code: 'no_timer' });
    const stopped = await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer/stop`, { note: 'VPN profile reinstalled' });
    expect(stopped.status).toBe(201);
    expect(stopped.body).toMatchObject({ minutes: 20, billedMinutes: 30, classification: 'billable', reason: 'home worker; contract covers premises only', note: 'VPN profile reinstalled' });
    expect((await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer/stop`, {})).body.code).toBe('no_timer');
    expect((await t.call(tech, 'GET', `/api/v1/billing/tickets/${tickets.home}/time`)).body.timer).toBeNull();
    // Another person's timer runs beside it.
    expect((await t.call(t.world.tokens.manager, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer`, { workType: 'support' })).status).toBe(201);
    expect((await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer`, { workType: 'support' })).status).toBe(201);
    t.clock.advance(60_000);
    await t.call(t.world.tokens.manager, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer/stop`, {});
    await t.call(tech, 'POST', `/api/v1/billing/tickets/${tickets.home}/timer/stop`, {});
  });

  it('waives time as goodwill with a reason, by the account manager, owner or admin only, and shows it in the ledger', async () => {
    const entry = (await log(t.world.tokens.technician, tickets.home, { startedAt: '2026-03-02T09:00:00.000Z', minutes: 60, workType: 'support' })).body;
    const waive = (token: string, body: Record<string, unknown>) => t.call(token, 'PATCH', `/api/v1/billing/time-entries/${entry.id}`, body);
    expect((await waive(t.world.tokens.technician, { classification: 'goodwill', reason: 'Rollout' })).status).toBe(403);
    expect((await waive(t.world.tokens.manager, { classification: 'goodwill', reason: '  ' })).body).toMatchObject({ status: 422, code: 'reason_required', field: '/reason' });
    expect((await waive(t.world.tokens.manager, { classification: 'goodwill', reason: 'Rollout', version: 7 })).body).toMatchObject({ status: 409, code: 'version_conflict' });
    const waived = await waive(t.world.tokens.manager, { classification: 'goodwill', reason: 'Home-working rollout', version: 1 });
    expect(waived.body).toMatchObject({ classification: 'goodwill', coverage: 'chargeable', reason: 'home worker; contract covers premises only', waiveReason: 'Home-working rollout', waivedBy: t.world.staffIds.manager, waivedAt: t.clock.iso(), version: 2 });
    const ledger = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/clients/${org}/goodwill`)).body;
    expect(ledger).toMatchObject({ organizationId: org, timeZone: 'Europe/London', lines: [{ month: '2026-03', reason: 'Home-working rollout', currency: 'USD', entries: 1, minutes: 60, valueMinor: 12000 }], totals: [{ currency: 'USD', minutes: 60, valueMinor: 12000 }] });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/clients/${org}/goodwill?from=2026-04-01`)).body.lines).toEqual([]);
    // Bounds at the ends of the years both databases store bound nothing rather than fail.
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/clients/${org}/goodwill?from=0001-01-01&to=9999-12-31`)).body.totals).toEqual([{ currency: 'USD', minutes: 60, valueMinor: 12000 }]);
    expect((await waive(t.world.tokens.technician, { classification: 'billable' })).status).toBe(403);
    expect((await waive(t.world.tokens.owner, { classification: 'billable' })).body).toMatchObject({ classification: 'billable', waiveReason: null, waivedBy: null });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/clients/${org}/goodwill`)).body.lines).toEqual([]);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/billing/clients/${t.world.a.id}/goodwill`)).status).toBe(403);
  });

  it('waives a list of entries in one transaction: all of them, or none when one is missing', async () => {
    const mk = async () => (await log(t.world.tokens.technician, tickets.warehouse, { startedAt: '2026-03-02T11:00:00.000Z', minutes: 15, workType: 'support' })).body.id as string;
    const [one, two] = [await mk(), await mk()];
    const bulk = (body: Record<string, unknown>) => t.call(t.world.tokens.manager, 'POST', '/api/v1/billing/waivers', body);
    expect((await bulk({ entryIds: [one, 'no-such-entry'], reason: 'Warehouse move' })).body).toMatchObject({ status: 404, field: '/entryIds/1' });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/tickets/${tickets.warehouse}/time`)).body.items.filter((e: { classification: string }) => e.classification === 'goodwill')).toEqual([]);
    expect((await bulk({ reason: 'x' })).body).toMatchObject({ status: 400, code: 'one_filter' });
    expect((await bulk({ entryIds: [one, two, one], reason: 'Warehouse move' })).body).toMatchObject({ waived: 2 });
    const lines = (await t.call(t.world.tokens.manager, 'GET', `/api/v1/billing/clients/${org}/goodwill`)).body.lines;
    expect(lines).toContainEqual({ month: '2026-03', reason: 'Warehouse move', currency: 'USD', entries: 2, minutes: 30, valueMinor: 6000 });
  });

  it('waives the billable time on every child ticket of an incident', async () => {
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    const service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    expect((await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: org, criticality: 'high' })).status).toBe(201);
    const incident = (await t.call(owner, 'POST', '/api/v1/incidents', { serviceIds: [service], title: 'Desktops down', summary: 'Vendor outage', attachTicketIds: [tickets.warehouse] })).body.id;
    const billable = (await log(t.world.tokens.technician, tickets.warehouse, { startedAt: '2026-03-02T12:00:00.000Z', minutes: 30, workType: 'support' })).body.id;
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/billing/waivers', { incidentId: incident, reason: 'Vendor outage' })).status).toBe(403);
    expect((await t.call(owner, 'POST', '/api/v1/billing/waivers', { incidentId: 'no-such-incident', reason: 'Vendor outage' })).body).toMatchObject({ status: 404, field: '/incidentId' });
    const done = (await t.call(owner, 'POST', '/api/v1/billing/waivers', { incidentId: incident, reason: 'Vendor outage' })).body;
    expect(done.items.map((e: { id: string }) => e.id)).toContain(billable);
    expect(done.items.every((e: { waiveReason: string; ticketId: string }) => e.waiveReason === 'Vendor outage' && e.ticketId === tickets.warehouse)).toBe(true);
  });

  it('draws covered time from block hours and shows the month’s balance', async () => {
    expect((await t.call(t.world.tokens.owner, 'PUT', `/api/v1/billing/contracts/${contract}/terms`, terms({ version: 1, kind: 'block_hours', flatFee: null, block: { minutesPerMonth: 120, rollover: 'capped', rolloverCapMinutes: 60, lowBalanceMinutes: 30 } }))).body).toMatchObject({ version: 2, kind: 'block_hours' });
    expect((await log(t.world.tokens.technician, tickets.office, { startedAt: '2026-03-02T13:00:00.000Z', minutes: 100, workType: 'support', location: 'on_site' })).body).toMatchObject({ classification: 'covered', reason: 'drawn from block hours', billedMinutes: 105 });
    const read = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/billing/contracts/${contract}/terms`)).body;
    // The managed month's covered time counted too: it was covered by this contract.
    expect(read.blockMonths).toEqual([{ month: '2026-03', carriedIn: 0, allowance: 120, used: 135, balance: 0, overage: 15, low: true }]);
  });
});
