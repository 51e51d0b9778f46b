import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { alertmanagerGroup, genericAlert, makeSource, send, uptimeKuma } from '../../../test/support/alerts.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Each source has its own token, shown once, stored hashed; bad payloads get a 4xx with a code and field. */
describe.each(DIALECTS)('alert source tokens and bad payloads on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  // Every ticket, whatever its status, counted through the API (the tickets table is the tickets module's).
  const count = async () => {
    const n = (await t.call(t.world.tokens.owner, 'POST', '/api/v1/tickets/counts', { queries: [{ status: 'new,open,waiting_on_client,waiting_on_vendor,resolved,closed' }] })).body.counts?.[0];
    expect(n).toEqual(expect.any(Number));
    return n as number;
  };

  it('shows a source’s token once, keeps only its hash, and lets only owners and admins make sources', async () => {
    const made = await t.call(t.world.tokens.admin, 'POST', '/api/v1/alert-sources', { name: 'Prod Alertmanager', format: 'alertmanager', organizationId: t.world.a.id });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^sba_[A-Za-z0-9_-]{43}$/);
    expect(made.body).toMatchObject({ path: '/api/v1/alerts/inbound/alertmanager', tokenPrefix: made.body.token.slice(0, 12), resolveOnRecovery: true, flapChanges: 4, flapWindowMinutes: 30 });
    const read = await t.call(t.world.tokens.technician, 'GET', `/api/v1/alert-sources/${made.body.id}`);
    expect(read.status).toBe(200);
    expect(JSON.stringify(read.body)).not.toContain(made.body.token);
    const stored = JSON.stringify(await t.sb.database.db.withTables<{ alert_sources: { id: string } }>().selectFrom('alert_sources').selectAll().execute());
    expect(stored).not.toContain(made.body.token);
    for (const token of [t.world.tokens.technician, t.world.tokens.manager, t.world.a.clientAdminToken]) {
      expect((await t.call(token, 'POST', '/api/v1/alert-sources', { name: 'Nope', format: 'generic', organizationId: t.world.a.id })).status).toBe(403);
    }
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/alert-sources')).status).toBe(403);
    const twin = await t.call(t.world.tokens.owner, 'POST', '/api/v1/alert-sources', { name: 'Prod Alertmanager', format: 'generic', organizationId: t.world.a.id });
    expect(twin.body).toMatchObject({ status: 409, code: 'alert_source_name_taken', field: '/name' });
  });

  it('refuses alerts without a token, with another source’s or a user’s token, to a disabled source or to the wrong format', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id });
    const before = await count();
    const none = await t.call(null, 'POST', source.path, genericAlert());
    expect(none.body).toMatchObject({ status: 401, code: 'authentication_required' });
    expect((await t.call(t.world.tokens.owner, 'POST', source.path, genericAlert())).body).toMatchObject({ status: 401, code: 'invalid_token' });
    const kuma = await makeSource(t, { format: 'uptime-kuma', organizationId: t.world.a.id });
    const wrong = await t.call(kuma.token, 'POST', source.path, genericAlert());
    expect(wrong.body).toMatchObject({ status: 422, code: 'wrong_alert_format', details: { format: 'uptime-kuma' } });
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/alert-sources/${source.id}`, { enabled: false })).status).toBe(200);
    expect((await send(t, source, genericAlert())).body).toMatchObject({ status: 409, code: 'alert_source_disabled' });
    expect(await count()).toBe(before);
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/alert-sources/${source.id}`, { enabled: true })).status).toBe(200);
    // HTTP Basic with the token as the password, for senders that only do Basic.
    const basic = await t.call(null, 'POST', source.path, genericAlert({ key: 'basic' }), { authorization: `Basic ${Buffer.from(`switchboard:${source.token}`).toString('base64')}` });
    expect(basic.body.alerts[0].action).toBe('opened');
  });

  it('stops the old token at once when a source gets a new one', async () => {
    const source = await makeSource(t, { format: 'generic', organizationId: t.world.a.id });
    expect((await send(t, source, genericAlert({ key: 'rotate' }))).status).toBe(200);
    const rotated = await t.call(t.world.tokens.owner, 'POST', `/api/v1/alert-sources/${source.id}/token`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.token).not.toBe(source.token);
    expect((await send(t, source, genericAlert({ key: 'rotate' }))).body.code).toBe('invalid_token');
    expect((await send(t, { ...source, token: rotated.body.token }, genericAlert({ key: 'rotate' }))).body.alerts[0].action).toBe('folded');
    const audit = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/audit?limit=200')).body.items.map((e: any) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['alert_source.created', 'alert_source.token_rotated']));
  });

  it('answers bad payloads with a 4xx problem naming the code and field, and stores nothing', async () => {
    const generic = await makeSource(t, { format: 'generic', organizationId: t.world.a.id });
    const am = await makeSource(t, { format: 'alertmanager', organizationId: t.world.a.id });
    const kuma = await makeSource(t, { format: 'uptime-kuma', organizationId: t.world.a.id });
    const ninja = await makeSource(t, { format: 'ninjaone', organizationId: t.world.a.id });
    const before = await count();
    const cases: [typeof generic, unknown, number, string, string | undefined][] = [
      [generic, { summary: 'no key' }, 400, 'validation_failed', '/key'],
      [generic, genericAlert({ key: '   ' }), 400, 'validation_failed', '/key'],
      [generic, genericAlert({ status: 'exploded' }), 400, 'validation_failed', '/status'],
      [generic, genericAlert({ colour: 'red' }), 400, 'unknown_field', '/colour'],
      [generic, genericAlert({ labels: { team: 42 } }), 400, 'validation_failed', '/labels/team'],
      [generic, genericAlert({ occurredAt: '2026-02-30T10:00:00Z' }), 400, 'validation_failed', '/occurredAt'],
      [am, { version: '4', status: 'firing' }, 400, 'validation_failed', '/alerts'],
      [am, { alerts: [{ status: 'burning', labels: {} }] }, 400, 'validation_failed', '/alerts/0/status'],
      [am, { alerts: [{ status: 'firing', labels: { alertname: 7 } }] }, 400, 'validation_failed', '/alerts/0/labels/alertname'],
      [kuma, { ...uptimeKuma(0, { id: 1, name: 'x' }), heartbeat: { status: 9 } }, 400, 'validation_failed', '/heartbeat/status'],
      [kuma, { ...uptimeKuma(0, { id: 1, name: 'x' }), monitor: { id: 'one', name: 'x' } }, 400, 'validation_failed', '/monitor/id'],
      [ninja, { activityType: 'CONDITION', statusCode: 'TRIGGERED' }, 400, 'validation_failed', '/deviceId'],
      [ninja, { deviceId: 1, activityType: 'CONDITION', statusCode: 'TRIGGERED' }, 422, 'alert_unreadable', '/sourceConfigUid'],
    ];
    for (const [source, body, status, code, field] of cases) {
      const r = await send(t, source, body);
      const where = `${source.path} ${JSON.stringify(body).slice(0, 80)} → ${r.status} ${JSON.stringify(r.body)}`;
      expect(r.status, where).toBe(status);
      expect(String(r.headers['content-type']), where).toContain('application/problem+json');
      expect(r.body.code, where).toBe(code);
      if (field) expect(r.body.field, where).toBe(field);
    }
    const broken = await t.call(generic.token, 'POST', generic.path, '{"key":', { 'content-type': 'application/json' });
    expect(broken.body).toMatchObject({ status: 400, code: 'malformed_json' });
    const nul = await t.call(generic.token, 'POST', generic.path, JSON.stringify(genericAlert()).replace('critical', 'crit\\u0000ical'), { 'content-type': 'application/json' });
    expect(nul.body).toMatchObject({ status: 400, code: 'invalid_character', field: '/severity' });
    const xml = await t.call(generic.token, 'POST', generic.path, '<alert/>', { 'content-type': 'application/xml' });
    expect(xml.body.code).toBe('unsupported_media_type');
    expect(await count()).toBe(before);
  });

  it('refuses source settings that name no client, two ways of naming one, or a client that does not exist', async () => {
    const post = (body: Record<string, unknown>) => t.call(t.world.tokens.owner, 'POST', '/api/v1/alert-sources', { name: `S ${Math.random()}`, format: 'generic', ...body });
    expect((await post({})).body).toMatchObject({ status: 422, code: 'client_required', field: '/organizationId' });
    expect((await post({ organizationId: t.world.a.id, clientMap: { x: t.world.b.id } })).body).toMatchObject({ status: 422, code: 'client_binding_conflict', field: '/clientMap' });
    expect((await post({ clientMap: { 'acme/eu': 'no-such-org' } })).body).toMatchObject({ status: 404, code: 'not_found', field: '/clientMap/acme~1eu' });
    expect((await post({ organizationId: t.world.a.id, severityMap: { disaster: 'P9' } })).body).toMatchObject({ status: 400, field: '/severityMap/disaster' });
    expect((await post({ format: 'nagios', organizationId: t.world.a.id })).body).toMatchObject({ status: 400, field: '/format' });
    const alert = await makeSource(t, { format: 'alertmanager', organizationId: t.world.a.id });
    expect((await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/alert-sources/${alert.id}`, { organizationId: null })).body).toMatchObject({ code: 'client_required' });
    const group = alertmanagerGroup('firing', [{ name: 'A', instance: 'b' }]);
    expect((await send(t, alert, group)).status).toBe(200);
  });
});
