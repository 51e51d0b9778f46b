/**
 * Single sign-on settings (owner and admin): the OpenID Connect providers people sign in with —
 * Microsoft Entra ID, Google Workspace — the redirect URI to register at them, and for each who
 * may use it, which domains, whether unknown people get an account, and whose passwords are off.
 */
import { useEffect, useState } from 'react';
import { api, formError } from '../../platform/api';
import { ConfirmDialog } from '../../platform/dialog';
import type { ApiAnswer, SsoProvider } from '../../platform/types';
import { EmptyState, Notice, Spinner } from '../../platform/ui';
import { useResource } from '../../platform/use-api';
import { ProviderDialog } from './ProviderDialog';
import { ALL_ROLES, EMAIL_CLAIMS, roleLabel } from './sso-roles';
import './sso-settings.css';

type Listing = ApiAnswer<'/api/v1/sso/providers', 'get'>;

export function SsoSettingsPage() {
  const list = useResource((signal) => api<Listing>('GET', '/sso/providers', undefined, { signal }), []);
  const [editing, setEditing] = useState<SsoProvider | 'new'>();
  const [removing, setRemoving] = useState<SsoProvider>();

  useEffect(() => {
    document.title = 'Single sign-on · Switchboard';
  }, []);

  const redirectUri = list.data?.redirectUri ?? '';
  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1 tabIndex={-1}>Single sign-on</h1>
          <p className="muted page-sub">People sign in with their Microsoft Entra ID or Google Workspace account; Switchboard matches them to their account by a verified email address.</p>
        </div>
        <button className="button primary" onClick={() => setEditing('new')} disabled={!list.data}>
          Add a provider
        </button>
      </div>
      {list.error !== undefined && <Notice>{formError(list.error, [])}</Notice>}
      {list.loading && !list.data && <Spinner label="Loading the providers" />}
      {list.data && (
        <>
          <p className="sso-redirect muted">
            Redirect URI to register at each provider: <code>{redirectUri}</code>
          </p>
          {list.data.items.length === 0 ? (
            <EmptyState title="No single sign-on yet">Everyone signs in with a password. Add your Entra ID tenant or Google Workspace to let people use their work account.</EmptyState>
          ) : (
            <div className="sso-list">
              {list.data.items.map((p) => (
                <ProviderCard key={p.id} provider={p} onEdit={() => setEditing(p)} onRemove={() => setRemoving(p)} />
              ))}
            </div>
          )}
        </>
      )}
      {editing && (
        <ProviderDialog
          provider={editing === 'new' ? undefined : editing}
          redirectUri={redirectUri}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            list.reload();
          }}
        />
      )}
      {removing && (
        // Removing asks first, and says what happens to the people who sign in with it.
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove provider"
          onConfirm={async () => {
            await api('DELETE', `/sso/providers/${encodeURIComponent(removing.id)}`);
            list.reload();
          }}
          onClose={() => setRemoving(undefined)}
          consequences={
            <>
              <p>Nobody can start a sign-in with it any more. Accounts, tickets and signed-in sessions stay as they are.</p>
              <p className="muted small">Roles whose passwords it turned off may use passwords again; people who never had a password (made on first sign-in) need one set by an administrator, or another provider.</p>
            </>
          }
        />
      )}
    </div>
  );
}

function ProviderCard({ provider: p, onEdit, onRemove }: { provider: SsoProvider; onEdit: () => void; onRemove: () => void }) {
  const ssoOnly = ALL_ROLES.filter((r) => !p.passwordRoles.includes(r));
  return (
    <section className="card" aria-labelledby={`sso-${p.id}`}>
      <div className="sso-card-head">
        <h2 id={`sso-${p.id}`}>
          {p.name} {!p.enabled && <span className="pill">disabled</span>}
        </h2>
        <div className="form-actions">
          <button className="button small" onClick={onEdit} aria-label={`Change ${p.name}`}>
            Change
          </button>
          <button className="button small danger" onClick={onRemove} aria-label={`Remove ${p.name}`}>
            Remove
          </button>
        </div>
      </div>
      <dl className="sso-facts">
        <dt>Issuer</dt>
        <dd>
          <code>{p.issuer}</code>
        </dd>
        <dt>Client ID</dt>
        <dd>
          <code>{p.clientId}</code>
        </dd>
        <dt>Email from</dt>
        <dd>{EMAIL_CLAIMS.find((c) => c.value === p.emailClaim)?.label ?? p.emailClaim}</dd>
        <dt>Domains</dt>
        <dd>{p.allowedDomains.length ? `${p.allowedDomains.join(', ')}${p.requireHostedDomain ? ' (Google Workspace accounts only)' : ''}` : 'any'}</dd>
        <dt>Signs in</dt>
        <dd>{p.userKinds.map((k) => (k === 'staff' ? 'MSP staff' : 'client portal users')).join(' and ')}</dd>
        <dt>Without an account</dt>
        <dd>{p.jitRole ? `gets a staff account as ${roleLabel(p.jitRole)}` : 'refused'}</dd>
        <dt>Passwords off for</dt>
        <dd>{ssoOnly.length ? ssoOnly.map(roleLabel).join(', ') : 'nobody (everyone may still use a password)'}</dd>
      </dl>
    </section>
  );
}

