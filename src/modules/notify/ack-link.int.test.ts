import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import { signToken } from '../../platform/secrets.js';
import { ackPath } from './ack.routes.js';

const SECRET = 'a-test-secret-that-is-long-enough-0123';

/**
 * The one-tap acknowledge link: opening it (GET, HEAD — what mail and chat link scanners do) only
 * shows the ticket and its ladder; the page's button POSTs, and only that acknowledges.
 */
describe.each(DIALECTS)('the one-tap acknowledge link on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': SECRET, 'ticket-prefix': 'OPS' });
    owner = t.world.tokens.owner;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Always', timeZone: 'UTC', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Std', targets: TARGETS })).body;
    await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: t.world.a.id, name: 'Managed', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: calendar.id }] });
    await t.call(owner, 'PATCH', `/api/v1/teams/${t.world.teamId}`, { leadUserId: t.world.staffIds.admin });
    await t.call(owner, 'PATCH', `/api/v1/organizations/${t.world.a.id}`, { name: 'Alder <b>Dental</b> & Co' });
    const ladder = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'Business-critical to the CEO',
      match: { trigger: 'created', businessCritical: true },
      steps: [
        { delayMinutes: 15, targets: [{ type: 'role', role: 'team_lead' }] },
        { delayMinutes: 30, targets: [{ type: 'role', role: 'service_manager' }] },
        { delayMinutes: 60, targets: [{ type: 'role', role: 'owner' }] },
      ],
    });
    expect(ladder.status, JSON.stringify(ladder.body)).toBe(201);
  });
  afterAll(async () => t?.close());

  const run = async (minutes: number) => {
    t.clock.advance(minutes * 60_000);
    await t.sb.engine!.engine.runOnce();
  };
  const ladder = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/escalations`)).body;
  /** A business-critical ticket whose team lead was paged a moment ago, and the link in that page. */
  const paging = async (subject: string) => {
    const ticket = (await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, priority: 'P1', businessCritical: true, teamId: t.world.teamId })).body;
    await run(15);
    const page = (await ladder(ticket.id)).notifications[0];
    expect(page).toMatchObject({ step: 1, recipientUserId: t.world.staffIds.admin });
    return { ticket, link: ackPath(signToken(SECRET, { n: page.id }, t.clock.now() + 24 * 3600_000)) };
  };
  const request = (method: 'GET' | 'HEAD' | 'POST', url: string) =>
    t.sb.app.inject({ method, url, ...(method === 'POST' ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: '' } : {}) });

  it('GET and HEAD show the page and leave the ladder running: the next step still pages', async () => {
    const { ticket, link } = await paging('Core switch down');
    const got = await request('GET', link);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(got.body).toContain(ticket.number.replace(/^SB-/, 'OPS-'));
    expect(got.body).toContain('Core switch down');
    expect(got.body).toContain('Alder &#60;b&#62;Dental&#60;/b&#62; &#38; Co');
    expect(got.body).toContain('This link was sent to <strong>The admin</strong>');
    expect(got.body).toMatch(/Paged so far:<\/p><ul><li>Step 1: The admin<\/li><\/ul>/);
    expect(got.body).toMatch(/Next: step 2 pages the service manager in <time datetime="[^"]+">15 min<\/time>/);
    expect(got.body).toMatch(/<form method="post" action="[A-Za-z0-9_.-]+"><button type="submit">Acknowledge OPS-\d+<\/button><\/form>/);
    for (const method of ['HEAD', 'GET', 'HEAD'] as const) expect((await request(method, link)).statusCode).toBe(200);
    expect((await request('HEAD', link)).body).toBe('');

    const before = await ladder(ticket.id);
    expect(before.items[0]).toMatchObject({ state: 'active', acknowledgedBy: null });
    await run(15);
    const after = await ladder(ticket.id);
    expect(after.items[0].state).toBe('active');
    expect(after.notifications.map((n: any) => [n.step, n.recipientUserId])).toEqual([[1, t.world.staffIds.admin], [2, t.world.staffIds.manager]]);
    const events = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.map((e: any) => e.type);
    expect(events).not.toContain('escalation.acknowledged');
  });

  it('answers with a page nobody caches, indexes, frames or scripts, and that sends no referrer', async () => {
    const { link } = await paging('Headers check');
    const { headers, body } = await request('GET', link);
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    const csp = String(headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe');
    expect(body).not.toMatch(/<script/i);
    expect(body).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('the button POSTs and stops the ladder in the name of the person paged; pressing it again changes nothing', async () => {
    const { ticket, link } = await paging('Firewall rebooting in a loop');
    const posted = await request('POST', link);
    expect(posted.statusCode).toBe(200);
    expect(posted.body).toContain(`You acknowledged ${ticket.number.replace(/^SB-/, 'OPS-')}. The escalation has stopped.`);
    expect(posted.body).toContain('Acknowledged by The admin');
    expect(posted.body).not.toContain('<form');
    const state = await ladder(ticket.id);
    expect(state.items[0]).toMatchObject({ state: 'acknowledged', acknowledgedBy: t.world.staffIds.admin });
    const acks = (await t.call(owner, 'GET', `/api/v1/tickets/${ticket.id}/events?limit=200`)).body.items.filter((e: any) => e.type === 'escalation.acknowledged');
    expect(acks.map((e: any) => e.after.via)).toEqual(['link']);

    const again = await request('POST', link);
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('was already acknowledged; nothing changed');
    await run(60);
    expect((await ladder(ticket.id)).notifications).toHaveLength(1);
    const reopened = await request('GET', link);
    expect(reopened.body).toContain('Acknowledged: the escalation has stopped.');
    expect(reopened.body).not.toContain('<form');
  });

  it('a forged, expired or unknown link gets a human page with 403, 410 or 404, by GET and by POST, and changes nothing', async () => {
    const { ticket, link } = await paging('Backups failing');
    const forged = `${link.slice(0, -3)}abc`;
    for (const method of ['GET', 'POST'] as const) {
      const r = await request(method, forged);
      expect(r.statusCode).toBe(403);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.body).toContain('This link is not valid');
    }
    t.clock.advance(25 * 3600_000);
    for (const method of ['GET', 'POST'] as const) {
      const r = await request(method, link);
      expect(r.statusCode).toBe(410);
      expect(r.body).toContain('This link has expired');
    }
    t.clock.advance(-25 * 3600_000);
    const unknown = ackPath(signToken(SECRET, { n: '00000000-0000-4000-8000-000000000000' }, t.clock.now() + 3600_000));
    for (const method of ['GET', 'POST'] as const) expect((await request(method, unknown)).statusCode).toBe(404);
    expect((await request('POST', '/ack/not-a-token')).statusCode).toBe(403);
    expect((await ladder(ticket.id)).items[0].state).toBe('active');
  });

  it('a link sent before the page moved out of /api/v1 redirects to it without acknowledging', async () => {
    const { ticket, link } = await paging('Old link');
    const token = link.split('/').pop()!;
    for (const method of ['GET', 'HEAD'] as const) {
      const r = await request(method, `/api/v1/ack/${token}`);
      expect(r.statusCode).toBe(308);
      expect(r.headers.location).toBe(link);
    }
    expect((await ladder(ticket.id)).items[0].state).toBe('active');
  });

  it('escapes what people typed: a subject cannot inject markup into the page', async () => {
    const { link } = await paging('<img src=x onerror=alert(1)> "quoted" \'single\'');
    const { body } = await request('GET', link);
    expect(body).toContain('&#60;img src=x onerror=alert(1)&#62; &#34;quoted&#34; &#39;single&#39;');
    expect(body).not.toContain('<img');
  });
});
