import { dkimSign } from 'mailauth';
import { describe, expect, it } from 'vitest';
import { parseAuthResults } from './auth-results.js';
import { authenticateMessage, removeForgedResults } from './authenticate-message.js';
import { dkimKey, dnsFromMap } from './test-messages.js';

const HOST = 'mx.switchboard.test';
const key = dkimKey();
const dns = dnsFromMap({
  'TXT vendor.example': 'v=spf1 ip4:127.0.0.1 -all',
  'TXT _dmarc.vendor.example': 'v=DMARC1; p=reject',
  'TXT s1._domainkey.vendor.example': key.record,
});
const envelope = { ip: '127.0.0.1', helo: 'client.vendor.example', sender: 'billing@vendor.example' };
const text = (raw: Uint8Array) => Buffer.from(raw).toString('utf8');
const head = (raw: Uint8Array) => text(raw).split('\r\n\r\n')[0];
const ourVerdict = (raw: Uint8Array) => {
  const values = head(raw).replace(/\r\n[ \t]+/g, ' ').split('\r\n').filter((l) => /^authentication-results:/i.test(l)).map((l) => l.slice(l.indexOf(':') + 1).trim());
  return parseAuthResults(values, HOST);
};
const message = (extra = '') => `${extra}From: Billing <billing@vendor.example>\r\nTo: help@msp.example\r\nSubject: Invoice\r\nMessage-ID: <inv-1@vendor.example>\r\n\r\nThe invoice is attached.\r\n`;
const signer = { signingDomain: 'vendor.example', selector: 's1', privateKey: key.privateKey };
// mailauth signs with `signatureData`; its typings also ask for the fields at the top level.
const signed = async (raw: string) => new TextEncoder().encode((await dkimSign(raw, { ...signer, signatureData: [signer] })).signatures + raw);

describe('authenticateMessage', () => {
  it('writes our pass verdicts on top of a signed message from an allowed address', async () => {
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, await signed(message()), envelope);
    expect(text(out)).toMatch(/^Received-SPF: pass/);
    expect(ourVerdict(out)).toEqual({ authservId: HOST, spf: 'pass', dkim: 'pass', dmarc: 'pass' });
    expect(text(out)).toContain('\r\n\r\nThe invoice is attached.');
  });

  it('fails DMARC for an unsigned message from an address the domain does not allow, whatever header the sender wrote', async () => {
    const forged = message(`Authentication-Results: ${HOST}; spf=pass; dkim=pass; dmarc=pass\r\nAuthentication-Results: mx.elsewhere.example; spf=pass\r\n`);
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, new TextEncoder().encode(forged), { ...envelope, ip: '192.0.2.7' });
    expect(ourVerdict(out)).toMatchObject({ spf: 'fail', dkim: 'none', dmarc: 'fail' });
    // Our header stays the only one in our name; another server's is kept below (and never read).
    expect(head(out).match(new RegExp(`^Authentication-Results: ${HOST};`, 'gim'))).toHaveLength(1);
    expect(head(out)).toContain('Authentication-Results: mx.elsewhere.example; spf=pass');
  });

  it('gives temperror verdicts and keeps the message when DNS fails', async () => {
    const broken = async () => {
      throw Object.assign(new Error('queryTxt ESERVFAIL'), { code: 'ESERVFAIL' });
    };
    const out = await authenticateMessage({ hostname: HOST, resolver: broken }, await signed(message()), envelope);
    expect(ourVerdict(out)).toEqual({ authservId: HOST, spf: 'temperror', dkim: 'temperror', dmarc: 'temperror' });
    expect(text(out)).toContain('The invoice is attached.');
  });

  it('gives temperror verdicts when DNS never answers, instead of holding the delivery', async () => {
    const silent = () => new Promise<string[][]>(() => undefined);
    const out = await authenticateMessage({ hostname: HOST, resolver: silent, timeoutMs: 20 }, new TextEncoder().encode(message()), envelope);
    expect(ourVerdict(out)).toEqual({ authservId: HOST, spf: 'temperror', dkim: 'temperror', dmarc: 'temperror' });
  });
});

describe('authenticateMessage behind our own relay', () => {
  const relayed = (client: string) => `Received: from mail.vendor.example (mail.vendor.example [${client}])\r\n by relay.msp.example (Postfix) with ESMTPS id 4Xyz; Mon, 2 Mar 2026 10:00:00 +0000 (UTC)\r\n`;

  it('checks SPF for the client the relay recorded, not for the relay', async () => {
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, new TextEncoder().encode(relayed('127.0.0.1') + message()), { ...envelope, ip: '10.0.0.25', relayed: true });
    expect(ourVerdict(out)).toMatchObject({ spf: 'pass', dmarc: 'pass' });
  });

  it('fails SPF when the relay recorded a client the domain does not allow', async () => {
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, new TextEncoder().encode(relayed('192.0.2.7') + message()), { ...envelope, ip: '10.0.0.25', relayed: true });
    expect(ourVerdict(out)).toMatchObject({ spf: 'fail', dmarc: 'fail' });
  });

  it('checks the connecting address of a client that is not a relay, whatever Received header it wrote', async () => {
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, new TextEncoder().encode(relayed('127.0.0.1') + message()), { ...envelope, ip: '192.0.2.7' });
    expect(ourVerdict(out)).toMatchObject({ spf: 'fail', dmarc: 'fail' });
  });

  it('gives a verdict without passing SPF when the relay recorded no client', async () => {
    const out = await authenticateMessage({ hostname: HOST, resolver: dns }, new TextEncoder().encode(message()), { ...envelope, ip: '10.0.0.25', relayed: true });
    expect(ourVerdict(out)?.spf).not.toBe('pass');
  });
});

describe('removeForgedResults', () => {
  it('removes folded headers claiming our authserv-id, in any case, and nothing else', () => {
    const raw = new TextEncoder().encode(`Received: from a\r\nAuthentication-Results: MX.Switchboard.TEST;\r\n spf=pass\r\nAUTHENTICATION-RESULTS: (comment) ${HOST} 1; dkim=pass\r\nAuthentication-Results: other.example; dmarc=pass\r\nSubject: x\r\n\r\nAuthentication-Results: ${HOST}; body text stays\r\n`);
    expect(text(removeForgedResults(raw, HOST))).toBe(`Received: from a\r\nAuthentication-Results: other.example; dmarc=pass\r\nSubject: x\r\n\r\nAuthentication-Results: ${HOST}; body text stays\r\n`);
  });

  it('returns the message untouched when nothing claims our id', () => {
    const raw = new TextEncoder().encode('Subject: x\n\nhi\n');
    expect(removeForgedResults(raw, HOST)).toBe(raw);
  });
});
