import { describe, expect, it } from 'vitest';
import { detectBounce } from './bounce.js';
import { classifyFailure, statusIn } from './bounce-rules.js';
import { parseMessage } from './parse-message.js';
import { multipart, rawMessage } from './test-messages.js';

async function bounceOf(raw: Uint8Array) {
  const result = await parseMessage(raw);
  if (!result.ok) throw new Error('refused');
  return detectBounce(result.message, raw);
}

const returned = 'Return-Path: <desk@msp.example>\r\nFrom: Desk <desk@msp.example>\r\nTo: ana@client.example\r\nSubject: [SB-1042] Printer\r\nMessage-ID: <sb-1042-7@msp.example>\r\n\r\nYour ticket was updated.';

describe('detectBounce', () => {
  it('reads an RFC 3464 report: recipients, status, reason, code, hard flag and the bounced Message-ID', async () => {
    const report = 'Reporting-MTA: dns; mx.msp.example\r\n\r\nFinal-Recipient: rfc822; ana@client.example\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <ana@client.example>: Recipient address rejected: User unknown\r\n\r\nFinal-Recipient: rfc822; bo@client.example\r\nAction: failed\r\nStatus: 4.2.2\r\nDiagnostic-Code: smtp; 452 4.2.2 Mailbox full';
    const body = multipart('r', [
      { headers: 'Content-Type: text/plain', body: 'Your message could not be delivered.' },
      { headers: 'Content-Type: message/delivery-status', body: report },
      { headers: 'Content-Type: message/rfc822', body: returned },
    ]);
    const bounce = await bounceOf(rawMessage({ From: 'MAILER-DAEMON@mx.msp.example', To: 'desk@msp.example', Subject: 'Undelivered Mail Returned to Sender', 'Content-Type': 'multipart/report; report-type=delivery-status; boundary="r"' }, body));
    expect(bounce?.format).toBe('dsn');
    expect(bounce?.originalMessageId).toBe('sb-1042-7@msp.example');
    expect(bounce?.recipients.map((r) => [r.recipient, r.status, r.reason, r.smtpCode, r.hard])).toEqual([
      ['ana@client.example', '5.1.1', 'userunknown', '550', true],
      ['bo@client.example', '4.2.2', 'mailboxfull', '452', false],
    ]);
  });

  it('reads a plain-text notice without a report (qmail style)', async () => {
    const body = `Hi. This is the qmail-send program at mx.msp.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\n<ana@client.example>:\n192.0.2.1 does not like recipient.\nRemote host said: 550 5.7.1 Client host rejected: listed at zen.spamhaus.org\n\n--- Below this line is a copy of the message.\n\n${returned.replace(/\r\n/g, '\n')}`;
    const bounce = await bounceOf(rawMessage({ From: 'MAILER-DAEMON@mx.msp.example', To: 'desk@msp.example', Subject: 'failure notice' }, body));
    expect(bounce?.format).toBe('text');
    expect(bounce?.recipients).toEqual([expect.objectContaining({ recipient: 'ana@client.example', reason: 'blocked', status: '5.7.1', stage: 'RCPT' })]);
    expect(bounce?.originalMessageId).toBe('sb-1042-7@msp.example');
  });

  it('is null for a feedback report (ARF), an out-of-office reply and ordinary mail', async () => {
    const arf = multipart('f', [{ headers: 'Content-Type: text/plain', body: 'This is an abuse report.' }, { headers: 'Content-Type: message/feedback-report', body: 'Feedback-Type: abuse\r\nVersion: 1' }]);
    expect(await bounceOf(rawMessage({ From: 'fbl@isp.example', Subject: 'Abuse report', 'Content-Type': 'multipart/report; report-type=feedback-report; boundary="f"' }, arf))).toBeNull();
    expect(await bounceOf(rawMessage({ From: 'ana@client.example', 'Return-Path': '<>', Subject: 'Automatic reply: Printer' }, 'I am out of the office.'))).toBeNull();
    expect(await bounceOf(rawMessage({ From: 'ana@client.example', Subject: 'Email to Bo could not be delivered?' }, 'Hi, my mail to bo@client.example bounced, can you check?'))).toBeNull();
  });
});

describe('classifyFailure', () => {
  it('believes "user unknown" at RCPT or with an address status, and calls it filtered after DATA', () => {
    expect(classifyFailure({ diagnostic: '550 User unknown', status: null, stage: 'RCPT', action: 'failed' })).toBe('userunknown');
    expect(classifyFailure({ diagnostic: '550 5.1.1 User unknown', status: '5.1.1', stage: 'DATA', action: 'failed' })).toBe('userunknown');
    expect(classifyFailure({ diagnostic: '550 Unknown user', status: '5.0.0', stage: 'DATA', action: 'failed' })).toBe('filtered');
    expect(classifyFailure({ diagnostic: 'The recipient name is not recognized', status: null, stage: null, action: 'failed' })).toBe('userunknown');
  });

  it('prefers the words over the status code, and falls back on the code class', () => {
    expect(classifyFailure({ diagnostic: '550 5.1.1 sent to too many recipients this hour', status: '5.1.1', stage: 'RCPT', action: 'failed' })).toBe('speeding');
    expect(classifyFailure({ diagnostic: '554 rejected: does not pass DMARC', status: '5.7.1', stage: 'DATA', action: 'failed' })).toBe('authfailure');
    expect(classifyFailure({ diagnostic: '552 nothing we know', status: '5.3.4', stage: null, action: 'failed' })).toBe('mesgtoobig');
    expect(classifyFailure({ diagnostic: '', status: null, stage: null, action: 'delayed' })).toBe('expired');
    expect(classifyFailure({ diagnostic: 'weird', status: null, stage: null, action: 'failed' })).toBe('undefined');
  });

  it('finds the enhanced status code after the reply code', () => {
    expect(statusIn("5.1.0 - Unknown address error 550-'5.7.1 <x@y>... Access denied'")).toBe('5.7.1');
    expect(statusIn('sorry, no mailbox here by that name (#5.1.1 - chkusr)')).toBe('5.1.1');
  });
});
