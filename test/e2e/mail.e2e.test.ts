import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processInbound, storeInbound, type MailDb } from '../../src/modules/mail/index.js';
import { FakeSmtp } from '../support/fake-smtp.js';
import { launchChromium, newContext, ok, owner, PASSWORD, screenshot, signIn, startE2eWorld, type E2eWorld } from './support.js';

const crlf = (s: string) => s.replace(/\r?\n/g, '\r\n');

/** Alice's request: text and HTML (a remote image, a script), a quoted earlier message, a PDF. */
const REQUEST = crlf(`From: Alice Moreno <alice.moreno@alderdental.example>
To: help@msp.example
Subject: Scanner in surgery 3 stopped sending to the server
Date: Mon, 02 Mar 2026 09:12:00 +0000
Message-ID: <scanner-1@alderdental.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="mix"

--mix
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8

The scanner in surgery 3 stopped sending scans to the server this morning. The error log is attached.

On Fri, 27 Feb 2026 at 16:02, Tina Okafor <help@msp.example> wrote:
> We replaced the scanner's network cable; it should work again.
--alt
Content-Type: text/html; charset=utf-8

<p>The scanner in surgery 3 stopped sending scans to the server this morning. The error log is attached.</p><p><img src="https://tracker.example/logo.png" width="120" height="40" alt="Alder Dental logo"></p><script>alert(1)</script><div class="gmail_quote">On Fri, 27 Feb 2026 at 16:02, Tina Okafor wrote:<blockquote>We replaced the scanner's network cable.</blockquote></div>
--alt--
--mix
Content-Type: text/plain; name="scanner-errors.log"
Content-Disposition: attachment; filename="scanner-errors.log"

09:01 SMB connect to \\\\server\\scans failed: access denied
--mix--
`);

const bounceOf = (messageId: string) => crlf(`From: Mail Delivery System <MAILER-DAEMON@mx.alderdental.example>
To: help@msp.example
Subject: Undelivered Mail Returned to Sender
Date: Mon, 02 Mar 2026 09:30:00 +0000
Message-ID: <bounce-e2e@mx.alderdental.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="r"

--r
Content-Type: text/plain

Your message could not be delivered: the mailbox is full.
--r
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.alderdental.example

Final-Recipient: rfc822; alice.moreno@alderdental.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--r
Content-Type: text/rfc822-headers

Message-ID: <${messageId}>
Subject: Re: scanner

--r--
`);

describe('email in the console', () => {
  let w: E2eWorld;
  let browser: Browser;
  let fake: FakeSmtp;
  let ticketNumber: string;

  beforeAll(async () => {
    browser = await launchChromium();
    fake = new FakeSmtp();
    await fake.start();
    w = await startE2eWorld();
    const box = await ok(w.app, owner(w), 'POST', '/api/v1/mailboxes', { name: 'Alder help desk', address: 'help@msp.example', kind: 'smtp', teamId: w.app.world.teamId, outgoing: { host: fake.host, port: fake.port, secure: false } });
    const db = w.app.sb.database.db as unknown as MailDb;
    const file = async (raw: string) => processInbound(w.app.sb.intake, (await storeInbound({ db, clock: w.app.clock }, { mailboxId: box.id, raw: new TextEncoder().encode(raw), source: 'smtp' })).id);
    await file(REQUEST);
    const mail = await ok(w.app, owner(w), 'GET', '/api/v1/mail/triage');
    expect(mail.items).toEqual([]);
    const ticket = (await ok(w.app, owner(w), 'GET', '/api/v1/tickets?q=scanner')).items[0];
    ticketNumber = ticket.number;
    await ok(w.app, owner(w), 'POST', `/api/v1/tickets/${ticket.id}/messages`, { kind: 'reply', body: 'Thanks Alice — we reset the scan user’s password. Please try again.' });
    while ((await w.app.sb.outbound!.runOnce()) > 0);
    const reply = (await ok(w.app, owner(w), 'GET', `/api/v1/tickets/${ticket.id}/mail`)).outbound.find((m: { kind: string }) => m.kind === 'reply');
    await file(bounceOf(reply.messageId));
    await file(crlf('From: Dana Novak <dana@newclinic.example>\nTo: help@msp.example\nSubject: Do you support dental practices?\nDate: Mon, 02 Mar 2026 10:00:00 +0000\nMessage-ID: <dana-1@newclinic.example>\n\nWe are opening a new clinic and need IT support.\n'));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await w?.close();
    await fake?.stop();
  });

  it('[mail]: shows an email thread with the trimmed reply, its attachment, the sandboxed full message and a bounce', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, `/tickets/${ticketNumber}`);
    const panel = page.locator('section.mail-panel');
    await panel.getByText('The scanner in surgery 3 stopped sending scans to the server this morning.').waitFor();
    expect(await panel.getByText('We replaced the scanner').count()).toBe(0);
    const attachment = panel.getByRole('link', { name: 'scanner-errors.log' });
    expect(await attachment.getAttribute('href')).toMatch(/^\/api\/v1\/mail\/attachments\//);
    await panel.getByText(/The client never got it: alice\.moreno@alderdental\.example — mailboxfull/).waitFor();
    await page.getByText(/could not deliver our email to alice\.moreno@alderdental\.example/).waitFor();
    await screenshot(page, 'ticket-email', { fullPage: true });

    await panel.locator('.mail-item', { hasText: 'Scanner in surgery 3' }).getByRole('button', { name: 'Show full message' }).click();
    const frame = panel.locator('iframe.mail-frame-body');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    const srcdoc = (await frame.getAttribute('srcdoc'))!;
    expect(srcdoc).toContain("default-src 'none'");
    expect(srcdoc).not.toContain('<script');
    expect(srcdoc).not.toMatch(/\ssrc="https:\/\/tracker\.example/);
    expect(srcdoc).toContain('data-sb-remote-src="https://tracker.example/logo.png"');
    await panel.getByText('1 remote image blocked.').waitFor();
    await panel.getByRole('button', { name: 'Show images' }).click();
    await panel.getByText('Remote images shown.').waitFor();
    expect(await frame.getAttribute('srcdoc')).toMatch(/\ssrc="https:\/\/tracker\.example\/logo\.png"/);
    expect(await frame.getAttribute('srcdoc')).toContain('img-src data: https: http:');
    await context.close();
  }, 60_000);

  it('[mail]: files a triage message once a contact is made from its sender', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, w.tech.email, '/mail/triage');
    await page.getByRole('heading', { name: 'Mail triage' }).waitFor();
    await page.getByText('We are opening a new clinic and need IT support.').waitFor();
    await page.getByLabel('Client of dana@newclinic.example').selectOption({ label: 'Birch Logistics' });
    await screenshot(page, 'mail-triage');
    await page.getByRole('button', { name: 'Create contact and file' }).click();
    await page.getByRole('heading', { name: 'Do you support dental practices?' }).waitFor();
    await context.close();
  }, 60_000);

  it('[mail]: shows the mailboxes’ health to the owner, and not to a service manager', async () => {
    await ok(w.app, owner(w), 'PATCH', `/api/v1/users/${w.app.world.staffIds.owner}`, { password: PASSWORD });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, w.base, 'owner@msp.example', '/mail/mailboxes');
    const row = page.locator('tr', { hasText: 'Alder help desk' });
    await row.waitFor();
    await row.getByText('Working').waitFor();
    await row.getByText('SPF/DKIM/DMARC: checked by Switchboard').waitFor();
    await screenshot(page, 'mailboxes');
    await context.close();
    const lead = await newContext(browser);
    const leadPage = await lead.newPage();
    await signIn(leadPage, w.base, w.lead.email, '/mail/mailboxes');
    await leadPage.getByText(/Only an owner or admin/).waitFor();
    await lead.close();
  }, 60_000);
});
