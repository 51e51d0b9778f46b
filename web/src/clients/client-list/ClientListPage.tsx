/**
 * The clients: search by name, each with its contract, open and breached tickets, sites, contacts
 * and account manager; archived clients on request. Managers add clients here.
 */
import { useEffect, useState } from 'react';
import { useDirectory } from '../../platform/directory';
import { Link, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import type { ClientOverview } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { ClientForm } from '../ClientForm';
import { fetchOverview } from '../clients-api';
import { canManageClients } from '../client-rules';
import { CONTRACT_KIND_LABEL } from '../../platform/labels';
import '../clients.css';

export function ClientListPage({ session }: { session: Session }) {
  const [q, setQ] = useState('');
  const [typed, setTyped] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const [more, setMore] = useState<{ items: ClientOverview[]; cursor: string | null } | null>(null);
  const directory = useDirectory();
  useEffect(() => {
    document.title = 'Clients · Switchboard';
  }, []);
  // Searches as one types, a moment after the last key.
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 200);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const list = useResource((signal) => fetchOverview({ q, includeArchived }, signal), [q, includeArchived]);
  useEffect(() => setMore(null), [q, includeArchived]);
  const rows = [...(list.data?.items ?? []), ...(more?.items ?? [])];
  const cursor = more ? more.cursor : (list.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!cursor) return;
    const page = await fetchOverview({ q, includeArchived, cursor });
    setMore((m) => ({ items: [...(m?.items ?? []), ...page.items], cursor: page.nextCursor }));
  };

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>Clients</h1>
          <p className="muted page-sub">Each client’s contract, open tickets and SLA breaches. Open one for its sites, contacts, contracts and coverage.</p>
        </div>
        {canManageClients(session) && (
          <button className="button primary" onClick={() => setAdding(true)}>
            New client
          </button>
        )}
      </div>
      <div className="setup-toolbar" role="search">
        <input type="search" aria-label="Search clients by name" placeholder="Search clients…" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <label className="checkbox-label">
          <input type="checkbox" checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)} /> Show archived clients
        </label>
        {list.loading && <Spinner label="Loading clients" />}
      </div>
      {list.error !== undefined && <Notice>{(list.error as Error).message}</Notice>}
      {list.data && rows.length === 0 ? (
        <EmptyState title={q ? `No client matches “${q}”` : 'No clients yet'}>{canManageClients(session) ? 'Add the first with “New client”.' : 'An owner, admin or service manager adds clients.'}</EmptyState>
      ) : (
        rows.length > 0 && (
          <div className="card table-card">
            <table className="setup-table client-table">
              <thead>
                <tr>
                  <th scope="col">Client</th>
                  <th scope="col">Contract</th>
                  <th scope="col" className="num">
                    Open tickets
                  </th>
                  <th scope="col" className="num">
                    Breached
                  </th>
                  <th scope="col" className="num">
                    Sites
                  </th>
                  <th scope="col" className="num">
                    Contacts
                  </th>
                  <th scope="col">Account manager</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((c) => (
                  <tr key={c.id} data-client={c.name} className={c.archivedAt ? 'archived' : undefined}>
                    <td>
                      <Link to={`/clients/${encodeURIComponent(c.id)}`} className="row-title">
                        {c.name}
                      </Link>
                      {c.archivedAt && <span className="pill archived-pill">Archived</span>}
                      <div className="muted small">{[c.industry, c.timeZone.replace(/_/g, ' ')].filter(Boolean).join(' · ')}</div>
                    </td>
                    <td>{c.contract ? <>{c.contract.name}<div className="muted small">{CONTRACT_KIND_LABEL[c.contract.kind] ?? c.contract.kind}</div></> : <span className="muted">No contract</span>}</td>
                    <td className="num">{c.openTickets}</td>
                    <td className="num">{c.breachedTickets > 0 ? <span className="breach-count">{c.breachedTickets}</span> : 0}</td>
                    <td className="num">{c.sites}</td>
                    <td className="num">{c.contacts}</td>
                    <td>{c.accountManager?.name ?? <span className="muted">—</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {cursor && (
              <div className="table-more">
                <button className="button" onClick={() => void loadMore()}>
                  Show more clients
                </button>
              </div>
            )}
          </div>
        )
      )}
      {adding && <ClientForm onClose={() => setAdding(false)} onSaved={(o) => (directory.refresh(), navigate(`/clients/${encodeURIComponent(o.id)}`))} />}
    </div>
  );
}
