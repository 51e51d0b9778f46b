/**
 * Who is signed in. The app starts by asking /auth/me; a 401 anywhere later returns to sign-in in
 * place (same URL, drafts kept), and signing in again carries on where the person was.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, onSessionLost, setCsrfToken } from './api';
import { clearDrafts } from './drafts';
import { liveStream } from './stream';
import type { ApiAnswer, Me, User } from './types';

export interface Session {
  user: Me;
  /** Staff only: the team whose queue is "my team". */
  teamId: string | null;
}

type State =
  | { phase: 'loading' }
  | { phase: 'signed-out'; reason?: 'expired' | 'signed-out' }
  | { phase: 'signed-in'; session: Session };

interface SessionApi {
  state: State;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const LAST_USER = 'sb.user';
const lastUser = () => {
  try {
    return sessionStorage.getItem(LAST_USER);
  } catch {
    return null;
  }
};
const rememberUser = (id: string) => {
  try {
    sessionStorage.setItem(LAST_USER, id);
  } catch {
    // without storage there are no drafts to protect either
  }
};

/** Drafts belong to the person who typed them; another person signed in here starts clean. */
function startedAs(userId: string): void {
  if (lastUser() !== userId) clearDrafts();
  rememberUser(userId);
}

const SessionContext = createContext<SessionApi | null>(null);

async function loadSession(user: Me): Promise<Session> {
  if (user.kind !== 'staff') return { user, teamId: null };
  const profile = await api<User>('GET', `/users/${encodeURIComponent(user.id)}`).catch(() => undefined);
  return { user, teamId: profile?.teamId ?? null };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    onSessionLost(() => {
      liveStream.stop();
      setState((s) => (s.phase === 'signed-in' ? { phase: 'signed-out', reason: 'expired' } : s));
    });
    // The session cookie, if any, says who is signed in; its CSRF token comes with the answer, so a
    // new tab, or a page loaded after a single sign-on, can write too.
    api<ApiAnswer<'/api/v1/auth/session', 'get'>>('GET', '/auth/session')
      .then((current) => {
        setCsrfToken(current.csrfToken);
        startedAs(current.user.id);
        return loadSession(current.user);
      })
      .then(
        (session) => setState({ phase: 'signed-in', session }),
        () => setState({ phase: 'signed-out' }),
      );
    return () => onSessionLost(undefined);
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const result = await api<ApiAnswer<'/api/v1/auth/login', 'post'>>('POST', '/auth/login', { email, password });
    setCsrfToken(result.csrfToken);
    startedAs(result.user.id);
    setState({ phase: 'signed-in', session: await loadSession(result.user) });
  }, []);

  const signOut = useCallback(async () => {
    liveStream.stop();
    await api('POST', '/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    clearDrafts();
    setState({ phase: 'signed-out', reason: 'signed-out' });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionApi(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionApi outside SessionProvider');
  return value;
}

/** The signed-in session; only used below the signed-in part of the tree. */
export function useSession(): Session {
  const { state } = useSessionApi();
  if (state.phase !== 'signed-in') throw new Error('useSession without a session');
  return state.session;
}
