/**
 * Sign-in for staff and client users alike; the answer decides console or portal. With single
 * sign-on set up, a button per provider starts it; a sign-on that fails comes back here with
 * `?sso_error=<reason>`, said in words.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError, fieldError } from '../../platform/api';
import { Field, Notice } from '../../platform/ui';
import { useSessionApi } from '../../platform/session';
import type { ApiAnswer, SsoButton } from '../../platform/types';
import { ssoMessage } from './sso-messages';

/** Reads the failed sign-on's reason once and takes it out of the address, so a reload does not repeat it. */
function takeSsoError(): string | undefined {
  const url = new URL(window.location.href);
  const reason = url.searchParams.get('sso_error') ?? undefined;
  if (reason) {
    url.searchParams.delete('sso_error');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return reason;
}

export function SignInPage({ reason }: { reason?: 'expired' | 'signed-out' }) {
  const { signIn } = useSessionApi();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const [ssoError] = useState(takeSsoError);
  const [providers, setProviders] = useState<SsoButton[]>([]);
  const [starting, setStarting] = useState<string>();
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Switchboard';
    emailRef.current?.focus();
    const controller = new AbortController();
    api<{ items: SsoButton[] }>('GET', '/auth/sso/providers', undefined, { signal: controller.signal }).then(
      (answer) => setProviders(answer.items),
      () => undefined,
    );
    return () => controller.abort();
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

  const startSso = async (provider: SsoButton) => {
    setStarting(provider.id);
    setError(undefined);
    try {
      // Back to this very page once signed in (the app shows sign-in wherever the session ended).
      const returnTo = window.location.pathname + window.location.search;
      const started = await api<ApiAnswer<'/api/v1/auth/sso/{id}/start', 'post'>>('POST', `/auth/sso/${encodeURIComponent(provider.id)}/start`, { returnTo });
      window.location.assign(started.authorizationUrl);
    } catch (e) {
      setError(e);
      setStarting(undefined);
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
        {ssoError && !general && <Notice>{ssoMessage(ssoError)}</Notice>}
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
        {providers.length > 0 && (
          <div className="signin-sso" role="group" aria-label="Single sign-on">
            <p className="signin-or muted small">or</p>
            {providers.map((p) => (
              <button key={p.id} type="button" className="button wide" onClick={() => void startSso(p)} disabled={starting !== undefined}>
                {starting === p.id ? `Opening ${p.name}…` : `Sign in with ${p.name}`}
              </button>
            ))}
          </div>
        )}
      </div>
    </main>
  );
}
