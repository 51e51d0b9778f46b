/**
 * One client: its details and account manager, sites, contacts (with the numbers on file and
 * portal logins), contracts and coverage (a slot the composition fills from the SLA area), and
 * its recent tickets. Archiving the client, a site or a contact says first what it does to tickets.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import { formatAgo, formatFull } from '../../platform/format';
import { PriorityBadge, StatusPill } from '../../platform/labels';
import { countryName, phoneHref, phoneText } from '../../platform/phone';
import { Link } from '../../platform/router';
import type { Session } from '../../platform/session';
import type { Organization, Site } from '../../platform/types';
import { Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { ClientForm } from '../ClientForm';
import { canManageClients, canManageLogins } from '../client-rules';
import { fetchClient, openTickets } from '../clients-api';
import { ArchiveAction, OpenTicketCount } from './ArchiveAction';
import { ContactsCard } from './ContactsCard';
import { SitesCard } from './SitesCard';
import '../clients.css';

/** What other areas put on a client's page: its contracts and coverage (given the client's sites, archived ones too). */
export interface ClientSlots {
  contracts: (client: Organization, sites: Site[], onChanged: () => void) => ReactNode;
  /** The vendor incidents that touched the client and their review's action items (the incidents area). */
  incidents?: (client: Organization) => ReactNode;
  /** The client's backups, restore tests, DR plan and readiness score (the backups area). */
  backups?: (client: Organization) => ReactNode;
}

export function ClientPage({ clientId, session, slots }: { clientId: string; session: Session; slots: ClientSlots }) {
  const data = useResource((signal) => fetchClient(clientId, signal), [clientId]);
  const directory = useDirectory();
  // The rest of the console (new calls, queue filters, names) learns of the change too.
  const changed = () => {
    data.reload();
    directory.refresh();
  };
  const [editing, setEditing] = useState(false);
  const manage = canManageClients(session);
  const client = data.data?.organization;
  useEffect(() => {
    if (client) document.title = `${client.name} · Switchboard`;
  }, [client]);

  if (!data.data) {
    return (
      <div className="page setup-page">
        {data.error !== undefined ? <Notice>{(data.error as Error).message}</Notice> : <div className="loading-block"><Spinner label="Loading the client" /></div>}
      </div>
    );
  }
  const { organization: org, sites, contacts, users, tickets } = data.data;
  return (
    <div className="page setup-page client-page">
      <p className="breadcrumb">
        <Link to="/clients">Clients</Link>
      </p>
      <div className="page-head">
        <div>
          <h1>
            {org.name} {org.archivedAt && <span className="pill archived-pill">Archived</span>}
          </h1>
          <p className="muted page-sub">
            {[org.industry, `Time zone ${org.timeZone.replace(/_/g, ' ')}`, org.country ? `Country ${countryName(org.country)}` : 'No country'].filter(Boolean).join(' · ')}
            {' · '}
            {org.mainPhone ? (
              <>
                Main number <a href={phoneHref(org.mainPhone)}>{phoneText(org.mainPhone)}</a>
              </>
            ) : (
              'No main number'
            )}
          </p>
        </div>
        {manage && (
          <div className="page-actions">
            {!org.archivedAt && (
              <button type="button" className="button" onClick={() => setEditing(true)}>
                Edit client
              </button>
            )}
            <ArchiveAction
              kind="organizations"
              id={org.id}
              name={org.name}
              archived={org.archivedAt !== null}
              small={false}
              onChanged={changed}
              countOpen={() => openTickets({ organizationId: org.id })}
              consequences={(count) => (
                <>
                  <p>
                    Its <OpenTicketCount count={count} /> stay open and keep their SLA clocks and escalations: the desk can still work and resolve them. Closed tickets stay in the history and the reports.
                  </p>
                  <p>{org.name} leaves the client list and caller search, and no new ticket can be opened for it — by phone, email, the portal or the API — until you restore it. Its portal users can still sign in and follow their tickets.</p>
                </>
              )}
            />
          </div>
        )}
      </div>
      {org.archivedAt && (
        <Notice kind="info">
          Archived {formatFull(org.archivedAt)}. Its tickets are kept; no new ones can be opened for it until it is restored.
        </Notice>
      )}
      <div className="client-grid">
        <div className="client-main">
          <SitesCard client={org} sites={sites} onChanged={changed} />
          <ContactsCard client={org} sites={sites} contacts={contacts} users={users} canManageLogins={canManageLogins(session)} onChanged={changed} />
        </div>
        <aside className="client-side">
          <AccountManager client={org} canChange={manage} onChanged={changed} />
          <section className="card setup-card" aria-labelledby="recent-title">
            <div className="setup-card-head">
              <h2 id="recent-title" className="card-title">
                Recent tickets
              </h2>
              <Link to={`/queue/all?client=${encodeURIComponent(org.id)}`} className="small">
                All tickets
              </Link>
            </div>
            {tickets.length === 0 ? (
              <p className="muted">No tickets yet.</p>
            ) : (
              <ul className="recent-tickets">
                {tickets.map((t) => (
                  <li key={t.id}>
                    <Link to={`/tickets/${t.number}`} className="recent-ticket">
                      <PriorityBadge priority={t.priority} />
                      <span className="recent-ticket-subject">
                        <span className="ticket-number">{t.number}</span> {t.subject}
                      </span>
                      <span className="recent-ticket-meta">
                        <StatusPill status={t.status} /> <span className="muted small">{formatAgo(t.updatedAt)}</span>
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      {slots.contracts(org, sites, changed)}
      {slots.incidents?.(org)}
      {slots.backups?.(org)}
      {editing && <ClientForm client={org} onClose={() => setEditing(false)} onSaved={() => (setEditing(false), changed())} />}
    </div>
  );
}

/** The MSP staff member who manages the account; an escalation step can page them. */
function AccountManager({ client, canChange, onChanged }: { client: Organization; canChange: boolean; onChanged: () => void }) {
  const directory = useDirectory();
  const [error, setError] = useState<string>();
  const staff = [...directory.staff].filter((u) => !u.disabled).sort((a, b) => a.name.localeCompare(b.name));
  const change = async (accountManagerId: string) => {
    setError(undefined);
    try {
      await api('PATCH', `/organizations/${encodeURIComponent(client.id)}`, { accountManagerId: accountManagerId || null });
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="card setup-card" aria-labelledby="manager-title">
      <h2 id="manager-title" className="card-title">
        Account manager
      </h2>
      {canChange && !client.archivedAt ? (
        <>
          <label className="visually-hidden" htmlFor="account-manager">
            Account manager
          </label>
          <select id="account-manager" value={client.accountManagerId ?? ''} onChange={(e) => void change(e.target.value)} aria-invalid={error ? true : undefined}>
            <option value="">Nobody</option>
            {staff.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {error && <p className="field-error">{error}</p>}
        </>
      ) : (
        <p>{directory.userName(client.accountManagerId) ?? <span className="muted">Nobody</span>}</p>
      )}
      <p className="muted small">An escalation step can page the account manager.</p>
    </section>
  );
}
