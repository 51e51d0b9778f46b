import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import type { StaffActor } from '../auth/index.js';
import { declareIncident } from './declare-incident.js';

const TARGETS = { P1: { firstResponse: 15, resolution: 240 }, P2: { firstResponse: 60, resolution: 480 }, P3: { firstResponse: 240, resolution: 1440 }, P4: { firstResponse: 480, resolution: 2880 } };

/**
 * Declaring a vendor incident (issue 12, item 2): the blast radius from the dependency records,
 * then a parent incident with a child ticket per impacted client, each holding its workaround
 * checklist, or the client's open ticket attached; per-client workaround states.
 */
describe.each(DIALECTS)('vendor incidents on %s', (dialect) => {
  let t: TestApp;
  let c: string;
  let desktops: string;
  let erp: string;
  const post = (url: string, body: unknown, headers?: Record<string, string>) => t.call(t.world.tokens.technician, 'POST', url, body, headers);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const owner = t.world.tokens.owner;
    c = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Charlie Dental', timeZone: 'Europe/London' })).body.id;
    // a: covered around the clock; b: office hours in Chicago (Monday 08:00 there: not covered yet).
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS })).body.id;
    for (const [org, preset, zone] of [[t.world.a.id, '24x7', 'Europe/London'], [t.world.b.id, 'business-hours', 'America/Chicago']]) {
      const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: `${preset} ${org}`, timeZone: zone, preset })).body.id;
      expect((await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: org, name: `Managed ${preset}`, kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).status).toBe(201);
    }
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    desktops = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    erp = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'ERP hosting' })).body.id;
    const depend = async (body: Record<string, unknown>) => expect((await t.call(owner, 'POST', '/api/v1/dependencies', body)).status).toBe(201);
    await depend({ serviceId: erp, organizationId: t.world.a.id, siteId: t.world.a.siteId, purpose: 'line-of-business app', criticality: 'critical', fallback: 'Paper order forms', workaroundSteps: ['Print the order forms', 'Phone orders to the warehouse'] });
    await depend({ serviceId: desktops, organizationId: t.world.a.id, siteId: t.world.a.siteId, purpose: 'desktops', criticality: 'high', fallback: 'Local laptops', workaroundSteps: ['Hand out the spare laptops', 'Print the order forms'] });
    await depend({ serviceId: desktops, organizationId: t.world.b.id, purpose: 'desktops', criticality: 'normal' });
  });
  afterAll(async () => t?.close());

  const ticket = (token: string, body: Record<string, unknown>) => t.call(token, 'POST', '/api/v1/tickets', body).then((r) => r.body);

  it('lists the impacted clients worst first, with coverage now, checklist and open tickets that mention the vendor or service', async () => {
    const mentioning = await ticket(t.world.tokens.technician, { organizationId: t.world.b.id, subject: 'Cannot reach Northwind Cloud since 9' });
    await ticket(t.world.tokens.technician, { organizationId: t.world.a.id, subject: 'Printer jam' });
    const done = await ticket(t.world.tokens.technician, { organizationId: t.world.b.id, subject: 'Hosted desktops slow' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${done.id}`, { status: 'resolved' });
    const other = await ticket(t.world.tokens.technician, { organizationId: c, subject: 'Northwind Cloud down here too' });

    const preview = await post('/api/v1/incidents/preview', { serviceIds: [desktops, erp] });
    expect(preview.status).toBe(200);
    expect(preview.body.services.map((s: any) => s.name).sort()).toEqual(['ERP hosting', 'Hosted desktops']);
    const [a, b, ...rest] = preview.body.clients;
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ organizationId: t.world.a.id, criticality: 'critical', priority: 'P1', siteId: t.world.a.siteId, fallbacks: ['Paper order forms', 'Local laptops'], workaroundSteps: ['Print the order forms', 'Phone orders to the warehouse', 'Hand out the spare laptops'], coverage: { contract: 'Managed 24x7', coveredNow: true }, matchingTickets: [] });
    expect(a.services.map((s: any) => s.serviceName).sort()).toEqual(['ERP hosting', 'Hosted desktops']);
    expect(b).toMatchObject({ organizationId: t.world.b.id, criticality: 'normal', priority: 'P3', siteId: null, coverage: { contract: 'Managed business-hours', coveredNow: false } });
    // Open only, and only of impacted clients.
    expect(b.matchingTickets).toEqual([{ id: mentioning.id, number: mentioning.number, subject: mentioning.subject, status: 'new' }]);
    expect(JSON.stringify(preview.body)).not.toContain(other.id);

    const erpOnly = await post('/api/v1/incidents/preview', { serviceIds: [erp] });
    expect(erpOnly.body.clients.map((x: any) => x.organizationId)).toEqual([t.world.a.id]);
  });

  it('declares a parent incident with one child ticket per client holding its checklist, attaching the open ticket named', async () => {
    const existing = await ticket(t.world.tokens.technician, { organizationId: t.world.b.id, subject: 'Desktops unreachable' });
    const declared = await post('/api/v1/incidents', { serviceIds: [desktops, erp], title: 'Northwind Cloud outage', summary: 'Northwind’s data centre is down (ransomware).', attachTicketIds: [existing.id] });
    expect(declared.status).toBe(201);
    expect(declared.body).toMatchObject({ title: 'Northwind Cloud outage', status: 'open', clientCount: 2, declaredBy: t.world.staffIds.technician, declaredAt: t.clock.iso() });
    const [a, b] = declared.body.children;
    expect(a).toMatchObject({ organizationId: t.world.a.id, attached: false, criticality: 'critical', workaroundState: 'not_started', workaroundSteps: ['Print the order forms', 'Phone orders to the warehouse', 'Hand out the spare laptops'], ticket: { status: 'new', subject: 'Northwind Cloud outage' } });
    expect(b).toMatchObject({ organizationId: t.world.b.id, attached: true, ticket: { id: existing.id, number: existing.number } });
    // The attached ticket is marked changed, and its history says why (for staff).
    const attached = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${existing.id}`)).body;
    expect(attached.version).toBe(existing.version + 1);
    const history = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${existing.id}/events`)).body.items;
    expect(history.find((e: any) => e.type === 'incident.child')).toMatchObject({ after: { incidentId: declared.body.id, title: 'Northwind Cloud outage', attached: true } });

    const child = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${a.ticket.id}`)).body;
    expect(child).toMatchObject({ organizationId: t.world.a.id, siteId: t.world.a.siteId, priority: 'P1', businessCritical: true, channel: 'incident', tags: ['incident'] });
    // Opened like any ticket: its clocks from the client's round-the-clock contract (P1: first response in 15 minutes).
    expect(child.slaDueAt).toBe(new Date(t.clock.now() + 15 * 60_000).toISOString());
    const description = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${a.ticket.id}/messages`)).body.items[0].body;
    expect(description).toContain('Northwind’s data centre is down (ransomware).');
    expect(description).toContain('- [ ] Print the order forms\n- [ ] Phone orders to the warehouse\n- [ ] Hand out the spare laptops');
    expect(description).toContain('Paper order forms');
    // The child ticket is the client's own: its users see it, without the staff-only incident event.
    const seen = await t.call(t.world.a.clientAdminToken, 'GET', `/api/v1/tickets/${a.ticket.id}/events`);
    expect(JSON.stringify(seen.body)).not.toContain('incident.child');

    const listed = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/incidents')).body.items;
    expect(listed[0]).toMatchObject({ id: declared.body.id, clientCount: 2 });
    expect(listed[0].services.map((s: any) => s.vendorName)).toEqual(['Northwind Cloud', 'Northwind Cloud']);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${declared.body.id}`)).body.children).toHaveLength(2);
  });

  it('records each client’s workaround state and the checklist’s steps done', async () => {
    const declared = (await post('/api/v1/incidents', { serviceIds: [erp], title: 'ERP down', summary: 'ERP hosting unreachable' })).body;
    const patch = (org: string, body: Record<string, unknown>) => t.call(t.world.tokens.technician, 'PATCH', `/api/v1/incidents/${declared.id}/children/${org}`, body);
    expect((await patch(t.world.a.id, { workaroundState: 'in_place' })).body.children[0]).toMatchObject({ organizationId: t.world.a.id, workaroundState: 'in_place', stepsDone: [] });
    // The checklist (two steps) is ticked off as a whole set; the state stays as it was.
    expect((await patch(t.world.a.id, { stepsDone: [1, 0, 1] })).body.children[0]).toMatchObject({ workaroundState: 'in_place', stepsDone: [0, 1] });
    expect((await patch(t.world.a.id, { stepsDone: [0, 2] })).body).toMatchObject({ status: 422, code: 'no_such_step', field: '/stepsDone/1' });
    expect((await patch(t.world.a.id, { workaroundState: 'done' })).body).toMatchObject({ status: 400, field: '/workaroundState' });
    expect((await patch(t.world.a.id, {})).status).toBe(400);
    expect((await patch(t.world.b.id, { workaroundState: 'blocked' })).body).toMatchObject({ status: 404, field: '/organizationId' });
  });

  it('records the vendor’s ticket, who we spoke to and its promise, with the clock against it', async () => {
    const declared = (await post('/api/v1/incidents', { serviceIds: [erp], title: 'ERP down again', summary: 'Unreachable' })).body;
    expect(declared).toMatchObject({ vendorTicket: '', vendorContact: '', vendorPromisedAt: null, vendorPromise: 'none' });
    const promised = new Date(t.clock.now() + 2 * 3_600_000).toISOString();
    const patch = (body: Record<string, unknown>) => t.call(t.world.tokens.technician, 'PATCH', `/api/v1/incidents/${declared.id}`, body);
    const changed = await patch({ vendorTicket: ' NW-CASE-88123 ', vendorContact: 'Priya at the Northwind NOC, 09:10', vendorPromisedAt: promised });
    expect(changed.body).toMatchObject({ vendorTicket: 'NW-CASE-88123', vendorContact: 'Priya at the Northwind NOC, 09:10', vendorPromisedAt: promised, vendorPromise: 'pending', version: declared.version + 1 });
    t.clock.advance(2 * 3_600_000 + 1);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${declared.id}`)).body.vendorPromise).toBe('overdue');
    expect((await patch({ vendorPromisedAt: null })).body).toMatchObject({ vendorPromisedAt: null, vendorPromise: 'none', vendorTicket: 'NW-CASE-88123' });
    expect((await patch({ vendorPromisedAt: 'tomorrow' })).body).toMatchObject({ status: 400, field: '/vendorPromisedAt' });
    expect((await t.call(t.world.tokens.technician, 'PATCH', '/api/v1/incidents/no-such-incident', { vendorTicket: 'x' })).status).toBe(404);
    expect((await t.call(t.world.a.clientAdminToken, 'PATCH', `/api/v1/incidents/${declared.id}`, { vendorTicket: 'x' })).status).toBe(403);
  });

  it('leaves archived clients out, and a client whose site is archived is hit as a whole', async () => {
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Fabrikam Fibre' })).body.id;
    const fibre = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Fibre' })).body.id;
    const gone = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Gone Ltd', timeZone: 'Europe/London' })).body.id;
    const site = (await t.call(owner, 'POST', '/api/v1/sites', { organizationId: c, name: 'Old branch' })).body.id;
    for (const [org, siteId] of [[gone, undefined], [c, site]]) expect((await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: fibre, organizationId: org, siteId })).status).toBe(201);
    expect((await t.call(owner, 'POST', `/api/v1/organizations/${gone}/archive`)).status).toBe(200);
    expect((await t.call(owner, 'POST', `/api/v1/sites/${site}/archive`)).status).toBe(200);
    const preview = (await post('/api/v1/incidents/preview', { serviceIds: [fibre] })).body;
    expect(preview.clients.map((x: any) => [x.organizationId, x.siteId])).toEqual([[c, null]]);
    const declared = await post('/api/v1/incidents', { serviceIds: [fibre], title: 'Fibre cut', summary: 'Dug up' });
    expect(declared.status).toBe(201);
    expect(declared.body.children.map((x: any) => x.organizationId)).toEqual([c]);
  });

  it('refuses unknown services, tickets it cannot attach and services nobody depends on, naming the field', async () => {
    const body = { title: 'X', summary: 'Y' };
    expect((await post('/api/v1/incidents/preview', { serviceIds: [desktops, 'no-such-service'] })).body).toMatchObject({ status: 404, field: '/serviceIds/1' });
    expect((await post('/api/v1/incidents', { ...body, serviceIds: ['no-such-service'] })).body).toMatchObject({ status: 404, field: '/serviceIds/0' });
    const cTicket = await ticket(t.world.tokens.technician, { organizationId: c, subject: 'Other' });
    expect((await post('/api/v1/incidents', { ...body, serviceIds: [desktops], attachTicketIds: [cTicket.id] })).body).toMatchObject({ status: 422, code: 'ticket_not_impacted', field: '/attachTicketIds/0' });
    const b1 = await ticket(t.world.tokens.technician, { organizationId: t.world.b.id, subject: 'One' });
    const b2 = await ticket(t.world.tokens.technician, { organizationId: t.world.b.id, subject: 'Two' });
    expect((await post('/api/v1/incidents', { ...body, serviceIds: [desktops], attachTicketIds: [b1.id, b2.id] })).body).toMatchObject({ status: 422, code: 'client_attached_twice', field: '/attachTicketIds/1' });
    expect((await post('/api/v1/incidents', { ...body, serviceIds: [desktops], attachTicketIds: ['no-such-ticket'] })).body).toMatchObject({ status: 404, field: '/attachTicketIds/0' });
    const vendor = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/vendors', { name: 'Unused Vendor' })).body.id;
    const unused = (await t.call(t.world.tokens.owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Unused' })).body.id;
    expect((await post('/api/v1/incidents', { ...body, serviceIds: [unused] })).body).toMatchObject({ status: 422, code: 'no_impacted_clients', field: '/serviceIds' });
    expect((await post('/api/v1/incidents', { ...body, serviceIds: [] })).body).toMatchObject({ status: 400, field: '/serviceIds' });
  });

  it('answers a retried declaration with the same incident, and refuses its key for another request', async () => {
    const headers = { 'idempotency-key': `declare-${dialect}` };
    const body = { serviceIds: [desktops], title: 'Desktops down', summary: 'Retried' };
    const first = await post('/api/v1/incidents', body, headers);
    const again = await post('/api/v1/incidents', body, headers);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.children.map((x: any) => x.ticket.id)).toEqual(first.body.children.map((x: any) => x.ticket.id));
    expect((await post('/api/v1/incidents', { ...body, title: 'Other' }, headers)).body).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });

  it('finishes a declaration that stopped between chunks when retried with its key, writing each client’s child once', async () => {
    const actor: StaffActor = { kind: 'staff', userId: t.world.staffIds.technician, name: 'Technician', email: 'tech@msp.example', role: 'technician', tier: 1, teamId: null };
    const key = { key: `crash-${dialect}`, hash: 'h' };
    const input = { actor, serviceIds: [desktops], title: 'Stopped midway', summary: 'Chunk by chunk', key };
    const deps = { db: t.sb.database.db, dialect, clock: t.clock, chunkSize: 1 };
    // The node dies after the first chunk committed (its events are published after the commit).
    await expect(declareIncident({ ...deps, publish: () => { throw new Error('killed'); } }, input)).rejects.toThrow('killed');
    const listed = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/incidents')).body.items.find((i: any) => i.title === 'Stopped midway');
    expect(listed.status).toBe('declaring');
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${listed.id}`)).body.children).toHaveLength(1);

    const finished = await declareIncident({ ...deps, publish: () => undefined }, input);
    expect(finished).toMatchObject({ replayed: false, incident: { id: listed.id, status: 'open' } });
    const children = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${listed.id}`)).body.children;
    expect(children.map((x: any) => x.organizationId).sort()).toEqual([t.world.a.id, t.world.b.id].sort());
    expect(new Set(children.map((x: any) => x.ticket.id)).size).toBe(2);
  });

  it('finishes a declaration without a key that died, when the same person sends the same declaration a minute later', async () => {
    const actor: StaffActor = { kind: 'staff', userId: t.world.staffIds.technician, name: 'Technician', email: 'tech@msp.example', role: 'technician', tier: 1, teamId: null };
    const input = { actor, serviceIds: [desktops], title: 'Died without a key', summary: 'Chunk by chunk', requestHash: `same-${dialect}` };
    const deps = { db: t.sb.database.db, dialect, clock: t.clock, chunkSize: 1 };
    await expect(declareIncident({ ...deps, publish: () => { throw new Error('killed'); } }, input)).rejects.toThrow('killed');
    const died = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/incidents')).body.items.find((i: any) => i.title === 'Died without a key');
    expect(died.status).toBe('declaring');

    // Another person's, or another declaration, is no repeat; within a minute the first may still be running.
    t.clock.advance(30_000);
    const early = await declareIncident({ ...deps, publish: () => undefined }, input);
    expect(early.incident.id).not.toBe(died.id);
    t.clock.advance(31_000);
    const other = await declareIncident({ ...deps, publish: () => undefined }, { ...input, requestHash: 'another' });
    expect(other.incident.id).not.toBe(died.id);
    const finished = await declareIncident({ ...deps, publish: () => undefined }, input);
    expect(finished.incident).toMatchObject({ id: died.id, status: 'open' });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/incidents/${died.id}`)).body.children).toHaveLength(2);
  });

  it('gives client users nothing', async () => {
    const some = (await t.call(t.world.tokens.technician, 'GET', '/api/v1/incidents')).body.items[0].id;
    for (const token of [t.world.a.clientAdminToken, t.world.a.clientUserToken]) {
      expect((await t.call(token, 'GET', '/api/v1/incidents')).status).toBe(403);
      expect((await t.call(token, 'GET', `/api/v1/incidents/${some}`)).status).toBe(403);
      expect((await t.call(token, 'POST', '/api/v1/incidents/preview', { serviceIds: [desktops] })).status).toBe(403);
      expect((await t.call(token, 'POST', '/api/v1/incidents', { serviceIds: [desktops], title: 'x', summary: 'y' })).status).toBe(403);
    }
  });
});
