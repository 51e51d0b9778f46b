import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { alertFixtures, assetFixtures, vendorFixtures, kbFixtures, billingFixtures, withSenders, spareFixtures, campaignFixtures, exampleBody, operations, slaFixtures, urlFor, type Operation, type Targets, backupFixtures, invoiceFixtures } from './endpoints.js';

/**
 * Tenancy: every endpoint, every role, with another client's ids. A client sees only its own
 * data; another client's object answers exactly like a missing one.
 */
describe.each(DIALECTS)('tenancy on %s', (dialect) => {
  let t: TestApp;
  let ops: Operation[];
  let bIds: Targets;
  let bSecrets: string[];
  let aOwnTicket: string;
  let aColleagueTicket: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    ops = await operations(t);
    const w = t.world;
    const mk = async (org: string, contact: string, subject: string) =>
      (await t.call(w.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: org, contactId: contact, subject, description: `${subject} details` })).body;
    const b1 = await mk(w.b.id, w.b.contactId, 'Bravo zebracrossing payroll export');
    const b2 = await mk(w.b.id, w.b.otherContactId, 'Bravo second ticket');
    await t.call(w.tokens.technician, 'POST', `/api/v1/tickets/${b1.id}/messages`, { kind: 'note', body: 'bravo internal secret' });
    aOwnTicket = (await mk(w.a.id, w.a.contactId, 'Alpha own ticket')).id;
    aColleagueTicket = (await mk(w.a.id, w.a.otherContactId, 'Alpha colleague ticket')).id;
    const bUser = (await t.call(w.tokens.owner, 'GET', `/api/v1/users?organizationId=${w.b.id}`)).body.items[0];
    const bToken = (await t.call(w.b.clientUserToken, 'GET', '/api/v1/tokens')).body.items[0];
    // Bravo had a confirmed fraud: its flag, its call-back and its portal warning are Bravo's alone.
    const flag = (await t.call(w.tokens.technician, 'POST', `/api/v1/tickets/${b1.id}/fraud-flags`, { reason: 'Caller asked to change zebracrossing bank details' })).body;
    await t.call(w.tokens.technician, 'POST', `/api/v1/tickets/${b1.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: '+1 312 555 0123', whereFound: 'bravo website' });
    const warning = (await t.call(w.tokens.technician, 'POST', '/api/v1/fraud-warnings', { flagId: flag.id, text: 'Bravo zebracrossing warning: do not act on it' })).body;
    bIds = { ticket: b1.id, otherTicket: b2.id, organization: w.b.id, site: w.b.siteId, contact: w.b.contactId, user: bUser.id, team: w.teamId, token: bToken.id, fraudFlag: flag.id, fraudWarning: warning.id, ...(await slaFixtures(t, w.b.id)), ...(await alertFixtures(t, w.b.id)), ...(await vendorFixtures(t, w.b.id)), ...(await kbFixtures(t, w.b.id)) };
    Object.assign(bIds, await billingFixtures(t, bIds));
    bIds = withSenders(bIds, await assetFixtures(t, w.b.id));
    bIds = { ...bIds, ...(await spareFixtures(t, b1.id)) };
    bIds = { ...bIds, ...(await campaignFixtures(t, w.b.id)) };
    bIds = withSenders(bIds, await backupFixtures(t, w.b.id));
    bIds = { ...bIds, ...(await invoiceFixtures(t, w.b.id)) };
    bSecrets = [bIds.kbArticle!, bIds.asset!, bIds.campaign!, bIds.campaignPerson!, bIds.backupJob!, b1.id, b2.id, w.b.id, w.b.siteId, w.b.contactId, w.b.otherContactId, bUser.id, flag.id, warning.id, 'zebracrossing', 'bravo', 'Bravo'];
  });
  afterAll(async () => t?.close());

  const clients = () => [
    ['client user', t.world.a.clientUserToken],
    ['client admin', t.world.a.clientAdminToken],
  ] as const;

  it('walks a known set of operations', () => {
    expect(ops.length).toBeGreaterThanOrEqual(25);
    for (const op of ops) {
      expect(() => urlFor(op, bIds)).not.toThrow();
      expect(() => exampleBody(op, bIds)).not.toThrow();
    }
  });

  it('answers another client’s objects as not found (or forbidden for staff-only areas), and changes nothing', async () => {
    const before = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${bIds.ticket}`)).body;
    for (const [who, token] of clients()) {
      for (const op of ops.filter((o) => o.path.includes('{id}'))) {
        const r = await t.call(token, op.method, urlFor(op, bIds), exampleBody(op, bIds));
        expect([403, 404], `${who} ${op.method} ${op.path} → ${r.status} ${JSON.stringify(r.body)}`).toContain(r.status);
        expect(JSON.stringify(r.body)).not.toMatch(/zebracrossing|bravo internal/i);
      }
    }
    const after = (await t.call(t.world.tokens.owner, 'GET', `/api/v1/tickets/${bIds.ticket}`)).body;
    expect(after).toEqual(before);
  });

  it('never lists another client’s data on any collection, whatever the filters say', async () => {
    for (const [who, token] of clients()) {
      // The live stream never ends; its filtering has its own test below.
      for (const op of ops.filter((o) => o.method === 'GET' && !o.path.includes('{id}') && o.path !== '/api/v1/stream')) {
        for (const query of ['', `?organizationId=${bIds.organization}`, '?q=zebracrossing', `?contactId=${bIds.contact}`, '?q=bravo']) {
          const r = await t.call(token, 'GET', `${op.path}${query}`);
          if (r.status >= 400) {
            expect([400, 403, 404], `${who} GET ${op.path}${query}`).toContain(r.status);
            continue;
          }
          const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
          for (const secret of bSecrets) expect(text, `${who} GET ${op.path}${query} leaked ${secret}`).not.toContain(secret);
        }
      }
    }
  });

  it('shows a client user only their own tickets and a client admin the whole organisation', async () => {
    const mine = (await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/tickets')).body.items.map((x: any) => x.id);
    expect(mine).toEqual([aOwnTicket]);
    expect((await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${aColleagueTicket}`)).status).toBe(404);
    const org = (await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/tickets')).body.items.map((x: any) => x.id);
    expect(org.sort()).toEqual([aOwnTicket, aColleagueTicket].sort());
    const contacts = (await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/contacts')).body.items.map((c: any) => c.id);
    expect(contacts).toEqual([t.world.a.contactId]);
  });

  it('lets every staff role see every client', async () => {
    for (const token of Object.values(t.world.tokens)) {
      expect((await t.call(token, 'GET', `/api/v1/tickets/${bIds.ticket}`)).status).toBe(200);
      expect((await t.call(token, 'GET', `/api/v1/tickets/${aOwnTicket}`)).status).toBe(200);
    }
  });

  it('answers a client that opens a ticket for another client’s contact exactly as for a missing one', async () => {
    const foreign = await t.call(t.world.a.clientAdminToken, 'POST', '/api/v1/tickets', { subject: 'x', contactId: bIds.contact });
    const missing = await t.call(t.world.a.clientAdminToken, 'POST', '/api/v1/tickets', { subject: 'x', contactId: 'no-such-contact' });
    expect(foreign.status).toBe(404);
    expect({ ...foreign.body, instance: undefined }).toEqual({ ...missing.body, instance: undefined });
  });

  it('streams only the reader’s own tickets, and no internal events to clients', async () => {
    const received: string[] = [];
    const stop = t.sb.events.subscribe(() => undefined);
    const address = await t.sb.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/v1/stream`, { headers: { authorization: `Bearer ${t.world.a.clientUserToken}` }, signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    const reading = (async () => {
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          received.push(decoder.decode(value));
        }
      } catch {
        // aborted
      }
    })();
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${bIds.ticket}/messages`, { kind: 'reply', body: 'to bravo' });
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${aOwnTicket}/messages`, { kind: 'note', body: 'internal alpha' });
    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${aOwnTicket}/messages`, { kind: 'reply', body: 'to alpha' });
    await new Promise((r) => setTimeout(r, 200));
    controller.abort();
    await reading;
    stop();
    const text = received.join('');
    const events = text.split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
    expect(events.map((e) => [e.ticketId, e.data.kind])).toEqual([[aOwnTicket, 'reply']]);
  });
});
