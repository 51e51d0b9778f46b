/**
 * Reading the human-readable part of a bounce, for the many servers that send no RFC 3464 report
 * (qmail, Exim, Exchange, Gmail's old format …) and for reports whose Diagnostic-Code is empty:
 * where the returned message starts, which addresses failed, and the words about each.
 */

/** Lines that introduce the copy of the returned message in the servers' own words. */
const RETURNED_MARKERS =
  /^\s*(?:-{2,}\s*)?(?:this is a copy of the message|below this line is a copy of the message|original message follows|-+ ?original message ?-+|original message headers|the header of the original message is following|unsent message follows|-+ ?returned message ?-+|-+ ?original message|included is a copy of the message header|message headers follow|below is a copy of the original message|the original message was|a copy of the original message|-+ ?message header follows|original (?:mail|message) as follows|-+ ?the original message headers? (?:is|are) (?:following|below))/im;

/** Splits a bounce's text into the notification and the returned message's copy (if inline). */
export function splitReturned(text: string): { notification: string; returned: string } {
  const limited = text.slice(0, 100_000);
  let at = -1;
  const lines = limited.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // "The original message was received at …" opens sendmail's notice rather than a copy.
    if (RETURNED_MARKERS.test(line) && !/the original message was received/i.test(line)) {
      at = offset;
      break;
    }
    // A header block at the left margin ("Received:", "Return-Path:") starts an unmarked copy.
    if (i > 2 && /^(?:received|return-path|message-id|dkim-signature):/i.test(line) && (lines[i - 1].trim() === '' || lines[i - 1].startsWith('--'))) {
      at = offset;
      break;
    }
    offset += line.length + 1;
  }
  return at < 0 ? { notification: limited, returned: '' } : { notification: limited.slice(0, at), returned: limited.slice(at) };
}

const ADDRESS = /[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+/gi;
/** Labels whose address is a sender, not a failed recipient. */
const SENDER_LABEL = /(?:^|\n)[^\n]*?(?:mail from|from|sender|reply-to|return-path|envelope-from|original sender)\s*:?\s*[<"]?\s*$/i;

/** The failed recipients named in the notification, in order, each with the words about it. */
export function textRecipients(notification: string, exclude: Set<string>): { address: string; words: string }[] {
  const found: { address: string; at: number }[] = [];
  const seen = new Set<string>();
  for (const m of notification.matchAll(ADDRESS)) {
    const address = m[0].replace(/^[.'`]+|[.'`]+$/g, '').toLowerCase();
    const local = address.split('@')[0];
    if (seen.has(address) || exclude.has(address) || /^(?:postmaster|mailer-daemon|mail-daemon|root|abuse)$/.test(local)) continue;
    const before = notification.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
    if (SENDER_LABEL.test(before) || /(?:https?:\/\/|www\.)\S*$/i.test(before) || /(?:message-id|in-reply-to|references|content-id)\s*:\s*<?$/i.test(before)) continue;
    seen.add(address);
    found.push({ address, at: m.index ?? 0 });
  }
  return found.map((f, i) => ({ address: f.address, words: notification.slice(f.at, i + 1 < found.length ? found[i + 1].at : undefined).slice(0, 2000) }));
}

/** The first Message-ID in a block of returned headers, without angle brackets. */
export function returnedMessageId(text: string): string | null {
  return /^\s*(?:x-original-)?message-id\s*:\s*<([^<>\s]+)>/im.exec(text.slice(0, 200_000))?.[1] ?? null;
}

/** The address in a returned header ("From: Name <addr>"), lowercased. */
export function returnedHeaderAddress(text: string, name: string): string | null {
  const m = new RegExp(`^\\s*${name}\\s*:[^\\n]*?([^\\s<>"]+@[^\\s<>"]+)`, 'im').exec(text.slice(0, 100_000));
  return m ? m[1].replace(/[>,;]+$/, '').toLowerCase() : null;
}
