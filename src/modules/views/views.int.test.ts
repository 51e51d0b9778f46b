import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(DIALECTS)('queue counts and saved views on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const open = async (body: Record<string, unknown>) => {
    const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const counts = async (token: string, queries: Record<string, unknown>[]) => {
    const r = await t.call(token, 'POST', '/api/v1/tickets/counts', { queries });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.counts as number[];
  };

  it('counts exactly what each list holds, for several filters at once, within the caller’s tenancy', async () => {
    const { a, b } = t.world;
    const mine = await open({ organizationId: a.id, contactId: a.contactId, subject: 'Printer jam', priority: 'P1', assigneeId: t.world.staffIds.technician });
    await open({ organizationId: a.id, contactId: a.otherContactId, subject: 'Outlook crashes', priority: 'P3' });
    const waiting = await open({ organizationId: b.id, contactId: b.contactId, subject: 'New starter laptop', priority: 'P2' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${waiting.id}`, { status: 'waiting_on_client' });

    const queries: Record<string, string>[] = [
      { status: 'new,open', assigneeId: 'me' },
      { status: 'new,open', assigneeId: 'none' },
      { status: 'waiting_on_client,waiting_on_vendor' },
      { status: 'new,open', priority: 'P1,P2' },
      { organizationId: a.id },
      { q: 'printer' },
    ];
    const got = await counts(t.world.tokens.technician, queries);
    // Each count equals the number of rows the list endpoint pages through for the same filter.
    for (const [i, filter] of queries.entries()) {
      const list = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?${new URLSearchParams({ ...filter, limit: '200' })}`);
      expect(got[i], JSON.stringify(filter)).toBe(list.body.items.length);
    }
    expect(got.slice(0, 4)).toEqual([1, 1, 1, 1]);

    // A client user counts only their own tickets; a client administrator their organisation's.
    expect(await counts(a.clientUserToken, [{}, { organizationId: b.id }])).toEqual([1, 0]);
    expect(await counts(a.clientAdminToken, [{}])).toEqual([2]);
    expect(await counts(b.clientAdminToken, [{ q: 'printer' }])).toEqual([0]);

    // A change moves the counts at once: they are counted, not cached.
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${mine.id}`, { status: 'resolved' });
    expect(await counts(t.world.tokens.technician, [{ status: 'new,open', assigneeId: 'me' }])).toEqual([0]);
  });

  it('refuses a bad counts request with the offending field', async () => {
    const none = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets/counts', { queries: [] });
    expect(none.status).toBe(400);
    const unknown = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets/counts', { queries: [{ colour: 'red' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBeTruthy();
    const many = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets/counts', { queries: Array.from({ length: 26 }, () => ({})) });
    expect(many.status).toBe(400);
    // A misspelt status is an error naming the filter, not a count of zero.
    const typo = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets/counts', { queries: [{ status: 'new' }, { status: 'new,opne' }] });
    expect(typo.status).toBe(400);
    expect(typo.body).toMatchObject({ code: 'unknown_value', field: '/queries/1/status' });
    const searches = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets/counts', { queries: ['a', 'b', 'c', 'd', 'e', 'f'].map((q) => ({ q })) });
    expect(searches.status).toBe(400);
    expect(searches.body).toMatchObject({ code: 'too_many_searches', field: '/queries/5/q' });
    const listed = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?priority=P5');
    expect(listed.status).toBe(400);
    expect(listed.body).toMatchObject({ code: 'unknown_value', field: '/priority' });
  });

  it('saves, lists, shares, renames and deletes views; only the owner changes one', async () => {
    const { tokens, a } = t.world;
    const created = await t.call(tokens.technician, 'POST', '/api/v1/views', { name: 'Acme P1s', queue: 'open', filters: { client: a.id, priority: 'P1,P2' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ name: 'Acme P1s', queue: 'open', filters: { client: a.id, priority: 'P1,P2' }, shared: false, ownerUserId: t.world.staffIds.technician });

    // Private: the manager does not see it and cannot touch it.
    expect((await t.call(tokens.manager, 'GET', '/api/v1/views')).body.items).toEqual([]);
    expect((await t.call(tokens.manager, 'PATCH', `/api/v1/views/${created.body.id}`, { name: 'Mine now' })).status).toBe(404);

    const dup = await t.call(tokens.technician, 'POST', '/api/v1/views', { name: 'Acme P1s', queue: 'mine' });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'view_name_taken', field: '/name' });

    const shared = await t.call(tokens.technician, 'PATCH', `/api/v1/views/${created.body.id}`, { shared: true, name: 'Acme urgent' });
    expect(shared.status).toBe(200);
    expect(shared.body).toMatchObject({ shared: true, name: 'Acme urgent' });
    expect((await t.call(tokens.manager, 'GET', '/api/v1/views')).body.items.map((v: any) => v.name)).toEqual(['Acme urgent']);
    const notYours = await t.call(tokens.manager, 'PATCH', `/api/v1/views/${created.body.id}`, { name: 'Renamed' });
    expect(notYours.status).toBe(403);
    expect((await t.call(tokens.manager, 'DELETE', `/api/v1/views/${created.body.id}`)).status).toBe(403);

    expect((await t.call(tokens.technician, 'DELETE', `/api/v1/views/${created.body.id}`)).status).toBe(204);
    expect((await t.call(tokens.technician, 'GET', '/api/v1/views')).body.items).toEqual([]);
  });

  it('refuses views that name what does not exist or does not fit, and keeps them from clients', async () => {
    const { tokens, a, b } = t.world;
    const cases: [Record<string, unknown>, number, string | undefined][] = [
      [{ name: 'x', queue: 'open', filters: { client: 'no-such-org' } }, 422, '/filters/client'],
      [{ name: 'x', queue: 'open', filters: { contact: 'no-such-contact' } }, 422, '/filters/contact'],
      [{ name: 'x', queue: 'open', filters: { client: a.id, contact: b.contactId } }, 422, '/filters/contact'],
      [{ name: 'x', queue: 'open', filters: { within: '1h' } }, 422, '/filters/within'],
      [{ name: 'x', queue: 'elsewhere' }, 400, undefined],
      [{ name: 'x', queue: 'open', filters: { priority: 'P9' } }, 400, undefined],
      [{ name: '   ', queue: 'open' }, 400, undefined],
    ];
    for (const [body, status, field] of cases) {
      const r = await t.call(tokens.technician, 'POST', '/api/v1/views', body);
      expect(r.status, JSON.stringify(body)).toBe(status);
      if (field) expect(r.body.field).toBe(field);
    }
    expect((await t.call(tokens.technician, 'GET', '/api/v1/views')).body.items).toEqual([]);
    expect((await t.call(a.clientAdminToken, 'GET', '/api/v1/views')).status).toBe(403);
    expect((await t.call(a.clientAdminToken, 'POST', '/api/v1/views', { name: 'x', queue: 'open' })).status).toBe(403);
  });
});
