import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
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
});
