/** What screening found, as the columns of a stored inbound message and its attachments. Pure. */
import { newId } from '../../platform/ids.js';
import type { MailAttachment } from './mail-message.js';
import type { ProcessedColumns } from './inbound.repository.js';
import type { Screening } from './screen-message.js';

/** Characters of text kept per message: a megabyte of text is already far beyond any real reply. */
const MAX_TEXT = 1_000_000;

export function screeningColumns(s: Extract<Screening, { parsed: true }>): ProcessedColumns {
  const m = s.message;
  return {
    from_address: m.from?.address.toLowerCase() || null,
    from_name: m.from?.name ?? null,
    subject: m.subject,
    sent_at: m.date,
    in_reply_to: JSON.stringify(m.inReplyTo),
    reference_ids: JSON.stringify(m.references.slice(-100)),
    full_text: m.text.slice(0, MAX_TEXT),
    visible_text: s.visible.text.slice(0, MAX_TEXT),
    html: m.html,
    auto: s.auto ? JSON.stringify(s.auto) : null,
    bounce: s.bounce ? JSON.stringify(s.bounce) : null,
    fraud_score: s.fraud.score,
    fraud_flagged: s.fraud.flagged,
    fraud_reasons: JSON.stringify(s.fraud.reasons),
    notes: JSON.stringify(s.notes),
  };
}

export function attachmentRows(inboundMessageId: string, attachments: MailAttachment[]) {
  return attachments.map((a, position) => ({
    id: newId(), inboundMessageId, position, filename: a.filename, contentType: a.contentType, size: a.size, contentId: a.contentId, inline: a.inline, fromTnef: a.fromTnef, content: a.content,
  }));
}
