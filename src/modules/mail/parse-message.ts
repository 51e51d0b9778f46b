/**
 * Raw RFC 5322 bytes → a normalised message (mail-message.ts), with postal-mime doing the MIME
 * work (every charset and transfer encoding, RFC 2047/2231/6532) and this file applying the
 * limits, decoding what postal-mime leaves raw, unpacking TNEF and sanitising HTML. A message
 * over a limit never throws: the result says what was refused or dropped, and why.
 */
import PostalMime, { type Address, type Attachment, type Email } from 'postal-mime';
import { parseAuthResults } from './auth-results.js';
import { htmlToText } from './html-text.js';
import { parseMailDate } from './mail-date.js';
import type { MailAddress, MailAttachment, ParsedMessage, ParseNote, ParseResult } from './mail-message.js';
import { sanitizeMessageHtml } from './safe-html.js';
import { isTnef, readTnef } from './tnef.js';

/** Limits on one message. Each has a default; a deployment may tighten or loosen them. */
export interface ParseLimits {
  /** Largest raw message accepted, in bytes; larger is refused (message_too_large). */
  maxMessageBytes: number;
  /** Largest header block, in bytes, summed over all parts; larger is refused (header_too_large). */
  maxHeaderBytes: number;
  /** Most MIME parts (nested messages included); more is refused (too_many_parts). */
  maxParts: number;
  /** Deepest multipart nesting; deeper is refused (nesting_too_deep). */
  maxNestingDepth: number;
  /** Largest single attachment kept, in bytes; a larger one is listed with its bytes dropped. */
  maxAttachmentBytes: number;
  /** Largest HTML part sanitised and kept, in bytes; a larger one is dropped, its text kept. */
  maxHtmlBytes: number;
}

/** Defaults: generous for real mail (Microsoft 365 accepts up to 150 MB, most systems 25–50 MB). */
export const DEFAULT_LIMITS: ParseLimits = {
  maxMessageBytes: 50 * 1024 * 1024,
  maxHeaderBytes: 1024 * 1024,
  maxParts: 2000,
  maxNestingDepth: 50,
  maxAttachmentBytes: 25 * 1024 * 1024,
  maxHtmlBytes: 2 * 1024 * 1024,
};

const REFUSALS: Record<string, string> = {
  EMAXPARTCOUNT: 'too_many_parts',
  EMAXNESTINGDEPTH: 'nesting_too_deep',
  EMAXHEADERSIZE: 'header_too_large',
  EMAXFORWARDEDADDRESSES: 'too_many_parts',
};

/** Control characters other than tab: a CR or LF in a decoded header is an injection attempt. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f]+/g;

function singleLine(value: string, field: string, notes: ParseNote[]): string {
  if (!CONTROL.test(value)) return value.trim();
  notes.push({ code: 'header_line_break', detail: `The ${field} header held line breaks or control characters (a header-injection attempt, or a broken sender); they were replaced by spaces.` });
  return value.replace(CONTROLS, ' ').trim();
}

/** Whether an encoded word in a raw header value hides a CR or LF (postal-mime drops them silently). */
function smuggledLineBreak(raw: string | undefined): boolean {
  if (!raw) return false;
  if (/\r(?!\n)/.test(raw)) return true;
  for (const m of raw.slice(0, 10_000).matchAll(/=\?[^?\s]+\?([bqBQ])\?([^?\s]*)\?=/g)) {
    const bytes = m[1].toLowerCase() === 'b' ? Buffer.from(m[2], 'base64').toString('latin1') : m[2].replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (/[\r\n]/.test(bytes)) return true;
  }
  return false;
}

function noteSmuggled(email: Email, notes: ParseNote[]): void {
  for (const name of ['subject', 'from', 'to', 'cc', 'reply-to']) {
    if (smuggledLineBreak(email.headers.find((h) => h.key === name)?.value)) {
      notes.push({ code: 'header_line_break', detail: `The ${name} header hid line breaks in encoded words (a header-injection attempt); they were replaced by spaces.` });
    }
  }
}

function mailboxes(list: Address[] | Address | undefined, field: string, notes: ParseNote[]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list === undefined ? [] : Array.isArray(list) ? list : [list]) {
    for (const m of a.group ?? [a]) {
      const address = singleLine(m.address ?? '', field, notes);
      const name = singleLine(m.name ?? '', field, notes);
      if (address || name) out.push({ address, name: name === '' ? null : name });
    }
  }
  return out;
}

/** Message ids in a header value, without angle brackets. */
export function messageIds(value: string | undefined | null): string[] {
  if (!value) return [];
  const ids = [...value.slice(0, 100_000).matchAll(/<([^<>\s]+)>/g)].map((m) => m[1]);
  if (ids.length === 0 && /^\S+@\S+$/.test(value.trim())) ids.push(value.trim());
  return ids;
}

function returnPathOf(email: Email): string | null {
  const raw = email.headers.find((h) => h.key === 'return-path')?.value;
  if (raw === undefined) return null;
  const m = /<([^<>]*)>/.exec(raw);
  return (m ? m[1] : raw).trim();
}

/** Where the top-level header block ends, or -1 when no blank line ends it within `limit` bytes. */
function headerEnd(raw: Uint8Array, limit: number): number {
  const view = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.length, limit + 4));
  const crlf = view.indexOf('\r\n\r\n');
  const lf = view.indexOf('\n\n');
  if (crlf < 0) return lf;
  return lf < 0 ? crlf : Math.min(crlf, lf);
}

/** Notes a multipart whose closing delimiter never arrives: the message was probably cut short. */
function truncationNote(raw: Uint8Array, headerBlock: string): ParseNote | null {
  const m = /boundary\s*=\s*(?:"([^"\r\n]*)"|([^;\s]+))/i.exec(headerBlock);
  if (!m) return null;
  const closing = `--${m[1] ?? m[2]}--`;
  if (Buffer.from(raw.buffer, raw.byteOffset, raw.length).includes(closing)) return null;
  return { code: 'truncated', detail: 'The multipart body ends without its closing boundary; the message was probably cut short. The parts that arrived were kept.' };
}

function bytesOf(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function attachmentsOf(email: Email, limits: ParseLimits, notes: ParseNote[]): { attachments: MailAttachment[]; tnefHtml: string | null } {
  const attachments: MailAttachment[] = [];
  let tnefHtml: string | null = null;
  const keep = (a: Omit<MailAttachment, 'size' | 'content'>, content: Uint8Array) => {
    const tooLarge = content.length > limits.maxAttachmentBytes;
    if (tooLarge) {
      notes.push({ code: 'attachment_too_large', detail: `Attachment ${a.filename ?? '(unnamed)'} is ${content.length} bytes, over the ${limits.maxAttachmentBytes}-byte limit; it is listed without its content.` });
    }
    attachments.push({ ...a, size: content.length, content: tooLarge ? null : content });
  };
  for (const a of email.attachments) {
    const content = bytesOf(a.content);
    const base = {
      filename: a.filename ? a.filename.replace(CONTROLS, ' ').trim() : null,
      contentType: a.mimeType.replace(CONTROLS, ' ').trim() || 'application/octet-stream',
      contentId: a.contentId ? a.contentId.replace(/^<|>$/g, '') : null,
      inline: a.disposition === 'inline' || a.related === true,
      fromTnef: false,
    };
    const tnefLike = base.contentType === 'application/ms-tnef' || /^winmail\.dat$/i.test(base.filename ?? '');
    if (tnefLike && content.length <= limits.maxAttachmentBytes && isTnef(content)) {
      const tnef = readTnef(content, limits.maxParts);
      if (tnef.damage) notes.push({ code: 'tnef_damaged', detail: `winmail.dat is damaged (${tnef.damage}); the ${tnef.attachments.length} attachments before the damage were kept.` });
      else notes.push({ code: 'tnef_unpacked', detail: `winmail.dat was unpacked into ${tnef.attachments.length} attachments.` });
      for (const t of tnef.attachments) {
        keep({ filename: t.filename, contentType: t.contentType ?? 'application/octet-stream', contentId: t.contentId, inline: false, fromTnef: true }, t.content);
      }
      tnefHtml = tnef.html;
      if (tnef.attachments.length > 0 || tnef.html) continue;
    }
    keep(base, content);
  }
  return { attachments, tnefHtml };
}

function htmlOf(source: string | null, limits: ParseLimits, notes: ParseNote[]): string | null {
  if (source === null || source.trim() === '') return null;
  if (source.length > limits.maxHtmlBytes) {
    notes.push({ code: 'html_too_large', detail: `The HTML body is ${source.length} characters, over the ${limits.maxHtmlBytes} limit; only its text is kept.` });
    return null;
  }
  const safe = sanitizeMessageHtml(source);
  if (safe.removedActive > 0) notes.push({ code: 'html_active_removed', detail: `Removed ${safe.removedActive} scripts, event handlers, forms or frames from the HTML.` });
  if (safe.remoteImages > 0) notes.push({ code: 'remote_images_blocked', detail: `${safe.remoteImages} remote images are blocked until someone asks to load them.` });
  if (safe.trackingPixels > 0) notes.push({ code: 'tracking_pixels_removed', detail: `Removed ${safe.trackingPixels} tracking pixels.` });
  return safe.html;
}

async function runParser(raw: Uint8Array, limits: ParseLimits): Promise<Email | ParseNote> {
  try {
    return await PostalMime.parse(raw, {
      forceRfc822Attachments: true,
      maxPartCount: limits.maxParts,
      maxNestingDepth: limits.maxNestingDepth,
      maxHeadersSize: limits.maxHeaderBytes,
    });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const code = (e.code && REFUSALS[e.code]) || 'unparseable';
    return { code, detail: `The message was refused: ${e.message ?? String(error)}` };
  }
}

/** Whose Authentication-Results are believed (see auth-results.ts). */
export interface ParseTrust {
  /**
   * The authserv-id (or `*.suffix` pattern) whose topmost header is read; any other topmost header
   * is ignored. Absent: the topmost header is read whoever wrote it.
   */
  trustedAuthservId?: string | null;
}

/** Parses one raw message. Never throws for bad input; refusals and drops come back as notes. */
export async function parseMessage(raw: Uint8Array, overrides: Partial<ParseLimits> = {}, trust: ParseTrust = {}): Promise<ParseResult> {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  // A byte-order mark before the first header (files saved by some editors) is not header data.
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) raw = raw.subarray(3);
  const notes: ParseNote[] = [];
  const refuse = (code: string, detail: string): ParseResult => ({ ok: false, refusal: { code, detail }, notes });
  if (raw.length === 0) return refuse('empty_message', 'The message is empty.');
  if (raw.length > limits.maxMessageBytes) {
    return refuse('message_too_large', `The message is ${raw.length} bytes, over the ${limits.maxMessageBytes}-byte limit.`);
  }
  const end = headerEnd(raw, limits.maxHeaderBytes);
  if (end < 0 && raw.length > limits.maxHeaderBytes) return refuse('header_too_large', `The header block is over the ${limits.maxHeaderBytes}-byte limit.`);
  const parsed = await runParser(raw, limits);
  if (!('headers' in parsed)) return refuse(parsed.code, parsed.detail);
  const email = parsed;
  if (email.headers.length === 0) return refuse('no_headers', 'The data has no header fields; it is not an email message.');
  const headerBlock = Buffer.from(raw.buffer, raw.byteOffset, end < 0 ? raw.length : end).toString('latin1');
  const truncated = truncationNote(raw, headerBlock);
  if (truncated) notes.push(truncated);

  noteSmuggled(email, notes);
  const dateHeader = email.headers.find((h) => h.key === 'date')?.value ?? null;
  const date = parseMailDate(dateHeader);
  if (dateHeader === null) notes.push({ code: 'date_missing', detail: 'The message has no Date header.' });
  else if (date === null) notes.push({ code: 'date_malformed', detail: `The Date header "${dateHeader.slice(0, 80).replace(CONTROLS, ' ')}" is not a valid date.` });

  const { attachments, tnefHtml } = attachmentsOf(email, limits, notes);
  const sourceHtml = email.html ?? tnefHtml;
  const hasPlainPart = !/^content-type:/im.test(headerBlock) || /content-type:\s*text\/plain/i.test(Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('latin1'));
  let text = email.text ?? '';
  const textFromHtml = sourceHtml !== null && sourceHtml !== undefined && (!hasPlainPart || text.trim() === '') && sourceHtml.length <= limits.maxHtmlBytes;
  if (textFromHtml) text = htmlToText(sourceHtml, limits.maxHtmlBytes);

  const message: ParsedMessage = {
    from: mailboxes(email.from, 'From', notes)[0] ?? null,
    to: mailboxes(email.to, 'To', notes),
    cc: mailboxes(email.cc, 'Cc', notes),
    replyTo: mailboxes(email.replyTo, 'Reply-To', notes),
    returnPath: returnPathOf(email),
    subject: singleLine(email.subject ?? '', 'Subject', notes),
    date,
    messageId: messageIds(email.messageId)[0] ?? null,
    inReplyTo: messageIds(email.inReplyTo),
    references: messageIds(email.references),
    text: text.replace(/\r\n?/g, '\n'),
    textFromHtml,
    html: htmlOf(sourceHtml ?? null, limits, notes),
    sourceHtml: sourceHtml && sourceHtml.length <= limits.maxHtmlBytes ? sourceHtml : null,
    attachments,
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    authResults: parseAuthResults(email.headers.filter((h) => h.key === 'authentication-results').map((h) => h.value), trust.trustedAuthservId),
    size: raw.length,
  };
  return { ok: true, message, notes };
}
