/**
 * A delivery-status report (RFC 3464) for one of our messages, as a receiving server sends it
 * back: a permanent failure (5.1.1, user unknown) of `recipient`, quoting our Message-ID.
 */
export function bounceFor(messageId: string, recipient: string): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: help@msp.example',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 02 Mar 2026 15:00:00 +0000',
    'Message-ID: <bounce-1@mx.example.com>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    `I'm sorry to have to inform you that your message could not be delivered to ${recipient}.`,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 User unknown',
    '',
    '--b1',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Help desk <help@msp.example>',
    `To: ${recipient}`,
    `Message-ID: <${messageId}>`,
    'Subject: Re: [SB-1001] VPN down',
    '',
    '--b1--',
    '',
  ].join('\r\n');
}
