import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

/** Archiving clients, sites and contacts: hidden from lists and caller search, tickets kept, new tickets refused. */
describe.each(DIALECTS)('archiving client records on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  let tech: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    tech = t.world.tokens.technician;
  });
  afterAll(async () => t?.close());

  const ids = (r: { body: { items: { id: string }[] } }) => r.body.items.map((x) => x.id);
  // A number nobody else has (the factories give both clients' contacts the same ones).
  let numbers = 0;
  const phoneOf = async (contactId: string) => {
    numbers += 1;
    const number = `+44 20 7946 00${numbers}0`;
    return (await t.call(owner, 'PATCH', `/api/v1/contacts/${contactId}`, { phones: [{ number, label: 'work' }] })).body.phones[0].number as string;
  };

  it('hides an archived client from lists and caller search, keeps its tickets, refuses new ones, and restores it', async () => {
    const { a } = t.world;
    const kept = await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: a.id, contactId: a.contactId, subject: 'Printer jam before archiving' });
    expect(kept.status).toBe(201);
    const phone = await phoneOf(a.contactId);

    const archived = await t.call(owner, 'POST', `/api/v1/organizations/${a.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body).toMatchObject({ id: a.id, archivedAt: t.clock.iso() });

    expect(ids(await t.call(owner, 'GET', '/api/v1/organizations'))).not.toContain(a.id);
    const all = await t.call(owner, 'GET', '/api/v1/organizations?includeArchived=true');
    expect(all.body.items.find((o: { id: string }) => o.id === a.id)).toMatchObject({ archivedAt: t.clock.iso() });
    expect((await t.call(owner, 'GET', `/api/v1/organizations/${a.id}`)).body.archivedAt).toBe(t.clock.iso());
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?phone=${encodeURIComponent(phone)}`))).toEqual([]);
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?organizationId=${a.id}`))).toEqual([]);
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?phone=${encodeURIComponent(phone)}&includeArchived=true`))).toEqual([a.contactId]);

    // Its tickets stay, and can still be worked.
    expect(ids(await t.call(tech, 'GET', `/api/v1/tickets?organizationId=${a.id}`))).toContain(kept.body.id);
    expect((await t.call(tech, 'PATCH', `/api/v1/tickets/${kept.body.id}`, { status: 'resolved' })).status).toBe(200);

    for (const [token, body] of [
      [tech, { organizationId: a.id, subject: 'After archiving' }],
      [tech, { contactId: a.contactId, subject: 'By contact only' }],
      [a.clientUserToken, { subject: 'From the portal' }],
    ] as const) {
      const refused = await t.call(token, 'POST', '/api/v1/tickets', body);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'organization_archived', field: '/organizationId' });
    }

    const again = await t.call(owner, 'POST', `/api/v1/organizations/${a.id}/archive`);
    expect(again.body.archivedAt).toBe(archived.body.archivedAt);

    const restored = await t.call(owner, 'POST', `/api/v1/organizations/${a.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect(ids(await t.call(owner, 'GET', '/api/v1/organizations'))).toContain(a.id);
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?phone=${encodeURIComponent(phone)}`))).toEqual([a.contactId]);
    expect((await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: a.id, subject: 'After restoring' })).status).toBe(201);
  });

  it('hides an archived contact from caller search and refuses new tickets naming it, keeping its old ones', async () => {
    const { b } = t.world;
    const old = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: b.id, contactId: b.otherContactId, subject: 'Old request' })).body;
    const phone = await phoneOf(b.otherContactId);
    expect((await t.call(tech, 'POST', `/api/v1/contacts/${b.otherContactId}/archive`)).status).toBe(200);

    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?phone=${encodeURIComponent(phone)}`))).toEqual([]);
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?organizationId=${b.id}`))).toEqual([b.contactId]);
    expect(ids(await t.call(tech, 'GET', `/api/v1/contacts?organizationId=${b.id}&includeArchived=true`)).sort()).toEqual([b.contactId, b.otherContactId].sort());
    const refused = await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: b.id, contactId: b.otherContactId, subject: 'New request' });
    expect(refused.body).toMatchObject({ code: 'contact_archived', field: '/contactId' });
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${old.id}`)).body.contactId).toBe(b.otherContactId);

    expect((await t.call(tech, 'POST', `/api/v1/contacts/${b.otherContactId}/restore`)).body.archivedAt).toBeNull();
    expect((await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: b.id, contactId: b.otherContactId, subject: 'New request' })).status).toBe(201);
  });

  it('hides an archived site from the site list and refuses new tickets at it', async () => {
    const { b } = t.world;
    expect((await t.call(tech, 'POST', `/api/v1/sites/${b.siteId}/archive`)).status).toBe(200);
    expect(ids(await t.call(tech, 'GET', `/api/v1/sites?organizationId=${b.id}`))).toEqual([]);
    expect(ids(await t.call(tech, 'GET', `/api/v1/sites?organizationId=${b.id}&includeArchived=true`))).toEqual([b.siteId]);
    const refused = await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: b.id, siteId: b.siteId, subject: 'At the depot' });
    expect(refused.body).toMatchObject({ code: 'site_archived', field: '/siteId' });
    await t.call(tech, 'POST', `/api/v1/sites/${b.siteId}/restore`);
    expect((await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: b.id, siteId: b.siteId, subject: 'At the depot' })).status).toBe(201);
  });

  it('lets only managers archive a client, any staff a site or contact, and no client user anything', async () => {
    const { a, b } = t.world;
    expect((await t.call(tech, 'POST', `/api/v1/organizations/${a.id}/archive`)).body.code).toBe('forbidden');
    expect((await t.call(t.world.tokens.manager, 'POST', `/api/v1/organizations/${a.id}/restore`)).status).toBe(200);
    expect((await t.call(a.clientAdminToken, 'POST', `/api/v1/contacts/${a.contactId}/archive`)).status).toBe(403);
    expect((await t.call(a.clientAdminToken, 'POST', `/api/v1/contacts/${b.contactId}/archive`)).status).toBe(404);
    expect((await t.call(a.clientAdminToken, 'POST', `/api/v1/organizations/${b.id}/archive`)).status).toBe(404);
    expect((await t.call(owner, 'POST', '/api/v1/sites/no-such-site/archive')).status).toBe(404);
    expect((await t.call(owner, 'GET', `/api/v1/contacts/${a.contactId}`)).body.archivedAt).toBeNull();
  });
});
