/**
 * Bounces and delivery reports: is this message a report that mail we sent did not arrive, to
 * whom, why (classified by bounce-rules.ts), and which message bounced (its Message-ID, from the
 * returned copy) so intake can link the bounce to the ticket it belongs to. Feedback reports
 * (ARF) and read receipts are reports too, but not bounces.
 */
import { classifyFailure, isHardBounce, reasonOfText, smtpCodeIn, stageIn, statusIn, type BounceReason, type SmtpStage } from './bounce-rules.js';
import { splitReturned, textRecipients, returnedHeaderAddress, returnedMessageId } from './bounce-text.js';
import { dsnAddress, dsnGroups, recipientGroups, type DsnGroup } from './dsn-fields.js';
import { headerValue, type ParsedMessage } from './mail-message.js';

/** One recipient the message could not be delivered to. */
export interface BounceRecipient {
  recipient: string;
  /** Enhanced status code (RFC 3463), e.g. 5.1.1. */
  status: string | null;
  reason: BounceReason;
  /** SMTP reply code, e.g. 550. */
  smtpCode: string | null;
  /** The address will never accept mail (unknown user or host, moved, accepts none). */
  hard: boolean;
  /** The SMTP command the refusal answered, when the report says. */
  stage: SmtpStage;
  /** The server's words, shortened. */
  diagnostic: string;
}

/** A recognised bounce. */
export interface Bounce {
  /** dsn: an RFC 3464 report was read; text: the recipients came from the human-readable text. */
  format: 'dsn' | 'text';
  recipients: BounceRecipient[];
  /** The Message-ID of the message that bounced, from the returned copy. */
  originalMessageId: string | null;
}

const BOUNCE_SENDER = /^(?:mailer-daemon|mailerdaemon|mail-daemon|postmaster|post_master|mail\.delivery\.system|mdaemon|bounce|bounces|nobody)$/i;
const BOUNCE_NAME = /mail delivery (?:subsystem|system)|mailer.daemon|postmaster/i;
const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery (?:status notification|failure|failed|has failed|report|problem)|returned mail|mail delivery failed|failure notice|delivery notification|could not be delivered|not delivered|non.?deliver|mail system error|message delivery has failed|error sending your mail|message you sent|returned to sender|unzustellbar|nicht zustellbar|non remis|no entregado|non recapitato|недоставленное|не доставлено|メールエラー|配信不能|送信できませんでした|delivery failure|mail could not be delivered|loop alert/i;
const BOUNCE_BODY =
  /could not be delivered|couldn't be delivered|undeliverable|requested action not taken|no such user|mail loop|loop alert|duplicated message-id|delivery (?:has )?failed|delivery to the following recipient|permanent (?:fatal )?error|unable to deliver|was not delivered|did not reach|not be delivered|failed permanently|giving up on|the following address(?:es)?(?:\(es\))? (?:had|failed)|delivery status notification|error (?:occurred )?while trying to deliver|rejected (?:your|the) message|your message (?:could not|cannot|wasn't)|could not deliver|delivery problem|message could not be sent|we had trouble delivering|送信に失敗|配信できません|не может быть доставлено/i;

function attachmentText(message: ParsedMessage, types: RegExp): string[] {
  const decoder = new TextDecoder('utf-8');
  return message.attachments.filter((a) => types.test(a.contentType) && a.content !== null).map((a) => decoder.decode(a.content!.subarray(0, 500_000)));
}

/** The raw message as text (latin1 keeps every byte), for reports whose MIME structure is broken. */
function rawBody(raw: Uint8Array | undefined): string {
  if (!raw) return '';
  const view = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.length, 2_000_000)).toString('latin1');
  const end = view.search(/\r?\n\r?\n/);
  return end < 0 ? '' : view.slice(end).replace(/\r\n?/g, '\n');
}

/** Whether the message looks like a bounce at all, before any recipient is found. */
function looksLikeBounce(message: ParsedMessage, notification: string, hasReport: boolean): boolean {
  if (hasReport) return true;
  const from = message.from?.address ?? '';
  const local = from.includes('@') ? from.slice(0, from.lastIndexOf('@')) : from;
  const systemSender = from === '' || BOUNCE_SENDER.test(local) || BOUNCE_NAME.test(message.from?.name ?? '') || message.returnPath === '';
  const subject = BOUNCE_SUBJECT.test(message.subject);
  const body = BOUNCE_BODY.test(notification.slice(0, 20_000));
  return (systemSender && (subject || body)) || (subject && body);
}

function reportType(message: ParsedMessage): string | null {
  const type = headerValue(message, 'content-type') ?? '';
  if (!/^\s*multipart\/report/i.test(type)) return null;
  return (/report-type\s*=\s*"?([\w-]+)/i.exec(type)?.[1] ?? 'unknown').toLowerCase();
}

function fromGroup(group: DsnGroup, notes: { address: string; words: string }[], preamble: string): BounceRecipient | null {
  const recipient = dsnAddress(group.get('final-recipient')) ?? dsnAddress(group.get('original-recipient'));
  if (!recipient) return null;
  const action = (group.get('action') ?? '').toLowerCase().split(/[\s(]/)[0] || null;
  if (action === 'delivered' || action === 'relayed' || action === 'expanded') return null;
  const words = notes.find((n) => n.address === recipient)?.words ?? (notes.length === 1 ? notes[0].words : '');
  const diagnosticField = (group.get('diagnostic-code') ?? '').replace(/^[\w-]+\s*;\s*/, '');
  // The report's own Diagnostic-Code speaks first; the notice's words only fill in when it is silent.
  const diagnostic = diagnosticField && reasonOfText(diagnosticField) ? diagnosticField : `${diagnosticField} ${preamble} ${words}`.trim();
  const fieldStatus = /^([245]\.\d{1,3}\.\d{1,3})/.exec(group.get('status') ?? '')?.[1] ?? null;
  const textStatus = statusIn(diagnostic);
  // A report's Status is often the unspecific X.0.0 while the server's own words carry the code.
  const status = fieldStatus && !/^\d\.0\.0$/.test(fieldStatus) ? fieldStatus : (textStatus ?? fieldStatus);
  const stage = stageIn(`${diagnostic} ${words}`);
  const smtpCode = smtpCodeIn(diagnostic) ?? smtpCodeIn(words);
  const vendorCategory = (group.get('x-powermta-bouncecategory') ?? '').trim().toLowerCase() || null;
  const reason = classifyFailure({ diagnostic, status, stage, action, vendorCategory });
  return { recipient, status, reason, smtpCode, hard: isHardBounce(reason, status, smtpCode), stage, diagnostic: shorten(diagnostic) };
}

function fromText(address: string, words: string, preamble: string): BounceRecipient {
  const diagnostic = `${preamble} ${words}`;
  const status = statusIn(words) ?? statusIn(preamble);
  const smtpCode = smtpCodeIn(words) ?? smtpCodeIn(preamble);
  const stage = stageIn(diagnostic);
  const reason = classifyFailure({ diagnostic, status, stage, action: 'failed' });
  return { recipient: address, status, reason, smtpCode, hard: isHardBounce(reason, status, smtpCode), stage, diagnostic: shorten(words || preamble) };
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? `${t.slice(0, 297)}...` : t;
}

/** The text before the first failed address: where many servers state the reason once for all. */
function preambleOf(notification: string, first: string | undefined): string {
  const at = first === undefined ? -1 : notification.toLowerCase().indexOf(first);
  return (at < 0 ? '' : notification.slice(0, at)).slice(-1500);
}

/**
 * Recognises a bounce. `raw` (the message's bytes) is read when the MIME structure hides the
 * report: broken boundaries, or a report nested in a forwarded message.
 */
export function detectBounce(message: ParsedMessage, raw?: Uint8Array): Bounce | null {
  const type = reportType(message);
  // Feedback reports (ARF) and read receipts (MDN) are reports, but nothing bounced.
  if (type === 'feedback-report' || type === 'disposition-notification') return null;
  const rawText = rawBody(raw);
  const bodyText = message.text.trim().length >= 20 ? message.text : rawText;
  const { notification, returned } = splitReturned(bodyText);
  const reports = attachmentText(message, /^(?:message|text)\/(?:global-)?delivery-status$/i);
  let groups = recipientGroups(reports.flatMap(dsnGroups));
  if (groups.length === 0) groups = recipientGroups(dsnGroups(bodyText));
  if (groups.length === 0 && rawText) groups = recipientGroups(dsnGroups(rawText));
  if (!looksLikeBounce(message, notification, type !== null || groups.length > 0)) return null;

  const returnedParts = [...attachmentText(message, /^(?:message\/rfc822|text\/rfc822-headers|message\/global(?:-headers)?)$/i), returned, rawText];
  const originalSender = returnedParts.map((p) => returnedHeaderAddress(p, 'from')).find((a) => a !== null) ?? null;
  const exclude = new Set<string>([...message.to.map((a) => a.address.toLowerCase()), message.from?.address.toLowerCase() ?? '', originalSender ?? '']);
  let notes = textRecipients(notification, exclude);
  let noticeText = notification;
  if (notes.length === 0 && groups.length === 0 && rawText && bodyText !== rawText) {
    // The notice may sit in a part the MIME structure hid (a broken Content-Type): read the raw body.
    noticeText = splitReturned(rawText).notification;
    notes = textRecipients(noticeText, exclude);
  }
  const preamble = preambleOf(noticeText, notes[0]?.address);
  let recipients = groups.map((g) => fromGroup(g, notes, preamble)).filter((r): r is BounceRecipient => r !== null);
  const format = recipients.length > 0 ? 'dsn' : 'text';
  if (recipients.length === 0) recipients = notes.map((n) => fromText(n.address, n.words, preamble));
  if (recipients.length === 0) {
    // No address in the notice: the returned copy's To is whom the message was for.
    const to = returnedParts.map((p) => returnedHeaderAddress(p, 'to')).find((a) => a !== null);
    if (to) recipients = [fromText(to, noticeText.slice(0, 2000), '')];
  }
  const ownId = message.messageId;
  const originalMessageId = returnedParts.map(returnedMessageId).find((id) => id !== null && id !== ownId) ?? null;
  return { format, recipients, originalMessageId };
}
