import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import { danaLookalike, receiveMail, setUpFraudDesk, type FraudDesk } from '../../../test/support/fraud-desk.js';
import { buildFraudInput } from '../../../test/support/fraud.js';
import { scoreMessage } from '../fraud/index.js';
import { buildFraudContext, recordSenderDomain } from './index.js';

/** What the desk knows when mail arrives for a client, and how a fraud at one client teaches every other. */
describe.each(DIALECTS)('the fraud context on %s', (dialect) => {
  let t: TestApp;
  let desk: FraudDesk;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    desk = await setUpFraudDesk(t);
  });
  afterAll(async () => t?.close());

  const db = () => t.sb.database.db;

  it('is built from the directory: the client’s and the MSP’s domains and people, free mail left out', async () => {
    await t.call(t.world.tokens.owner, 'POST', '/api/v1/contacts', { organizationId: desk.pinecrest.id, name: 'Pat Home', emails: ['pat.home@gmail.com'] });
    const context = await buildFraudContext(db(), desk.pinecrest.id);
    expect(context.knownDomains).toEqual(['msp.example', 'pinecrestlogistics.com']);
    expect(context.knownPeople).toEqual(expect.arrayContaining([
      { name: 'Dana Whitfield', address: 'dana.whitfield@pinecrestlogistics.com' },
      { name: 'Pat Home', address: 'pat.home@gmail.com' },
      { name: 'The technician', address: 'technician@msp.example' },
    ]));
    expect(context.knownPeople.map((p) => p.address)).not.toContain('maria.lopez@harbordental.com');
    expect(context.seenDomains).toEqual(['msp.example', 'pinecrestlogistics.com']);
    expect(context.threshold).toBe(50);
  });

  it('counts a sender domain as seen at a client once intake has recorded it there', async () => {
    const from = { address: 'orders@Mail.AtlasFreight.com', name: 'Atlas Orders' };
    const newcomer = () => scoreMessage(buildFraudInput({ from }), { ...context }).reasons.map((r) => r.code);
    let context = await buildFraudContext(db(), desk.pinecrest.id);
    expect(newcomer()).toContain('new_sender_domain');
    await db().transaction().execute((trx) => recordSenderDomain(trx, { organizationId: desk.pinecrest.id, address: from.address, at: t.clock.iso() }));
    await db().transaction().execute((trx) => recordSenderDomain(trx, { organizationId: desk.pinecrest.id, address: 'billing@atlasfreight.com', at: t.clock.iso() }));
    context = await buildFraudContext(db(), desk.pinecrest.id);
    expect(context.seenDomains).toContain('atlasfreight.com');
    expect(newcomer()).not.toContain('new_sender_domain');
    expect((await buildFraudContext(db(), desk.harbor.id)).seenDomains).not.toContain('atlasfreight.com');
  });

  it('raises the risk at every client once a look-alike is confirmed as fraud at one', async () => {
    // The same look-alike later writes to Harbor Dental, which has never heard of Pinecrest.
    const toHarbor = danaLookalike({ text: 'Please find our updated invoice attached.' });
    const before = scoreMessage(toHarbor, await buildFraudContext(db(), desk.harbor.id));
    expect(before.reasons.map((r) => r.code)).not.toContain('known_lookalike_domain');

    const { ticket } = await receiveMail(t, desk.pinecrest.id, desk.pinecrest.luis, danaLookalike());
    const flag = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${ticket.id}/verification`)).body.flags[0];
    expect(flag.reasons.find((r: any) => r.code === 'lookalike_domain').domain).toBe('pinecrestlogistics.co');
    const unconfirmed = scoreMessage(toHarbor, await buildFraudContext(db(), desk.harbor.id));
    expect(unconfirmed.score).toBe(before.score);

    await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: desk.pinecrest.danaPhone, note: 'Dana sent nothing.' });
    const context = await buildFraudContext(db(), desk.harbor.id);
    expect(context.lookalikeDomains).toEqual(['pinecrestlogistics.co']);
    const after = scoreMessage(toHarbor, context);
    expect(after.reasons.map((r) => r.code)).toContain('known_lookalike_domain');
    expect(after.score).toBeGreaterThan(before.score);
  });

  it('remembers no domain when the fraud came from a real mailbox or free mail', async () => {
    const hijacked = await receiveMail(t, desk.harbor.id, desk.harbor.maria, buildFraudInput({ from: { address: 'alan.brooks.office@gmail.com', name: 'Dr. Alan Brooks' }, text: 'Maria, urgent: buy six $500 gift cards today and send me the codes. Email only, I am in a meeting.' }));
    expect(hijacked.score.flagged).toBe(true);
    const flag = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${hijacked.ticket.id}/verification`)).body.flags[0];
    const logged = await t.call(t.world.tokens.technician, 'POST', `/api/v1/tickets/${hijacked.ticket.id}/fraud-flags/${flag.id}/call`, { outcome: 'fraud', number: '0113 496 0001', note: 'Maria checked with Alan in person.' });
    expect(logged.status, JSON.stringify(logged.body)).toBe(200);
    expect((await buildFraudContext(db(), desk.pinecrest.id)).lookalikeDomains).not.toContain('gmail.com');
  });

  it('flags at the client’s own threshold, which only managers change, audited', async () => {
    const url = `/api/v1/organizations/${desk.harbor.id}/fraud-settings`;
    expect((await t.call(t.world.tokens.technician, 'GET', url)).body).toMatchObject({ threshold: 50, defaultThreshold: 50, isDefault: true });
    expect((await t.call(t.world.tokens.technician, 'PATCH', url, { threshold: 40 })).status).toBe(403);
    expect((await t.call(t.world.b.clientAdminToken, 'GET', url)).status).toBe(403);
    for (const threshold of [0, 101, 45.5, '40']) expect((await t.call(t.world.tokens.manager, 'PATCH', url, { threshold })).body).toMatchObject({ status: 400, field: '/threshold' });
    // Each change a second apart, so the audit log lists them in order.
    const change = async (token: string, threshold: number | null) => {
      t.clock.advance(1000);
      return t.call(token, 'PATCH', url, { threshold });
    };
    const changed = await change(t.world.tokens.manager, 35);
    expect(changed.body).toMatchObject({ threshold: 35, isDefault: false, updatedBy: t.world.staffIds.manager });
    expect((await buildFraudContext(db(), desk.harbor.id)).threshold).toBe(35);
    expect((await buildFraudContext(db(), desk.pinecrest.id)).threshold).toBe(50);
    // A routine invoice with an amount scores 15 and a new domain adds 10: flagged at 25, not at 50.
    const invoice = buildFraudInput({ from: { address: 'ap@newsupplier.example', name: 'New Supplier AP' }, text: 'Attached is invoice 1042 for $3,412.50, due net 30.' });
    expect(scoreMessage(invoice, await buildFraudContext(db(), desk.harbor.id)).flagged).toBe(false);
    await change(t.world.tokens.owner, 25);
    expect(scoreMessage(invoice, await buildFraudContext(db(), desk.harbor.id)).flagged).toBe(true);
    const reset = await change(t.world.tokens.owner, null);
    expect(reset.body).toMatchObject({ threshold: 50, isDefault: true });
    const audit = (await t.call(t.world.tokens.owner, 'GET', '/api/v1/audit?action=fraud.threshold_changed')).body.items;
    expect(audit.map((e: any) => [e.detail.before, e.detail.after])).toEqual([[25, 50], [35, 25], [50, 35]]);
  });
});
