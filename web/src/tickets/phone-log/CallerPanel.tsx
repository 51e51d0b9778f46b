/** Beside the phone form: the caller's recent tickets and numbers on file, or the quick keys. */
import { Link } from '../../platform/router';
import { api, query } from '../../platform/api';
import { formatAgo } from '../../platform/format';
import type { Contact, Page, Ticket } from '../../platform/types';
import { useResource } from '../../platform/use-api';
import { PriorityBadge, StatusPill } from '../../platform/labels';

export function CallerPanel({ contact }: { contact: Contact | null }) {
  const recent = useResource(
    contact ? (signal) => api<Page<Ticket>>('GET', `/tickets${query({ contactId: contact.id, limit: 5 })}`, undefined, { signal }).then((p) => p.items) : null,
    [contact?.id],
  );
  return (
    <aside className="phone-side" aria-label="About the caller">
      {contact ? (
        <section className="card">
          <h2 className="card-title">Recent tickets from {contact.name.split(' ')[0]}</h2>
          {recent.data?.length ? (
            <ul className="mini-list">
              {recent.data.map((t) => (
                <li key={t.id}>
                  <Link to={`/tickets/${t.number}`}>
                    <PriorityBadge priority={t.priority} /> <span className="ticket-number">{t.number}</span> {t.subject}
                  </Link>
                  <span className="mini-meta">
                    <StatusPill status={t.status} /> <span className="muted small">{formatAgo(t.updatedAt)}</span>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{recent.loading ? 'Loading…' : 'No earlier tickets. This is a new request.'}</p>
          )}
          <p className="muted small">Calling about one of these? Open it and log the call there.</p>
          <h3 className="card-subtitle">On file</h3>
          <ul className="contact-channels">
            {contact.phones.map((p) => (
              <li key={p.number}>
                <span className="muted channel-label">{p.label || 'phone'}</span> {p.number}
              </li>
            ))}
            {contact.emails.map((e) => (
              <li key={e}>
                <span className="muted channel-label">email</span> {e}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section className="card tips">
          <h2 className="card-title">Quick keys</h2>
          <ul className="tips-list">
            <li>
              <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd> take a caller from the matches
            </li>
            <li>
              <kbd>Tab</kbd> moves on: client, site, subject, notes, priority
            </li>
            <li>
              <kbd>←</kbd> <kbd>→</kbd> change the priority
            </li>
            <li>
              <kbd>Alt</kbd>+<kbd>R</kbd> resolved on this call
            </li>
            <li>
              <kbd>Ctrl</kbd>+<kbd>Enter</kbd> log it
            </li>
          </ul>
        </section>
      )}
    </aside>
  );
}
