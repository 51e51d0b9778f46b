/** Search across tickets (full text, or a ticket number) and contacts (name, phone, email). */
import { useEffect } from 'react';
import { Link } from '../../platform/router';
import { useDirectory } from '../../platform/directory';
import { api, query } from '../../platform/api';
import { looksLikePhone } from '../../platform/phone';
import type { Contact, Page, Ticket } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { TicketRow } from '../TicketRow';

const NUMBER = /^(?:[A-Za-z][A-Za-z0-9]{0,7}-)?\d{1,9}$/;

export function SearchPage({ q }: { q: string }) {
  const directory = useDirectory();
  const text = q.trim();
  useEffect(() => {
    document.title = `Search: ${text} · Switchboard`;
  }, [text]);

  const results = useResource(
    text
      ? async (signal) => {
          const byNumber = NUMBER.test(text) ? api<Ticket>('GET', `/tickets/${encodeURIComponent(text)}`, undefined, { signal }).catch(() => null) : Promise.resolve(null);
          const tickets = api<Page<Ticket>>('GET', `/tickets${query({ q: text, limit: 50 })}`, undefined, { signal }).then((p) => p.items);
          const contactQuery = text.includes('@') ? { email: text } : looksLikePhone(text) ? { phone: text } : { q: text };
          const contacts = api<Page<Contact>>('GET', `/contacts${query({ ...contactQuery, limit: 20 })}`, undefined, { signal }).then((p) => p.items);
          const [exact, list, people] = await Promise.all([byNumber, tickets, contacts]);
          return { tickets: exact ? [exact, ...list.filter((t) => t.id !== exact.id)] : list, contacts: people };
        }
      : null,
    [text],
  );

  return (
    <div className="page search-page">
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <p className="muted page-sub">{text ? <>Results for “{text}”</> : 'Type in the search box above and press Enter.'}</p>
        </div>
      </div>
      {results.error !== undefined && <Notice>{(results.error as Error).message}</Notice>}
      {results.loading && !results.data && (
        <div className="loading-block">
          <Spinner label="Searching" />
        </div>
      )}
      {results.data && (
        <div className="search-results">
          {results.data.contacts.length > 0 && (
            <section aria-labelledby="search-contacts">
              <h2 id="search-contacts" className="section-title">
                Contacts <span className="count">{results.data.contacts.length}</span>
              </h2>
              <ul className="contact-results">
                {results.data.contacts.map((c) => (
                  <li key={c.id} className="card contact-result">
                    <div className="contact-result-main">
                      <strong>{c.name}</strong> {c.vip && <span className="badge vip">VIP</span>}
                      <div className="muted small">
                        {[c.title, directory.orgName(c.organizationId)].filter(Boolean).join(' · ')}
                      </div>
                      <div className="small contact-result-channels">
                        {c.phones.map((p) => (
                          <a key={p.number} href={`tel:${p.number}`}>
                            {p.number}
                          </a>
                        ))}
                        {c.emails.slice(0, 1).map((e) => (
                          <a key={e} href={`mailto:${e}`}>
                            {e}
                          </a>
                        ))}
                      </div>
                    </div>
                    <Link to={`/queue/all?contact=${encodeURIComponent(c.id)}`} className="button small" aria-label={`Tickets from ${c.name}`}>
                      Tickets
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="search-tickets">
            <h2 id="search-tickets" className="section-title">
              Tickets <span className="count">{results.data.tickets.length}</span>
            </h2>
            {results.data.tickets.length === 0 ? (
              <EmptyState title="No tickets match" />
            ) : (
              <ul className="ticket-list">
                {results.data.tickets.map((t) => (
                  <li key={t.id}>
                    <TicketRow ticket={t} clientName={directory.orgName(t.organizationId)} assigneeName={directory.userName(t.assigneeId)} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {results.data.contacts.length === 0 && <p className="muted">No contacts match.</p>}
        </div>
      )}
    </div>
  );
}
