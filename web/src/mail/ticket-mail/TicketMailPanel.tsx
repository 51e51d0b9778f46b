/**
 * A ticket's email, for staff: each received message with the trimmed reply first and the full
 * message one click away (text, or its HTML in a sandboxed frame), attachments to download, why it
 * landed on this ticket and its fraud score; and each mail we sent with its delivery status —
 * queued, sent, failed, bounced — and what the receiving server said.
 */
import { useEffect, useRef, useState } from 'react';
import { api } from '../../platform/api';
import { formatFull, formatTime } from '../../platform/format';
import type { InboundMail, OutboundMail, TicketMail } from '../../platform/types';
import { useResource } from '../../platform/use-api';
import { MessageFrame } from './MessageFrame';
import '../mail.css';

const WHY: Record<string, string> = { token: 'ticket number in the subject', header: 'reply to a message of this ticket', sender: 'known sender', auto: 'automatic message', bounce: 'bounce', outside_sender: 'sender outside this client', ticket_closed: 'reply to a closed ticket', unknown_sender: 'unknown sender' };
const DISPOSITION: Record<string, string> = { created: 'opened this ticket', threaded: 'reply', note: 'kept as an internal note', bounce: 'bounce', suppressed: 'suppressed', triage: 'in triage', refused: 'refused', dismissed: 'dismissed' };

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function why(m: InboundMail): string {
  const by = (m.why as { by?: string } | null)?.by;
  return by ? (WHY[by] ?? by) : '';
}

function Received({ m }: { m: InboundMail }) {
  const [full, setFull] = useState<'none' | 'text' | 'html'>('none');
  const fraud = m.fraud;
  return (
    <li className="mail-item mail-in" data-disposition={m.disposition ?? ''}>
      <div className="mail-head">
        <span className="mail-from" title={m.from.address ?? ''}>{m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address}</span>
        <span className="pill">{DISPOSITION[m.disposition ?? ''] ?? m.disposition}</span>
        {why(m) && <span className="muted small">by {why(m)}</span>}
        {fraud?.flagged && <span className="pill mail-fraud" title={fraud.reasons.map((r) => r.detail).join('\n')}>fraud risk {fraud.score}</span>}
        <time dateTime={m.receivedAt} title={formatFull(m.receivedAt)}>{formatTime(m.receivedAt)}</time>
      </div>
      <div className="mail-subject">{m.subject}</div>
      {m.bounce && <p className="mail-bounce">Bounce: {m.bounce.recipients.map((r) => `${r.recipient} — ${r.reason}${r.status ? ` (${r.status})` : ''}`).join('; ')}</p>}
      {full === 'none' && <div className="mail-text">{m.visibleText || m.fullText}</div>}
      {full === 'text' && <div className="mail-text mail-full">{m.fullText}</div>}
      {full === 'html' && m.html && <MessageFrame html={m.html} title={`Message from ${m.from.address ?? 'unknown sender'}`} />}
      <div className="mail-actions">
        {full !== 'none' ? (
          <button type="button" className="button link" onClick={() => setFull('none')}>Show the reply only</button>
        ) : (
          <button type="button" className="button link" onClick={() => setFull(m.html ? 'html' : 'text')}>Show full message</button>
        )}
        {full === 'html' && <button type="button" className="button link" onClick={() => setFull('text')}>Plain text</button>}
      </div>
      {m.attachments.length > 0 && (
        <ul className="mail-attachments" aria-label="Attachments">
          {m.attachments.map((a) => (
            <li key={a.id}>
              {a.stored ? <a href={`/api/v1/mail/attachments/${encodeURIComponent(a.id)}`} download={a.filename ?? 'attachment'}>{a.filename ?? 'attachment'}</a> : <span title="Over the size limit: only its name and size were kept">{a.filename ?? 'attachment'} (not kept)</span>}
              <span className="muted small"> {a.contentType}, {size(a.size)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

const STATUS: Record<string, string> = { queued: 'queued', sending: 'sending', sent: 'sent', failed: 'failed', bounced: 'bounced', suppressed: 'not sent' };

function Sent({ m }: { m: OutboundMail }) {
  const bounce = m.bounce as { recipients?: { recipient: string; reason: string; status: string | null }[] } | null;
  return (
    <li className="mail-item mail-out">
      <div className="mail-head">
        <span className="mail-from">To {m.to}</span>
        <span className={`pill mail-status mail-status-${m.status}`}>{STATUS[m.status] ?? m.status}</span>
        <span className="muted small">{m.kind === 'reply' ? 'our reply' : `notification: ${m.event}`}</span>
        <time dateTime={m.createdAt} title={formatFull(m.createdAt)}>{formatTime(m.createdAt)}</time>
      </div>
      <div className="mail-subject">{m.subject}</div>
      {m.status === 'bounced' && bounce?.recipients && <p className="mail-bounce">The client never got it: {bounce.recipients.map((r) => `${r.recipient} — ${r.reason}${r.status ? ` (${r.status})` : ''}`).join('; ')}</p>}
      {m.lastError && m.status !== 'sent' && <p className="muted small">{m.lastError}</p>}
    </li>
  );
}

export function TicketMailPanel({ ticketId, refreshKey }: { ticketId: string; refreshKey: string }) {
  const mail = useResource((signal) => api<TicketMail>('GET', `/tickets/${encodeURIComponent(ticketId)}/mail`, undefined, { signal }), [ticketId]);
  const { reload } = mail;
  const seen = useRef(refreshKey);
  useEffect(() => {
    if (seen.current === refreshKey) return;
    seen.current = refreshKey;
    reload();
  }, [refreshKey, reload]);
  if (!mail.data || (mail.data.inbound.length === 0 && mail.data.outbound.length === 0)) return null;
  const items = [
    ...mail.data.inbound.map((m) => ({ at: m.receivedAt, node: <Received key={`in-${m.id}`} m={m} /> })),
    ...mail.data.outbound.map((m) => ({ at: m.createdAt, node: <Sent key={`out-${m.id}`} m={m} /> })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <section className="card mail-panel" aria-labelledby="mail-title">
      <h2 id="mail-title" className="card-title">Email</h2>
      <ol className="mail-list">{items.map((i) => i.node)}</ol>
    </section>
  );
}
