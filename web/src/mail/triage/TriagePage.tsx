/**
 * The triage queue: mail from senders nobody knows. A technician picks the client, and the sender
 * becomes a contact of it; the message is then filed (a new ticket, or its thread) — or dismissed.
 */
import { useState } from 'react';
import { api, ApiError } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import { formatFull, formatTime } from '../../platform/format';
import { navigate } from '../../platform/router';
import type { InboundMail, Page } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import '../mail.css';

function TriageItem({ m, onDone }: { m: InboundMail; onDone: () => void }) {
  const directory = useDirectory();
  const [org, setOrg] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const file = async () => {
    setBusy(true);
    setError(null);
    try {
      const filed = await api<InboundMail>('POST', `/mail/triage/${encodeURIComponent(m.id)}/contact`, { organizationId: org });
      if (filed.ticketId) navigate(`/tickets/${encodeURIComponent(filed.ticketId)}`);
      else onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const dismiss = async () => {
    await api('POST', `/mail/triage/${encodeURIComponent(m.id)}/dismiss`);
    onDone();
  };
  return (
    <li className="mail-item mail-in">
      <div className="mail-head">
        <span className="mail-from">{m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address}</span>
        <time dateTime={m.receivedAt} title={formatFull(m.receivedAt)}>{formatTime(m.receivedAt)}</time>
      </div>
      <div className="mail-subject">{m.subject}</div>
      <div className="mail-text">{m.visibleText || m.fullText}</div>
      {m.attachments.length > 0 && <p className="muted small">{m.attachments.length} attachment{m.attachments.length === 1 ? '' : 's'}</p>}
      <div className="triage-actions">
        <label>
          <span className="visually-hidden">Client of {m.from.address}</span>
          <select value={org} onChange={(e) => setOrg(e.target.value)} aria-label={`Client of ${m.from.address}`}>
            <option value="">Choose the client…</option>
            {directory.organizations.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
        </label>
        <button type="button" className="button primary" disabled={!org || busy} onClick={() => void file()}>
          Create contact and file
        </button>
        <button type="button" className="button ghost" disabled={busy} onClick={() => void dismiss()}>
          Dismiss
        </button>
      </div>
      {error && <Notice>{error}</Notice>}
    </li>
  );
}

export function TriagePage() {
  const triage = useResource((signal) => api<Page<InboundMail>>('GET', '/mail/triage?limit=100', undefined, { signal }), []);
  return (
    <div className="page">
      <h1>Mail triage</h1>
      <p className="muted">Messages from senders who are no contact and write from no client’s domain.</p>
      {triage.error ? <Notice>{(triage.error as Error).message}</Notice> : null}
      {!triage.data ? (
        <Spinner label="Loading the triage queue" />
      ) : triage.data.items.length === 0 ? (
        <EmptyState title="Nothing to triage">Mail from unknown senders lands here.</EmptyState>
      ) : (
        <ol className="mail-list">{triage.data.items.map((m) => <TriageItem key={m.id} m={m} onDone={triage.reload} />)}</ol>
      )}
    </div>
  );
}
