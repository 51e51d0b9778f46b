import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message.js';
import { base64Lines, multipart, rawMessage } from './test-messages.js';

const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

describe('parseMessage', () => {
  it('decodes RFC 2047 names and subjects in any charset, and RFC 6532 UTF-8 headers', async () => {
    const raw = rawMessage(
      { From: '=?ISO-8859-1?Q?J=F6rg_M=FCller?= <jorg@example.de>', To: 'Zoë <zoe@example.fr>, team: a@example.com, b@example.com;', Subject: '=?utf-8?B?0J/RgNC40LLQtdGCINC80LjRgA==?=', 'Content-Type': 'text/plain; charset=koi8-r', 'Content-Transfer-Encoding': 'quoted-printable' },
      '=F0=D2=C9=D7=C5=D4',
    );
    const result = await parseMessage(raw);
    if (!result.ok) throw new Error(result.refusal.detail);
    expect(result.message.from).toEqual({ address: 'jorg@example.de', name: 'Jörg Müller' });
    expect(result.message.to.map((a) => a.address)).toEqual(['zoe@example.fr', 'a@example.com', 'b@example.com']);
    expect(result.message.subject).toBe('Привет мир');
    expect(result.message.text.trim()).toBe('Привет');
  });

  it('replaces line breaks smuggled into the subject and notes the header injection', async () => {
    const raw = rawMessage({ From: 'a@example.com', Subject: '=?utf-8?Q?Invoice=0D=0ABcc:_victim@example.com?=' }, 'hi');
    const result = await parseMessage(raw);
    if (!result.ok) throw new Error('refused');
    expect(result.message.subject).toBe('Invoice Bcc: victim@example.com');
    expect(codes(result.notes)).toContain('header_line_break');
  });

  it('reads a message saved with a UTF-8 byte-order mark before its first header', async () => {
    const raw = rawMessage({ From: 'a@example.com', Subject: 'With BOM' }, 'hi');
    const result = await parseMessage(new Uint8Array([0xef, 0xbb, 0xbf, ...raw]));
    if (!result.ok) throw new Error(result.refusal.detail);
    expect(result.message.subject).toBe('With BOM');
  });

  it('keeps a message with a malformed date, with a null date and a note', async () => {
    const result = await parseMessage(rawMessage({ From: 'a@example.com', Date: 'Tuesday the 45th of Smarch', Subject: 'x' }, 'hi'));
    if (!result.ok) throw new Error('refused');
    expect(result.message.date).toBeNull();
    expect(codes(result.notes)).toContain('date_malformed');
  });

  it('reads ids, the null Return-Path and the topmost Authentication-Results', async () => {
    const raw = rawMessage(
      {
        'Return-Path': '<>',
        'Authentication-Results': 'mx.ours.example; spf=fail smtp.mailfrom=x.example; dkim=pass header.d=x.example; dmarc=fail (p=reject)',
        'X-Other': 'y',
        'Message-ID': '<abc@x.example>',
        'In-Reply-To': '<parent@x.example>',
        References: '<root@x.example> <parent@x.example>',
        From: 'a@x.example',
      },
      'hi',
    );
    const withForged = new TextEncoder().encode(new TextDecoder().decode(raw).replace('X-Other: y', 'Authentication-Results: forged.example; spf=pass; dkim=pass; dmarc=pass'));
    const result = await parseMessage(withForged);
    if (!result.ok) throw new Error('refused');
    expect(result.message.returnPath).toBe('');
    expect(result.message.messageId).toBe('abc@x.example');
    expect(result.message.inReplyTo).toEqual(['parent@x.example']);
    expect(result.message.references).toEqual(['root@x.example', 'parent@x.example']);
    expect(result.message.authResults).toEqual({ authservId: 'mx.ours.example', spf: 'fail', dkim: 'pass', dmarc: 'fail' });
  });

  it('notes a multipart cut short and keeps the parts that arrived', async () => {
    const body = multipart('b1', [{ headers: 'Content-Type: text/plain', body: 'first part' }, { headers: 'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"\r\nContent-Transfer-Encoding: base64', body: 'JVBERi0xLjQK' }], false);
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'Content-Type': 'multipart/mixed; boundary="b1"' }, body));
    if (!result.ok) throw new Error('refused');
    expect(codes(result.notes)).toContain('truncated');
    expect(result.message.text).toContain('first part');
    expect(result.message.attachments[0]?.filename).toBe('a.pdf');
  });

  it('refuses a message with 100,000 parts quickly, with a reason', async () => {
    const parts = Array.from({ length: 100_000 }, () => ({ headers: 'Content-Type: text/plain', body: 'x' }));
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'Content-Type': 'multipart/mixed; boundary="p"' }, multipart('p', parts)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe('too_many_parts');
  });

  it('refuses a 60 MB attachment under the default limits without parsing it', async () => {
    const att = new Uint8Array(60 * 1024 * 1024);
    const body = multipart('b', [{ headers: 'Content-Type: text/plain', body: 'see attached' }, { headers: 'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="big.bin"\r\nContent-Transfer-Encoding: base64', body: base64Lines(att) }]);
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'Content-Type': 'multipart/mixed; boundary="b"' }, body));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe('message_too_large');
  });

  it('lists an attachment over the attachment limit without its bytes, and keeps the rest', async () => {
    const body = multipart('b', [
      { headers: 'Content-Type: text/plain', body: 'two files' },
      { headers: 'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="big.bin"\r\nContent-Transfer-Encoding: base64', body: base64Lines(new Uint8Array(3000)) },
      { headers: 'Content-Type: text/csv\r\nContent-Disposition: attachment; filename="small.csv"', body: 'a,b' },
    ]);
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'Content-Type': 'multipart/mixed; boundary="b"' }, body), { maxAttachmentBytes: 2000 });
    if (!result.ok) throw new Error('refused');
    const [big, small] = result.message.attachments;
    expect(big).toMatchObject({ filename: 'big.bin', size: 3000, content: null });
    expect(small.filename).toBe('small.csv');
    expect(small.content).not.toBeNull();
    expect(codes(result.notes)).toContain('attachment_too_large');
  });

  it('refuses a header block over the header limit', async () => {
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'X-Junk': 'y'.repeat(5000) }, 'hi'), { maxHeaderBytes: 1000 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe('header_too_large');
  });

  it('refuses bytes that are not a message and an empty message', async () => {
    const empty = await parseMessage(new Uint8Array(0));
    expect(empty.ok ? null : empty.refusal.code).toBe('empty_message');
  });

  it('removes scripts, handlers, forms and tracking pixels from HTML and blocks remote images', async () => {
    const html = '<p onclick="steal()">Hello</p><script>alert(1)</script><form action="https://evil.example"><input name="pw"></form><img src="https://track.example/o.gif" width="1" height="1"><img src="https://cdn.example/logo.png" alt="Logo"><img src="cid:inline1">';
    const result = await parseMessage(rawMessage({ From: 'a@example.com', 'Content-Type': 'text/html; charset=utf-8' }, html));
    if (!result.ok) throw new Error('refused');
    const safe = result.message.html ?? '';
    expect(safe).not.toMatch(/script|onclick|<form|<input|track\.example/);
    expect(safe).toContain('data-sb-remote-src="https://cdn.example/logo.png"');
    expect(safe).not.toMatch(/\ssrc="https:/);
    expect(safe).toContain('src="cid:inline1"');
    expect(result.message.text).toContain('Hello');
    expect(result.message.textFromHtml).toBe(true);
    expect(codes(result.notes)).toEqual(expect.arrayContaining(['html_active_removed', 'remote_images_blocked', 'tracking_pixels_removed']));
  });
});
