import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../platform/events.js';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { danaLookalike, receiveMail, setUpFraudDesk, type FraudDesk } from '../../../test/support/fraud-desk.js';

/** A confirmed fraud warns the client's users: a portal banner for that client only, and a hook for email. */
describe.each(DIALECTS)('fraud warnings on %s', (dialect) => {
  let t: TestApp;
  let desk: FraudDesk;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    desk = await setUpFraudDesk(t);
  });
  afterAll(async () => t?.close());

  const tech = () => t.world.tokens.technician;
  /** A wire-fraud message at Pinecrest, and its flag. */
  const flagged = async () => {
    const { ticket } = await receiveMail(t, desk.pinecrest.id, desk.pinecrest.luis, danaLookalike());
    const flag = (await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/verification`)).body.flags[0];
    return { ticket, flag };
  };
  const banners = async (token: string) => (await t.call(token, 'GET', '/api/v1/fraud-warnings')).body.items;

  it('shows a confirmed fraud’s warning to the affected client’s users only, in the words staff chose', async () => {
    const { ticket, flag } = await flagged();
    await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: desk.pinecrest.danaPhone });
    const text = 'A message pretending to be from Dana Whitfield asked to change bank details; do not act on it.';
    const published = await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: flag.id, text });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(published.body).toMatchObject({ organizationId: desk.pinecrest.id, flagId: flag.id, ticketId: ticket.id, text, active: true, createdBy: t.world.staffIds.technician });

    for (const token of [t.world.a.clientUserToken, t.world.a.clientAdminToken]) {
      const seen = await banners(token);
      expect(seen).toEqual([{ id: published.body.id, organizationId: desk.pinecrest.id, text, active: true, createdAt: t.clock.iso(), updatedAt: t.clock.iso(), endedAt: null }]);
    }
    for (const token of [t.world.b.clientUserToken, t.world.b.clientAdminToken]) {
      expect(await banners(token)).toEqual([]);
      expect((await t.call(token, 'GET', `/api/v1/fraud-warnings?organizationId=${desk.pinecrest.id}`)).body.items).toEqual([]);
    }
    const flagView = (await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/verification`)).body.flags[0];
    expect(flagView.warnings).toEqual([expect.objectContaining({ id: published.body.id, text })]);

    t.clock.advance(60_000);
    const reworded = await t.call(tech(), 'PATCH', `/api/v1/fraud-warnings/${published.body.id}`, { text: 'Do not pay the “new account” in Dana Whitfield’s name.' });
    expect(reworded.body).toMatchObject({ text: 'Do not pay the “new account” in Dana Whitfield’s name.', active: true });
    expect((await banners(t.world.a.clientUserToken))[0].text).toBe(reworded.body.text);
    expect((await t.call(t.world.a.clientAdminToken, 'PATCH', `/api/v1/fraud-warnings/${published.body.id}`, { active: false })).status).toBe(403);
    const ended = await t.call(tech(), 'PATCH', `/api/v1/fraud-warnings/${published.body.id}`, { active: false });
    expect(ended.body).toMatchObject({ active: false, endedAt: t.clock.iso() });
    expect(await banners(t.world.a.clientUserToken)).toEqual([]);
    expect((await t.call(tech(), 'GET', `/api/v1/fraud-warnings?organizationId=${desk.pinecrest.id}`)).body.items.map((w: any) => w.active)).toEqual([false]);
    const history = (await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items.map((e: any) => e.type);
    expect(history).toEqual(expect.arrayContaining(['fraud.warning_published', 'fraud.warning_changed']));
  });

  it('warns only of a fraud the call-back confirmed, once at a time', async () => {
    const { ticket, flag } = await flagged();
    const early = await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: flag.id, text: 'Too early' });
    expect(early.body).toMatchObject({ status: 409, code: 'fraud_not_confirmed', field: '/flagId' });
    await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'verified', number: desk.pinecrest.danaPhone });
    expect((await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: flag.id, text: 'Genuine after all' })).body.code).toBe('fraud_not_confirmed');
    const second = await flagged();
    await t.call(tech(), 'POST', `/api/v1/tickets/${second.ticket.id}/fraud-flags/${second.flag.id}/call`, { outcome: 'fraud', number: desk.pinecrest.mainPhone });
    expect((await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: second.flag.id, text: 'One' })).status).toBe(201);
    expect((await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: second.flag.id, text: 'Two' })).body.code).toBe('warning_exists');
    expect((await t.call(t.world.a.clientAdminToken, 'POST', '/api/v1/fraud-warnings', { flagId: second.flag.id, text: 'Mine' })).status).toBe(403);
    expect((await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: 'no-such-flag', text: 'x' })).body).toMatchObject({ status: 404, field: '/flagId' });
  });

  it('publishes fraud.confirmed and fraud.warning_published for the email channel, to staff only', async () => {
    const events: DomainEvent[] = [];
    const stop = t.sb.events.subscribe((e) => events.push(e));
    try {
      const { ticket, flag } = await flagged();
      await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: desk.pinecrest.danaPhone });
      const warning = (await t.call(tech(), 'POST', '/api/v1/fraud-warnings', { flagId: flag.id, text: 'Do not act on it.' })).body;
      const fraud = events.filter((e) => e.type.startsWith('fraud.'));
      expect(fraud.map((e) => e.type)).toEqual(['fraud.call_logged', 'fraud.confirmed', 'fraud.warning_published']);
      expect(fraud.every((e) => e.internal && e.ticketId === ticket.id && e.organizationId === desk.pinecrest.id)).toBe(true);
      expect(fraud[1].data).toEqual({ flagId: flag.id, purportedSender: { address: 'dana.whitfield@pinecrestlogistics.co', name: 'Dana Whitfield' }, lookalikeDomains: ['pinecrestlogistics.co'] });
      expect(fraud[2].data).toEqual({ warningId: warning.id, flagId: flag.id, text: 'Do not act on it.' });
    } finally {
      stop();
    }
  });
});
