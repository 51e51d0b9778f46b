import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Setting up spares after the first day, on both databases: locations and items changed, stock takes on record. */
describe.each(DIALECTS)('spares set-up on %s', (dialect) => {
  let t: TestApp;
  let office: string;
  let van: string;
  let site: string;
  let router: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const w = t.world;
    const post = async (url: string, body: unknown) => (await t.call(w.tokens.manager, 'POST', url, body)).body.id as string;
    office = await post('/api/v1/stock-locations', { name: 'Main office', kind: 'office' });
    van = await post('/api/v1/stock-locations', { name: 'Van 1', kind: 'van', userId: w.staffIds.technician });
    site = await post('/api/v1/stock-locations', { name: 'Alpha cupboard', kind: 'client_site', organizationId: w.a.id });
    router = await post('/api/v1/spare-items', { name: '4G router', kind: 'router' });
  });
  afterAll(async () => t?.close());

  it('renames a location, hands a van to another engineer and archives one, refusing what its kind does not have', async () => {
    const w = t.world;
    const m = w.tokens.manager;
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${van}`, { name: 'Van 7', userId: w.staffIds.manager })).body).toMatchObject({ name: 'Van 7', userId: w.staffIds.manager });
    expect((await t.call(w.tokens.manager, 'GET', '/api/v1/stock-locations?mine=true')).body.items.map((l: any) => l.id)).toEqual([van]);
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${site}`, { siteId: w.a.siteId })).body).toMatchObject({ siteId: w.a.siteId });
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${site}`, { siteId: w.b.siteId })).body).toMatchObject({ status: 422, code: 'site_other_client', field: '/siteId' });
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${office}`, { userId: w.staffIds.technician })).body).toMatchObject({ status: 422, code: 'van_only', field: '/userId' });
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${office}`, { siteId: w.a.siteId })).body).toMatchObject({ status: 422, code: 'client_site_only', field: '/siteId' });
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${van}`, { userId: 'no-such-user' })).body).toMatchObject({ status: 404, field: '/userId' });
    expect((await t.call(w.tokens.technician, 'PATCH', `/api/v1/stock-locations/${office}`, { name: 'Mine' })).status).toBe(403);
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${site}`, { archived: true })).body.archivedAt).toBe(t.clock.iso());
    expect((await t.call(m, 'GET', '/api/v1/stock-locations')).body.items.map((l: any) => l.id)).not.toContain(site);
    expect((await t.call(m, 'PATCH', `/api/v1/stock-locations/${site}`, { archived: false })).body.archivedAt).toBeNull();
  });

  it('changes an item’s name, kind and model', async () => {
    const m = t.world.tokens.manager;
    expect((await t.call(m, 'PATCH', `/api/v1/spare-items/${router}`, { name: '4G backup router', model: 'RUT241' })).body).toMatchObject({ id: router, name: '4G backup router', kind: 'router', model: 'RUT241', serialised: false });
    expect((await t.call(m, 'PATCH', `/api/v1/spare-items/${router}`, { serialised: true })).body).toMatchObject({ status: 400, code: 'unknown_field', field: '/serialised' });
    expect((await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/spare-items/${router}`, { name: 'x' })).status).toBe(403);
    expect((await t.call(m, 'PATCH', '/api/v1/spare-items/no-such-item', { name: 'x' })).status).toBe(404);
  });

  it('keeps each stock take’s difference from the record as a movement, with who counted', async () => {
    const w = t.world;
    const count = (onHand: number) => t.call(w.tokens.technician, 'POST', `/api/v1/spare-items/${router}/stock`, { locationId: office, onHand, lowThreshold: 1 });
    expect((await count(5)).body).toMatchObject({ onHand: 5, available: 5, serials: [] });
    t.clock.advance(60_000);
    await count(3);
    t.clock.advance(60_000);
    await count(3);
    const moves = (await t.call(w.tokens.technician, 'GET', `/api/v1/spare-items/${router}/movements?locationId=${office}`)).body.items;
    expect(moves.map((m: any) => [m.reason, m.delta, m.onHandAfter, m.actorUserId])).toEqual([
      ['count', 0, 3, w.staffIds.technician],
      ['count', -2, 3, w.staffIds.technician],
      ['count', 5, 5, w.staffIds.technician],
    ]);
    expect((await t.call(w.tokens.technician, 'GET', '/api/v1/spare-items/no-such-item/movements')).status).toBe(404);
  });
});
