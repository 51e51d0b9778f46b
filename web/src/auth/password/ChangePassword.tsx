/**
 * "Password" beside the signed-in name: a dialog to change one's own password. The server ends
 * every other session of the person; this one stays signed in.
 */
import { useState, type FormEvent } from 'react';
import { api, fieldError, formError } from '../../platform/api';
import { Dialog } from '../../platform/dialog';
import { Field, Notice } from '../../platform/ui';

export function ChangePasswordButton() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <button className="button link" onClick={() => (setDone(false), setOpen(true))}>
        {done ? 'Password changed' : 'Password'}
      </button>
      {open && <ChangePasswordDialog onClose={(changed) => (setOpen(false), setDone(changed))} />}
    </>
  );
}

function ChangePasswordDialog({ onClose }: { onClose: (changed: boolean) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', '/auth/password', { currentPassword: current, newPassword: next });
      onClose(true);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const general = formError(error, ['/currentPassword', '/newPassword']);
  return (
    <Dialog title="Change your password" onClose={() => onClose(false)} lead="You stay signed in here; everywhere else you are signed out.">
      {general && <Notice>{general}</Notice>}
      <form onSubmit={submit} noValidate>
        <Field label="Current password" error={fieldError(error, '/currentPassword')}>
          <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
        </Field>
        <Field label="New password" hint="At least 12 characters. A few unrelated words work well; common passwords are refused." error={fieldError(error, '/newPassword')}>
          <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
        </Field>
        <button className="button primary" type="submit" disabled={busy || !current || !next}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </Dialog>
  );
}
