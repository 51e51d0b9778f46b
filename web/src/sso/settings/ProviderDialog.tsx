/**
 * The form of a single sign-on provider, in a dialog: add one, or change one (the client secret
 * is never shown; left empty, the stored one stays). The API's problem fields appear beside their
 * inputs; Enter saves, Escape closes.
 */
import { useState, type FormEvent } from 'react';
import { api, ApiError, fieldError, formError } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import type { SsoProvider } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';
import { ALL_ROLES, EMAIL_CLAIMS, JIT_ROLES, roleLabel } from './sso-roles';

interface Draft {
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: SsoProvider['emailClaim'];
  domains: string;
  requireHostedDomain: boolean | undefined;
  staff: boolean;
  clients: boolean;
  jitRole: string;
  ssoOnly: string[];
  enabled: boolean;
}

function draftOf(p: SsoProvider | undefined): Draft {
  return {
    name: p?.name ?? '',
    issuer: p?.issuer ?? '',
    clientId: p?.clientId ?? '',
    clientSecret: '',
    emailClaim: p?.emailClaim ?? 'email',
    domains: p?.allowedDomains.join(', ') ?? '',
    requireHostedDomain: p?.requireHostedDomain,
    staff: p ? p.userKinds.includes('staff') : true,
    clients: p ? p.userKinds.includes('client') : false,
    jitRole: p?.jitRole ?? '',
    ssoOnly: p ? ALL_ROLES.filter((r) => !p.passwordRoles.includes(r)) : [],
    enabled: p?.enabled ?? true,
  };
}

/** The request body: everything on adding; on changing, only what changed (a new issuer is checked again). */
function bodyOf(d: Draft, current: SsoProvider | undefined): Record<string, unknown> {
  const full: Record<string, unknown> = {
    name: d.name,
    issuer: d.issuer.trim(),
    clientId: d.clientId.trim(),
    emailClaim: d.emailClaim,
    allowedDomains: d.domains.split(/[\s,;]+/).filter(Boolean),
    userKinds: [...(d.staff ? ['staff'] : []), ...(d.clients ? ['client'] : [])],
    jitRole: d.jitRole || null,
    passwordRoles: ALL_ROLES.filter((r) => !d.ssoOnly.includes(r)),
    enabled: d.enabled,
    ...(d.requireHostedDomain !== undefined ? { requireHostedDomain: d.requireHostedDomain } : {}),
    ...(d.clientSecret ? { clientSecret: d.clientSecret } : {}),
  };
  if (!current) return full;
  const before = bodyOf({ ...draftOf(current), clientSecret: '' }, undefined) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(full).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
}

export function ProviderDialog({ provider, redirectUri, onClose, onSaved }: { provider?: SsoProvider; redirectUri: string; onClose: () => void; onSaved: (p: SsoProvider) => void }) {
  const [d, setDraft] = useState(() => draftOf(provider));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Draft>) => setDraft((x) => ({ ...x, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(d, provider);
    if (provider && Object.keys(body).length === 0) return onClose();
    setBusy(true);
    setError(undefined);
    try {
      const saved = provider ? await api<SsoProvider>('PATCH', `/sso/providers/${encodeURIComponent(provider.id)}`, body) : await api<SsoProvider>('POST', '/sso/providers', body);
      onSaved(saved);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const domainsError = error instanceof ApiError && error.field?.startsWith('/allowedDomains') ? error.message : undefined;
  const shown = ['/name', '/issuer', '/clientId', '/clientSecret', '/emailClaim', '/userKinds', '/jitRole', '/passwordRoles', '/requireHostedDomain'];
  const general = domainsError ? undefined : formError(error, shown);
  const google = /^https:\/\/accounts\.google\.com\/?$/.test(d.issuer.trim());
  const hostedDomain = d.requireHostedDomain ?? (google && d.domains.trim() !== '');
  const toggleRole = (role: string, on: boolean) => set({ ssoOnly: on ? [...d.ssoOnly, role] : d.ssoOnly.filter((r) => r !== role) });

  return (
    <Dialog title={provider ? `Change ${provider.name}` : 'Add a sign-in provider'} onClose={onClose} wide>
      <div className="sso-dialog">
        <p className="muted small dialog-lead">
          Register <code>{redirectUri}</code> as the redirect URI at the provider, with the scopes <code>openid email profile</code>.
        </p>
        {general && <Notice>{general}</Notice>}
        <form onSubmit={submit} noValidate>
          <div className="form-row">
            <Field label="Name on the button" hint="“Sign in with …”" error={fieldError(error, '/name')}>
              <input type="text" required value={d.name} onChange={(e) => set({ name: e.target.value })} placeholder="Microsoft Entra ID" />
            </Field>
            <Field label="Client ID" error={fieldError(error, '/clientId')}>
              <input type="text" required autoComplete="off" value={d.clientId} onChange={(e) => set({ clientId: e.target.value })} />
            </Field>
          </div>
          <Field label="Issuer" hint="Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0 · Google: https://accounts.google.com" error={fieldError(error, '/issuer')}>
            <input type="text" inputMode="url" required autoComplete="off" value={d.issuer} onChange={(e) => set({ issuer: e.target.value })} />
          </Field>
          <Field label="Client secret" hint={provider ? 'Leave empty to keep the stored secret. It is never shown again.' : 'Stored encrypted; never shown again.'} error={fieldError(error, '/clientSecret')}>
            <input type="password" autoComplete="new-password" required={!provider} value={d.clientSecret} onChange={(e) => set({ clientSecret: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Email address from" error={fieldError(error, '/emailClaim')}>
              <select value={d.emailClaim} onChange={(e) => set({ emailClaim: e.target.value as Draft['emailClaim'] })}>
                {EMAIL_CLAIMS.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Allowed email domains" hint="Comma-separated; empty allows any." error={domainsError}>
              <input type="text" autoComplete="off" value={d.domains} onChange={(e) => set({ domains: e.target.value })} placeholder="your-msp.example" />
            </Field>
          </div>
          <label className="sso-check">
            <input type="checkbox" checked={hostedDomain} onChange={(e) => set({ requireHostedDomain: e.target.checked })} /> Only Google Workspace accounts of these domains (the <code>hd</code> claim)
          </label>
          {fieldError(error, '/requireHostedDomain') && <p className="field-error">{fieldError(error, '/requireHostedDomain')}</p>}
          <fieldset className="field">
            <legend>Who signs in with it</legend>
            <label className="sso-check">
              <input type="checkbox" checked={d.staff} onChange={(e) => set({ staff: e.target.checked })} /> MSP staff
            </label>
            <label className="sso-check">
              <input type="checkbox" checked={d.clients} onChange={(e) => set({ clients: e.target.checked })} /> Client portal users
            </label>
            {fieldError(error, '/userKinds') && <p className="field-error">{fieldError(error, '/userKinds')}</p>}
          </fieldset>
          <Field label="Someone without an account" error={fieldError(error, '/jitRole')}>
            <select value={d.jitRole} onChange={(e) => set({ jitRole: e.target.value })}>
              <option value="">Is refused (accounts are made by an administrator)</option>
              {JIT_ROLES.map((r) => (
                <option key={r} value={r}>
                  Gets a staff account as {roleLabel(r)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset className="field">
            <legend>Must use this provider — passwords off for</legend>
            <div className="sso-roles">
              {ALL_ROLES.map((r) => (
                <label key={r} className="sso-check">
                  <input type="checkbox" checked={d.ssoOnly.includes(r)} onChange={(e) => toggleRole(r, e.target.checked)} /> {roleLabel(r)}
                </label>
              ))}
            </div>
            <p className="field-hint">Keep a password for the owner as a way in when the provider is down. Disabling or removing the provider gives passwords back.</p>
            {fieldError(error, '/passwordRoles') && <p className="field-error">{fieldError(error, '/passwordRoles')}</p>}
          </fieldset>
          <label className="sso-check">
            <input type="checkbox" checked={d.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> Enabled (shown on the sign-in page)
          </label>
          <div className="form-actions">
            <button className="button primary" type="submit" disabled={busy}>
              {busy ? 'Checking the issuer…' : provider ? 'Save changes' : 'Add provider'}
            </button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
