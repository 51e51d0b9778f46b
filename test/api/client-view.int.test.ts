import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/db.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { TARGETS, operations, urlFor, type Operation, type Targets } from './endpoints.js';
import { flagTicketForVerification } from '../../src/modules/fraud-checks/index.js';

/**
 * What a client reads of its own ticket: the subject, status and public conversation, never what
 * only staff may read — internal notes and call logs (not even through search or counts, word by
 * word), tags, team, tier, reassignments, escalation and SLA-notice events, the contract, policy
 * and calendar behind its SLA clocks, the ids of another client's tickets it is linked to, or the
 * fraud guard's flags on its ticket (score, reasons, the purported sender, the numbers on file to
 * call back and the call's outcome) — only the words of a confirmed fraud's warning.
 * Walks every readable operation of the OpenAPI document as a client user and a client admin.
 */
describe.each(DIALECTS)('what a client may read on %s', (dialect) => {
  let t: TestApp;
  let ops: Operation[];
  let ids: Targets;
  let ticket: { id: string; number: string };
  let foreign: string;
  /** Text only staff may read; none of it may reach a client, whole or in part. */
  const SECRETS = ['zanzibarnote', 'quixoticcall', 'vipsecrettag', 'Hushhush Contract', 'Hushhush Policy', 'Hushhush Calendar', 'Hushhush fraudreason', 'Hushhush lookalike', 'hushhush-lookalike', 'Hushhush assetnote', 'rmm-hushhush'];
  /** The number on file of the client admin's contact, offered to call back: the client user, who cannot read that contact, never sees it. */
  const DIRECTORY_NUMBER = '+13125550147';
  const WARNING = 'A message pretending to be from your finance director asked to change bank details; do not act on it.';

  beforeAll(async () => {
    t = await startTestApp(dialect);
    ops = await operations(t);
    const w = t.world;
    const tech = w.tokens.technician;
    const owner = w.tokens.owner;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Hushhush Calendar', timeZone: 'Europe/London', preset: '24x7' })).body.id;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Hushhush Policy', targets: TARGETS })).body.id;
    const contract = (await t.call(owner, 'POST', '/api/v1/contracts', { organizationId: w.a.id, name: 'Hushhush Contract', kind: 'managed', slaPolicyId: policy, coverage: [{ calendarId: calendar }] })).body.id;
    ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: w.a.id, contactId: w.a.contactId, subject: 'Laptop fan rattles', description: 'It started this morning', tags: ['vipsecrettag'] })).body;
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'Internal zanzibarnote: check the warranty' });
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'call', body: 'Called about quixoticcall', callDirection: 'outbound' });
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'We ordered a replacement fan' });
    await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'open', assigneeId: w.staffIds.technician, teamId: w.teamId, tier: 2, businessCritical: true, tags: ['vipsecrettag', 'hardware'] });
    // A vendor incident: another client's ticket is the parent of this one.
    foreign = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: w.b.id, subject: 'Vendor outage' })).body.id;
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${foreign}/links`, { relation: 'parent_of', ticketId: ticket.id })).status).toBe(201);
    // Verify by phone on the ticket: a message's flag, still awaiting its call-back, whose purported sender is the client
    // admin's contact (with a number on file), and a flag raised by hand whose call found a fraud, with its warning.
    expect((await t.call(owner, 'PATCH', `/api/v1/organizations/${w.a.id}`, { country: 'US', mainPhone: '(312) 555-0100' })).status).toBe(200);
    const admin = (await t.call(owner, 'PATCH', `/api/v1/contacts/${w.a.otherContactId}`, { phones: [{ number: '(312) 555-0147', label: 'mobile' }] })).body;
    await t.sb.database.db.transaction().execute((trx) =>
      flagTicketForVerification(trx, {
        ticketId: ticket.id,
        messageId: null,
        score: 75,
        reasons: [
          { code: 'lookalike_domain', detail: 'Hushhush lookalike: hushhush-lookalike.example is one letter off the client’s domain', weight: 45 },
          { code: 'bank_change_language', detail: 'Asks to change bank details', weight: 30 },
        ],
        purportedSender: { address: 'finance@hushhush-lookalike.example', name: admin.name },
      }),
    );
    const byHand = (await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'Hushhush fraudreason: a caller asked to change the bank account' })).body;
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${byHand.id}/call`, { outcome: 'fraud', number: DIRECTORY_NUMBER, note: 'Hushhush fraudreason confirmed' })).status).toBe(200);
    const warning = (await t.call(tech, 'POST', '/api/v1/fraud-warnings', { flagId: byHand.id, text: WARNING })).body;
    // The client user's own laptop, with the MSP's notes and tags and an RMM's id on it.
    const asset = (await t.call(tech, 'POST', '/api/v1/assets', { organizationId: w.a.id, contactId: w.a.contactId, kind: 'laptop', name: 'Alpha laptop', notes: 'Hushhush assetnote', tags: ['vipsecrettag'] })).body.id;
    const feed = (await t.call(owner, 'POST', '/api/v1/asset-feeds', { name: 'Alpha RMM', organizationId: w.a.id })).body;
    await t.call(feed.token, 'POST', feed.path, { assets: [{ externalId: 'rmm-hushhush', kind: 'desktop', name: 'Alpha desktop', personEmail: 'alpha.0@example.com', notes: 'Hushhush assetnote' }] });
    ids = { asset, ticket: ticket.id, otherTicket: ticket.id, organization: w.a.id, site: w.a.siteId, contact: w.a.contactId, user: w.staffIds.technician, team: w.teamId, token: 'none', calendar, policy, contract, fraudFlag: byHand.id, fraudWarning: warning.id };
  });
  afterAll(async () => t?.close());

  const clients = () => [
    ['client user', t.world.a.clientUserToken],
    ['client admin', t.world.a.clientAdminToken],
  ] as const;

  /** Everything in an answer that a client may not read: secrets, another client's ticket, staff-only fields and events. */
  function leaks(body: unknown, who: 'client user' | 'client admin' | 'staff' = 'client user'): string[] {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    // The client admin reads its own contact, number and all; nobody else at the client does.
    const secrets = [...SECRETS, 'zanzibar', 'quixotic', foreign, t.world.teamId, ...(who === 'client admin' ? [] : [DIRECTORY_NUMBER])];
    const found = secrets.filter((s) => text.includes(s));
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (value === null || typeof value !== 'object') return;
      const o = value as Record<string, unknown>;
      for (const key of ['tags', 'teamId', 'tier', 'businessCritical', 'fcrOutcome', 'warnAt', 'contract', 'policy', 'reasons', 'callBack', 'purportedSender', 'flagId', 'suggestedWarning']) if (key in o) found.push(`field ${key}`);
      if (typeof o.type === 'string' && /^(escalation|sla|fraud)\./.test(o.type)) found.push(`event ${o.type}`);
      if (o.type === 'ticket.updated' && !['status', 'subject', 'priority', 'contactId', 'siteId'].includes(String(o.field))) found.push(`change of ${String(o.field)}`);
      if (o.kind === 'note' || o.kind === 'call') found.push(`message ${String(o.kind)}`);
      Object.values(o).forEach(walk);
    };
    walk(typeof body === 'string' ? undefined : body);
    return found;
  }

  it('shows staff what the walk below keeps from clients, so the walk has something to find', async () => {
    const staff = t.world.tokens.owner;
    const seen = [
      (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}`)).body,
      (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body,
      (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}/messages`)).body,
      (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body,
      (await t.call(staff, 'GET', '/api/v1/tickets?q=zanzib')).body,
      (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}/verification`)).body,
      (await t.call(staff, 'GET', `/api/v1/fraud-warnings?organizationId=${t.world.a.id}`)).body,
      (await t.call(staff, 'GET', `/api/v1/assets?organizationId=${t.world.a.id}`)).body,
    ];
    const found = new Set(seen.flatMap((body) => leaks(body, 'staff')));
    for (const s of ['zanzibarnote', 'quixoticcall', 'vipsecrettag', 'Hushhush Contract', 'Hushhush Policy', 'Hushhush Calendar', foreign, 'field tier', 'change of assigneeId', 'change of tags', 'message note']) expect(found, s).toContain(s);
    for (const s of ['Hushhush fraudreason', 'Hushhush lookalike', 'hushhush-lookalike', DIRECTORY_NUMBER, 'field reasons', 'field callBack', 'field purportedSender', 'field flagId', 'event fraud.flagged', 'event fraud.call_logged', 'Hushhush assetnote', 'rmm-hushhush']) expect(found, s).toContain(s);
  });

  it('reads its ticket, conversation, history, clocks and links without anything staff-only, on every operation', async () => {
    let read = 0;
    for (const [who, token] of clients()) {
      for (const op of ops.filter((o) => o.method === 'GET' && o.path !== '/api/v1/stream')) {
        const r = await t.call(token, 'GET', urlFor(op, ids));
        if (r.status >= 400) continue;
        read += 1;
        expect(leaks(r.body, who), `${who} GET ${op.path}`).toEqual([]);
      }
    }
    // The ticket, its messages, events, clocks and links, and the ticket list, for both clients.
    expect(read).toBeGreaterThanOrEqual(12);
  });

  it('reads a confirmed fraud’s warning in its words only, and nothing of the verify-by-phone flags behind it', async () => {
    for (const [who, token] of clients()) {
      const warnings = await t.call(token, 'GET', '/api/v1/fraud-warnings');
      expect(warnings.status, who).toBe(200);
      expect(warnings.body.items.map((x: any) => Object.keys(x).sort()), who).toEqual([['active', 'createdAt', 'endedAt', 'id', 'organizationId', 'text', 'updatedAt']]);
      expect(warnings.body.items[0].text, who).toBe(WARNING);
      for (const path of [`/api/v1/tickets/${ticket.id}/verification`, `/api/v1/tickets/${ticket.id}/resolve-blocks`, `/api/v1/organizations/${t.world.a.id}/fraud-settings`]) {
        expect((await t.call(token, 'GET', path)).status, `${who} GET ${path}`).toBe(403);
      }
      const events = (await t.call(token, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items;
      expect(events.filter((e: any) => e.type.startsWith('fraud.')), who).toEqual([]);
      expect((await t.call(token, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'A client flags its own ticket' })).status, who).toBe(403);
      expect((await t.call(token, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${ids.fraudFlag}/call`, { outcome: 'verified', number: DIRECTORY_NUMBER })).status, who).toBe(403);
    }
    // Staff still read the flag awaiting its call-back, with the number on file to call.
    const staff = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.id}/verification`)).body;
    expect(staff.required).toBe(true);
    expect(JSON.stringify(staff.flags.map((f: any) => f.callBack))).toContain(DIRECTORY_NUMBER);
  });

  it('searches and counts only the subject and public replies, so no word of a note can be found', async () => {
    for (const [who, token] of clients()) {
      for (const q of ['zanzibarnote', 'zanzib', 'z', 'quixoticcall', 'quix', 'warranty', 'check the warranty']) {
        const list = await t.call(token, 'GET', `/api/v1/tickets?q=${encodeURIComponent(q)}`);
        expect(list.body.items, `${who} q=${q}`).toEqual([]);
        const counts = await t.call(token, 'POST', '/api/v1/tickets/counts', { queries: [{ q }, { q, status: 'open' }] });
        expect(counts.body.counts, `${who} counts q=${q}`).toEqual([0, 0]);
      }
      for (const q of ['laptop fan', 'rattl', 'replacement', 'started this morning']) {
        const list = await t.call(token, 'GET', `/api/v1/tickets?q=${encodeURIComponent(q)}`);
        expect(list.body.items.map((x: any) => x.id), `${who} q=${q}`).toEqual([ticket.id]);
        expect((await t.call(token, 'POST', '/api/v1/tickets/counts', { queries: [{ q }] })).body.counts, `${who} counts q=${q}`).toEqual([1]);
      }
    }
    // Staff still find the note.
    expect((await t.call(t.world.tokens.technician, 'GET', '/api/v1/tickets?q=zanzib')).body.items.map((x: any) => x.id)).toEqual([ticket.id]);
  });

  it('keeps a note merged in from another ticket out of the client’s search', async () => {
    const tech = t.world.tokens.technician;
    const other = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject: 'Fan noise again' })).body;
    await t.call(tech, 'POST', `/api/v1/tickets/${other.id}/messages`, { kind: 'note', body: 'mergednoteword for staff' });
    expect((await t.call(tech, 'POST', `/api/v1/tickets/${other.id}/merge`, { intoTicketId: ticket.id })).status).toBe(200);
    expect((await t.call(tech, 'GET', '/api/v1/tickets?q=mergednoteword')).body.items.map((x: any) => x.id)).toEqual([ticket.id]);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/tickets?q=mergednoteword')).body.items).toEqual([]);
    expect((await t.call(t.world.a.clientUserToken, 'GET', '/api/v1/tickets?q=noise')).body.items.map((x: any) => x.id)).toContain(ticket.id);
  });

  it('refuses the filters that would probe staff-only fields, naming the field', async () => {
    for (const [who, token] of clients()) {
      for (const [query, field] of [[`assigneeId=${t.world.staffIds.technician}`, '/assigneeId'], ['assigneeId=none', '/assigneeId'], [`teamId=${t.world.teamId}`, '/teamId'], ['tier=2', '/tier'], ['businessCritical=true', '/businessCritical']]) {
        expect((await t.call(token, 'GET', `/api/v1/tickets?${query}`)).body, `${who} ${query}`).toMatchObject({ status: 403, code: 'field_not_allowed', field });
      }
      expect((await t.call(token, 'POST', '/api/v1/tickets/counts', { queries: [{ status: 'open' }, { tier: 2 }] })).body, who).toMatchObject({ status: 403, code: 'field_not_allowed', field: '/queries/1/tier' });
    }
  });

  it('streams a client only the changes its reads show: a status change, not a reassignment, a tag or a note', async () => {
    const address = await t.sb.app.listen({ host: '127.0.0.1', port: 0 });
    const controller = new AbortController();
    const response = await fetch(`${address}/api/v1/stream`, { headers: { authorization: `Bearer ${t.world.a.clientUserToken}` }, signal: controller.signal });
    const reader = response.body!.getReader();
    const received: string[] = [];
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
    const tech = t.world.tokens.technician;
    await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { assigneeId: t.world.staffIds.manager, tags: ['vipsecrettag'] });
    await t.call(tech, 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'note', body: 'another zanzibarnote' });
    await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'waiting_on_client', tier: 3 });
    await new Promise((r) => setTimeout(r, 200));
    controller.abort();
    await reading;
    const events = received.join('').split('\n').filter((l) => l.startsWith('data: ')).map((l) => JSON.parse(l.slice(6)));
    expect(events.map((e) => [e.type, e.data.fields])).toEqual([['ticket.updated', ['status']]]);
  });

  it('keeps staff able to filter and read everything', async () => {
    const staff = t.world.tokens.technician;
    expect((await t.call(staff, 'GET', `/api/v1/tickets?tier=2&teamId=${t.world.teamId}`)).status).toBe(200);
    const sla = (await t.call(staff, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body;
    expect(sla.contract.name).toBe('Hushhush Contract');
    expect(sla.clocks[0].calendar.name).toBe('Hushhush Calendar');
    const clientSla = (await t.call(t.world.a.clientUserToken, 'GET', `/api/v1/tickets/${ticket.id}/sla`)).body;
    expect(clientSla.clocks.length).toBe(sla.clocks.length);
    expect(clientSla.clocks[0]).toMatchObject({ clock: sla.clocks[0].clock, dueAt: sla.clocks[0].dueAt, calendar: { timeZone: 'Europe/London' } });
  });
});
