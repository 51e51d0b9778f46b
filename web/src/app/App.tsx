/** The app's top: sign-in when nobody is signed in, else the agents' console or the client portal. */
import { useEffect } from 'react';
import { SessionProvider, useSessionApi } from '../platform/session';
import { SignInPage } from '../auth/sign-in/SignInPage';
import { DirectoryProvider } from '../platform/directory';
import { PortalShell } from './portal/PortalShell';
import { api } from '../platform/api';
import { liveStream } from '../platform/stream';
import { Spinner } from '../platform/ui';
import { ConsoleShell } from './console/ConsoleShell';
import { ViewsProvider } from '../tickets/queue/views';

export function App() {
  return (
    <SessionProvider>
      <Root />
    </SessionProvider>
  );
}

function Root() {
  const { state } = useSessionApi();
  const signedIn = state.phase === 'signed-in';

  useEffect(() => {
    if (!signedIn) return;
    // A dropped stream may mean an ended session: /auth/me answers 401 then, which signs out.
    liveStream.onDrop = () => void api('GET', '/auth/me').catch(() => undefined);
    liveStream.start();
    return () => liveStream.stop();
  }, [signedIn]);

  if (state.phase === 'loading') {
    return (
      <div className="boot">
        <Spinner label="Starting Switchboard" />
      </div>
    );
  }
  if (state.phase === 'signed-out') return <SignInPage reason={state.reason} />;
  const { session } = state;
  return (
    <DirectoryProvider session={session}>
      {session.user.kind === 'staff' ? (
        <ViewsProvider key={session.user.id}>
          <ConsoleShell session={session} />
        </ViewsProvider>
      ) : (
        <PortalShell session={session} />
      )}
    </DirectoryProvider>
  );
}
