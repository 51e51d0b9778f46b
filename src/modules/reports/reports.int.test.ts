import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { createToken } from '../auth/index.js';
import { actorOf, findUserById } from '../auth/auth.repository.js';
import { createUser } from '../staff/index.js';
import { judgeFcr } from './fcr.js';

describe('first-contact resolution', () => {
  const resolved = (at: number) => ({ at, type: 'ticket.updated', field: 'status', before: 'open', after: 'resolved' });
  it('counts a marked phone ticket that stayed resolved', () => {
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [resolved(1000)] })).toEqual({ fcr: true });
  });
  it('does not count a ticket reopened within 7 days, escalated, or contacted again', () => {
    const day = 86_400_000;
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [resolved(0), { at: 2 * day, type: 'ticket.updated', field: 'status', before: 'resolved', after: 'open' }] })).toEqual({ fcr: false, reason: 'reopened within 7 days' });
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [resolved(0), { at: 8 * day, type: 'ticket.updated', field: 'status', before: 'resolved', after: 'open' }] })).toEqual({ fcr: true });
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [{ at: 0, type: 'ticket.updated', field: 'tier', before: 1, after: 2 }, resolved(1)] }).fcr).toBe(false);
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [resolved(0), { at: 5, type: 'message.added', field: null, before: null, after: { kind: 'reply' } }] }).fcr).toBe(false);
    expect(judgeFcr({ outcome: null, events: [resolved(0)] }).fcr).toBe(false);
  });
  it('does not count a ticket handed to someone of a higher tier than the one who took the call', () => {
    const tiers: Record<string, number> = { l1: 1, l2: 2 };
    const tierOf = (id: string) => tiers[id];
    const created = (assigneeId: string | null, tier = 1) => ({ at: 0, type: 'ticket.created', field: null, before: null, after: { tier, assigneeId } });
    const assigned = (to: string) => ({ at: 1, type: 'ticket.updated', field: 'assigneeId', before: 'l1', after: to });
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [created('l1'), assigned('l2'), resolved(2)], takerTier: 1, tierOf })).toEqual({ fcr: false, reason: 'escalated to a higher tier' });
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [created('l2'), resolved(2)], takerTier: 1, tierOf }).fcr).toBe(false);
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [created('l1', 2), resolved(2)], takerTier: 1, tierOf }).fcr).toBe(false);
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [created('l2'), resolved(2)], takerTier: 2, tierOf }).fcr).toBe(true);
    expect(judgeFcr({ outcome: 'resolved_first_contact', events: [created('l1'), assigned('l1'), resolved(2)], takerTier: 1, tierOf }).fcr).toBe(true);
  });
});

describe.each(DIALECTS)('the FCR report on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => t?.close());

  it('reports the rate per technician against the 90% target, as JSON and CSV', async () => {
    const tech = t.world.tokens.technician;
    const phone = async (subject: string, fcr: boolean) => {
      const ticket = (await t.call(tech, 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject, channel: 'phone', assigneeId: t.world.staffIds.technician })).body;
      await t.call(tech, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved', fcrOutcome: fcr ? 'resolved_first_contact' : 'not_first_contact' });
      return ticket;
    };
    await phone('Password reset', true);
    await phone('Printer driver', true);
    const reopened = await phone('Outlook profile', true);
    await phone('Server hardware', false);
    await t.call(tech, 'PATCH', `/api/v1/tickets/${reopened.id}`, { status: 'open' });
    const r = await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/fcr?from=2026-03-01&to=2026-03-31');
    expect(r.status).toBe(200);
    expect(r.body.items).toEqual([{ group: t.world.staffIds.technician, label: 'The technician', tickets: 3, firstContact: 2, ratePercent: 66.7, targetPercent: 90, meetsTarget: false }]);
    const csv = await t.sb.app.inject({ method: 'GET', url: '/api/v1/reports/fcr?from=2026-03-01&to=2026-03-31&groupBy=organization&format=csv', headers: { authorization: `Bearer ${tech}` } });
    expect(csv.body.split('\r\n')[1]).toBe(`${t.world.a.id},alpha Ltd,3,2,66.7,90,false`);
    expect((await t.call(t.world.a.clientAdminToken, 'GET', '/api/v1/reports/fcr?from=2026-03-01&to=2026-03-31')).status).toBe(403);
  });

  it('credits the technician who took the call, and counts an escalated call for nobody', async () => {
    const db = t.sb.database.db;
    const deps = { db, clock: t.clock };
    const person = async (name: string, tier: number) => {
      const user = await createUser(deps, null, { kind: 'staff', email: `${name.toLowerCase()}@msp.example`, name, role: 'technician', tier });
      return { id: user.id, token: (await createToken(deps, actorOf((await findUserById(db, user.id))!)!, { name: 'test', ip: null })).token };
    };
    const l1 = await person('Lena', 1);
    const l2 = await person('Omar', 2);
    const take = async (taker: { token: string }, subject: string, extra: Record<string, unknown> = {}) => {
      const r = await t.call(taker.token, 'POST', '/api/v1/tickets', { organizationId: t.world.b.id, subject, channel: 'phone', ...extra });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body as { id: string };
    };
    const resolve = (by: { token: string }, id: string) => t.call(by.token, 'PATCH', `/api/v1/tickets/${id}`, { status: 'resolved', fcrOutcome: 'resolved_first_contact' });
    // Lena resolves one call herself, hands one to Omar (who resolves it), and one is raised a tier.
    await resolve(l1, (await take(l1, 'Password reset', { assigneeId: l1.id })).id);
    const handed = await take(l1, 'Server will not boot', { assigneeId: l1.id });
    await t.call(l1.token, 'PATCH', `/api/v1/tickets/${handed.id}`, { assigneeId: l2.id });
    await resolve(l2, handed.id);
    const raised = await take(l1, 'Firewall rule', { assigneeId: l1.id });
    await t.call(l1.token, 'PATCH', `/api/v1/tickets/${raised.id}`, { tier: 2 });
    await resolve(l1, raised.id);
    // Omar takes a call and resolves it on the spot; a call opened by the owner is taken by Lena, who logs it.
    await resolve(l2, (await take(l2, 'VPN profile', { assigneeId: l2.id })).id);
    const logged = await take({ token: t.world.tokens.owner }, 'Printer jam', { assigneeId: l1.id });
    await t.call(l1.token, 'POST', `/api/v1/tickets/${logged.id}/messages`, { kind: 'call', body: 'Cleared the jam with the caller', callDirection: 'inbound' });
    await resolve(l1, logged.id);

    const rows = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/reports/fcr?from=2026-03-01&to=2026-03-31')).body.items as { group: string; tickets: number; firstContact: number }[];
    const of = (id: string) => rows.find((r) => r.group === id);
    expect(of(l1.id)).toMatchObject({ label: 'Lena', tickets: 4, firstContact: 2, ratePercent: 50 });
    expect(of(l2.id)).toMatchObject({ label: 'Omar', tickets: 1, firstContact: 1, ratePercent: 100 });
  });
});
