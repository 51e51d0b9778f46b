import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/db.js';
import { startTestApp, type TestApp } from '../../../test/support/app.js';
import type { MailDb } from './mail.tables.js';
import { processInbound } from './process-message.js';
import { storeInbound } from './store-message.js';

const crlf = (s: string) => new TextEncoder().encode(s.replace(/\r?\n/g, '\r\n'));
let n = 0;
/** A message from a client's contact with the given Authentication-Results headers, topmost first. */
const mail = (...results: string[]) =>
  crlf(`${results.map((r) => `Authentication-Results: ${r}\n`).join('')}From: Alpha Alice <alpha.0@example.com>\nTo: help@msp.example\nSubject: Laptop ${++n}\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <trust-${n}@example.com>\n\nMy laptop will not start.\n`);

/**
 * Whose Authentication-Results count for an IMAP mailbox: with `trustedAuthservId` only a topmost
 * header the provider wrote; without it, the topmost header whoever wrote it. Set and checked
 * through the mailbox API.
 */
describe.each(DIALECTS)('trusted Authentication-Results of IMAP mailboxes on %s', (dialect) => {
  let t: TestApp;
  let googleId: string;
  let plainId: string;
  const imap = (username: string) => ({ host: '127.0.0.1', port: 1, secure: false, username });

  beforeAll(async () => {
    t = await startTestApp(dialect, { 'secret-key': 's'.repeat(40) });
    const google = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Google', address: 'help@msp.example', kind: 'imap', imap: imap('help'), secrets: { password: 'p' }, trustedAuthservId: 'MX.Google.com' });
    expect(google.status, JSON.stringify(google.body)).toBe(201);
    expect(google.body.trustedAuthservId).toBe('mx.google.com');
    googleId = google.body.id;
    const plain = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Plain', address: 'plain@msp.example', kind: 'imap', imap: imap('plain'), secrets: { password: 'p' } });
    expect(plain.body.trustedAuthservId).toBeNull();
    plainId = plain.body.id;
  });
  afterAll(async () => t?.close());

  const file = async (mailboxId: string, raw: Uint8Array) => {
    const { id } = await storeInbound({ db: t.sb.database.db, clock: t.clock }, { mailboxId, raw, source: 'imap' });
    expect(await processInbound(t.sb.intake, id)).toBe('processed');
    const body = (await t.call(t.world.tokens.technician, 'GET', `/api/v1/mail/messages/${id}`)).body;
    return body.fraud.reasons.map((r: { code: string }) => r.code) as string[];
  };

  it('scores the provider’s topmost verdict', async () => {
    expect(await file(googleId, mail('mx.google.com; spf=pass smtp.mailfrom=example.com; dkim=none; dmarc=fail header.from=example.com'))).toEqual(expect.arrayContaining(['dmarc_failed', 'dkim_failed', 'forged_known_domain']));
  });

  it('ignores a topmost header the provider did not write, and anything below it', async () => {
    const codes = await file(googleId, mail('attacker.example; spf=fail; dmarc=fail', 'mx.google.com; dmarc=fail'));
    expect(codes.filter((c) => /^(spf|dkim|dmarc)_failed$/.test(c))).toEqual([]);
  });

  it('reads the topmost header whoever wrote it when no provider is named', async () => {
    expect(await file(plainId, mail('anyone.example; dmarc=fail', 'mx.google.com; dmarc=pass'))).toContain('dmarc_failed');
  });

  it('changes and clears the trusted id, and refuses it where it cannot apply', async () => {
    const patched = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/mailboxes/${plainId}`, { trustedAuthservId: '*.protection.outlook.com' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body.trustedAuthservId).toBe('*.protection.outlook.com');
    expect(await file(plainId, mail('anyone.example; dmarc=fail'))).not.toContain('dmarc_failed');
    expect(await file(plainId, mail('am6pr01.eur03.prod.protection.outlook.com; dmarc=fail'))).toContain('dmarc_failed');
    const cleared = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/mailboxes/${plainId}`, { trustedAuthservId: null });
    expect(cleared.body.trustedAuthservId).toBeNull();

    const bad = await t.call(t.world.tokens.owner, 'PATCH', `/api/v1/mailboxes/${plainId}`, { trustedAuthservId: 'mx.google.com; dmarc=pass' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: '/trustedAuthservId' });
    const smtp = await t.call(t.world.tokens.owner, 'POST', '/api/v1/mailboxes', { name: 'Listener', address: 'listener@msp.example', kind: 'smtp', trustedAuthservId: 'mx.google.com' });
    expect(smtp.status).toBe(422);
    expect(smtp.body).toMatchObject({ code: 'trusted_authserv_id_not_allowed', field: '/trustedAuthservId' });
  });
});
