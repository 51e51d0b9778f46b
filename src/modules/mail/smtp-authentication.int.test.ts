import { createTransport, type Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import type { DnsResolver } from './authenticate-message.js';
import { parseMessage } from './parse-message.js';
import { dkimKey, dnsFromMap } from './test-messages.js';

const HOST = 'mx.switchboard.test';

/**
 * SPF, DKIM and DMARC of mail the SMTP listener receives, checked by us (mailauth) through a real
 * SMTP conversation on loopback, with DNS answered from a map: our verdict is written into the
 * stored message, a header the sender wrote is never believed, and a DNS failure costs nothing
 * but a temperror verdict.
 */
describe.each(DIALECTS)('our own SPF, DKIM and DMARC check on the SMTP listener on %s', (dialect) => {
  let t: TestApp;
  let smtp: Transporter;
  const key = dkimKey();
  // example.com (the test clients' domain) allows only 127.0.0.1, signs with s1, and asks receivers to reject what fails DMARC.
  const records = dnsFromMap({
    'TXT example.com': 'v=spf1 ip4:127.0.0.1 -all',
    'TXT s1._domainkey.example.com': key.record,
    'TXT _dmarc.example.com': 'v=DMARC1; p=reject',
    'TXT relay.example': 'v=spf1 ip4:127.0.0.1 -all',
  });
  let dns: DnsResolver = records;

  const rowOf = async (messageId: string) =>
    (await t.sb.database.db.selectFrom('inbound_messages').selectAll().where('message_id', '=', messageId).executeTakeFirstOrThrow()) as Record<string, any>;
  const processAll = async () => {
    while ((await t.sb.mail!.intake.runOnce()) > 0);
  };
  /** The verdict as intake reads it from the stored raw message (trusting only our id). */
  const storedVerdict = async (messageId: string) => {
    const parsed = await parseMessage(new Uint8Array((await rowOf(messageId)).raw), {}, { trustedAuthservId: HOST });
    return parsed.ok ? parsed.message.authResults : null;
  };
  const filed = async (messageId: string) => (await t.call(t.world.tokens.technician, 'GET', `/api/v1/mail/messages/${(await rowOf(messageId)).id}`)).body;
  const codes = (mail: { fraud: { reasons: { code: string }[] } }) => mail.fraud.reasons.map((r) => r.code);

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-hostname': HOST, 'secret-key': 'x'.repeat(40) }, { dnsResolver: (name, rrtype) => dns(name, rrtype) });
    const created = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp', teamId: t.world.teamId });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    smtp = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true, name: 'client.example.com' });
  });
  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  it('passes SPF, DKIM and DMARC for a signed message from an allowed address, and stores our verdict in the message', async () => {
    const info = await smtp.sendMail({
      from: 'Alpha Alice <alpha.0@example.com>', to: 'help@msp.example', subject: 'Signed and allowed', text: 'The scanner is offline.', messageId: '<signed-1@example.com>',
      dkim: { domainName: 'example.com', keySelector: 's1', privateKey: key.privateKey },
    });
    expect(info.response).toMatch(/^250 /);
    const raw = Buffer.from((await rowOf('signed-1@example.com')).raw).toString('utf8');
    expect(raw).toMatch(new RegExp(`^Received-SPF: pass[^\\r\\n]*\\r\\nAuthentication-Results: ${HOST.replace(/\./g, '\\.')};`));
    expect(await storedVerdict('signed-1@example.com')).toEqual({ authservId: HOST, spf: 'pass', dkim: 'pass', dmarc: 'pass' });
    await processAll();
    const mail = await filed('signed-1@example.com');
    expect(mail.disposition).toBe('created');
    expect(codes(mail)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(spf|dkim|dmarc)_failed$|^forged_known_domain$/)]));
  });

  it('scores a message with a sender-written "all pass" header by our check: DMARC fail, a forged known domain, held for a call-back', async () => {
    // A spoof of a known contact: the envelope is the spoofer's (SPF passes for relay.example), From is the client's, nothing is signed.
    const info = await smtp.sendMail({
      from: 'Alpha Alice <alpha.0@example.com>', to: 'help@msp.example', subject: 'Payment today', text: 'Please pay the attached invoice today.', messageId: '<forged-1@example.com>',
      envelope: { from: 'bounce@relay.example', to: 'help@msp.example' },
      headers: [
        { key: 'Authentication-Results', value: 'mx.example.com; spf=pass dkim=pass dmarc=pass' },
        { key: 'Authentication-Results', value: `${HOST}; spf=pass; dkim=pass; dmarc=pass` },
      ],
    });
    expect(info.response).toMatch(/^250 /);
    expect(await storedVerdict('forged-1@example.com')).toEqual({ authservId: HOST, spf: 'pass', dkim: 'none', dmarc: 'fail' });
    const raw = Buffer.from((await rowOf('forged-1@example.com')).raw).toString('utf8');
    expect(raw.match(new RegExp(`^Authentication-Results: ${HOST.replace(/\./g, '\\.')};`, 'gim'))).toHaveLength(1);
    await processAll();
    const mail = await filed('forged-1@example.com');
    expect(codes(mail)).toEqual(expect.arrayContaining(['dmarc_failed', 'forged_known_domain']));
    expect(mail.fraud.reasons.find((r: { code: string }) => r.code === 'dmarc_failed').detail).toMatch(/^DMARC fail/);
    expect(mail.fraud.flagged).toBe(true);
    const verification = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/tickets/${mail.ticketId}/verification`)).body;
    expect(verification).toMatchObject({ required: true });
  });

  it('stores and files a message when DNS fails, with temperror verdicts', async () => {
    dns = async (name) => {
      throw Object.assign(new Error(`queryTxt ESERVFAIL ${name}`), { code: 'ESERVFAIL' });
    };
    try {
      const info = await smtp.sendMail({ from: 'alpha.1@example.com', to: 'help@msp.example', subject: 'DNS is down', text: 'Mail still arrives.', messageId: '<no-dns-1@example.com>' });
      expect(info.response).toMatch(/^250 /);
    } finally {
      dns = records;
    }
    expect(await storedVerdict('no-dns-1@example.com')).toMatchObject({ spf: 'temperror', dmarc: 'temperror' });
    await processAll();
    const mail = await filed('no-dns-1@example.com');
    expect(mail).toMatchObject({ disposition: 'created', contactId: t.world.a.otherContactId });
    expect(mail.fraud.reasons.map((r: { detail: string }) => r.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^SPF temperror/), expect.stringMatching(/^DMARC temperror/)]));
  });
});

/**
 * Behind our own relay (SWITCHBOARD_MAIL_RELAYS): the listener's client is the relay, so SPF is
 * checked for the client the relay recorded in its Received header.
 */
describe.each(DIALECTS)('our own SPF check behind a relay on %s', (dialect) => {
  let t: TestApp;
  let smtp: Transporter;
  // The vendor's only mail server is 198.51.100.25; our relay (loopback here) passes its mail on.
  const dns = dnsFromMap({ 'TXT example.com': 'v=spf1 ip4:198.51.100.25 -all', 'TXT _dmarc.example.com': 'v=DMARC1; p=reject' });
  const received = (client: string) => `from mail.example.com (mail.example.com [${client}]) by relay.msp.example (Postfix) with ESMTPS id 4Xyz; Mon, 2 Mar 2026 10:00:00 +0000`;
  const verdictOf = async (messageId: string) => {
    const row = (await t.sb.database.db.selectFrom('inbound_messages').select('raw').where('message_id', '=', messageId).executeTakeFirstOrThrow()) as { raw: Uint8Array };
    const parsed = await parseMessage(new Uint8Array(row.raw), {}, { trustedAuthservId: HOST });
    return parsed.ok ? parsed.message.authResults : null;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect, { roles: 'api,engine,mail', 'mail-port': '0', 'mail-hostname': HOST, 'mail-relays': 'loopback' }, { dnsResolver: dns });
    expect((await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Help desk', address: 'help@msp.example', kind: 'smtp' })).status).toBe(201);
    smtp = createTransport({ host: '127.0.0.1', port: t.sb.mail!.smtpPort()!, secure: false, ignoreTLS: true, name: 'relay.msp.example' });
  });
  afterAll(async () => {
    smtp?.close();
    await t?.close();
  });

  it('passes SPF for mail the relay received from the vendor’s server, and fails it for mail from anywhere else', async () => {
    const send = (id: string, client: string) => smtp.sendMail({ from: 'alpha.0@example.com', to: 'help@msp.example', subject: id, text: 'Relayed.', messageId: `<${id}@example.com>`, headers: [{ key: 'Received', value: received(client) }] });
    await send('relayed-ok', '198.51.100.25');
    await send('relayed-spoof', '192.0.2.7');
    expect(await verdictOf('relayed-ok@example.com')).toMatchObject({ spf: 'pass', dmarc: 'pass' });
    expect(await verdictOf('relayed-spoof@example.com')).toMatchObject({ spf: 'fail', dmarc: 'fail' });
  });
});
