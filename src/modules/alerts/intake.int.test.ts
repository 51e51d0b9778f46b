import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { alertmanagerGroup, genericAlert, makeSource, ninjaCondition, send, uptimeKuma } from '../../../test/support/alerts.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Each format's payload, as its sender posts it, becomes tickets; repeats fold; recoveries resolve. */
describe.each(DIALECTS)('receiving alerts on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const ticket = async (id: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${id}`)).body;
  const events = async (id: string) => (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${id}/events?limit=200`)).body.items as { type: string; field: string | null; after: any }[];

  it('opens one ticket for a generic alert and folds its repeats into it, counting them', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id });
    const first = await send(t, source, genericAlert());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: 1, ignored: 0, alerts: [{ action: 'opened', state: 'firing', flapping: false }] });
    const ticketId = first.body.alerts[0].ticketId;
    expect(await ticket(ticketId)).toMatchObject({ subject: 'Disk almost full on db-01', priority: 'P1', channel: 'monitoring', organizationId: t.world.a.id, status: 'new', tags: ['monitoring', 'generic'] });
    for (let i = 0; i < 4; i += 1) {
      t.clock.advance(60_000);
      const again = await send(t, source, genericAlert());
      expect(again.body.alerts[0]).toMatchObject({ action: 'folded', ticketId });
    }
    const alert = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/alerts/${first.body.alerts[0].alertId}`)).body;
    expect(alert).toMatchObject({ count: 5, state: 'firing', ticketId, dedupeKey: 'db-01/disk', lastSeenAt: t.clock.iso() });
    // Four repeats within ten minutes: no fold event yet (rate-limited); eleven minutes on, one with the count.
    expect((await events(ticketId)).filter((e) => e.type === 'alert.repeated')).toEqual([]);
    t.clock.advance(11 * 60_000);
    await send(t, source, genericAlert());
    const repeated = (await events(ticketId)).filter((e) => e.type === 'alert.repeated');
    expect(repeated.map((e) => e.after)).toEqual([expect.objectContaining({ count: 6, repeats: 5 })]);
    const tickets = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets?organizationId=${t.world.a.id}&limit=200`)).body.items.filter((x: any) => x.channel === 'monitoring' && x.subject.includes('db-01'));
    expect(tickets).toHaveLength(1);
  });

  it('resolves the ticket on recovery, and reopens it when the alert fires again', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id });
    const key = 'web-01/http';
    const opened = await send(t, source, genericAlert({ key, summary: 'Website down' }));
    const ticketId = opened.body.alerts[0].ticketId;
    const recovered = await send(t, source, genericAlert({ key, summary: 'Website up', status: 'resolved' }));
    expect(recovered.body.alerts[0]).toMatchObject({ action: 'resolved', state: 'resolved', ticketId });
    expect((await ticket(ticketId)).status).toBe('resolved');
    expect((await events(ticketId)).map((e) => e.type)).toEqual(expect.arrayContaining(['alert.recovered']));
    const again = await send(t, source, genericAlert({ key, summary: 'Website down' }));
    expect(again.body.alerts[0]).toMatchObject({ action: 'reopened', ticketId });
    expect((await ticket(ticketId)).status).toBe('open');
    // Closed by a person, the next firing opens a new ticket.
    expect((await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticketId}`, { status: 'closed' })).status).toBe(200);
    await send(t, source, genericAlert({ key, status: 'resolved', summary: 'Website up' }));
    const fresh = await send(t, source, genericAlert({ key, summary: 'Website down' }));
    expect(fresh.body.alerts[0].action).toBe('opened');
    expect(fresh.body.alerts[0].ticketId).not.toBe(ticketId);
  });

  it('keeps the ticket open on recovery when the source says recoveries only record', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id, resolveOnRecovery: false });
    const opened = await send(t, source, genericAlert({ key: 'ups' }));
    const recovered = await send(t, source, genericAlert({ key: 'ups', status: 'resolved' }));
    expect(recovered.body.alerts[0]).toMatchObject({ action: 'recovered', state: 'resolved' });
    expect((await ticket(opened.body.alerts[0].ticketId)).status).toBe('new');
  });

  it('folds an Alertmanager group by fingerprint, one ticket per alert, with the priority of its severity', async () => {
    const source = await makeSource(t, { format: 'alertmanager', organizationId: t.world.b.id, severityMap: { page: 'P1' } });
    const group = alertmanagerGroup('firing', [
      { name: 'InstanceDown', instance: 'app-1:9100', severity: 'warning' },
      { name: 'InstanceDown', instance: 'app-2:9100', severity: 'page' },
    ]);
    const r = await send(t, source, group);
    expect(r.status).toBe(200);
    expect(r.body.alerts.map((a: any) => a.action)).toEqual(['opened', 'opened']);
    const [one, two] = await Promise.all(r.body.alerts.map((a: any) => ticket(a.ticketId)));
    expect([one.priority, two.priority]).toEqual(['P3', 'P1']);
    expect(one.subject).toBe('app-1:9100 of job node has been down for more than 5 minutes.');
    const repeat = await send(t, source, group);
    expect(repeat.body.alerts.map((a: any) => a.action)).toEqual(['folded', 'folded']);
    const resolved = await send(t, source, alertmanagerGroup('resolved', [{ name: 'InstanceDown', instance: 'app-1:9100', severity: 'warning' }]));
    expect(resolved.body.alerts[0]).toMatchObject({ action: 'resolved', ticketId: one.id });
    const messages = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${one.id}/messages`)).body.items;
    expect(messages[0].body).toContain('instance: app-1:9100');
    expect(messages[0].body).toContain('Source: Prometheus Alertmanager source');
  });

  it('reads Uptime Kuma: down fires, up recovers, pending and the Test button are answered and ignored', async () => {
    const source = await makeSource(t, { format: 'uptime-kuma', organizationId: t.world.a.id, defaultPriority: 'P2' });
    const monitor = { id: 7, name: 'Client portal', url: 'https://portal.alpha.example/login' };
    const down = await send(t, source, uptimeKuma(0, monitor));
    expect(down.body.alerts[0]).toMatchObject({ action: 'opened', dedupeKey: 'monitor:7' });
    expect(await ticket(down.body.alerts[0].ticketId)).toMatchObject({ subject: 'Client portal is down', priority: 'P2' });
    expect((await send(t, source, uptimeKuma(2, monitor))).body).toEqual({ received: 0, ignored: 1, alerts: [] });
    expect((await send(t, source, { heartbeat: null, monitor: null, msg: 'Uptime Kuma Webhook Testing' })).body).toEqual({ received: 0, ignored: 1, alerts: [] });
    const up = await send(t, source, uptimeKuma(1, monitor));
    expect(up.body.alerts[0]).toMatchObject({ action: 'resolved', ticketId: down.body.alerts[0].ticketId });
    const alert = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/alerts/${down.body.alerts[0].alertId}`)).body;
    expect(alert).toMatchObject({ signature: 'target:portal.alpha.example', count: 2 });
  });

  it('reads NinjaOne condition activities by device and condition, mapping the client from its organisation id', async () => {
    const source = await makeSource(t, { format: 'ninjaone', clientMap: { '41': t.world.a.id, '42': t.world.b.id } });
    const device = { id: 9, organizationId: 42, name: 'BRAVO-SRV01' };
    const triggered = await send(t, source, ninjaCondition('TRIGGERED', device));
    expect(triggered.body.alerts[0]).toMatchObject({ action: 'opened', dedupeKey: 'device:9/condition:205b85b2-8a12-4123-834f-164be08b3314' });
    expect(await ticket(triggered.body.alerts[0].ticketId)).toMatchObject({ organizationId: t.world.b.id, priority: 'P2', subject: 'Memory Utilization is greater than or equal to 80% for 5 minutes on BRAVO-SRV01' });
    const script = { ...ninjaCondition('TRIGGERED', device), activityType: 'ACTIONSET', statusCode: 'COMPLETED' };
    expect((await send(t, source, script)).body).toMatchObject({ received: 0, ignored: 1 });
    const reset = await send(t, source, ninjaCondition('RESET', device));
    expect(reset.body.alerts[0]).toMatchObject({ action: 'resolved' });
    const unmapped = await send(t, source, ninjaCondition('TRIGGERED', { ...device, organizationId: 99 }));
    expect(unmapped.status).toBe(422);
    expect(unmapped.body).toMatchObject({ code: 'unknown_client', field: '/device/organizationId' });
  });

  it('maps an MSP-wide Alertmanager source’s client by label, and falls back when it says so', async () => {
    const strict = await makeSource(t, { format: 'alertmanager', clientLabel: 'customer', clientMap: { alpha: t.world.a.id } });
    const ok = await send(t, strict, { ...alertmanagerGroup('firing', [{ name: 'HighLoad', instance: 'x:1' }]), commonLabels: { customer: 'alpha' } });
    expect(await ticket(ok.body.alerts[0].ticketId)).toMatchObject({ organizationId: t.world.a.id });
    const unknown = await send(t, strict, alertmanagerGroup('firing', [{ name: 'HighLoad', instance: 'y:1' }]));
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'unknown_client', field: '/alerts/0/labels/customer' });
    const lenient = await makeSource(t, { format: 'alertmanager', clientMap: { alpha: t.world.a.id }, fallbackOrganizationId: t.world.b.id });
    const fallen = await send(t, lenient, alertmanagerGroup('firing', [{ name: 'HighLoad', instance: 'z:1', client: 'gamma' }]));
    expect(await ticket(fallen.body.alerts[0].ticketId)).toMatchObject({ organizationId: t.world.b.id });
  });
});
