/** Mailboxes and their health, for owners and admins: is mail still coming in, and if not, why. */
import { api } from '../../platform/api';
import { formatAgo, formatFull } from '../../platform/format';
import type { Mailbox } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import '../mail.css';

const HEALTH: Record<string, string> = { ok: 'Working', failing: 'Failing', silent: 'Silent', disabled: 'Disabled', new: 'Not reached yet' };

/** Whose SPF, DKIM and DMARC verdicts the fraud guard believes for this mailbox (docs/email.md). */
const verdicts = (m: Mailbox) =>
  m.kind === 'smtp' ? 'SPF/DKIM/DMARC: checked by Switchboard' : m.trustedAuthservId ? `SPF/DKIM/DMARC: from ${m.trustedAuthservId}` : 'SPF/DKIM/DMARC: topmost header, any server';

const when = (iso: string | null) => (iso ? <time dateTime={iso} title={formatFull(iso)}>{formatAgo(iso)}</time> : <span className="muted">never</span>);

export function MailboxesPage() {
  const boxes = useResource((signal) => api<{ items: Mailbox[] }>('GET', '/mailboxes', undefined, { signal }), []);
  return (
    <div className="page">
      <h1>Mailboxes</h1>
      {boxes.error ? <Notice>{(boxes.error as Error).message}</Notice> : null}
      {!boxes.data ? (
        boxes.error ? null : <Spinner label="Loading mailboxes" />
      ) : boxes.data.items.length === 0 ? (
        <EmptyState title="No mailboxes">Add one with POST /api/v1/mailboxes (docs/email.md).</EmptyState>
      ) : (
        <table className="mail-table">
          <thead>
            <tr><th>Mailbox</th><th>Health</th><th>Last success</th><th>Last message</th><th>Last error</th></tr>
          </thead>
          <tbody>
            {boxes.data.items.map((m) => (
              <tr key={m.id}>
                <td><strong>{m.name}</strong><br /><span className="muted small">{m.address} · {m.kind === 'imap' ? `IMAP ${m.imap?.host ?? ''}` : 'SMTP listener'}<br />{verdicts(m)}</span></td>
                <td className={`health-${m.status.health}`}>{HEALTH[m.status.health] ?? m.status.health}{m.status.alertedAt && <><br /><span className="muted small">admins paged {formatAgo(m.status.alertedAt)}</span></>}</td>
                <td>{when(m.status.lastSuccessAt)}</td>
                <td>{when(m.status.lastMessageAt)}</td>
                <td>{m.status.lastError ? <span title={m.status.lastErrorAt ?? ''}>{m.status.lastError}</span> : <span className="muted">none</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
