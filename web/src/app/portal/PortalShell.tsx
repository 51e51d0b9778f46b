/** The client portal: the organisation's own tickets, opening a request (with knowledge-base suggestions), the conversation, and articles. */
import { lazy, Suspense, useEffect } from 'react';
import { Link, match, navigate, useLocation } from '../../platform/router';
import { useSessionApi, type Session } from '../../platform/session';
import { useDirectory } from '../../platform/directory';
import { NotFoundPage } from '../../platform/not-found';
import { StreamBanner } from '../../platform/stream-banner';
import { useFocusOnNavigate } from '../../platform/focus';
import { NewRequestPage } from '../../portal/tickets/NewRequestPage';
import { PortalTicketList } from '../../portal/tickets/PortalTicketList';
import { PortalTicketPage } from '../../portal/tickets/PortalTicketPage';
import { ChangePasswordButton } from '../../auth/password/ChangePassword';
import { FraudWarningBanner } from '../../fraud/warning/FraudWarningBanner';
import { KbSuggestions } from '../../kb/KbSuggestions';
import { IncidentBanner } from '../../incidents/banner/IncidentBanner';

const PortalCampaignsPage = lazy(() => import('../../campaigns/PortalCampaignsPage').then((m) => ({ default: m.PortalCampaignsPage })));
const PortalApprovalsPage = lazy(() => import('../../billing/portal/PortalApprovalsPage').then((m) => ({ default: m.PortalApprovalsPage })));
const PortalBillingPage = lazy(() => import('../../billing/portal/PortalBillingPage').then((m) => ({ default: m.PortalBillingPage })));
const PortalArticlePage = lazy(() => import('../../kb/PortalArticlePage').then((m) => ({ default: m.PortalArticlePage })));

export function PortalShell({ session }: { session: Session }) {
  const { path } = useLocation();
  const { signOut } = useSessionApi();
  const directory = useDirectory();
  useFocusOnNavigate(path);

  // Staff links (/tickets/SB-1042) work for clients too: same ticket, portal view.
  const staffTicket = match('/tickets/:ref', path);
  useEffect(() => {
    if (path === '/' || path.startsWith('/queue')) navigate('/portal', { replace: true });
    else if (staffTicket) navigate(`/portal/tickets/${encodeURIComponent(staffTicket.ref)}`, { replace: true });
  }, [path]);

  const ticketMatch = match('/portal/tickets/:ref', path);
  const articleMatch = match('/portal/kb/:id', path);
  let page;
  if (path === '/portal' || path === '/portal/') page = <PortalTicketList session={session} />;
  else if (path === '/portal/new') page = <NewRequestPage session={session} subjectHelp={(subject) => <KbSuggestions text={subject} />} />;
  else if (path === '/portal/approvals' && session.user.role === 'client_admin') page = <Suspense fallback={null}><PortalApprovalsPage /></Suspense>;
  else if (path === '/portal/billing' && session.user.role === 'client_admin') page = <Suspense fallback={null}><PortalBillingPage /></Suspense>;
  else if (articleMatch) page = <Suspense fallback={null}><PortalArticlePage key={articleMatch.id} articleId={articleMatch.id} /></Suspense>;
  else if (path === '/portal/campaigns' && session.user.role === 'client_admin') page = <Suspense fallback={null}><PortalCampaignsPage /></Suspense>;
  else if (ticketMatch) page = <PortalTicketPage key={ticketMatch.ref} ticketRef={ticketMatch.ref} session={session} />;
  else if (path === '/' || path.startsWith('/queue') || staffTicket) page = null;
  else page = <NotFoundPage back="/portal" />;

  const org = directory.organizations[0];
  return (
    <div className="portal">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="portal-top">
        <div className="portal-top-inner">
          <Link to="/portal" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{org ? `${org.name} support` : 'Support'}</span>
          </Link>
          <nav aria-label="Portal" className="portal-nav">
            <Link to="/portal" aria-current={path === '/portal' ? 'page' : undefined}>
              {session.user.role === 'client_admin' ? 'Our tickets' : 'My tickets'}
            </Link>
            {session.user.role === 'client_admin' && (
              <>
                <Link to="/portal/campaigns" aria-current={path === '/portal/campaigns' ? 'page' : undefined}>
                  Campaigns
                </Link>
                <Link to="/portal/approvals" aria-current={path === '/portal/approvals' ? 'page' : undefined}>
                  Approvals
                </Link>
                <Link to="/portal/billing" aria-current={path === '/portal/billing' ? 'page' : undefined}>
                  Billing
                </Link>
              </>
            )}
            <Link to="/portal/new" className="button primary small" aria-current={path === '/portal/new' ? 'page' : undefined}>
              New request
            </Link>
          </nav>
          <div className="whoami">
            <span className="whoami-name">{session.user.name}</span>
            <ChangePasswordButton />
            <button className="button link" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        </div>
      </header>
      <StreamBanner />
      <main id="main" className="portal-main" tabIndex={-1}>
        <FraudWarningBanner />
        <IncidentBanner />
        {page}
      </main>
      <footer className="portal-foot muted small">Powered by Switchboard</footer>
    </div>
  );
}
