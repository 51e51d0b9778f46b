import { useEffect, useState } from 'react';
import { Link } from '../../platform/router';
import type { Session } from '../../platform/session';
import { api, query } from '../../platform/api';
import { formatAgo, formatFull } from '../../platform/format';
import { useLiveRefresh } from '../../platform/stream';
import { OPEN_STATUSES, type Page, type Ticket } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { StatusPill } from '../../platform/labels';

type Show = 'open' | 'closed';

export function PortalTicketList({ session }: { session: Session }) {
  const [show, setShow] = useState<Show>('open');
  const statuses = show === 'open' ? OPEN_STATUSES.join(',') : 'resolved,closed';
  const list = useResource((signal) => api<Page<Ticket>>('GET', `/tickets${query({ status: statuses, limit: 100 })}`, undefined, { signal }), [statuses]);
  useLiveRefresh(list.reload);
  useEffect(() => {
    document.title = 'Support · Switchboard';
  }, []);
  const admin = session.user.role === 'client_admin';

  return (
    <div className="portal-page">
      <div className="page-head">
        <div>
          <h1>{admin ? 'Your organisation’s requests' : 'Your requests'}</h1>
          <p className="muted page-sub">Hello {session.user.name.split(' ')[0]} — here is everything you have asked us for, newest activity first.</p>
        </div>
      </div>
      <div className="segmented-tabs" role="group" aria-label="Which requests">
        <button className={show === 'open' ? 'active' : ''} aria-pressed={show === 'open'} onClick={() => setShow('open')}>
          Open
        </button>
        <button className={show === 'closed' ? 'active' : ''} aria-pressed={show === 'closed'} onClick={() => setShow('closed')}>
          Resolved
        </button>
      </div>
      {list.error !== undefined && <Notice>{(list.error as Error).message}</Notice>}
      {list.loading && !list.data ? (
        <div className="loading-block">
          <Spinner label="Loading your requests" />
        </div>
      ) : list.data && list.data.items.length === 0 ? (
        <EmptyState title={show === 'open' ? 'No open requests' : 'Nothing resolved yet'}>
          {show === 'open' && (
            <p>
              Something not working? <Link to="/portal/new">Tell us about it</Link>.
            </p>
          )}
        </EmptyState>
      ) : (
        <ul className="portal-list">
          {list.data?.items.map((t) => (
            <li key={t.id}>
              <Link to={`/portal/tickets/${t.number}`} className="portal-row">
                <span className="portal-row-main">
                  <span className="portal-subject">{t.subject}</span>
                  <span className="muted small">
                    {t.number} · opened {formatAgo(t.createdAt)}
                  </span>
                </span>
                <span className="portal-row-side">
                  <StatusPill status={t.status} client />
                  <span className="muted small" title={formatFull(t.updatedAt)}>
                    updated {formatAgo(t.updatedAt)}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
