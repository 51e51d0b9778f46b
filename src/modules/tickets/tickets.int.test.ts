import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';

describe.each(DIALECTS)('tickets API on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  const open = async (body: Record<string, unknown>, token = t.world.tokens.technician) => {
    const r = await t.call(token, 'POST', '/api/v1/tickets', body);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };

  it('opens a ticket with a human number, logs its creation and indexes it for search', async () => {
    const ticket = await open({ organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Printer offline on floor 3', priority: 'P2', channel: 'phone', description: 'Paper jam light blinking' });
    expect(ticket.number).toMatch(/^SB-\d+$/);
    expect(ticket).toMatchObject({ status: 'new', priority: 'P2', channel: 'phone', businessCritical: false, tier: 1, version: 1 });
    const events = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.number}/events`);
    expect(events.body.items.map((e: any) => e.type)).toEqual(['ticket.created']);
    const found = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?q=paper%20jam');
    expect(found.body.items.map((x: any) => x.id)).toContain(ticket.id);
    const prefix = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?q=print');
    expect(prefix.body.items.map((x: any) => x.id)).toContain(ticket.id);
  });

  it('keeps what staff typed when opening a ticket as its description for the contact, not as a public reply', async () => {
    const ticket = await open({ organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Scanner jams', channel: 'phone', description: 'Alice says the scanner jams on every page' });
    const staffView = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.id}/messages`)).body.items;
    expect(staffView).toEqual([expect.objectContaining({ kind: 'description', authorUserId: t.world.staffIds.technician, authorContactId: t.world.a.contactId, body: 'Alice says the scanner jams on every page' })]);
    // The client reads their request as it was logged; it is not an answer, so the ticket is still new.
    const clientView = (await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/messages`)).body.items;
    expect(clientView.map((m: any) => m.kind)).toEqual(['description']);
    expect((await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.id}`)).body.status).toBe('new');
    const own = await open({ subject: 'Mouse broken', description: 'The left button no longer clicks' }, t.world.a.clientUserToken);
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${own.id}/messages`)).body.items).toEqual([expect.objectContaining({ kind: 'description', authorUserId: null, authorContactId: t.world.a.contactId })]);
    const added = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'description', body: 'A second description' });
    expect(added.status).toBe(400);
    expect(added.body.field).toBe('/kind');
  });

  it('finds server names, addresses and codes by the words in them, on both databases alike', async () => {
    const ticket = await open({ organizationId: t.world.a.id, subject: 'SRV-0042 disk full', description: 'Reported by alice.okafor@example.com from srv01.corp.local' });
    for (const q of ['SRV-0042', 'srv 0042', '0042', 'okafor', 'alice okafor example', 'corp.local', 'srv01']) {
      const found = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?q=${encodeURIComponent(q)}`);
      expect(found.body.items.map((x: any) => x.id), q).toContain(ticket.id);
    }
  });

  it('records every change with who, before and after, and refuses a closed ticket becoming resolved', async () => {
    const ticket = await open({ organizationId: t.world.a.id, subject: 'VPN drops every hour' });
    const patched = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open', assigneeId: t.world.staffIds.technician, priority: 'P1' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'open', priority: 'P1', version: 2 });
    const events = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items;
    const status = events.find((e: any) => e.field === 'status');
    expect(status).toMatchObject({ actorUserId: t.world.staffIds.technician, before: 'new', after: 'open' });
    expect(events.find((e: any) => e.field === 'priority')).toMatchObject({ before: 'P3', after: 'P1' });
    expect((await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'closed' })).status).toBe(200);
    const refused = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'invalid_transition', field: '/status' });
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects a stale version instead of overwriting a colleague’s change', async () => {
    const ticket = await open({ organizationId: t.world.a.id, subject: 'Outlook will not sync' });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { priority: 'P2', version: 1 });
    const stale = await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { priority: 'P4', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('version_conflict');
  });

  it('keeps internal notes and call logs from clients, and reopens when the client replies', async () => {
    const ticket = await open({ organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'New starter laptop' });
    t.clock.advance(1000);
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'Check stock in Chicago' });
    t.clock.advance(1000);
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'call', body: 'Called back', callDirection: 'outbound', callerNumber: '+1 555 0100', callDurationSeconds: 240 });
    await t.call(t.world.tokens.technician, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'waiting_on_client' });
    t.clock.advance(1000);
    const reply = await t.call(t.world.a.clientUserToken, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { body: 'It can go to my desk' });
    expect(reply.status).toBe(201);
    const staffView = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.id}/messages`);
    expect(staffView.body.items.map((m: any) => m.kind)).toEqual(['note', 'call', 'reply']);
    const clientView = await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/messages`);
    expect(clientView.body.items.map((m: any) => m.kind)).toEqual(['reply']);
    const after = await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}`);
    expect(after.body.status).toBe('open');
    const note = await t.call(t.world.a.clientUserToken, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'sneaky' });
    expect(note.status).toBe(403);
  });

  it('merges a ticket into another without losing a message or an event', async () => {
    const keep = await open({ organizationId: t.world.a.id, subject: 'Email down for everyone' });
    const dupe = await open({ organizationId: t.world.a.id, subject: 'Cannot send email', description: 'Bounce says relay denied' });
    t.clock.advance(1000);
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${dupe.id}/messages`, { kind: 'note', body: 'Same as the outage' });
    const before = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${dupe.id}/events`)).body.items.length;
    const merged = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${dupe.number}/merge`, { intoTicketId: keep.number });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.body.source).toMatchObject({ status: 'closed', mergedIntoId: keep.id });
    const messages = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${keep.id}/messages`)).body.items;
    expect(messages.map((m: any) => m.body)).toEqual(['Bounce says relay denied', 'Same as the outage']);
    const events = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${keep.id}/events`)).body.items;
    expect(events.length).toBeGreaterThanOrEqual(before + 2);
    const search = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?q=relay%20denied');
    expect(search.body.items.map((x: any) => x.id)).toEqual([keep.id]);
    const links = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${keep.id}/links`);
    expect(links.body.items).toEqual([expect.objectContaining({ kind: 'merged', fromTicketId: dupe.id, toTicketId: keep.id })]);
  });

  it('links parent and child tickets and refuses merging across clients', async () => {
    const parent = await open({ organizationId: t.world.a.id, subject: 'Cloud host outage' });
    const child = await open({ organizationId: t.world.b.id, subject: 'Cloud host outage (bravo)' });
    const link = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${parent.id}/links`, { relation: 'parent_of', ticketId: child.number });
    expect(link.status).toBe(201);
    expect(link.body).toMatchObject({ kind: 'parent', fromTicketId: parent.id, toTicketId: child.id });
    const again = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${parent.id}/links`, { relation: 'parent_of', ticketId: child.id });
    expect(again.body.code).toBe('link_exists');
    const merge = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${child.id}/merge`, { intoTicketId: parent.id });
    expect(merge.status).toBe(422);
    expect(merge.body).toMatchObject({ code: 'merge_across_clients', field: '/intoTicketId' });
  });

  it('pages through a filtered queue with a cursor, newest activity first', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(1000);
      made.push((await open({ organizationId: t.world.b.id, subject: `Queue item ${i}`, priority: 'P4', tier: 2 })).id);
    }
    const first = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?organizationId=${t.world.b.id}&priority=P4&tier=2&limit=3`);
    expect(first.body.items.map((x: any) => x.id)).toEqual(made.slice(2).reverse());
    const second = await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets?organizationId=${t.world.b.id}&priority=P4&tier=2&limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((x: any) => x.id)).toEqual(made.slice(0, 2).reverse());
    expect(second.body.nextCursor).toBeNull();
    const bad = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?cursor=garbage');
    expect(bad.body).toMatchObject({ code: 'invalid_cursor', field: '/cursor' });
  });

  it('answers a retried create with the same ticket when the Idempotency-Key repeats', async () => {
    const body = { organizationId: t.world.a.id, subject: 'Retry me' };
    const headers = { 'idempotency-key': `key-${dialect}` };
    const first = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', body, headers);
    const second = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers['idempotent-replayed']).toBe('true');
    const list = await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?q=retry');
    expect(list.body.items).toHaveLength(1);
    const other = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { ...body, subject: 'Different' }, headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('refuses a contact of another client with a clear code, and writes nothing', async () => {
    const before = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets?organizationId=${t.world.a.id}&limit=200`)).body.items.length;
    const r = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.b.contactId, subject: 'Wrong contact' });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ code: 'contact_not_in_organization', field: '/contactId' });
    const site = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, siteId: t.world.b.siteId, subject: 'Wrong site' });
    expect(site.body).toMatchObject({ code: 'site_not_in_organization', field: '/siteId' });
    const after = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets?organizationId=${t.world.a.id}&limit=200`)).body.items.length;
    expect(after).toBe(before);
  });
});
