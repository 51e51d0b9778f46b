import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';

/** The knowledge base on both databases: writing, reading by audience and scope, search, and "this solved it". */
describe.each(DIALECTS)('knowledge base on %s', (dialect) => {
  let t: TestApp;
  let ids: { globalClients: string; alphaOnly: string; bravoOnly: string; internal: string };
  beforeAll(async () => {
    t = await startTestApp(dialect);
    const w = t.world;
    const write = async (body: Record<string, unknown>) => {
      const r = await t.call(w.tokens.technician, 'POST', '/api/v1/kb/articles', body);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as string;
    };
    ids = {
      globalClients: await write({ title: 'Reconnect the VPN when working from home', body: 'Open **FortiClient** and choose *Reconnect*. If the printer is offline afterwards, restart the spooler.', audience: 'clients', tags: ['VPN', 'home'] }),
      alphaOnly: await write({ title: 'Alpha printer on the second floor', body: 'The alpha printer needs the PaperCut client.', audience: 'clients', organizationId: w.a.id }),
      bravoOnly: await write({ title: 'Bravo printer zebracrossing', body: 'Bravo printer uses a zebracrossing driver.', audience: 'clients', organizationId: w.b.id }),
      internal: await write({ title: 'Printer spooler reset (internal runbook)', body: 'Run `Restart-Service Spooler` on the print server with the domain admin account.', audience: 'internal' }),
    };
  });
  afterAll(async () => t?.close());

  it('renders the Markdown to sanitised HTML and keeps the author, tags and version', async () => {
    const made = await t.call(t.world.tokens.manager, 'POST', '/api/v1/kb/articles', { title: ' Outlook keeps asking for a password ', body: '# Fix\n\n<script>alert(1)</script> [x](javascript:alert(1)) **Remove** the cached credential.', audience: 'internal', tags: ['Outlook', 'outlook ', 'mail'] });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ title: 'Outlook keeps asking for a password', audience: 'internal', organizationId: null, tags: ['outlook', 'mail'], authorUserId: t.world.staffIds.manager, solvedCount: 0, archivedAt: null, version: 1 });
    expect(made.body.bodyHtml).toContain('<h1>Fix</h1>');
    expect(made.body.bodyHtml).toContain('<strong>Remove</strong>');
    expect(made.body.bodyHtml).not.toMatch(/<script|href="javascript/);
  });

  it('lets every staff role write and only staff; refuses bad input with a code and field', async () => {
    for (const token of [t.world.tokens.owner, t.world.tokens.admin]) {
      expect((await t.call(token, 'POST', '/api/v1/kb/articles', { title: 'By a manager role', body: 'x', audience: 'internal' })).status).toBe(201);
    }
    for (const token of [t.world.a.clientUserToken, t.world.a.clientAdminToken]) {
      expect((await t.call(token, 'POST', '/api/v1/kb/articles', { title: 'By a client', body: 'x', audience: 'clients' })).status).toBe(403);
      expect((await t.call(token, 'PATCH', `/api/v1/kb/articles/${ids.alphaOnly}`, { title: 'Changed by a client' })).status).toBe(403);
    }
    const tech = t.world.tokens.technician;
    expect((await t.call(tech, 'POST', '/api/v1/kb/articles', { title: 'x', body: 'x', audience: 'everyone' })).body).toMatchObject({ status: 400, field: '/audience' });
    expect((await t.call(tech, 'POST', '/api/v1/kb/articles', { title: '   ', body: 'x', audience: 'internal' })).body).toMatchObject({ status: 400, field: '/title' });
    expect((await t.call(tech, 'POST', '/api/v1/kb/articles', { title: 'x', body: 'x', audience: 'clients', organizationId: 'no-such-org' })).body).toMatchObject({ status: 422, code: 'unknown_organization', field: '/organizationId' });
    expect((await t.call(tech, 'PATCH', `/api/v1/kb/articles/${ids.alphaOnly}`, { tags: ['x'.repeat(41)] })).body).toMatchObject({ status: 400, field: '/tags/0' });
  });

  it('shows a client only live client-visible articles that are global or its own, by id, list and search', async () => {
    const alpha = t.world.a.clientUserToken;
    const seen = async (url: string) => ((await t.call(alpha, 'GET', url)).body.items as { id: string }[]).map((a) => a.id).sort();
    expect(await seen('/api/v1/kb/articles')).toEqual([ids.globalClients, ids.alphaOnly].sort());
    expect(await seen('/api/v1/kb/articles?q=printer')).toEqual([ids.globalClients, ids.alphaOnly].sort());
    expect(await seen(`/api/v1/kb/articles?organizationId=${t.world.b.id}&audience=internal`)).toEqual([]);
    expect(await seen('/api/v1/kb/articles?q=zebracrossing')).toEqual([]);
    expect(await seen('/api/v1/kb/articles?q=spooler')).toEqual([ids.globalClients]);
    expect(await seen('/api/v1/kb/suggestions?q=print')).toEqual([ids.globalClients, ids.alphaOnly].sort());
    for (const id of [ids.bravoOnly, ids.internal]) {
      expect((await t.call(alpha, 'GET', `/api/v1/kb/articles/${id}`)).body).toMatchObject({ status: 404, code: 'not_found' });
    }
    expect((await t.call(alpha, 'GET', `/api/v1/kb/articles/${ids.alphaOnly}`)).body.bodyHtml).toContain('PaperCut');
    expect(await seen('/api/v1/kb/suggestions?q=zebracrossing')).toEqual([]);
    expect(await seen(`/api/v1/kb/articles?q=zebracrossing&archived=true`)).toEqual([]);
  });

  it('shows staff every article, and those that apply to one client', async () => {
    const tech = t.world.tokens.technician;
    const seen = async (url: string) => ((await t.call(tech, 'GET', url)).body.items as { id: string }[]).map((a) => a.id);
    expect(await seen('/api/v1/kb/articles?q=printer')).toEqual(expect.arrayContaining([ids.globalClients, ids.alphaOnly, ids.bravoOnly, ids.internal]));
    const forAlpha = await seen(`/api/v1/kb/articles?q=printer&organizationId=${t.world.a.id}`);
    expect(forAlpha).toEqual(expect.arrayContaining([ids.globalClients, ids.alphaOnly, ids.internal]));
    expect(forAlpha).not.toContain(ids.bravoOnly);
    expect(await seen('/api/v1/kb/articles?tag=vpn')).toEqual([ids.globalClients]);
    expect(await seen('/api/v1/kb/suggestions?q=printer')).not.toContain(ids.internal);
  });

  it('ranks a match in the title above one only in the body, with a snippet around the word', async () => {
    const r = await t.call(t.world.tokens.technician, 'GET', '/api/v1/kb/articles?q=spooler');
    expect(r.body.items.map((a: { id: string }) => a.id)).toEqual([ids.internal, ids.globalClients]);
    expect(r.body.items[1].snippet).toContain('restart the spooler');
    expect(r.body.items[1]).not.toHaveProperty('body');
  });

  it('matches every word, the last as a prefix, across punctuation; ignores query syntax', async () => {
    const tech = t.world.tokens.technician;
    const seen = async (q: string) => ((await t.call(tech, 'GET', `/api/v1/kb/articles?q=${encodeURIComponent(q)}`)).body.items as { id: string }[]).map((a) => a.id);
    expect(await seen('restart-service spoo')).toEqual([ids.internal]);
    expect(await seen('forticli')).toEqual([ids.globalClients]);
    expect(await seen('printer "spooler" *')).toEqual(expect.arrayContaining([ids.globalClients, ids.internal]));
    expect(await seen('"')).toEqual([]);
  });

  it('with match=any, finds articles sharing any meaningful word of a ticket’s subject, those sharing more first', async () => {
    const tech = t.world.tokens.technician;
    const r = await t.call(tech, 'GET', `/api/v1/kb/articles?match=any&organizationId=${t.world.a.id}&q=${encodeURIComponent('The VPN keeps dropping when working from home')}`);
    // The VPN article shares five words; "Outlook keeps asking for a password" shares one.
    expect(r.body.items.map((a: { id: string; title: string }) => a.title)).toEqual(['Reconnect the VPN when working from home', 'Outlook keeps asking for a password']);
    expect((await t.call(tech, 'GET', `/api/v1/kb/articles?q=${encodeURIComponent('The VPN keeps dropping')}`)).body.items).toEqual([]);
    const printers = (await t.call(tech, 'GET', `/api/v1/kb/articles?match=any&organizationId=${t.world.a.id}&q=${encodeURIComponent('alpha printer is offline')}`)).body.items.map((a: { id: string }) => a.id);
    expect(printers[0]).toBe(ids.alphaOnly);
    expect(printers).toEqual(expect.arrayContaining([ids.globalClients, ids.internal]));
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/kb/suggestions?q=${encodeURIComponent('my printer is offline')}`)).body.items.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([ids.globalClients, ids.alphaOnly]));
  });

  it('pages lists and searches with signed cursors', async () => {
    const tech = t.world.tokens.technician;
    const first = await t.call(tech, 'GET', '/api/v1/kb/articles?q=printer&limit=2');
    expect(first.body.items).toHaveLength(2);
    const second = await t.call(tech, 'GET', `/api/v1/kb/articles?q=printer&limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.length).toBeGreaterThan(0);
    const all = [...first.body.items, ...second.body.items].map((a: { id: string }) => a.id);
    expect(new Set(all).size).toBe(all.length);
    const listFirst = await t.call(tech, 'GET', '/api/v1/kb/articles?limit=1');
    const listed = await t.call(tech, 'GET', `/api/v1/kb/articles?limit=1&cursor=${listFirst.body.nextCursor}`);
    expect(listed.body.items[0].id).not.toBe(listFirst.body.items[0].id);
    // A list's cursor is not a search's, and an altered one is refused before any SQL.
    expect((await t.call(tech, 'GET', `/api/v1/kb/articles?q=printer&cursor=${listFirst.body.nextCursor}`)).body).toMatchObject({ status: 400, code: 'invalid_cursor', field: '/cursor' });
  });

  it('changes, archives and restores an article; a change on an old version is a conflict', async () => {
    const tech = t.world.tokens.technician;
    const made = (await t.call(tech, 'POST', '/api/v1/kb/articles', { title: 'Teams camera black', body: 'Close other apps using the camera.', audience: 'clients' })).body;
    const changed = await t.call(tech, 'PATCH', `/api/v1/kb/articles/${made.id}`, { version: 1, body: 'Close *Zoom* first.' });
    expect(changed.body).toMatchObject({ version: 2, body: 'Close *Zoom* first.' });
    expect(changed.body.bodyHtml).toContain('<em>Zoom</em>');
    expect((await t.call(tech, 'GET', '/api/v1/kb/articles?q=zoom')).body.items.map((a: { id: string }) => a.id)).toEqual([made.id]);
    expect((await t.call(tech, 'PATCH', `/api/v1/kb/articles/${made.id}`, { version: 1, title: 'Stale' })).body).toMatchObject({ status: 409, code: 'version_conflict' });
    await t.call(tech, 'PATCH', `/api/v1/kb/articles/${made.id}`, { archived: true });
    expect((await t.call(tech, 'GET', '/api/v1/kb/articles?q=zoom')).body.items).toEqual([]);
    expect((await t.call(tech, 'GET', '/api/v1/kb/articles?q=zoom&archived=true')).body.items).toHaveLength(1);
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/kb/articles/${made.id}`)).status).toBe(404);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/kb/articles?archived=true')).body.items.map((a: { id: string }) => a.id)).not.toContain(made.id);
    await t.call(tech, 'PATCH', `/api/v1/kb/articles/${made.id}`, { archived: false });
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/kb/articles/${made.id}`)).status).toBe(200);
  });

  it('links an article that solved a ticket once, counts it, and records it in the ticket’s internal history', async () => {
    const tech = t.world.tokens.technician;
    const ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'VPN drops at home' })).body;
    const linked = await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: ids.globalClients });
    expect(linked.status).toBe(201);
    expect(linked.body).toMatchObject({ articleId: ids.globalClients, title: 'Reconnect the VPN when working from home', linkedBy: t.world.staffIds.technician });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: ids.globalClients })).status).toBe(200);
    expect((await t.call(tech, 'GET', `/api/v1/kb/articles/${ids.globalClients}`)).body.solvedCount).toBe(1);
    expect((await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/kb-links`)).body.items.map((l: { articleId: string }) => l.articleId)).toEqual([ids.globalClients]);
    const events = (await t.call(tech, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items as { type: string; internal: boolean; after: { articleId: string } }[];
    expect(events.filter((e) => e.type === 'kb.solved')).toEqual([expect.objectContaining({ actorUserId: t.world.staffIds.technician, after: expect.objectContaining({ articleId: ids.globalClients }) })]);
    const asClient = (await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body;
    expect(JSON.stringify(asClient)).not.toContain('kb.solved');
  });

  it('refuses a link to another client’s article, a missing one, or by a client', async () => {
    const tech = t.world.tokens.technician;
    const ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Printer' })).body;
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: ids.bravoOnly })).body).toMatchObject({ status: 422, code: 'article_other_client', field: '/articleId' });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: 'no-such-article' })).body).toMatchObject({ status: 404, field: '/articleId' });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, {})).body).toMatchObject({ status: 400, field: '/articleId' });
    expect((await t.call(t.world.a.clientUserToken, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: ids.alphaOnly })).status).toBe(403);
    const old = (await t.call(tech, 'POST', '/api/v1/kb/articles', { title: 'Old printer driver', body: 'Superseded.', audience: 'internal' })).body;
    await t.call(tech, 'PATCH', `/api/v1/kb/articles/${old.id}`, { archived: true });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/kb-links`, { articleId: old.id })).body).toMatchObject({ status: 422, code: 'article_archived', field: '/articleId' });
    expect((await t.call(tech, 'GET', `/api/v1/kb/articles/${ids.bravoOnly}`)).body.solvedCount).toBe(0);
  });
  it('previews Markdown as saving it would render and sanitise it, for staff only', async () => {
    const tech = t.world.tokens.technician;
    const r = await t.call(tech, 'POST', '/api/v1/kb/preview', { body: '## Steps\n\n**Restart** it <script>alert(1)</script> [x](javascript:alert(1))' });
    expect(r.status).toBe(200);
    expect(r.body.html).toContain('<h2>Steps</h2>');
    expect(r.body.html).toContain('<strong>Restart</strong>');
    expect(r.body.html).not.toMatch(/<script|href="javascript/);
    expect((await t.call(tech, 'POST', '/api/v1/kb/preview', {})).body).toMatchObject({ status: 400, field: '/body' });
    expect((await t.call(t.world.a.clientUserToken, 'POST', '/api/v1/kb/preview', { body: 'x' })).status).toBe(403);
  });

  it('reports per client the articles that solved the most of its tickets', async () => {
    const tech = t.world.tokens.technician;
    const w = t.world;
    const article = async (title: string) => (await t.call(tech, 'POST', '/api/v1/kb/articles', { title, body: 'Steps.', audience: 'clients' })).body.id as string;
    const ticket = async (org: { id: string; contactId: string }) => (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: org.id, contactId: org.contactId, subject: 'Solved by an article' })).body.id as string;
    const [often, once] = [await article('Clear the Teams cache'), await article('Re-pair the headset')];
    for (const [org, articleId] of [[w.a, often], [w.a, often], [w.a, once], [w.b, once]] as const) {
      expect((await t.call(tech, 'POST', `/api/v1/tickets/${await ticket(org)}/kb-links`, { articleId })).status).toBe(201);
    }
    const report = (await t.call(tech, 'GET', '/api/v1/kb/solved')).body.items as { organizationId: string; articleId: string; tickets: number }[];
    const mine = (orgId: string) => report.filter((r) => r.organizationId === orgId && [often, once].includes(r.articleId)).map((r) => [r.articleId, r.tickets]);
    expect(mine(w.a.id)).toEqual([[often, 2], [once, 1]]);
    expect(mine(w.b.id)).toEqual([[once, 1]]);
    const top = (await t.call(tech, 'GET', `/api/v1/kb/solved?organizationId=${w.a.id}&perClient=1`)).body.items;
    expect(top).toEqual([expect.objectContaining({ organizationId: w.a.id, articleId: often, title: 'Clear the Teams cache', tickets: 2, archived: false })]);
    expect((await t.call(w.a.clientAdminToken, 'GET', '/api/v1/kb/solved')).status).toBe(403);
  });
});
