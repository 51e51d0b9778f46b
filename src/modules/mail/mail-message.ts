/**
 * The normalised form of one inbound message, and the notes that say what parsing changed,
 * dropped or refused. Pure types and small helpers; no I/O.
 */
import type { AuthResults } from './auth-results.js';

/** A mailbox: the address and, when the sender gave one, the decoded display name. */
export interface MailAddress {
  address: string;
  name: string | null;
}

/** One attachment or inline part. `content` is null when a limit dropped the bytes. */
export interface MailAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  contentId: string | null;
  /** Shown in the body (Content-Disposition inline, or a multipart/related part with a Content-ID). */
  inline: boolean;
  content: Uint8Array | null;
  /** Unpacked from a TNEF winmail.dat. */
  fromTnef: boolean;
}

/** Something parsing noticed, changed or dropped: a stable code and a sentence for people. */
export interface ParseNote {
  code: string;
  detail: string;
}

/** A parsed, normalised message. */
export interface ParsedMessage {
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  /** The Return-Path address; the empty string for the null sender `<>`; null when absent. */
  returnPath: string | null;
  subject: string;
  /** ISO-8601 UTC, or null when the Date header is missing or malformed (a note says which). */
  date: string | null;
  /** Message ids without angle brackets. */
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  /** The full text: the text/plain part, or text derived from the HTML part. */
  text: string;
  /** The text was derived from HTML (the message had no text/plain body). */
  textFromHtml: boolean;
  /** The HTML part sanitised (see safe-html.ts); null when there was none or it was too large. */
  html: string | null;
  /** The raw HTML part before sanitising, kept only for deriving the visible text; never shown. */
  sourceHtml: string | null;
  attachments: MailAttachment[];
  /** Every header of the top-level part, in message order (values unfolded, not decoded). */
  headers: { key: string; value: string }[];
  /** The topmost Authentication-Results header, read per RFC 8601 (see auth-results.ts). */
  authResults: AuthResults | null;
  /** Size of the raw message in bytes. */
  size: number;
}

/** The outcome of parsing: a message (with notes), or a refusal with its reason. */
export type ParseResult = { ok: true; message: ParsedMessage; notes: ParseNote[] } | { ok: false; refusal: ParseNote; notes: ParseNote[] };

/** All values of a header (lowercase name), in message order. */
export function headerValues(message: Pick<ParsedMessage, 'headers'>, name: string): string[] {
  const out: string[] = [];
  for (const h of message.headers) if (h.key === name) out.push(h.value);
  return out;
}

/** The first value of a header, or null. */
export function headerValue(message: Pick<ParsedMessage, 'headers'>, name: string): string | null {
  return message.headers.find((h) => h.key === name)?.value ?? null;
}

/** The domain part of an address, lowercased, or '' when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase().replace(/\.$/, '');
}
