/**
 * RMM feeds (staff read them; owners and admins change them): a client's feeds with their last
 * push, a new feed whose token is shown once, a new token for a feed (the old one stops at once),
 * and revoking a feed.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../platform/api';
import { useDirectory } from '../platform/directory';
import { formatFull } from '../platform/format';
import { Link } from '../platform/router';
import { EmptyState, Field, Notice, Spinner } from '../platform/ui';
import { useResource } from '../platform/use-api';
import type { components } from '../platform/api-types';
import './assets.css';

type Feed = components['schemas']['AssetFeed'];
type FeedWithToken = Feed & { token: string };

export function AssetFeedsPage({ canChange }: { canChange: boolean }) {
  const directory = useDirectory();
  const [organizationId, setOrganizationId] = useState('');
  const [name, setName] = useState('');
  const [shown, setShown] = useState<FeedWithToken>();
  const [error, setError] = useState<unknown>();
  const feeds = useResource((signal) => (organizationId ? api<{ items: Feed[] }>('GET', `/asset-feeds?organizationId=${encodeURIComponent(organizationId)}`, undefined, { signal }) : Promise.resolve({ items: [] as Feed[] })), [organizationId]);
  const run = async (work: () => Promise<FeedWithToken | Feed>) => {
    setError(undefined);
    try {
      const answer = await work();
      setShown('token' in answer ? answer : undefined);
      feeds.reload();
    } catch (e) {
      setError(e);
    }
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run(() => api<FeedWithToken>('POST', '/asset-feeds', { name, organizationId })).then(() => setName(''));
  };

  return (
    <div className="page asset-feeds-page">
      <p className="small">
        <Link to="/assets">Assets</Link>
      </p>
      <h1>RMM feeds</h1>
      <p className="muted small">An RMM pushes one client’s assets to its feed’s address with the feed’s token.</p>
      <Field label="Client">
        <select value={organizationId} onChange={(e) => { setOrganizationId(e.target.value); setShown(undefined); }}>
          <option value="">Choose the client</option>
          {[...directory.organizations].sort((a, b) => a.name.localeCompare(b.name)).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
      {shown && (
        <Notice kind="success">
          <span>
            Token for <strong>{shown.name}</strong>, shown only now: <code aria-label="Feed token">{shown.token}</code>
            <br />
            POST to <code>{`${location.origin}${shown.path}`}</code> with <code>Authorization: Bearer &lt;token&gt;</code>.
          </span>
        </Notice>
      )}
      {error !== undefined && formError(error, ['/name']) && <Notice>{formError(error, ['/name'])}</Notice>}
      {organizationId && feeds.loading && !feeds.data && <Spinner label="Loading feeds" />}
      {organizationId && feeds.data?.items.length === 0 && <EmptyState title="No feed for this client">Set one up for the client’s RMM.</EmptyState>}
      {(feeds.data?.items.length ?? 0) > 0 && (
        <div className="card table-card">
          <table className="setup-table" aria-label="Feeds">
            <thead>
              <tr>
                <th>Name</th>
                <th>Token</th>
                <th>Last push</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {feeds.data!.items.map((f) => (
                <tr key={f.id}>
                  <td>
                    {f.name} {f.revokedAt && <span className="badge">Revoked</span>}
                  </td>
                  <td className="small">
                    <code>{f.tokenPrefix}…</code>
                  </td>
                  <td className="small">{f.lastPushAt ? formatFull(f.lastPushAt) : 'never'}</td>
                  <td className="asset-feed-actions">
                    {canChange && !f.revokedAt && (
                      <>
                        <button type="button" className="button small" onClick={() => void run(() => api<FeedWithToken>('POST', `/asset-feeds/${encodeURIComponent(f.id)}/rotate`))}>
                          New token
                        </button>
                        <button type="button" className="button small link" onClick={() => window.confirm(`Revoke ${f.name}? Its RMM can no longer push.`) && void run(() => api<Feed>('POST', `/asset-feeds/${encodeURIComponent(f.id)}/revoke`))}>
                          Revoke
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canChange && organizationId && (
        <form className="card asset-import" aria-label="New feed" onSubmit={create}>
          <h2 className="card-title">New feed</h2>
          <Field label="Name" hint="Which RMM, e.g. “NinjaOne — head office”." error={fieldError(error, '/name')}>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
          </Field>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={!name.trim()}>
              Set up feed
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
