import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** Assets on both databases: writing, who reads what, search, tickets, CSV import and RMM pushes. */
describe.each(DIALECTS)('assets on %s', (dialect) => {
  let t: TestApp;
  let laptop: string;
  let colleagueLaptop: string;
  let circuit: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const w = t.world;
    const make = async (body: Record<string, unknown>) => {
      const r = await t.call(w.tokens.technician, 'POST', '/api/v1/assets', body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    laptop = await make({ organizationId: w.a.id, contactId: w.a.contactId, siteId: w.a.siteId, kind: 'laptop', name: 'Alice laptop', serial: '5CG1234XYZ', model: 'EliteBook 840 G8', tags: ['VIP'], notes: 'BIOS password in the vault' });
    colleagueLaptop = await make({ organizationId: w.a.id, contactId: w.a.otherContactId, kind: 'laptop', name: 'Bob laptop', serial: 'PF3ABCD', model: 'ThinkPad T14' });
    circuit = await make({ organizationId: w.a.id, siteId: w.a.siteId, kind: 'circuit', name: 'HQ fibre', isp: 'Lumen', circuitId: 'CHI-0042', ispSupportPhone: '+1 800 555 0199' });
    await make({ organizationId: w.b.id, kind: 'server', name: 'Bravo zebracrossing file server', serial: 'BRV-1' });
  });
  afterAll(async () => t?.close());

  it('refuses bad input with a code and field, and clients writing', async () => {
    const tech = t.world.tokens.technician;
    const a = t.world.a.id;
    expect((await t.call(tech, 'POST', '/api/v1/assets', { organizationId: a, kind: 'toaster', name: 'x' })).body).toMatchObject({ status: 400, field: '/kind' });
    expect((await t.call(tech, 'POST', '/api/v1/assets', { organizationId: 'no-such-org', kind: 'laptop', name: 'x' })).body).toMatchObject({ status: 404, field: '/organizationId' });
    expect((await t.call(tech, 'POST', '/api/v1/assets', { organizationId: a, kind: 'laptop', name: 'x', siteId: t.world.b.siteId })).body).toMatchObject({ status: 422, code: 'site_other_client', field: '/siteId' });
    expect((await t.call(tech, 'POST', '/api/v1/assets', { organizationId: a, kind: 'laptop', name: 'x', contactId: t.world.b.contactId })).body).toMatchObject({ status: 422, code: 'contact_other_client', field: '/contactId' });
    expect((await t.call(tech, 'PATCH', `/api/v1/assets/${laptop}`, { version: 99, name: 'x' })).body).toMatchObject({ status: 409, code: 'version_conflict' });
    for (const token of [t.world.a.clientUserToken, t.world.a.clientAdminToken]) {
      expect((await t.call(token, 'POST', '/api/v1/assets', { organizationId: a, kind: 'laptop', name: 'Mine' })).status).toBe(403);
      expect((await t.call(token, 'PATCH', `/api/v1/assets/${laptop}`, { name: 'Mine' })).status).toBe(403);
    }
  });

  it('keeps a circuit’s ISP support number and shows a client neither notes, tags nor other people’s kit', async () => {
    const w = t.world;
    expect((await t.call(w.tokens.technician, 'GET', `/api/v1/assets/${circuit}`)).body).toMatchObject({ kind: 'circuit', isp: 'Lumen', circuitId: 'CHI-0042', ispSupportPhone: '+1 800 555 0199' });
    const own = await t.call(w.a.clientUserToken, 'GET', `/api/v1/assets/${laptop}`);
    expect(own.body).toMatchObject({ name: 'Alice laptop', serial: '5CG1234XYZ' });
    for (const key of ['notes', 'tags', 'feedId', 'externalId']) expect(own.body, key).not.toHaveProperty(key);
    expect((await t.call(w.a.clientUserToken, 'GET', `/api/v1/assets/${colleagueLaptop}`)).status).toBe(404);
    const list = async (token: string) => ((await t.call(token, 'GET', '/api/v1/assets')).body.items as { id: string }[]).map((x) => x.id).sort();
    expect(await list(w.a.clientUserToken)).toEqual([laptop]);
    expect(await list(w.a.clientAdminToken)).toEqual([laptop, colleagueLaptop, circuit].sort());
    expect((await t.call(w.tokens.technician, 'GET', `/api/v1/assets/${laptop}`)).body).toMatchObject({ notes: 'BIOS password in the vault', tags: ['vip'] });
  });

  it('finds assets by the start of a serial, the model, the person or the circuit id, within a client', async () => {
    const tech = t.world.tokens.technician;
    const names = async (query: string) => ((await t.call(tech, 'GET', `/api/v1/assets?${query}`)).body.items as { name: string }[]).map((x) => x.name);
    expect(await names('q=5CG12')).toEqual(['Alice laptop']);
    expect(await names('q=elitebook')).toEqual(['Alice laptop']);
    expect(await names('q=alpha%20bob')).toEqual(['Bob laptop']);
    expect(await names('q=CHI-0042')).toEqual(['HQ fibre']);
    expect(await names(`q=laptop&organizationId=${t.world.a.id}&contactId=${t.world.a.contactId}`)).toEqual(['Alice laptop']);
    expect(await names(`q=zebracrossing&organizationId=${t.world.a.id}`)).toEqual([]);
    expect(await names('q=%21%21')).toEqual([]);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/assets?q=zebracrossing')).body.items).toEqual([]);
  });

  it('attaches an asset to a ticket of its client once, lists it both ways, and refuses another client’s', async () => {
    const w = t.world;
    const tech = w.tokens.technician;
    const ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: w.a.id, contactId: w.a.contactId, subject: 'Laptop will not boot' })).body;
    const first = await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/assets`, { assetId: laptop });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: any) => i.asset.id)).toEqual([laptop]);
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/assets`, { assetId: laptop });
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/assets`)).body.items).toHaveLength(1);
    expect((await t.call(tech, 'GET', `/api/v1/assets/${laptop}/tickets`)).body.items).toEqual([{ id: ticket.id, number: ticket.number, subject: 'Laptop will not boot', status: expect.any(String) }]);
    const bravo = (await t.call(tech, 'GET', `/api/v1/assets?organizationId=${w.b.id}`)).body.items[0].id;
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/assets`, { assetId: bravo })).body).toMatchObject({ status: 422, code: 'asset_other_client', field: '/assetId' });
    const events = (await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items.map((e: any) => e.type);
    expect(events.filter((e: string) => e === 'asset.linked')).toHaveLength(1);
    expect((await t.call(w.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/assets`)).status).toBe(403);
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/assets`, { assetId: laptop, linked: false });
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/assets`)).body.items).toEqual([]);
  });

  it('previews a CSV with every row’s problem, applies only a clean one, and updates by serial on a second import', async () => {
    const w = t.world;
    const tech = w.tokens.technician;
    const bad = 'kind,name,serial,site,person\nlaptop,Spare laptop,SP-1,alpha HQ,alpha.0@example.com\ntoaster,Toaster,,,\nlaptop,Ghost,SP-2,Nowhere,\n';
    const preview = await t.call(tech, 'POST', '/api/v1/assets/import', { organizationId: w.a.id, csv: bad });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ applied: false, rows: [{ row: 2, action: 'create', name: 'Spare laptop' }] });
    expect(preview.body.problems.map((p: any) => [p.row, p.column, p.code])).toEqual([[3, 'kind', 'unknown_kind'], [4, 'site', 'unknown_site']]);
    expect((await t.call(tech, 'POST', '/api/v1/assets/import', { organizationId: w.a.id, csv: bad, apply: true })).body).toMatchObject({ status: 422, code: 'import_has_errors' });
    expect((await t.call(tech, 'GET', '/api/v1/assets?q=SP')).body.items).toEqual([]);
    const good = 'kind,name,serial,site,person,tags\nlaptop,Spare laptop,SP-1,alpha HQ,alpha.0@example.com,loaner\nvpn token,Token 7,TK-7,,alpha Bob,\n';
    const applied = await t.call(tech, 'POST', '/api/v1/assets/import', { organizationId: w.a.id, csv: good, apply: true });
    expect(applied.body.rows.map((r: any) => r.action)).toEqual(['create', 'create']);
    const again = await t.call(tech, 'POST', '/api/v1/assets/import', { organizationId: w.a.id, csv: good.replace('Token 7', 'Token seven'), apply: true });
    expect(again.body.rows.map((r: any) => r.action)).toEqual(['update', 'update']);
    const token = (await t.call(tech, 'GET', '/api/v1/assets?q=TK')).body.items;
    expect(token).toMatchObject([{ name: 'Token seven', kind: 'vpn_token', contactId: w.a.otherContactId }]);
    expect((await t.call(tech, 'GET', '/api/v1/assets?q=spare')).body.items).toMatchObject([{ siteId: w.a.siteId, contactId: w.a.contactId, tags: ['loaner'] }]);
  });

  it('upserts an RMM feed’s push by the RMM’s id, idempotently, and only with that feed’s token', async () => {
    const w = t.world;
    const feed = await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'NinjaOne alpha', organizationId: w.a.id });
    expect(feed.status).toBe(201);
    expect(feed.body.token).toMatch(/^sbf_/);
    expect((await t.call(w.tokens.technician, 'POST', '/api/v1/asset-feeds', { name: 'x', organizationId: w.a.id })).status).toBe(403);
    const other = (await t.call(w.tokens.admin, 'POST', '/api/v1/asset-feeds', { name: 'NinjaOne bravo', organizationId: w.b.id })).body;
    const push = { assets: [{ externalId: 'ninja-1', kind: 'desktop', name: 'RECEPTION-PC', serial: 'R1', personEmail: 'alpha.1@example.com' }, { externalId: 'ninja-2', kind: 'server', name: 'FS01' }] };
    expect((await t.call(feed.body.token, 'POST', feed.body.path, push)).body).toEqual({ received: 2, created: 2, updated: 0, unchanged: 0 });
    expect((await t.call(feed.body.token, 'POST', feed.body.path, push)).body).toEqual({ received: 2, created: 0, updated: 0, unchanged: 2 });
    push.assets[1].name = 'FS01-renamed';
    expect((await t.call(feed.body.token, 'POST', feed.body.path, push)).body).toEqual({ received: 2, created: 0, updated: 1, unchanged: 1 });
    const pc = (await t.call(w.tokens.technician, 'GET', '/api/v1/assets?q=reception')).body.items;
    expect(pc).toMatchObject([{ organizationId: w.a.id, contactId: w.a.otherContactId, externalId: 'ninja-1' }]);
    expect((await t.call(other.token, 'POST', feed.body.path, push)).body).toMatchObject({ status: 401, code: 'invalid_token' });
    expect((await t.call(w.tokens.owner, 'POST', feed.body.path, push)).status).toBe(401);
    expect((await t.call(null, 'POST', feed.body.path, push)).body).toMatchObject({ status: 401, code: 'authentication_required' });
    expect((await t.call(feed.body.token, 'POST', feed.body.path, { assets: [{ externalId: 'x', kind: 'toaster', name: 'x' }] })).body).toMatchObject({ status: 400, field: '/assets/0/kind' });
  });
});
