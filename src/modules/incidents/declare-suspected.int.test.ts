import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { makeSource, send, uptimeKuma } from '../../../test/support/alerts.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * A suspected incident of the alerts module declared in one click (issue 12, item 7): each of its
 * clients' open alert tickets becomes that client's child, a client whose alert ticket was resolved
 * gets a new child, services named too bring their dependants, and the suspicion is `declared`,
 * linking the incident.
 */
describe.each(DIALECTS)('declaring a suspected incident on %s', (dialect) => {
  let t: TestApp;
  let clients: string[];
  const tech = () => t.world.tokens.technician;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const more = [];
    for (const name of ['Charlie Dental', 'Delta Freight']) more.push((await t.call(t.world.tokens.owner, 'POST', '/api/v1/organizations', { name, timeZone: 'Europe/London' })).body.id);
    clients = [t.world.a.id, t.world.b.id, ...more];
  });
  afterAll(async () => t?.close());

  /** Three clients' monitors of one host go down within the window: one proposal. */
  const propose = async (host: string, names = ['alpha', 'bravo', 'charlie']) => {
    const kuma = await makeSource(t, { format: 'uptime-kuma', clientMap: { alpha: clients[0], bravo: clients[1], charlie: clients[2], delta: clients[3] } });
    const tickets: string[] = [];
    for (const [i, client] of names.entries()) {
      const r = await send(t, kuma, uptimeKuma(0, { id: 100 + i + host.length * 10, name: `${host} for ${client}`, url: `https://${host}/`, tags: [{ name: 'client', value: client }] }));
      tickets.push(r.body.alerts[0].ticketId);
    }
    const [proposal] = (await t.call(tech(), 'GET', '/api/v1/suspected-incidents?status=proposed')).body.items.filter((p: any) => p.signature === `target:${host}`);
    return { proposal, tickets };
  };

  it('declares the proposal with its clients’ alert tickets as the children and marks it declared', async () => {
    const { proposal, tickets } = await propose('erp.northwind.example');
    // Client b's ticket was resolved by hand: it is not attached, b gets a new child.
    expect((await t.call(tech(), 'PATCH', `/api/v1/tickets/${tickets[1]}`, { status: 'resolved' })).status).toBe(200);
    const declared = await t.call(tech(), 'POST', `/api/v1/suspected-incidents/${proposal.id}/declare`, {});
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    expect(declared.body).toMatchObject({ title: 'Suspected incident: target:erp.northwind.example', status: 'open', clientCount: 3 });
    const byClient = new Map(declared.body.children.map((c: any) => [c.organizationId, c]));
    expect(byClient.get(clients[0])).toMatchObject({ attached: true, ticket: { id: tickets[0] } });
    expect(byClient.get(clients[2])).toMatchObject({ attached: true, ticket: { id: tickets[2] } });
    expect(byClient.get(clients[1])).toMatchObject({ attached: false, criticality: 'normal' });
    expect((byClient.get(clients[1]) as any).ticket.id).not.toBe(tickets[1]);

    const after = (await t.call(tech(), 'GET', `/api/v1/suspected-incidents/${proposal.id}`)).body;
    expect(after).toMatchObject({ status: 'declared', incidentId: declared.body.id, declaredBy: t.world.staffIds.technician, declaredAt: t.clock.iso() });
    // A second click answers the same incident; the proposal can no longer be dismissed.
    const again = await t.call(tech(), 'POST', `/api/v1/suspected-incidents/${proposal.id}/declare`, {});
    expect(again.body.id).toBe(declared.body.id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await t.call(tech(), 'POST', `/api/v1/suspected-incidents/${proposal.id}/dismiss`)).body.code).toBe('not_proposed');
    expect((await t.call(t.world.a.clientAdminToken, 'POST', `/api/v1/suspected-incidents/${proposal.id}/declare`, {})).status).toBe(403);
  });

  it('adds the clients depending on the services named, with the title given', async () => {
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Contoso Hosting' })).body.id;
    const service = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Mail relay' })).body.id;
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: clients[3], criticality: 'critical', workaroundSteps: ['Use webmail'] });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: service, organizationId: clients[0], criticality: 'high' });
    const { proposal } = await propose('relay.contoso.example');
    const declared = await t.call(tech(), 'POST', `/api/v1/suspected-incidents/${proposal.id}/declare`, { title: 'Contoso mail relay down', serviceIds: [service] });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    expect(declared.body).toMatchObject({ title: 'Contoso mail relay down', clientCount: 4, services: [{ id: service, name: 'Mail relay' }] });
    const byClient = new Map(declared.body.children.map((c: any) => [c.organizationId, c]));
    expect(byClient.get(clients[3])).toMatchObject({ attached: false, criticality: 'critical', workaroundSteps: ['Use webmail'] });
    // A client both alerting and depending: its criticality from the dependency, its alert ticket attached.
    expect(byClient.get(clients[0])).toMatchObject({ attached: true, criticality: 'high' });
    expect((await t.call(tech(), 'POST', '/api/v1/suspected-incidents/no-such/declare', {})).status).toBe(404);
  });
});
