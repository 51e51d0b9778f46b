/**
 * People: MSP staff (role, tier, team), client portal users, and teams with their leads. Owners
 * and admins add staff here; a contact's portal login is given beside the contact, on the client's
 * page. Owners, admins and service managers keep the teams.
 */
import { useEffect, useState } from 'react';
import { apiAll } from '../../platform/api';
import { useDirectory } from '../../platform/directory';
import { Link } from '../../platform/router';
import type { User } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { canManageAccounts, roleLabel, TIER_LABEL } from '../staff-words';
import { AddStaff } from './AddPerson';
import { TeamsPanel } from './TeamsPanel';
import '../../platform/setup.css';
import '../staff.css';

type Tab = 'staff' | 'client' | 'teams';
const TABS: [Tab, string][] = [['staff', 'Staff'], ['client', 'Client portal users'], ['teams', 'Teams']];

export function PeoplePage({ tab, role }: { tab: string | null; role: string }) {
  const current: Tab = tab === 'client' || tab === 'teams' ? tab : 'staff';
  const directory = useDirectory();
  const admin = canManageAccounts(role);
  const manager = admin || role === 'service_manager';
  const users = useResource(current === 'teams' ? null : () => apiAll<User>(`/users?kind=${current}`), [current]);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<User>();
  useEffect(() => {
    document.title = 'People · Switchboard';
  }, []);

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>People</h1>
          <p className="muted page-sub">Staff in roles, tiers and teams; client contacts with a portal login. Each person’s contact methods decide how they are paged.</p>
        </div>
        {admin && current === 'staff' && (
          <button type="button" className="button primary" onClick={() => (setAdded(undefined), setAdding(true))}>
            Add staff
          </button>
        )}
      </div>
      <nav className="tabs" aria-label="People">
        {TABS.map(([id, label]) => (
          <Link key={id} to={id === 'staff' ? '/setup/people' : `/setup/people?tab=${id}`} aria-current={current === id ? 'page' : undefined}>
            {label}
          </Link>
        ))}
      </nav>
      {added && (
        <Notice kind="success">
          <Link to={`/setup/people/${encodeURIComponent(added.id)}`}>{added.name}</Link> can now sign in as {added.email}
          {added.kind === 'staff' ? ' (with the password you gave, or one an admin sets on their page).' : '.'}
        </Notice>
      )}
      {current === 'client' && (
        <p className="muted small">
          A contact gets a portal login beside their name on the <Link to="/clients">client’s page</Link>.
        </p>
      )}
      {current === 'teams' ? (
        <TeamsPanel canEdit={manager} />
      ) : users.error !== undefined ? (
        <Notice>{(users.error as Error).message}</Notice>
      ) : !users.data ? (
        <div className="loading-block">
          <Spinner label="Loading people" />
        </div>
      ) : users.data.length === 0 ? (
        <EmptyState title={current === 'staff' ? 'No staff yet' : 'No client portal users yet'} />
      ) : (
        <div className="card table-wrap">
          <table className="setup-table people-table">
            <thead>
              <tr>
                <th>Name</th>
                <th className="hide-narrow">Email</th>
                <th>Role</th>
                <th className="hide-narrow">{current === 'staff' ? 'Tier and team' : 'Client'}</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/setup/people/${encodeURIComponent(u.id)}`}>{u.name}</Link>
                  </td>
                  <td className="hide-narrow">{u.email}</td>
                  <td>{roleLabel(u)}</td>
                  <td className="hide-narrow">
                    {u.kind === 'staff' ? (
                      [u.tier ? TIER_LABEL[u.tier] : null, directory.teamName(u.teamId)].filter(Boolean).join(' · ') || '—'
                    ) : u.organizationId ? (
                      <Link to={`/clients/${encodeURIComponent(u.organizationId)}`}>{directory.orgName(u.organizationId)}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{u.disabled ? <span className="pill pill-off">Disabled</span> : <span className="pill pill-on">Active</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && current === 'staff' && <AddStaff ownerMay={role === 'owner'} onClose={() => setAdding(false)} onAdded={(u) => (setAdding(false), setAdded(u), users.reload(), directory.refresh())} />}
    </div>
  );
}
