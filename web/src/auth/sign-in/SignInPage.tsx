/** Sign-in for staff and client users alike; the answer decides console or portal. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import { useSessionApi } from '../../platform/session';

export function SignInPage({ reason }: { reason?: 'expired' | 'signed-out' }) {
  const { signIn } = useSessionApi();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Switchboard';
    emailRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = { email: email.trim() ? undefined : 'Enter your email address', password: password ? undefined : 'Enter your password' };
    setMissing(empty);
    if (empty.email || empty.password) return;
    setBusy(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const emailError = missing.email ?? fieldError(error, '/email');
  const passwordError = missing.password ?? fieldError(error, '/password');
  const general =
    error && !emailError && !passwordError
      ? error instanceof ApiError && error.status === 401
        ? 'That email and password do not match an account.'
        : (error as Error).message
      : undefined;

  return (
    <main className="signin" id="main">
      <div className="signin-card">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" />
          Switchboard
        </div>
        <h1>Sign in</h1>
        <p className="muted">For MSP staff and client users.</p>
        {reason === 'expired' && <Notice kind="info">Your session ended. Sign in again to carry on — what you were typing is kept.</Notice>}
        {reason === 'signed-out' && <Notice kind="info">You are signed out.</Notice>}
        {general && <Notice>{general}</Notice>}
        <form onSubmit={submit} noValidate>
          <Field label="Email" error={emailError}>
            <input ref={emailRef} type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </Field>
          <Field label="Password" error={passwordError}>
            <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
          <button className="button primary wide" type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
