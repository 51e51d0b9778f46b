import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { danaLookalike, receiveMail, setUpFraudDesk, type FraudDesk } from '../../../test/support/fraud-desk.js';
import { flagTicketForVerification } from './index.js';

/**
 * Scenario 5 of DESIGN.md: a wire-fraud email flags its ticket verify-by-phone; the technician
 * sees why and the number on file to call back, and nobody resolves the ticket until the call's
 * outcome is logged with who called, when and on which number.
 */
describe.each(DIALECTS)('verify by phone on %s', (dialect) => {
  let t: TestApp;
  let desk: FraudDesk;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    desk = await setUpFraudDesk(t);
  });
  afterAll(async () => t?.close());

  const tech = () => t.world.tokens.technician;
  const wireFraud = () => receiveMail(t, desk.pinecrest.id, desk.pinecrest.luis, danaLookalike());
  const verification = async (ticketId: string, token = tech()) => (await t.call(token, 'GET', `/api/v1/tickets/${ticketId}/verification`)).body;
  const logCall = (ticketId: string, flagId: string, body: Record<string, unknown>, token = tech()) => t.call(token, 'POST', `/api/v1/tickets/${ticketId}/fraud-flags/${flagId}/call`, body);

  it('refuses to resolve, close or merge away a flagged ticket, whoever asks, until the call-back’s outcome is logged', async () => {
    const { ticket, score } = await wireFraud();
    expect(score.flagged).toBe(true);
    const other = (await t.call(tech(), 'POST', '/api/v1/tickets', { organizationId: desk.pinecrest.id, subject: 'Another ticket' })).body;
    for (const token of Object.values(t.world.tokens)) {
      for (const status of ['resolved', 'closed']) {
        const refused = await t.call(token, 'PATCH', `/api/v1/tickets/${ticket.id}`, { status });
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ code: 'verification_required', field: '/status' });
        expect(refused.body.detail).toMatch(/call .* back on a number on file .* never one given in the message .* log the outcome/i);
      }
    }
    const merge = await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/merge`, { intoTicketId: other.id });
    expect(merge.body).toMatchObject({ status: 409, code: 'verification_required' });
    expect((await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/resolve-blocks`)).body.items).toEqual([expect.objectContaining({ code: 'verification_required' })]);
    expect((await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}`)).body.status).toBe('new');

    const flag = (await verification(ticket.id)).flags[0];
    const logged = await logCall(ticket.id, flag.id, { outcome: 'verified', number: desk.pinecrest.danaPhone, note: 'Dana confirmed the new account herself.' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(200);
    expect((await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/resolve-blocks`)).body.items).toEqual([]);
    const resolved = await t.call(tech(), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect(resolved.body.status).toBe('resolved');
  });

  it('shows the directory’s number for the purported sender and the reasons, never the number the message gives', async () => {
    const { ticket, score } = await wireFraud();
    const v = await verification(ticket.id);
    expect(v).toMatchObject({ ticketId: ticket.id, required: true, block: { code: 'verification_required' } });
    expect(v.flags).toHaveLength(1);
    const [flag] = v.flags;
    expect(flag).toMatchObject({ source: 'message', status: 'awaiting_call', score: score.score, threshold: 50, purportedSender: { address: 'dana.whitfield@pinecrestlogistics.co', name: 'Dana Whitfield' }, call: null });
    expect(flag.reasons.map((r: any) => r.code)).toEqual(expect.arrayContaining(['lookalike_domain', 'bank_change_language']));
    expect(flag.reasons.every((r: any) => r.detail.length > 20)).toBe(true);
    expect(flag.callBack.people).toEqual([expect.objectContaining({ name: 'Dana Whitfield', matchedBy: 'name', phones: [expect.objectContaining({ number: desk.pinecrest.danaPhone })] })]);
    expect(flag.callBack.mainNumber).toMatchObject({ organizationName: 'Pinecrest Logistics', number: desk.pinecrest.mainPhone });
    expect(flag.callBack.advice).toMatch(/Call Dana Whitfield on a number on file/);
    expect(JSON.stringify(flag.callBack)).not.toContain('0199');
  });

  it('finds the purported sender by the address on file, and otherwise offers the client’s main number', async () => {
    const hijacked = await receiveMail(t, desk.pinecrest.id, desk.pinecrest.luis, danaLookalike({ from: { address: 'Dana.Whitfield@PinecrestLogistics.com', name: 'Accounts' } }));
    expect(hijacked.score.flagged).toBe(true);
    const byAddress = (await verification(hijacked.ticket.id)).flags[0].callBack;
    expect(byAddress.people).toEqual([expect.objectContaining({ name: 'Dana Whitfield', matchedBy: 'address' })]);
    const stranger = await receiveMail(t, desk.pinecrest.id, null, danaLookalike({ from: { address: 'payments@pinecrest-logistics-billing.com', name: 'Pinecrest Billing' } }));
    const main = (await verification(stranger.ticket.id)).flags[0].callBack;
    expect(main.people).toEqual([]);
    expect(main.mainNumber.number).toBe(desk.pinecrest.mainPhone);
    expect(main.advice).toMatch(/No number of their own is on file .* call Pinecrest Logistics's main number/);
  });

  it('no longer offers an archived contact for the call-back, but the client’s main number', async () => {
    const { ticket } = await wireFraud();
    const archived = await t.call(t.world.tokens.owner, 'POST', `/api/v1/contacts/${desk.pinecrest.dana}/archive`);
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    try {
      const { callBack } = (await verification(ticket.id)).flags[0];
      expect(callBack.people).toEqual([]);
      expect(callBack.mainNumber.number).toBe(desk.pinecrest.mainPhone);
      expect(callBack.advice).toMatch(/call Pinecrest Logistics's main number/);
    } finally {
      await t.call(t.world.tokens.owner, 'POST', `/api/v1/contacts/${desk.pinecrest.dana}/restore`);
    }
    expect((await verification(ticket.id)).flags[0].callBack.people).toEqual([expect.objectContaining({ name: 'Dana Whitfield' })]);
  });

  it('says when no number is on file, and tells the technician to find one independently, not from the message', async () => {
    const { ticket } = await receiveMail(t, desk.harbor.id, desk.harbor.maria, danaLookalike({ from: { address: 'alan.brooks.office@gmail.com', name: 'Dr. Alan Brooks' }, text: 'Maria, please buy six $500 gift cards today and send me the codes. I am in a meeting, email only.' }));
    const { callBack } = (await verification(ticket.id)).flags[0];
    expect(callBack.people).toEqual([expect.objectContaining({ name: 'Dr. Alan Brooks', phones: [] })]);
    expect(callBack.mainNumber).toBeNull();
    expect(callBack.advice).toMatch(/No number is on file for Dr\. Alan Brooks .* Find one yourself .* Never use a number, link or address given in the message/);
  });

  it('logs who called, when and on which number, and shows it in the ticket’s events', async () => {
    const { ticket } = await wireFraud();
    const flag = (await verification(ticket.id)).flags[0];
    t.clock.advance(10 * 60_000);
    const calledAt = new Date(t.clock.now() - 4 * 60_000).toISOString();
    const logged = await logCall(ticket.id, flag.id, { outcome: 'not_reachable', number: '312-555-0147', calledAt, note: 'Voicemail; left no details.' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(200);
    expect(logged.body).toMatchObject({
      status: 'not_reachable',
      call: { outcome: 'not_reachable', calledBy: t.world.staffIds.technician, calledAt, number: desk.pinecrest.danaPhone, numberSource: 'on_file', whereFound: null, note: 'Voicemail; left no details.', recordedAt: t.clock.iso() },
    });
    const events = (await t.call(tech(), 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items;
    expect(events.map((e: any) => e.type)).toEqual(expect.arrayContaining(['fraud.flagged', 'fraud.call_logged']));
    const call = events.find((e: any) => e.type === 'fraud.call_logged');
    expect(call).toMatchObject({ actorUserId: t.world.staffIds.technician, field: 'not_reachable', at: t.clock.iso(), after: { flagId: flag.id, calledBy: t.world.staffIds.technician, calledAt, number: desk.pinecrest.danaPhone, numberSource: 'on_file' } });
    const early = await logCall((await wireFraud()).ticket.id, 'x', { outcome: 'verified', number: desk.pinecrest.danaPhone });
    expect(early.status).toBe(404);
  });

  it('refuses a number not on file without where it was found, and any number the messages give', async () => {
    const { ticket } = await wireFraud();
    const flag = (await verification(ticket.id)).flags[0];
    const unsourced = await logCall(ticket.id, flag.id, { outcome: 'verified', number: '+1 312 555 0123' });
    expect(unsourced.body).toMatchObject({ status: 422, code: 'number_not_on_file', field: '/whereFound' });
    const fromMessage = await logCall(ticket.id, flag.id, { outcome: 'verified', number: '(312) 555-0199', whereFound: 'She said so in her email' });
    expect(fromMessage.body).toMatchObject({ status: 422, code: 'number_from_message', field: '/number' });
    const future = await logCall(ticket.id, flag.id, { outcome: 'verified', number: desk.pinecrest.danaPhone, calledAt: new Date(t.clock.now() + 60_000).toISOString() });
    expect(future.body).toMatchObject({ status: 422, code: 'invalid_call_time', field: '/calledAt' });
    const junk = await logCall(ticket.id, flag.id, { outcome: 'verified', number: '12' });
    expect(junk.status).toBe(400);
    expect((await verification(ticket.id)).flags[0].status).toBe('awaiting_call');
    const found = await logCall(ticket.id, flag.id, { outcome: 'fraud', number: '+1 312 555 0123', whereFound: 'Pinecrest’s website, contact page' });
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.call).toMatchObject({ numberSource: 'found_elsewhere', whereFound: 'Pinecrest’s website, contact page', number: '+13125550123' });
  });

  it('logs one outcome per flag', async () => {
    const { ticket } = await wireFraud();
    const flag = (await verification(ticket.id)).flags[0];
    expect((await logCall(ticket.id, flag.id, { outcome: 'fraud', number: desk.pinecrest.mainPhone })).status).toBe(200);
    const again = await logCall(ticket.id, flag.id, { outcome: 'verified', number: desk.pinecrest.mainPhone }, t.world.tokens.owner);
    expect(again.body).toMatchObject({ status: 409, code: 'call_already_logged' });
    expect((await verification(ticket.id)).flags[0].call.outcome).toBe('fraud');
  });

  it('lets staff flag any ticket by hand, which then holds it open like a flagged message', async () => {
    const ticket = (await t.call(tech(), 'POST', '/api/v1/tickets', { organizationId: desk.pinecrest.id, contactId: desk.pinecrest.dana, subject: 'Payroll account change', channel: 'phone' })).body;
    const byClient = await t.call(t.world.a.clientAdminToken, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'x' });
    expect(byClient.status).toBe(403);
    const raised = await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'Caller asked to move Dana’s salary to a new account; the voice sounded wrong.' });
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body).toMatchObject({
      source: 'staff',
      score: null,
      raisedBy: t.world.staffIds.technician,
      status: 'awaiting_call',
      purportedSender: { name: 'Dana Whitfield', address: 'dana.whitfield@pinecrestlogistics.com' },
      reasons: [{ code: 'raised_by_staff', weight: 0, detail: expect.stringContaining('flagged this ticket by hand: Caller asked to move Dana’s salary') }],
    });
    expect(raised.body.callBack.people[0]).toMatchObject({ name: 'Dana Whitfield', matchedBy: 'address' });
    expect((await t.call(tech(), 'PATCH', `/api/v1/tickets/${ticket.id}`, { status: 'resolved' })).body.code).toBe('verification_required');
    const named = await t.call(tech(), 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags`, { reason: 'A second caller', purportedSender: { name: 'Luis Ortega' } });
    expect(named.body.callBack.people).toEqual([expect.objectContaining({ name: 'Luis Ortega', matchedBy: 'name' })]);
    expect((await verification(ticket.id)).flags).toHaveLength(2);
  });

  it('keeps the flag and its reasons from the client’s users', async () => {
    const { ticket } = await wireFraud();
    const luis = t.world.a.clientUserToken;
    expect((await t.call(luis, 'GET', `/api/v1/tickets/${ticket.id}`)).status).toBe(200);
    const events = (await t.call(luis, 'GET', `/api/v1/tickets/${ticket.id}/events`)).body.items;
    expect(events.map((e: any) => e.type)).toEqual(['ticket.created']);
    for (const path of ['verification', 'resolve-blocks']) {
      const r = await t.call(luis, 'GET', `/api/v1/tickets/${ticket.id}/${path}`);
      expect(r.status, path).toBe(403);
      expect(JSON.stringify(r.body)).not.toMatch(/lookalike|Dana|pinecrestlogistics\.co\b/);
    }
    const flagId = (await verification(ticket.id)).flags[0].id;
    expect((await logCall(ticket.id, flagId, { outcome: 'verified', number: desk.pinecrest.danaPhone }, luis)).status).toBe(403);
  });

  it('flags a message once, however often intake retries it', async () => {
    const { ticket, messageId, score } = await wireFraud();
    const input = { ticketId: ticket.id, messageId, score: score.score, reasons: score.reasons, purportedSender: { address: 'dana.whitfield@pinecrestlogistics.co', name: 'Dana Whitfield' } };
    await t.sb.database.db.transaction().execute((trx) => flagTicketForVerification(trx, input));
    expect((await verification(ticket.id)).flags).toHaveLength(1);
  });
});
