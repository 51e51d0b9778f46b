import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';

/**
 * Client satisfaction (issue 13, item 6): a resolved ticket offers one survey; the client rates it
 * from the portal's API or from the resolution mail's one-click links; rating again changes it
 * while the survey is open; a bad rating opens one follow-up ticket for the service manager.
 */
describe.each(DIALECTS)('csat on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  const tech = () => t.world.tokens.technician;
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const resolvedTicket = async (subject: string) => {
    const ticket = await ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject, assigneeId: t.world.staffIds.technician, teamId: t.world.teamId });
    await ok(tech(), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
    return ticket;
  };
  const followUps = async () =>
    ((await ok(t.world.tokens.owner, 'GET', `/api/v1/tickets?assigneeId=${t.world.staffIds.manager}`)).items as { id: string; subject: string; assigneeId: string; organizationId: string; tags: string[] }[]).filter((i) => i.tags.includes('csat-follow-up'));

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { roles: 'api,engine', 'secret-key': 's'.repeat(40), 'public-url': 'https://desk.example' });
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('offers no survey before resolution, and one survey, open for the window, once resolved', async () => {
    const open = await ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Still open' });
    expect(await ok(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${open.id}/rating`)).toMatchObject({ offered: false, open: false, rating: null });
    const r = await t.call(t.world.a.clientUserToken, 'PUT', `/api/v1/tickets/${open.id}/rating`, { rating: 'good' });
    expect([r.status, r.body.code, r.body.field]).toEqual([409, 'survey_not_offered', '/rating']);

    const done = await resolvedTicket('Printer jam');
    const closesAt = new Date(t.clock.now() + 14 * 86_400_000).toISOString();
    expect(await ok(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${done.id}/rating`)).toEqual({ ticketId: done.id, offered: true, open: true, closesAt, rating: null, comment: null, ratedAt: null, followUpTicketId: null });
  });

  it('lets the client rate in the portal and change the rating; only the client, only their own tickets', async () => {
    const done = await resolvedTicket('Mailbox full');
    const url = `/api/v1/tickets/${done.id}/rating`;
    expect(await ok(t.world.a.clientUserToken, 'PUT', url, { rating: 'okay', comment: '  Took a while  ' })).toMatchObject({ rating: 'okay', comment: 'Took a while', ratedAt: t.clock.iso() });
    t.clock.advance(3 * 86_400_000);
    expect(await ok(t.world.a.clientAdminToken, 'PUT', url, { rating: 'good' })).toMatchObject({ rating: 'good', comment: null });
    expect((await t.call(tech(), 'PUT', url, { rating: 'bad' })).status).toBe(403);
    expect((await t.call(t.world.b.clientUserToken, 'PUT', url, { rating: 'bad' })).status).toBe(404);
    expect((await t.call(t.world.b.clientUserToken, 'GET', url)).status).toBe(404);
    const bad = await t.call(t.world.a.clientUserToken, 'PUT', url, { rating: 'great' });
    expect([bad.status, bad.body.code, bad.body.field]).toEqual([400, 'validation_failed', '/rating']);
    expect(await followUps()).toEqual([]);
    // The window counts from the resolution: 14 days on, the rating stands as it was.
    t.clock.advance(11 * 86_400_000);
    const closed = await t.call(t.world.a.clientUserToken, 'PUT', url, { rating: 'bad' });
    expect([closed.status, closed.body.code]).toEqual([409, 'survey_closed']);
    expect(await ok(t.world.tokens.owner, 'GET', url)).toMatchObject({ rating: 'good', open: false });
  });

  it('opens one follow-up for the service manager on a bad rating, never a second', async () => {
    const done = await resolvedTicket('VPN drops');
    const url = `/api/v1/tickets/${done.id}/rating`;
    await ok(t.world.a.clientUserToken, 'PUT', url, { rating: 'bad', comment: 'Nobody called back' });
    const [followUp] = await followUps();
    expect(followUp).toMatchObject({ organizationId: t.world.a.id, assigneeId: t.world.staffIds.manager });
    expect(followUp.subject).toBe(`Follow up a bad rating on ${done.number}: VPN drops`);
    expect((await ok(t.world.tokens.owner, 'GET', url)).followUpTicketId).toBe(followUp.id);
    expect((await ok(t.world.a.clientUserToken, 'GET', url)).followUpTicketId).toBeNull();
    await ok(t.world.a.clientUserToken, 'PUT', url, { rating: 'okay' });
    await ok(t.world.a.clientUserToken, 'PUT', url, { rating: 'bad' });
    expect((await followUps()).map((f) => f.id)).toEqual([followUp.id]);
  });

  it('mails one-click rating links with the resolution; opening one rates nothing, sending the form does', async () => {
    fake.reset();
    const done = await resolvedTicket('Laptop slow');
    while ((await t.sb.outbound!.runOnce()) > 0);
    const mail = fake.messages().find((m) => m.headers.subject?.includes('Resolved: Laptop slow'));
    expect(mail?.text).toContain('How did we do? Rate this ticket with one click:');
    const links = [...mail!.text.matchAll(/https:\/\/desk\.example(\/csat\/[\w.-]+)\?rating=(good|okay|bad)/g)].map((m) => [m[1], m[2]]);
    expect(links.map((l) => l[1])).toEqual(['good', 'okay', 'bad']);
    const path = links[0][0];

    // A mail scanner fetching the link: the page shows the choice, and nothing is rated.
    const page = await t.sb.app.inject({ method: 'GET', url: `${path}?rating=bad` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('value="bad" checked');
    expect(page.body).not.toContain('<script');
    expect((await ok(t.world.tokens.owner, 'GET', `/api/v1/tickets/${done.id}/rating`)).rating).toBeNull();

    const sent = await t.sb.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'rating=good&comment=Quick+%26+kind' });
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain('your rating “good” is recorded');
    expect(await ok(t.world.tokens.owner, 'GET', `/api/v1/tickets/${done.id}/rating`)).toMatchObject({ rating: 'good', comment: 'Quick & kind' });

    const forged = await t.sb.app.inject({ method: 'GET', url: `${path.slice(0, -3)}xyz?rating=good` });
    expect(forged.statusCode).toBe(403);
    t.clock.advance(15 * 86_400_000);
    expect((await t.sb.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'rating=bad' })).statusCode).toBe(410);
  });
});
