import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** RMM feeds after set-up, on both databases: one client's list, a new token, revoking. */
describe.each(DIALECTS)('asset feeds on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());
  const push = { assets: [{ externalId: 'rmm-7', kind: 'desktop', name: 'FRONT-DESK' }] };

  it('lists one client’s feeds with organizationId', async () => {
    const w = t.world;
    const alpha = (await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'Datto alpha', organizationId: w.a.id })).body;
    await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'Datto bravo', organizationId: w.b.id });
    const listed = (await t.call(w.tokens.technician, 'GET', `/api/v1/asset-feeds?organizationId=${w.a.id}`)).body.items;
    expect(listed.map((f: any) => [f.id, f.name, f.revokedAt])).toEqual([[alpha.id, 'Datto alpha', null]]);
    expect(listed[0]).not.toHaveProperty('token');
  });

  it('rotates a feed’s token: the new one pushes at once and the old one no longer does', async () => {
    const w = t.world;
    const feed = (await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'N-able alpha', organizationId: w.a.id })).body;
    expect((await t.call(w.tokens.technician, 'POST', `/api/v1/asset-feeds/${feed.id}/rotate`)).status).toBe(403);
    const rotated = await t.call(w.tokens.owner, 'POST', `/api/v1/asset-feeds/${feed.id}/rotate`);
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ id: feed.id, path: feed.path, token: expect.stringMatching(/^sbf_/) });
    expect(rotated.body.token).not.toBe(feed.token);
    expect(rotated.body.tokenPrefix).toBe(rotated.body.token.slice(0, 12));
    expect((await t.call(feed.token, 'POST', feed.path, push)).body).toMatchObject({ status: 401, code: 'invalid_token' });
    expect((await t.call(rotated.body.token, 'POST', feed.path, push)).body).toMatchObject({ created: 1 });
    expect((await t.call(w.tokens.owner, 'POST', '/api/v1/asset-feeds/no-such-feed/rotate')).status).toBe(404);
  });

  it('revokes a feed: its token pushes nothing, its assets stay, and it cannot be given a new token', async () => {
    const w = t.world;
    const feed = (await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'Kaseya alpha', organizationId: w.a.id })).body;
    expect((await t.call(feed.token, 'POST', feed.path, { assets: [{ externalId: 'k-1', kind: 'server', name: 'KASEYA-SRV' }] })).body).toMatchObject({ created: 1 });
    expect((await t.call(w.tokens.technician, 'POST', `/api/v1/asset-feeds/${feed.id}/revoke`)).status).toBe(403);
    const revoked = await t.call(w.tokens.admin, 'POST', `/api/v1/asset-feeds/${feed.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBe(t.clock.iso());
    expect((await t.call(feed.token, 'POST', feed.path, push)).body).toMatchObject({ status: 401, code: 'invalid_token' });
    expect((await t.call(w.tokens.admin, 'POST', `/api/v1/asset-feeds/${feed.id}/revoke`)).body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await t.call(w.tokens.admin, 'POST', `/api/v1/asset-feeds/${feed.id}/rotate`)).body).toMatchObject({ status: 409, code: 'feed_revoked' });
    expect((await t.call(w.tokens.technician, 'GET', '/api/v1/assets?q=kaseya')).body.items).toHaveLength(1);
  });
});
