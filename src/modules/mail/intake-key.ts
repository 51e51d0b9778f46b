/**
 * How intake recognises the same message arriving twice (an SMTP client that never saw our 250
 * and sent again, an IMAP message fetched again after a crash): the mailbox, the Message-ID and a
 * hash of the content. The hash covers the body and the headers the author wrote (From, To, Cc,
 * Subject, Date, Message-ID), not the trace headers a relay adds on each attempt (Received,
 * Return-Path, Delivered-To …), so a retry through another hop is still the same message.
 */
import { createHash } from 'node:crypto';

const AUTHOR_HEADERS = new Set(['from', 'to', 'cc', 'subject', 'date', 'message-id']);

/** Where the header block ends (index of the blank line), or -1. */
function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf < 0) return lf;
  return lf < 0 ? crlf : Math.min(crlf, lf);
}

/** The author's header lines, unfolded and in order, as they shape the hash. */
function authorHeaders(head: string): string[] {
  const out: string[] = [];
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (AUTHOR_HEADERS.has(name)) out.push(`${name}:${line.slice(colon + 1).trim()}`);
  }
  return out;
}

/** Hex SHA-256 of the message's author headers and body. */
export function contentHash(raw: Uint8Array): string {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.length);
  const end = headerEnd(buf);
  const head = (end < 0 ? buf : buf.subarray(0, end)).toString('latin1');
  const hash = createHash('sha256');
  hash.update(authorHeaders(head).join('\n'));
  hash.update('\n\n');
  if (end >= 0) hash.update(buf.subarray(end).toString('latin1').replace(/^\r?\n\r?\n/, '').replace(/\r\n/g, '\n'));
  return hash.digest('hex');
}

/** The Message-ID in the raw header block (without angle brackets), or null. */
export function rawMessageId(raw: Uint8Array): string | null {
  const buf = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.length, 256 * 1024));
  const end = headerEnd(buf);
  const head = (end < 0 ? buf : buf.subarray(0, end)).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const m = /^message-id:\s*<?([^<>\s]+)>?/im.exec(head);
  return m ? m[1].slice(0, 500) : null;
}

/** The dedupe key of a message in a mailbox. */
export function dedupeKey(mailboxId: string, messageId: string | null, hash: string): string {
  return `${mailboxId}:${messageId ?? ''}:${hash}`;
}
