import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { alertmanagerGroup, makeSource, send, uptimeKuma } from '../../../test/support/alerts.js';
import { DIALECTS } from '../../../test/support/db.js';

/**
 * Many clients alerting with the same signature within a short window are proposed as one
 * suspected incident, listing the affected clients with their alerts and tickets.
 */
describe.each(DIALECTS)('suspected incidents on %s', (dialect) => {
  let t: TestApp;
  let clients: string[];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const more = [];
    for (const name of ['Charlie Dental', 'Delta Freight']) more.push((await t.call(t.world.tokens.owner, 'POST', '/api/v1/organizations', { name, timeZone: 'Europe/London' })).body.id);
    clients = [t.world.a.id, t.world.b.id, ...more];
  });
  afterAll(async () => t?.close());

  const proposals = async (query = '') => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/suspected-incidents${query}`)).body.items;

  it('proposes one incident when a third client’s monitor of the same service goes down within the window, and adds later clients to it', async () => {
    const kuma = await makeSource(t, { format: 'uptime-kuma', clientMap: { alpha: clients[0], bravo: clients[1], charlie: clients[2], delta: clients[3] } });
    const down = (id: number, client: string) => send(t, kuma, uptimeKuma(0, { id, name: `M365 for ${client}`, url: 'https://outlook.office365.com/owa/', tags: [{ name: 'client', value: client }] }));
    const first = await down(1, 'alpha');
    t.clock.advance(4 * 60_000);
    await down(2, 'bravo');
    expect(await proposals()).toEqual([]);
    t.clock.advance(4 * 60_000);
    const third = await down(3, 'charlie');
    const [proposal] = await proposals();
    expect(proposal).toMatchObject({ signature: 'target:outlook.office365.com', status: 'proposed', clientCount: 3, firstAlertAt: new Date(t.clock.now() - 8 * 60_000).toISOString() });
    expect(proposal.clients.map((c: any) => c.organizationId)).toEqual(clients.slice(0, 3));
    expect(proposal.clients[0]).toMatchObject({ alertId: first.body.alerts[0].alertId, ticketId: first.body.alerts[0].ticketId, state: 'firing' });
    expect(proposal.clients[2].ticketId).toBe(third.body.alerts[0].ticketId);
    // Each client still has its own ticket; the proposal only groups them.
    expect(new Set(proposal.clients.map((c: any) => c.ticketId)).size).toBe(3);

    t.clock.advance(5 * 60_000);
    await down(4, 'delta');
    // A repeat is no new onset and changes nothing.
    await down(4, 'delta');
    const [grown] = await proposals('?status=proposed');
    expect(grown).toMatchObject({ id: proposal.id, clientCount: 4, lastAlertAt: t.clock.iso() });
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/suspected-incidents/${proposal.id}`)).body.clients).toHaveLength(4);

    const dismissed = await t.call(t.world.tokens.technician, 'POST', `/api/v1/suspected-incidents/${proposal.id}/dismiss`);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', dismissedBy: t.world.staffIds.technician, dismissedAt: t.clock.iso() });
    expect((await t.call(t.world.tokens.technician, 'POST', `/api/v1/suspected-incidents/${proposal.id}/dismiss`)).body).toMatchObject({ status: 409, code: 'not_proposed' });
    expect(await proposals('?status=proposed')).toEqual([]);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/suspected-incidents')).status).toBe(403);
  });

  it('proposes nothing for clients alerting further apart than the window, or for one client’s many alerts', async () => {
    const am = await makeSource(t, { format: 'alertmanager', clientMap: { alpha: clients[0], bravo: clients[1], charlie: clients[2] } });
    const fire = (client: string, instance: string) => send(t, am, alertmanagerGroup('firing', [{ name: 'CertificateExpiring', instance, client }]));
    await fire('alpha', 'a:443');
    await fire('alpha', 'b:443');
    await fire('alpha', 'c:443');
    t.clock.advance(16 * 60_000);
    await fire('bravo', 'd:443');
    t.clock.advance(16 * 60_000);
    await fire('charlie', 'e:443');
    expect((await proposals()).filter((p: any) => p.signature === 'CertificateExpiring')).toEqual([]);
  });
});
