import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { DIALECTS } from '../../../test/support/db.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { signToken } from '../../platform/secrets.js';

const SECRET = 'u'.repeat(40);

/**
 * Updates written once (issue 12, item 3): an update on the incident is copied into every child's
 * timeline, mailed through the outbox to each affected client's people (those chosen on its
 * dependencies, else its VIPs, else everyone on file) and nobody else, and shown on the status pages — public, and each client's own (by signed
 * link or portal session) showing only the incidents that touch it — with Atom feeds, and on the
 * portal banner.
 */
describe.each(DIALECTS)('incident updates and the status page on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  let both: string;
  let onlyB: string;
  let third: string;
  const tech = () => t.world.tokens.technician;
  const page = (url: string, token: string | null = null) => t.sb.app.inject({ method: 'GET', url, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { roles: 'api,engine', 'secret-key': SECRET, 'public-url': 'https://desk.msp.example' });
    const owner = t.world.tokens.owner;
    expect((await t.call(owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } })).status).toBe(201);
    // Client a has a VIP: only she hears of incidents. Client b has none: all its people do.
    await t.call(tech(), 'POST', '/api/v1/contacts', { organizationId: t.world.a.id, name: 'Vera VIP', emails: ['vera@alpha.example'], vip: true });
    third = (await t.call(owner, 'POST', '/api/v1/organizations', { name: 'Charlie Dental', timeZone: 'Europe/London' })).body.id;
    await t.call(tech(), 'POST', '/api/v1/contacts', { organizationId: third, name: 'Carl', emails: ['carl@charlie.example'] });
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Northwind Cloud' })).body.id;
    both = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted desktops' })).body.id;
    onlyB = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Backups' })).body.id;
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: both, organizationId: t.world.a.id, criticality: 'high' });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: both, organizationId: t.world.b.id, criticality: 'normal' });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: onlyB, organizationId: t.world.b.id, criticality: 'low' });
    await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: onlyB, organizationId: third, criticality: 'low' });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('copies an update into every child’s timeline and mails it to the affected clients’ people only', async () => {
    const declared = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [both], title: 'Northwind desktops down', summary: 'Down.' })).body;
    while ((await t.sb.outbound!.runOnce()) > 0);
    fake.reset();
    const posted = await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/updates`, { body: 'Northwind expects the desktops back by 18:00.\n\nUse the spare laptops meanwhile.' });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body).toMatchObject({ mailed: 3, postedAt: t.clock.iso() });
    for (const child of declared.children) {
      const events = (await t.call(tech(), 'GET', `/api/v1/tickets/${child.ticket.id}/events?limit=100`)).body.items;
      expect(events.find((e: any) => e.type === 'incident.update')).toMatchObject({ after: { incidentId: declared.id, body: 'Northwind expects the desktops back by 18:00.\n\nUse the spare laptops meanwhile.' } });
    }
    while ((await t.sb.outbound!.runOnce()) > 0);
    const mails = fake.messages();
    expect(mails.map((m) => m.envelope.to[0]).sort()).toEqual(['bravo.0@example.com', 'bravo.1@example.com', 'vera@alpha.example']);
    expect(mails[0].headers.subject).toBe('Update: Northwind desktops down');
    expect(mails[0].text).toContain('Northwind expects the desktops back by 18:00.');
    // Each mail links the client's own status page, signed.
    const link = mails.find((m) => m.envelope.to[0] === 'vera@alpha.example')!.text.match(/https:\/\/desk\.msp\.example(\/status\/c\/[A-Za-z0-9_.-]+)/)![1];
    const own = await page(link);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('Service status for alpha Ltd');
    expect(own.body).toContain('Northwind desktops down');

    // A resolved incident takes no more updates.
    await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Back.' });
    expect((await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/updates`, { body: 'late' })).body.code).toBe('incident_resolved');
  });

  it('mails the people chosen on a client’s dependency instead of everyone, and refuses a contact of another client', async () => {
    const owner = t.world.tokens.owner;
    const vendor = (await t.call(owner, 'POST', '/api/v1/vendors', { name: 'Fabrikam Voice' })).body.id;
    const phones = (await t.call(owner, 'POST', `/api/v1/vendors/${vendor}/services`, { name: 'Hosted phones' })).body.id;
    const foreign = await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: phones, organizationId: t.world.b.id, notifyContactIds: [t.world.a.contactId] });
    expect([foreign.status, foreign.body.field]).toEqual([404, '/notifyContactIds/0']);
    const chosen = (await t.call(tech(), 'GET', `/api/v1/contacts/${t.world.b.otherContactId}`)).body;
    const dependency = await t.call(owner, 'POST', '/api/v1/dependencies', { serviceId: phones, organizationId: t.world.b.id, notifyContactIds: [chosen.id, chosen.id] });
    expect(dependency.status, JSON.stringify(dependency.body)).toBe(201);
    expect(dependency.body.notifyContactIds).toEqual([chosen.id]);

    const declared = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [phones], title: 'Fabrikam phones down', summary: 'Down.' })).body;
    while ((await t.sb.outbound!.runOnce()) > 0);
    fake.reset();
    expect((await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/updates`, { body: 'Calls divert to mobiles.' })).body.mailed).toBe(1);
    while ((await t.sb.outbound!.runOnce()) > 0);
    expect(fake.messages().map((m) => m.envelope.to[0])).toEqual([chosen.emails[0]]);
    await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/resolve`, { note: 'Back.' });
  });

  it('shows the public page without JavaScript or client names, and each client only the incidents that touch it', async () => {
    const declared = (await t.call(tech(), 'POST', '/api/v1/incidents', { serviceIds: [onlyB], title: 'Backups <paused>', summary: 'Backups paused.' })).body;
    await t.call(tech(), 'POST', `/api/v1/incidents/${declared.id}/updates`, { body: 'Restores work; <script>alert(1)</script> new backups wait.' });

    const pub = await page('/status');
    expect(pub.statusCode).toBe(200);
    expect(pub.headers['content-type']).toContain('text/html');
    expect(pub.body).not.toContain('<script');
    expect(pub.body).toContain('Backups &#60;paused&#62;');
    expect(pub.body).toContain('Restores work; &#60;script&#62;');
    expect(pub.body).toContain('Northwind desktops down');
    for (const name of ['alpha Ltd', 'bravo Ltd', 'Charlie Dental']) expect(pub.body).not.toContain(name);
    expect(pub.body).toContain('<link rel="alternate" type="application/atom+xml"');

    // Client a's own page: the desktops incident touched it; the backups one did not.
    const aLink = `/status/c/${signToken(SECRET, { status: t.world.a.id }, t.clock.now() + 3600_000)}`;
    const a = (await page(aLink)).body;
    expect(a).toContain('Northwind desktops down');
    expect(a).not.toContain('Backups');
    const mine = await page('/status/mine', t.world.b.clientUserToken);
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Backups &#60;paused&#62;');
    expect(mine.body).toContain('Northwind desktops down');
    // A link signed with another key, or an acknowledge link's payload, opens nothing.
    expect((await page(`/status/c/${signToken('x'.repeat(40), { status: t.world.a.id }, t.clock.now() + 3600_000)}`)).statusCode).toBe(403);
    expect((await page(`/status/c/${signToken(SECRET, { n: 'some-page' }, t.clock.now() + 3600_000)}`)).statusCode).toBe(403);
  });

  it('publishes Atom feeds (RFC 4287) of the public and each client’s page', async () => {
    const feed = await page('/status/feed.atom');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(feed.body).toContain('<id>https://desk.msp.example/status</id>');
    expect(feed.body).toMatch(/<updated>\d{4}-\d\d-\d\dT[\d:.]+Z<\/updated>/);
    expect(feed.body).toContain('<title type="html"><![CDATA[Update: Backups &#60;paused&#62;]]></title>');
    expect(feed.body).toContain('Resolved: Northwind desktops down');
    expect(feed.body.match(/<entry>/g)!.length).toBeGreaterThanOrEqual(5);
    const aFeed = await page(`/status/c/${signToken(SECRET, { status: t.world.a.id }, t.clock.now() + 3600_000)}/feed.atom`);
    expect(aFeed.body).toContain(`<id>https://desk.msp.example/status/clients/${t.world.a.id}</id>`);
    expect(aFeed.body).not.toContain('Backups');
  });

  it('shows a client’s users a banner of the open incidents that touch it', async () => {
    const b = (await t.call(t.world.b.clientUserToken, 'GET', '/api/v1/incident-banners')).body.items;
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ title: 'Backups <paused>', latestUpdate: { body: 'Restores work; <script>alert(1)</script> new backups wait.' } });
    expect(b[0].statusPageUrl).toMatch(/^https:\/\/desk\.msp\.example\/status\/c\//);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/incident-banners')).body.items).toEqual([]);
    expect((await t.call(tech(), 'GET', '/api/v1/incident-banners')).status).toBe(403);
  });
});
