import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * Vendors, their services and clients' dependencies on them, through the API: kept by owners,
 * admins and service managers, read by staff, invisible to client users.
 */
describe.each(DIALECTS)('vendors and dependencies on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const vendor = async (name: string, extra: Record<string, unknown> = {}) => t.call(t.world.tokens.manager, 'POST', '/api/v1/vendors', { name, ...extra });

  it('records a vendor with its support contacts, portal and account numbers, and its services', async () => {
    const made = await vendor('Northwind Cloud', {
      portalUrl: 'https://support.northwind.example/tickets',
      supportContacts: [{ name: 'Vendor NOC', role: '24x7 desk', phone: '+1 800 555 0100', email: 'noc@northwind.example' }],
      accountNumbers: [{ label: 'MSP partner', number: 'NW-77812' }],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'Northwind Cloud', portalUrl: 'https://support.northwind.example/tickets', services: [], version: 1 });
    expect(made.body.supportContacts).toEqual([{ name: 'Vendor NOC', role: '24x7 desk', phone: '+1 800 555 0100', email: 'noc@northwind.example' }]);

    const service = await t.call(t.world.tokens.manager, 'POST', `/api/v1/vendors/${made.body.id}/services`, { name: 'Hosted desktops', description: 'RDS farm' });
    expect(service.status).toBe(201);
    expect(service.body).toMatchObject({ vendorId: made.body.id, name: 'Hosted desktops', description: 'RDS farm' });
    const again = await t.call(t.world.tokens.manager, 'POST', `/api/v1/vendors/${made.body.id}/services`, { name: 'Hosted desktops' });
    expect(again.body).toMatchObject({ status: 409, code: 'service_name_taken', field: '/name' });

    const read = await t.call(t.world.tokens.technician, 'GET', `/api/v1/vendors/${made.body.id}`);
    expect(read.body.services.map((s: any) => s.name)).toEqual(['Hosted desktops']);
    const renamed = await t.call(t.world.tokens.admin, 'PATCH', `/api/v1/vendor-services/${service.body.id}`, { name: 'Hosted desktops (EU)' });
    expect(renamed.body).toMatchObject({ name: 'Hosted desktops (EU)', version: 2 });
    const changed = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/vendors/${made.body.id}`, { accountNumbers: [{ label: 'Partner', number: 'NW-1' }] });
    expect(changed.body).toMatchObject({ version: 2, accountNumbers: [{ label: 'Partner', number: 'NW-1' }], services: [{ name: 'Hosted desktops (EU)' }] });
  });

  it('refuses a taken name, a portal that is not an http(s) address, and writes by technicians', async () => {
    await vendor('Contoso Backup');
    expect((await vendor('Contoso Backup')).body).toMatchObject({ status: 409, code: 'vendor_name_taken', field: '/name' });
    expect((await vendor('Fabrikam', { portalUrl: 'javascript:alert(1)' })).body).toMatchObject({ status: 422, code: 'invalid_url', field: '/portalUrl' });
    expect((await vendor('Fabrikam', { portalUrl: 'not a url' })).body).toMatchObject({ status: 422, code: 'invalid_url', field: '/portalUrl' });
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/vendors', { name: 'Tech made' })).status).toBe(403);
  });

  it('pages vendors by name with signed cursors', async () => {
    for (const name of ['Page A', 'Page B', 'Page C']) await vendor(name);
    const first = await t.call(t.world.tokens.technician, 'GET', '/api/v1/vendors?limit=2');
    expect(first.body.items).toHaveLength(2);
    const names: string[] = first.body.items.map((v: any) => v.name);
    let cursor = first.body.nextCursor;
    while (cursor) {
      const next = await t.call(t.world.tokens.technician, 'GET', `/api/v1/vendors?limit=2&cursor=${encodeURIComponent(cursor)}`);
      names.push(...next.body.items.map((v: any) => v.name));
      cursor = next.body.nextCursor;
    }
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Page A', 'Page B', 'Page C']));
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/vendors?cursor=forged.cursor')).body).toMatchObject({ status: 400, code: 'invalid_cursor' });
  });

  it('records which client and site depend on a service, for what, how critically and with which fallback', async () => {
    const v = (await vendor('Tailspin Hosting')).body;
    const s = (await t.call(t.world.tokens.manager, 'POST', `/api/v1/vendors/${v.id}/services`, { name: 'ERP hosting' })).body;
    const made = await t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', {
      serviceId: s.id,
      organizationId: t.world.a.id,
      siteId: t.world.a.siteId,
      purpose: 'line-of-business app',
      criticality: 'critical',
      fallback: 'Paper order forms, keyed in later',
      workaroundSteps: [' Print the order forms ', 'Phone orders to the warehouse', '', 'Print the order forms'],
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ serviceId: s.id, organizationId: t.world.a.id, siteId: t.world.a.siteId, criticality: 'critical', workaroundSteps: ['Print the order forms', 'Phone orders to the warehouse'] });
    // The client as a whole is a record of its own; the same site twice is not.
    t.clock.advance(1000);
    const whole = await t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', { serviceId: s.id, organizationId: t.world.a.id, purpose: 'email' });
    expect(whole.body).toMatchObject({ siteId: null, criticality: 'normal', workaroundSteps: [] });
    expect((await t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', { serviceId: s.id, organizationId: t.world.a.id })).body).toMatchObject({ status: 409, code: 'dependency_exists' });
    expect((await t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', { serviceId: s.id, organizationId: t.world.a.id, siteId: t.world.a.siteId })).body).toMatchObject({ status: 409, code: 'dependency_exists' });

    const listed = await t.call(t.world.tokens.technician, 'GET', `/api/v1/dependencies?serviceId=${s.id}`);
    expect(listed.body.items.map((d: any) => d.id)).toEqual([made.body.id, whole.body.id]);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/dependencies?organizationId=${t.world.b.id}&serviceId=${s.id}`)).body.items).toEqual([]);

    const changed = await t.call(t.world.tokens.manager, 'PATCH', `/api/v1/dependencies/${whole.body.id}`, { criticality: 'low', workaroundSteps: ['Use webmail'] });
    expect(changed.body).toMatchObject({ criticality: 'low', workaroundSteps: ['Use webmail'], version: 2 });
    expect((await t.call(t.world.tokens.manager, 'DELETE', `/api/v1/dependencies/${whole.body.id}`)).status).toBe(204);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/dependencies/${whole.body.id}`)).status).toBe(404);
  });

  it('refuses a missing service, client, another client’s site and an unknown criticality, naming the field', async () => {
    const v = (await vendor('Wingtip Lines')).body;
    const s = (await t.call(t.world.tokens.manager, 'POST', `/api/v1/vendors/${v.id}/services`, { name: 'Leased line' })).body;
    const post = (body: Record<string, unknown>) => t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', body);
    expect((await post({ serviceId: 'no-such-service', organizationId: t.world.a.id })).body).toMatchObject({ status: 404, field: '/serviceId' });
    expect((await post({ serviceId: s.id, organizationId: 'no-such-client' })).body).toMatchObject({ status: 404, field: '/organizationId' });
    expect((await post({ serviceId: s.id, organizationId: t.world.a.id, siteId: t.world.b.siteId })).body).toMatchObject({ status: 404, field: '/siteId' });
    expect((await post({ serviceId: s.id, organizationId: t.world.a.id, criticality: 'urgent' })).body).toMatchObject({ status: 400, field: '/criticality' });
  });

  it('gives client users nothing and lets only managers write', async () => {
    const v = (await vendor('Adventure Works DNS')).body;
    const s = (await t.call(t.world.tokens.manager, 'POST', `/api/v1/vendors/${v.id}/services`, { name: 'DNS' })).body;
    const d = (await t.call(t.world.tokens.manager, 'POST', '/api/v1/dependencies', { serviceId: s.id, organizationId: t.world.a.id })).body;
    for (const token of [t.world.a.clientAdminToken, t.world.a.clientUserToken]) {
      for (const url of ['/api/v1/vendors', `/api/v1/vendors/${v.id}`, '/api/v1/dependencies', `/api/v1/dependencies/${d.id}`]) expect((await t.call(token, 'GET', url)).status).toBe(403);
    }
    expect((await t.call(t.world.tokens.technician, 'POST', '/api/v1/dependencies', { serviceId: s.id, organizationId: t.world.b.id })).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/dependencies/${d.id}`, { criticality: 'high' })).status).toBe(403);
    expect((await t.call(t.world.tokens.technician, 'DELETE', `/api/v1/dependencies/${d.id}`)).status).toBe(403);
  });
});
