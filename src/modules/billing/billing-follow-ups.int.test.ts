import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * Contracts that bill, continued (issue 13) on both databases: rates per staff role, the low-balance
 * alert of block hours mailed once to the account manager (else the owners), and the bulk waive of
 * tickets' time. Every contract's calendar is 24×7 in UTC, so in-scope work is never after hours.
 * The clock stands at Monday 2 March 2026 14:00 UTC.
 */
describe.each(DIALECTS)('billing follow-ups on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let calendar: string;
  let policy: string;
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const owner = () => t.world.tokens.owner;
  /** A client with one contract under `terms`, a contact and a ticket. */
  const client = async (name: string, terms: Record<string, unknown>, accountManagerId?: string) => {
    const org = (await ok(owner(), 'POST', '/api/v1/organizations', { name, timeZone: 'UTC' })).id as string;
    if (accountManagerId) await ok(owner(), 'PATCH', `/api/v1/organizations/${org}`, { accountManagerId });
    const contract = (await ok(owner(), 'POST', '/api/v1/contracts', { organizationId: org, name: `${name} contract`, kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }], startsAt: '2026-01-01T00:00:00.000Z' })).id as string;
    await ok(owner(), 'PUT', `/api/v1/billing/contracts/${contract}/terms`, { defaultRateMinor: 12000, workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }], scope: { remote: true, homeWorkers: true }, ...terms });
    const contact = (await ok(owner(), 'POST', '/api/v1/contacts', { organizationId: org, name: `Someone at ${name}`, workLocation: 'site' })).id as string;
    const ticket = async () => (await ok(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: org, contactId: contact, subject: 'Help' })).id as string;
    return { org, contract, ticket: await ticket(), another: ticket };
  };
  const log = (ticket: string, minutes: number, extra: Record<string, unknown> = {}, token = t.world.tokens.technician) =>
    ok(token, 'POST', `/api/v1/billing/tickets/${ticket}/time-entries`, { startedAt: t.clock.iso(), minutes, workType: 'support', ...extra });
  const mailsTo = async (address: string) => {
    while ((await t.sb.outbound!.runOnce()) > 0);
    return fake.messages().filter((m) => m.envelope.to.includes(address));
  };

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { roles: 'api,engine' });
    const r = await t.call(owner(), 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    calendar = (await ok(owner(), 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' })).id;
    policy = (await ok(owner(), 'POST', '/api/v1/sla-policies', { name: 'Follow-ups', targets: TARGETS })).id;
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('prices time at the worker’s role rate for the work type, else for any work, else the work type’s rate', async () => {
    const roleRates = [{ role: 'technician', rateMinor: 9000 }, { role: 'service_manager', workType: 'project', rateMinor: 18000 }];
    const c = await client('Rates Ltd', { kind: 'time_and_materials', roleRates });
    expect((await ok(owner(), 'GET', `/api/v1/billing/contracts/${c.contract}/terms`)).roleRates).toEqual([{ role: 'technician', workType: null, rateMinor: 9000 }, { role: 'service_manager', workType: 'project', rateMinor: 18000 }]);
    expect(await log(c.ticket, 60)).toMatchObject({ rateMinor: 9000, valueMinor: 9000 });
    expect(await log(c.ticket, 60, { workType: 'project' })).toMatchObject({ rateMinor: 9000 });
    // The service manager's project work, logged by the owner for them: their role's rate.
    expect(await log(c.ticket, 60, { workType: 'project', userId: t.world.staffIds.manager }, owner())).toMatchObject({ rateMinor: 18000, valueMinor: 18000 });
    expect(await log(c.ticket, 30, {}, t.world.tokens.manager)).toMatchObject({ rateMinor: 12000, valueMinor: 6000 });
    const bad = (roleRates: unknown) => t.call(owner(), 'PUT', `/api/v1/billing/contracts/${c.contract}/terms`, { kind: 'time_and_materials', defaultRateMinor: 1, workTypes: [{ key: 'support', name: 'Support', rateMinor: 1 }], scope: { remote: true, homeWorkers: true }, roleRates }).then((r) => r.body);
    expect(await bad([{ role: 'technician', workType: 'cleaning', rateMinor: 1 }])).toMatchObject({ status: 422, code: 'unknown_work_type', field: '/roleRates/0/workType' });
    expect(await bad([{ role: 'technician', rateMinor: 1 }, { role: 'technician', workType: null, rateMinor: 2 }])).toMatchObject({ status: 422, code: 'duplicate_role_rate', field: '/roleRates/1' });
    expect(await bad([{ role: 'client_admin', rateMinor: 1 }])).toMatchObject({ status: 400, field: '/roleRates/0/role' });
  });

  it('mails the account manager once when block hours fall to the threshold, again after a top-up or in the next month', async () => {
    const c = await client('Block Ltd', { kind: 'block_hours', block: { minutesPerMonth: 120, rollover: 'none', lowBalanceMinutes: 60 } }, t.world.staffIds.manager);
    const manager = 'service_manager@msp.example';
    fake.reset();
    await log(c.ticket, 30); // 90 left
    expect(await mailsTo(manager)).toHaveLength(0);
    const second = await log(c.ticket, 30); // 60 left: at the threshold
    const first = await mailsTo(manager);
    expect(first).toHaveLength(1);
    expect(first[0].headers.subject).toBe('Block hours running low: Block Ltd, 1 h 00 min left');
    expect(first[0].text).toContain('Left: 1 h 00 min of 2 h 00 min (1 h 00 min used).');
    await log(c.ticket, 15); // 45 left: still low, not told again
    expect(await mailsTo(manager)).toHaveLength(1);
    // Taking 30 minutes out of the block tops it back up to 75; the next fall is told again.
    await ok(owner(), 'PATCH', `/api/v1/billing/time-entries/${second.id}`, { classification: 'non_billable' });
    await log(c.ticket, 30); // 45 left
    expect(await mailsTo(manager)).toHaveLength(2);
    // April: a new block of 120 minutes; falling to 30 is told once more.
    t.clock.set(Date.parse('2026-04-01T09:00:00.000Z'));
    await log(c.ticket, 90);
    const april = await mailsTo(manager);
    expect(april).toHaveLength(3);
    expect(april[2].text).toContain('for 2026-04');
    expect(await mailsTo('owner@msp.example')).toHaveLength(0);
    t.clock.set(Date.parse('2026-03-02T14:00:00.000Z'));
  });

  it('tells the owners when the client has no account manager, and never for billable time', async () => {
    const c = await client('Unmanaged Ltd', { kind: 'block_hours', block: { minutesPerMonth: 60, rollover: 'none', lowBalanceMinutes: 30 }, scope: { workTypes: ['support'], remote: true, homeWorkers: true } });
    fake.reset();
    await log(c.ticket, 120, { workType: 'project' }); // outside scope: billable, the block untouched
    expect(await mailsTo('owner@msp.example')).toHaveLength(0);
    await log(c.ticket, 45);
    const mails = await mailsTo('owner@msp.example');
    expect(mails).toHaveLength(1);
    expect(mails[0].headers.subject).toBe('Block hours running low: Unmanaged Ltd, 0 h 15 min left');
    expect(await mailsTo('service_manager@msp.example')).toHaveLength(0);
  });

  it('waives the billable time of a list of tickets in one go', async () => {
    const c = await client('Goodwill Ltd', { kind: 'time_and_materials' });
    const other = await c.another();
    await log(c.ticket, 30);
    await log(c.ticket, 15);
    await log(other, 60);
    const waive = (body: Record<string, unknown>) => t.call(owner(), 'POST', '/api/v1/billing/waivers', { reason: 'Office move goodwill', ...body });
    expect((await waive({ ticketIds: [c.ticket, 'no-such-ticket'] })).body).toMatchObject({ status: 404, field: '/ticketIds/1' });
    expect((await waive({ ticketIds: [c.ticket], incidentId: 'x' })).body).toMatchObject({ status: 400, code: 'one_filter', field: '/incidentId' });
    const done = (await waive({ ticketIds: [c.ticket, other, c.ticket] })).body;
    expect(done.waived).toBe(3);
    expect(done.items.map((e: { classification: string; waiveReason: string }) => [e.classification, e.waiveReason])).toEqual(Array(3).fill(['goodwill', 'Office move goodwill']));
    expect((await waive({ ticketIds: [c.ticket] })).body.waived).toBe(0);
    // A technician is not the client's account manager: nothing is waived.
    await log(c.ticket, 10);
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/billing/waivers', { reason: 'x', ticketIds: [c.ticket] })).status).toBe(403);
  });

  it('shows a client’s admins their goodwill and block balance in the portal, and nobody else', async () => {
    const a = t.world.a;
    const contract = (await ok(owner(), 'POST', '/api/v1/contracts', { organizationId: a.id, name: 'Alpha block', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }], startsAt: '2026-01-01T00:00:00.000Z' })).id;
    await ok(owner(), 'PUT', `/api/v1/billing/contracts/${contract}/terms`, {
      kind: 'block_hours', block: { minutesPerMonth: 600, rollover: 'none', lowBalanceMinutes: 60 }, defaultRateMinor: 12000,
      workTypes: [{ key: 'support', name: 'Support', rateMinor: 12000 }, { key: 'project', name: 'Project', rateMinor: 15000 }], scope: { workTypes: ['support'], remote: true, homeWorkers: true },
    });
    const ticket = (await ok(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.contactId, subject: 'Block work' })).id;
    await log(ticket, 90);
    const project = await log(ticket, 60, { workType: 'project' });
    await ok(owner(), 'PATCH', `/api/v1/billing/time-entries/${project.id}`, { classification: 'goodwill', reason: 'Loyalty' });
    const mine = await ok(a.clientAdminToken, 'GET', '/api/v1/billing/my-account');
    expect(mine.blocks).toEqual([{ contractId: contract, contractName: 'Alpha block', months: [{ month: '2026-03', carriedIn: 0, allowance: 600, used: 90, balance: 510, overage: 0, low: false }] }]);
    expect(mine.goodwill).toMatchObject({ organizationId: a.id, lines: [{ month: '2026-03', reason: 'Loyalty', entries: 1, minutes: 60, valueMinor: 15000 }], totals: [{ currency: 'USD', minutes: 60, valueMinor: 15000 }] });
    const theirs = await ok(t.world.b.clientAdminToken, 'GET', '/api/v1/billing/my-account');
    expect(theirs).toMatchObject({ blocks: [], goodwill: { organizationId: t.world.b.id, lines: [] } });
    expect((await t.call(a.clientUserToken, 'GET', '/api/v1/billing/my-account')).status).toBe(403);
    expect((await t.call(owner(), 'GET', '/api/v1/billing/my-account')).status).toBe(403);
  });
});
