/**
 * The demo outbox: every message the demo provider "sent" instead of sending it, newest first, with
 * its full text and a working acknowledge link, so a page can be seen without a real SMS or mail.
 * Open to every staff member: in the demo anyone at the desk may want to see what paged whom.
 */
import { useEffect, useState } from 'react';
import { api, query } from '../../platform/api';
import { formatFull, formatTime } from '../../platform/format';
import { Link } from '../../platform/router';
import type { DemoMessage, Page } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import './demo-outbox.css';

const METHOD: Record<string, string> = { sms: 'SMS', voice: 'Voice call', email: 'Email', webhook: 'Webhook', slack: 'Slack', teams: 'Teams' };
const PAGE_SIZE = 20;

export function DemoOutboxPage() {
  useEffect(() => {
    document.title = 'Demo outbox · Switchboard';
  }, []);
  const first = useResource((signal) => api<Page<DemoMessage>>('GET', `/demo-outbox${query({ limit: PAGE_SIZE })}`, undefined, { signal }), []);
  const [older, setOlder] = useState<DemoMessage[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  // Read again (Refresh): from the newest once more.
  useEffect(() => {
    setOlder([]);
    setCursor(first.data?.nextCursor ?? null);
  }, [first.data]);
  const more = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const page = await api<Page<DemoMessage>>('GET', `/demo-outbox${query({ limit: PAGE_SIZE, cursor })}`);
      setOlder((o) => [...o, ...page.items]);
      setCursor(page.nextCursor);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const items = [...(first.data?.items ?? []), ...older];

  return (
    <div className="page demo-outbox-page">
      <div className="page-head">
        <div>
          <h1>Demo outbox</h1>
          <p className="muted page-sub">What the demo provider “sent”, newest first: each page with its recipient, its ticket and its full text.</p>
        </div>
        <button type="button" className="button ghost" onClick={first.reload} disabled={first.loading}>
          Refresh
        </button>
      </div>
      <div className="demo-banner" role="note">
        <strong>Demo</strong> Pages here did not leave this machine: the demo provider keeps them instead of sending SMS, calls or email. The acknowledge links work as they would on a phone.
      </div>
      {first.error !== undefined && <Notice>{(first.error as Error).message}</Notice>}
      {first.loading && !first.data && <Spinner />}
      {first.data && items.length === 0 && (
        <EmptyState title="Nothing has been sent yet">Pages of the demo’s escalation ladder appear here moments after they are due. Only messages of a provider of kind “demo” are kept.</EmptyState>
      )}
      <ol className="demo-messages">
        {items.map((m) => (
          <li key={m.id} className="demo-message">
            <div className="demo-message-head">
              <span className="pill">{METHOD[m.method] ?? m.method}</span>
              <span className="demo-recipient">
                {m.recipient ? <strong>{m.recipient.name}</strong> : <strong>{m.kind === 'test' ? 'Test send' : 'Unknown'}</strong>} <span className="muted">{m.address}</span>
              </span>
              <time dateTime={m.at} title={formatFull(m.at)} className="muted small">
                {formatTime(m.at)}
              </time>
            </div>
            <p className="demo-subject">
              {m.ticket ? <Link to={`/tickets/${m.ticket.number}`}>{m.ticket.number}</Link> : null} {m.subject}
            </p>
            <p className="demo-text">{m.text}</p>
            {m.ackPath && (
              <a className="button small" href={m.ackPath} target="_blank" rel="noopener">
                Open the acknowledge link
              </a>
            )}
          </li>
        ))}
      </ol>
      {error && <Notice>{error}</Notice>}
      {cursor && (
        <button type="button" className="button link small" onClick={() => void more()} disabled={busy}>
          {busy ? 'Loading…' : 'Older messages'}
        </button>
      )}
    </div>
  );
}
