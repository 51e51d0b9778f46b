import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { FakeSmtp } from '../../../test/support/fake-smtp.js';
import { armReportSchedules } from './index.js';

/**
 * The reports' scheduled steps on the engine's deadlines: the FCR watch tells the owners once when
 * the rolling rate drops below 90%, not again while it stays down; the weekly summary mails each
 * owner the week's figures on Monday at 07:00, once. The clock starts Monday 2026-03-02 14:00 UTC.
 */
describe.each(DIALECTS)('the reports’ schedules on %s', (dialect) => {
  let t: TestApp;
  let fake: FakeSmtp;
  const tech = () => t.world.tokens.technician;
  const ok = async (token: string, method: string, url: string, body?: unknown) => {
    const r = await t.call(token, method, url, body);
    expect(r.status, `${method} ${url} → ${JSON.stringify(r.body)}`).toBeLessThan(300);
    return r.body;
  };
  const runEngine = () => t.sb.engine!.engine.runOnce();
  const fcrPages = async () =>
    (await t.sb.database.db.selectFrom('notifications').select(['recipient_user_id', 'subject']).where('subject', 'like', 'First-contact resolution has dropped%').orderBy('recipient_user_id').execute()).map((r) => [r.recipient_user_id, r.subject]);

  beforeAll(async () => {
    fake = new FakeSmtp();
    await fake.start();
    t = await startTestApp(dialect, { roles: 'api,engine', 'public-url': 'https://desk.example' });
    // What the engine role does as it starts (tests drive the engine by hand, without starting it).
    await armReportSchedules({ db: t.sb.database.db, dialect, clock: t.clock, timeZone: 'UTC' });
    const r = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    // Two phone tickets resolved on Monday: one on the first contact, one not (FCR 50%); the first
    // is rated good. One email ticket stays open.
    const phone = async (subject: string, outcome: string) => {
      const ticket = await ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, contactId: t.world.a.contactId, subject, channel: 'phone', assigneeId: t.world.staffIds.technician });
      await ok(tech(), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved', fcrOutcome: outcome });
      return ticket;
    };
    const first = await phone('Password reset', 'resolved_first_contact');
    await phone('Printer driver', 'not_first_contact');
    await ok(t.world.a.clientUserToken, 'PUT', `/api/v1/tickets/${first.id}/rating`, { rating: 'good' });
    await ok(tech(), 'POST', '/api/v1/tickets', { organizationId: t.world.a.id, subject: 'New starter laptop' });
  });
  afterAll(async () => {
    await t?.close();
    await fake?.stop();
  });

  it('tells the owners and admins once when the rolling FCR rate drops below the target', async () => {
    await runEngine();
    expect(await fcrPages()).toEqual([]);
    t.clock.set(Date.parse('2026-03-03T06:00:00.000Z'));
    await runEngine();
    const subject = 'First-contact resolution has dropped to 50% (target 90%)';
    expect(await fcrPages()).toEqual([[t.world.staffIds.owner, subject], [t.world.staffIds.admin, subject]].sort((a, b) => a[0].localeCompare(b[0])));
    // Still below the next morning, and the morning after: nobody is told again.
    t.clock.set(Date.parse('2026-03-04T06:00:00.000Z'));
    await runEngine();
    t.clock.set(Date.parse('2026-03-05T06:00:00.000Z'));
    await runEngine();
    expect(await fcrPages()).toHaveLength(2);
  });

  it('mails each owner the week’s figures on Monday at 07:00, once', async () => {
    fake.reset();
    t.clock.set(Date.parse('2026-03-09T06:59:00.000Z'));
    await runEngine();
    while ((await t.sb.outbound!.runOnce()) > 0);
    expect(fake.messages().filter((m) => m.envelope.to.includes('owner@msp.example'))).toEqual([]);

    t.clock.set(Date.parse('2026-03-09T07:00:00.000Z'));
    await runEngine();
    await runEngine();
    while ((await t.sb.outbound!.runOnce()) > 0);
    const mails = fake.messages().filter((m) => m.envelope.to.includes('owner@msp.example'));
    expect(mails).toHaveLength(1);
    expect(fake.messages().filter((m) => m.envelope.to.includes('admin@msp.example'))).toEqual([]);
    expect(mails[0].headers.subject).toBe('Weekly summary: FCR 50%, CSAT 100%, 1 open');
    expect(mails[0].text.replace(/\r\n/g, '\n').trim()).toBe(
      [
        "The desk's week, 2026-03-02 to 2026-03-08 (UTC):",
        '',
        'First-contact resolution: 50% of 2 phone tickets (target 90%) — below target',
        'First response within SLA: — (0 met, 0 missed)',
        'Resolution within SLA: — (0 met, 0 missed)',
        'Client satisfaction: 100% good of 1 ratings (0 bad)',
        'Open tickets: 1, of which 0 older than 7 days',
        'Pages sent: 0, of which 0 after hours',
        'Goodwill given: none',
        'Hours against contract value: no time logged, no contract fees',
        '',
        'The reports, with charts and CSV: https://desk.example/reports?from=2026-03-02&to=2026-03-08',
      ].join('\n'),
    );
  });
});
