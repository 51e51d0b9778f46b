/**
 * "Password" beside the signed-in name: a dialog to change one's own password. The server ends
 * every other session of the person; this one stays signed in.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createPortal } from 'react-dom';
import { api, fieldError, formError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';

export function ChangePasswordButton() {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  return (
    <>
      <button className="button link" onClick={() => (setDone(false), setOpen(true))}>
        {done ? 'Password changed' : 'Password'}
      </button>
      {/* Into the body: the button sits in the dark top bar, whose colours the dialog must not inherit. */}
      {open && createPortal(<ChangePasswordDialog onClose={(changed) => (setOpen(false), setDone(changed))} />, document.body)}
    </>
  );
}

function ChangePasswordDialog({ onClose }: { onClose: (changed: boolean) => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const currentRef = useRef<HTMLInputElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  // Once, on opening: the shell re-renders on live updates, which must not move the focus.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    currentRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close.current(false);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);

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
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose(false)}>
      <div className="dialog dialog-narrow" role="dialog" aria-modal="true" aria-labelledby="password-title">
        <div className="dialog-head">
          <h2 id="password-title">Change your password</h2>
          <button type="button" className="button ghost" onClick={() => onClose(false)}>
            Cancel
          </button>
        </div>
        <p className="muted small dialog-lead">You stay signed in here; everywhere else you are signed out.</p>
        {general && <Notice>{general}</Notice>}
        <form onSubmit={submit} noValidate>
          <Field label="Current password" error={fieldError(error, '/currentPassword')}>
            <input ref={currentRef} type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
          </Field>
          <Field label="New password" hint="At least 12 characters. A few unrelated words work well; common passwords are refused." error={fieldError(error, '/newPassword')}>
            <input type="password" autoComplete="new-password" required value={next} onChange={(e) => setNext(e.target.value)} />
          </Field>
          <button className="button primary" type="submit" disabled={busy || !current || !next}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
        </form>
      </div>
    </div>
  );
}
