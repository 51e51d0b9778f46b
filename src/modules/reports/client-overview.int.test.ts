import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';

/** The client list's figures: open tickets, breaches, the active contract, sites and contacts. */
describe.each(DIALECTS)('the client overview on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'UTC', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Old terms', kind: 'block_hours', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    t.clock.advance(60_000);
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed IT', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await t.call(owner, 'PATCH', `/api/v1/organizations/${t.world.a.id}`, { accountManagerId: t.world.staffIds.manager });
  });
  afterAll(async () => t?.close());

  const open = async (organizationId: string, subject: string, priority: string) =>
    (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId, subject, priority })).body;
  const overview = async (query = '') => (await t.call(owner, 'GET', `/api/v1/client-overview${query}`)).body;

  it('counts open and breached tickets per client, with its active contract, account manager, sites and contacts', async () => {
    const { a, b } = t.world;
    await open(a.id, 'Server down', 'P1'); // first response due in 15 min
    await open(a.id, 'New laptop', 'P4');
    const done = await open(a.id, 'Password reset', 'P3');
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${done.id}`, { status: 'resolved' });
    await open(b.id, 'Printer', 'P2'); // no contract: no clocks, never breached
    t.clock.advance(20 * 60_000);

    const page = await overview();
    expect(page.items.map((c: { name: string }) => c.name)).toEqual(['alpha Ltd', 'bravo Ltd']);
    expect(page.items[0]).toMatchObject({
      id: a.id,
      openTickets: 2,
      breachedTickets: 1,
      contract: { name: 'Managed IT', kind: 'managed' },
      accountManager: { id: t.world.staffIds.manager, name: 'The service_manager' },
      sites: 1,
      contacts: 2,
      archivedAt: null,
    });
    expect(page.items[1]).toMatchObject({ id: b.id, openTickets: 1, breachedTickets: 0, contract: null, accountManager: null });

    // A missed clock still counts once the ticket has been answered late: the breach happened.
    const ticket = (await t.call(owner, 'GET', `/api/v1/tickets?organizationId=${a.id}&priority=P1`)).body.items[0];
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'On it' });
    expect((await overview()).items[0].breachedTickets).toBe(1);
  });

  it('searches by name, pages by name, and leaves archived clients out unless asked', async () => {
    const { a, b } = t.world;
    expect((await overview('?q=brav')).items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    const first = await overview('?limit=1');
    expect(first.items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    expect((await overview(`?limit=1&cursor=${first.nextCursor}`)).items.map((c: { id: string }) => c.id)).toEqual([b.id]);
    await t.call(owner, 'POST', `/api/v1/organizations/${b.id}/archive`);
    expect((await overview()).items.map((c: { id: string }) => c.id)).toEqual([a.id]);
    const all = await overview('?includeArchived=true');
    expect(all.items.map((c: { id: string; archivedAt: string | null }) => [c.id, c.archivedAt !== null])).toEqual([[a.id, false], [b.id, true]]);
    await t.call(owner, 'POST', `/api/v1/organizations/${b.id}/restore`);
  });

  it('is for staff only', async () => {
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/client-overview')).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/client-overview')).status).toBe(200);
  });
});
