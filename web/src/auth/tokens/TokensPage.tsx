/**
 * API tokens: yours (owners and admins see everyone's and may issue one for another account, such
 * as an integration). A new token is shown once, here, and never again; revoking says what stops.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import { useDirectory } from '../../platform/directory';
import { formatAgo, formatTime } from '../../platform/format';
import type { ApiToken, NewApiToken } from '../../platform/types';
import { EmptyState, Field, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import '../../platform/setup.css';

export function TokensPage({ me, admin }: { me: string; admin: boolean }) {
  const directory = useDirectory();
  const tokens = useResource((signal) => api<{ items: ApiToken[] }>('GET', '/tokens', undefined, { signal }), []);
  const [created, setCreated] = useState<NewApiToken>();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const copyRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    document.title = 'API tokens · Switchboard';
  }, []);
  // The keyboard goes to the new token, shown once: Enter copies it.
  useEffect(() => {
    if (created) copyRef.current?.focus();
  }, [created]);

  const revoke = async (token: ApiToken) => {
    await api('DELETE', `/tokens/${encodeURIComponent(token.id)}`);
    tokens.reload();
  };
  const owner = (t: ApiToken) => (t.userId === me ? 'You' : (directory.userName(t.userId) ?? 'Another account'));
  const live = (tokens.data?.items ?? []).filter((t) => !t.revokedAt);
  const revoked = (tokens.data?.items ?? []).filter((t) => t.revokedAt);

  return (
    <div className="page setup-page">
      <div className="page-head">
        <div>
          <h1>API tokens</h1>
          <p className="muted page-sub">For scripts and integrations: send one as <code>Authorization: Bearer …</code>. A token acts with its owner’s rights; only its hash is kept.</p>
        </div>
      </div>
      <NewToken me={me} admin={admin} onCreated={(t) => (setCreated(t), tokens.reload())} />
      {created && (
        <section className="card setup-section" aria-labelledby="new-token-title">
          <h2 id="new-token-title">“{created.name}” is ready</h2>
          <p>Copy it now: this is the only time it is shown.</p>
          <div className="secret-once">
            <code aria-label="The new token">{created.token}</code>
            <button ref={copyRef} type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(created.token)}>
              Copy
            </button>
          </div>
          <button type="button" className="button ghost small" onClick={() => setCreated(undefined)}>
            I have copied it
          </button>
        </section>
      )}
      {tokens.error !== undefined && <Notice>{(tokens.error as Error).message}</Notice>}
      {!tokens.data ? (
        <div className="loading-block">
          <Spinner label="Loading tokens" />
        </div>
      ) : live.length === 0 ? (
        <EmptyState title="No tokens in use" />
      ) : (
        <div className="card table-wrap">
          <table className="setup-table" aria-label="Tokens in use">
            <thead>
              <tr>
                <th>Name</th>
                <th>Starts with</th>
                {admin && <th>Acts as</th>}
                <th className="hide-narrow">Created</th>
                <th>Last used</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {live.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  {admin && <td>{owner(t)}</td>}
                  <td className="hide-narrow">{formatTime(t.createdAt)}</td>
                  <td>{t.lastUsedAt ? formatAgo(t.lastUsedAt) : 'never'}</td>
                  <td>
                    <div className="row-actions">
                      <button type="button" className="button small ghost danger-text" onClick={() => setRevoking(t)} aria-label={`Revoke ${t.name}`}>
                        Revoke
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoked.length > 0 && (
        <details className="revoked-tokens">
          <summary>{revoked.length === 1 ? '1 revoked token' : `${revoked.length} revoked tokens`}</summary>
          <ul>
            {revoked.map((t) => (
              <li key={t.id}>
                {t.name} <code>{t.prefix}…</code> <span className="muted small">revoked {formatTime(t.revokedAt!)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {revoking && (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
          consequences={
            <>
              <p>Whatever uses it gets “401 Unauthorized” from its next request, and live streams opened with it close at once. It cannot be turned back on.</p>
              <p>Tickets, replies and changes made with it stay, under {owner(revoking) === 'You' ? 'your' : `${owner(revoking)}’s`} name.</p>
            </>
          }
        />
      )}
    </div>
  );
}

function NewToken({ me, admin, onCreated }: { me: string; admin: boolean; onCreated: (t: NewApiToken) => void }) {
  const { staff } = useDirectory();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState(me);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onCreated(await api<NewApiToken>('POST', '/tokens', { name: name.trim(), ...(userId !== me ? { userId } : {}) }, { idempotencyKey: newIdempotencyKey() }));
      setName('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card setup-section inline-form" onSubmit={submit} noValidate aria-label="Create a token">
      {formError(error, ['/name', '/userId']) && <Notice>{formError(error, ['/name', '/userId'])}</Notice>}
      <Field label="New token’s name" hint="What will use it, e.g. “RMM alerts”." error={fieldError(error, '/name')}>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={100} required />
      </Field>
      {admin && (
        <Field label="Acts as" error={fieldError(error, '/userId')}>
          <select value={userId} onChange={(e) => setUserId(e.target.value)}>
            <option value={me}>You</option>
            {staff
              .filter((u) => u.id !== me)
              .map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
          </select>
        </Field>
      )}
      <button type="submit" className="button primary" disabled={busy || !name.trim()}>
        {busy ? 'Creating…' : 'Create token'}
      </button>
    </form>
  );
}
