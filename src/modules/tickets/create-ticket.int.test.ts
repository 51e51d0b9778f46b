import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { TARGETS } from '../../../test/api/endpoints.js';
import { nextTicketNumber } from './ticket.repository.js';

/** Ticket creation's own promises: numbers, and the clocks, deadlines and ladders a new ticket starts with. */
describe.each(DIALECTS)('creating tickets on %s', (dialect) => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = t.world.tokens.owner;
    const calendar = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Chicago office', timeZone: 'America/Chicago', preset: 'business-hours' })).body;
    const allDay = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Round the clock', timeZone: 'America/Chicago', preset: '24x7' })).body;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Standard', targets: TARGETS, warningPercent: 75 })).body;
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', {
      organizationId: t.world.a.id,
      name: 'Managed services',
      kind: 'managed',
      slaPolicyId: policy.id,
      coverage: [{ calendarId: allDay.id, priorities: ['P1'] }, { calendarId: calendar.id }],
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
  });
  afterAll(async () => t?.close());

  const open = async (body: Record<string, unknown>, token = t.world.tokens.technician) => {
    const r = await t.call(token, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const numberOf = (ticket: { number: string }) => Number(ticket.number.replace(/^\D+-/, ''));

  it('numbers new tickets one after another, and a refused create takes no number', async () => {
    const first = await open({ subject: 'Printer offline' });
    const refused = await t.call(t.world.tokens.technician, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.b.contactId, subject: 'Wrong contact' });
    expect(refused.status).toBe(422);
    const second = await open({ subject: 'Scanner offline' });
    expect(numberOf(second)).toBe(numberOf(first) + 1);
  });

  it('takes a number without waiting for another create to commit on PostgreSQL, where a rolled-back create leaves a gap; SQLite reuses it', async () => {
    const db = t.sb.database.db;
    let held = 0;
    let during: { number: string } | undefined;
    const rollback = new Error('rolled back on purpose');
    await expect(
      db.transaction().execute(async (trx) => {
        held = await nextTicketNumber(trx, dialect);
        // PostgreSQL serves the API from other pooled connections while this transaction stays open;
        // a number that locked a row until commit would make this create wait here for ever.
        if (dialect === 'postgres') during = await open({ subject: 'Opened while another create is open' });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    const after = await open({ subject: 'Opened after the rollback' });
    if (dialect === 'postgres') {
      expect(numberOf(during!)).toBe(held + 1);
      expect(numberOf(after)).toBe(held + 2);
      const taken = await t.call(owner, 'GET', `/api/v1/tickets/${held}`);
      expect(taken.status).toBe(404);
    } else {
      expect(numberOf(after)).toBe(held);
    }
  });

  it('starts a new ticket with the clocks, deadlines and due time its history gives, whatever its priority or channel', async () => {
    const db = t.sb.database.db;
    const snapshot = async (id: string) => ({
      dueAt: (await db.selectFrom('tickets').select('sla_due_at').where('id', '=', id).executeTakeFirstOrThrow()).sla_due_at,
      clocks: await db.selectFrom('ticket_clocks').select(['clock', 'cycle', 'status', 'priority', 'calendar_id', 'target_minutes', 'elapsed_minutes', 'started_at', 'stopped_at', 'due_at', 'warn_at']).where('ticket_id', '=', id).orderBy('clock').execute(),
      deadlines: await db.selectFrom('deadlines').select(['id', 'kind', 'due_at', 'payload', 'done_at']).where('subject_id', '=', id).where('done_at', 'is', null).orderBy('id').execute(),
    });
    const tickets = [
      await open({ subject: 'Line down', priority: 'P1' }),
      await open({ subject: 'Scanner offline', priority: 'P3', description: 'Since the update' }),
      await open({ subject: 'Called about the VPN', priority: 'P2', channel: 'phone' }),
      await open({ subject: 'Portal request' }, t.world.a.clientUserToken),
    ];
    for (const ticket of tickets) {
      const created = await snapshot(ticket.id);
      expect(created.clocks.length, ticket.subject).toBeGreaterThan(0);
      expect(ticket.slaDueAt).toBe(created.dueAt);
      await t.sb.recomputeTicket(ticket.id);
      expect(await snapshot(ticket.id), ticket.subject).toEqual(created);
    }
    const phone = await snapshot(tickets[2].id);
    expect(phone.clocks.find((c) => c.clock === 'first_response')?.status).toBe('met');
  });

  it('starts no clocks for a ticket opened outside its client’s contract term, as a recompute would not', async () => {
    const db = t.sb.database.db;
    const policy = (await t.call(owner, 'POST', '/api/v1/sla-policies', { name: 'Next month', targets: TARGETS })).body;
    const allDay = (await t.call(owner, 'POST', '/api/v1/calendars', { name: 'Always, from next week', timeZone: 'Europe/London', preset: '24x7' })).body;
    const startsAt = new Date(t.clock.now() + 7 * 86_400_000).toISOString();
    const contract = await t.call(owner, 'POST', '/api/v1/contracts', {
      organizationId: t.world.b.id, name: 'Starts next week', kind: 'managed', slaPolicyId: policy.id, coverage: [{ calendarId: allDay.id }], startsAt,
    });
    expect(contract.status, JSON.stringify(contract.body)).toBe(201);
    const clocksOf = (id: string) => db.selectFrom('ticket_clocks').select(['clock', 'due_at']).where('ticket_id', '=', id).orderBy('clock').execute();
    const early = (await t.call(owner, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: 'Before the contract starts', priority: 'P1' })).body;
    expect(early.slaDueAt).toBeNull();
    expect(await clocksOf(early.id)).toEqual([]);
    await t.sb.recomputeTicket(early.id);
    expect(await clocksOf(early.id)).toEqual([]);
    t.clock.advance(8 * 86_400_000);
    const covered = (await t.call(owner, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject: 'Once the contract runs', priority: 'P1' })).body;
    expect(covered.slaDueAt).not.toBeNull();
    expect((await clocksOf(covered.id)).map((c) => c.clock)).toEqual(['first_response', 'resolution']);
  });

  it('starts the escalation ladders a new ticket matches, and only those', async () => {
    const policy = await t.call(owner, 'POST', '/api/v1/escalation-policies', {
      name: 'P1 tickets',
      match: { trigger: 'created', priorities: ['P1'] },
      steps: [{ delayMinutes: 15, delayKind: 'wall', targets: [{ type: 'role', role: 'service_manager' }] }],
    });
    expect(policy.status, JSON.stringify(policy.body)).toBe(201);
    const urgent = await open({ subject: 'Everything is down', priority: 'P1' });
    const routine = await open({ subject: 'New starter laptop', priority: 'P4' });
    const ladder = async (id: string) => (await t.call(owner, 'GET', `/api/v1/tickets/${id}/escalations`)).body;
    expect((await ladder(urgent.id)).items.map((e: any) => [e.policy, e.state, e.nextStepAt])).toEqual([['P1 tickets', 'active', new Date(Date.parse(urgent.createdAt) + 15 * 60_000).toISOString()]]);
    expect((await ladder(routine.id)).items).toEqual([]);
    await t.call(owner, 'PATCH', `/api/v1/escalation-policies/${policy.body.id}`, { active: false });
  });
});
