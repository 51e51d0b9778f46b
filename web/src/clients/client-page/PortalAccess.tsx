/**
 * A contact's portal login: whether they have one, and — for owners and admins, as the API allows —
 * giving one (as a client user or a client administrator) or turning it off and on.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError, newIdempotencyKey } from '../../platform/api';
import { ConfirmDialog, Dialog } from '../../platform/dialog';
import type { Contact, User } from '../../platform/types';
import { Field, Notice } from '../../platform/ui';

const ROLE = { client_user: 'Portal user', client_admin: 'Portal administrator' } as Record<string, string>;

export function PortalAccess({ contact, login, canManage, onChanged }: { contact: Contact; login: User | undefined; canManage: boolean; onChanged: () => void }) {
  const [giving, setGiving] = useState(false);
  const [disabling, setDisabling] = useState(false);
  const label = login ? `${ROLE[login.role] ?? login.role}${login.disabled ? ' (turned off)' : ''}` : 'No portal login';
  return (
    <span className="portal-access">
      <span className={`pill${login && !login.disabled ? ' portal-on' : ''}`}>{label}</span>
      {canManage && !login && !contact.archivedAt && (
        <button type="button" className="button ghost small" onClick={() => setGiving(true)} aria-label={`Give ${contact.name} a portal login`}>
          Give portal login
        </button>
      )}
      {canManage && login && (
        <button
          type="button"
          className="button ghost small"
          onClick={() => (login.disabled ? void api('PATCH', `/users/${encodeURIComponent(login.id)}`, { disabled: false }).then(onChanged) : setDisabling(true))}
          aria-label={`${login.disabled ? 'Turn on' : 'Turn off'} the portal login of ${contact.name}`}
        >
          {login.disabled ? 'Turn on' : 'Turn off'}
        </button>
      )}
      {giving && <GiveLogin contact={contact} onClose={() => setGiving(false)} onSaved={() => (setGiving(false), onChanged())} />}
      {disabling && login && (
        <ConfirmDialog
          title={`Turn off ${contact.name}’s portal login?`}
          consequences={<p>They are signed out everywhere and can no longer sign in to the portal. Their tickets stay as they are, and they can still call or email the desk.</p>}
          confirmLabel="Turn off"
          onConfirm={() => api('PATCH', `/users/${encodeURIComponent(login.id)}`, { disabled: true }).then(onChanged)}
          onClose={() => setDisabling(false)}
        />
      )}
    </span>
  );
}

function GiveLogin({ contact, onClose, onSaved }: { contact: Contact; onClose: () => void; onSaved: () => void }) {
  const [role, setRole] = useState('client_user');
  const [email, setEmail] = useState(contact.emails[0] ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', '/users', { kind: 'client', contactId: contact.id, role, email: email.trim() || undefined, password: password || undefined }, { idempotencyKey: key });
      onSaved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const general = formError(error, ['/role', '/email', '/password']);
  return (
    <Dialog title={`Portal login for ${contact.name}`} onClose={onClose} lead="They sign in to the client portal to open and follow their tickets.">
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Access" hint="An administrator sees all of the organisation’s tickets; a user only their own." error={fieldError(error, '/role')}>
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="client_user">Portal user</option>
            <option value="client_admin">Portal administrator</option>
          </select>
        </Field>
        <Field label="Sign-in email" error={fieldError(error, '/email')}>
          <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Password" hint="Optional: without one, an admin sets it later before they can sign in." error={fieldError(error, '/password')}>
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button className="button primary" type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Give portal login'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
