/** The agents' console: top bar, queue navigation, the routed page, shortcuts and the help overlay. */
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { CallerSearch } from '../../clients/caller-search/CallerSearch';
import { DemoOutboxLink } from '../../notify/demo-outbox/DemoOutboxLink';
import { OnCallWidget } from '../../oncall/OnCallWidget';
import { useFocusOnNavigate } from '../../platform/focus';
import { useShortcuts } from '../../platform/keyboard';
import { NotFoundPage } from '../../platform/not-found';
import { Link, match, navigate, useLocation } from '../../platform/router';
import { useSessionApi, type Session } from '../../platform/session';
import { LiveIndicator, StreamBanner } from '../../platform/stream-banner';
import { Kbd, Spinner } from '../../platform/ui';
import { PhoneLogPage } from '../../tickets/phone-log/PhoneLogPage';
import { AssetPicker } from '../../assets/AssetPicker';
import { homeQueue, QUEUES, queueHref } from '../../tickets/queue/queues';
import { QueuePage } from '../../tickets/queue/QueuePage';
import { AT_RISK_BADGE_LABEL, formatCount, QueueCountsContext, useQueueCounts } from '../../tickets/queue/use-counts';
import { useViews, viewHref } from '../../tickets/queue/views';
import { SearchPage } from '../../tickets/search/SearchPage';
import { TicketPage } from '../../tickets/ticket-view/TicketPage';
import { ChangePasswordButton } from '../../auth/password/ChangePassword';
import { HelpOverlay } from './HelpOverlay';
import { activeSetup, setupLinks, setupPage, setupShortcuts } from './setup-routes';
import { TICKET_SLOTS } from './ticket-slots';

// Pages visited now and then load their code when first opened, keeping the first load small.
const OnCallPage = lazy(() => import('../../oncall/OnCallPage').then((m) => ({ default: m.OnCallPage })));
const ReportsPage = lazy(() => import('../../reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const TriagePage = lazy(() => import('../../mail/triage/TriagePage').then((m) => ({ default: m.TriagePage })));
const MailboxesPage = lazy(() => import('../../mail/mailboxes/MailboxesPage').then((m) => ({ default: m.MailboxesPage })));
const IncidentsPage = lazy(() => import('../../incidents/IncidentsPage').then((m) => ({ default: m.IncidentsPage })));
const SsoSettingsPage = lazy(() => import('../../sso/settings/SsoSettingsPage').then((m) => ({ default: m.SsoSettingsPage })));
const AssetsPage = lazy(() => import('../../assets/AssetsPage').then((m) => ({ default: m.AssetsPage })));
const AssetFeedsPage = lazy(() => import('../../assets/AssetFeedsPage').then((m) => ({ default: m.AssetFeedsPage })));
const SparesSetupPage = lazy(() => import('../../spares/SparesSetupPage').then((m) => ({ default: m.SparesSetupPage })));
const SparesPage = lazy(() => import('../../spares/SparesPage').then((m) => ({ default: m.SparesPage })));
const CampaignsPage = lazy(() => import('../../campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const KbPage = lazy(() => import('../../kb/console/KbPage').then((m) => ({ default: m.KbPage })));
const DemoOutboxPage = lazy(() => import('../../notify/demo-outbox/DemoOutboxPage').then((m) => ({ default: m.DemoOutboxPage })));

/** Desk-wide pages below the queues in the navigation. */
const DESK: { id: string; href: string; label: string; key: string }[] = [
  { id: 'oncall', href: '/oncall', label: 'On call', key: 'g c' },
  { id: 'incidents', href: '/incidents', label: 'Incidents', key: 'g v' },
  { id: 'assets', href: '/assets', label: 'Assets', key: 'g k' },
  { id: 'spares', href: '/spares', label: 'Spares', key: 'g j' },
  { id: 'campaigns', href: '/campaigns', label: 'Campaigns', key: 'g z' },
  { id: 'kb', href: '/kb', label: 'Knowledge base', key: 'g K' },
  { id: 'reports', href: '/reports', label: 'Reports', key: 'g s' },
  { id: 'triage', href: '/mail/triage', label: 'Mail triage', key: 'g f' },
  { id: 'mailboxes', href: '/mail/mailboxes', label: 'Mailboxes', key: 'g x' },
];

/** Set-up pages for owners and admins, below the desk. */
const SETTINGS: { id: string; href: string; label: string }[] = [{ id: 'sso', href: '/settings/sso', label: 'Single sign-on' }];

/** Back from a ticket: to the queue last shown, else the person's home queue. */
function backToQueue(session: Session): string {
  const last = sessionStorage.getItem('sb.lastQueue');
  return last ? queueHref(last) : homeQueue(session.user.role);
}

export function ConsoleShell({ session }: { session: Session }) {
  const { path, params } = useLocation();
  const { views } = useViews();
  const counts = useQueueCounts(session, views);
  const { signOut } = useSessionApi();
  const [help, setHelp] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useState(params.get('q') ?? '');
  useFocusOnNavigate(path);

  useEffect(() => {
    if (path === '/' || path.startsWith('/portal')) navigate(homeQueue(session.user.role), { replace: true });
  }, [path, session.user.role]);

  useShortcuts(
    {
      n: () => navigate('/calls/new'),
      '/': () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      },
      '?': () => setHelp(true),
      'g m': () => navigate(queueHref('mine')),
      'g t': () => navigate(queueHref('team')),
      'g u': () => navigate(queueHref('unassigned')),
      'g r': () => navigate(queueHref('at-risk')),
      'g b': () => navigate(queueHref('old-breaches')),
      'g c': () => navigate('/oncall'),
      'g v': () => navigate('/incidents'),
      'g k': () => navigate('/assets'),
      'g j': () => navigate('/spares'),
      'g z': () => navigate('/campaigns'),
      'g K': () => navigate('/kb'),
      'g s': () => navigate('/reports'),
      'g f': () => navigate('/mail/triage'),
      'g x': () => navigate('/mail/mailboxes'),
      'g w': () => navigate(queueHref('waiting')),
      'g o': () => navigate(queueHref('open')),
      'g a': () => navigate(queueHref('all')),
      // g 1 … g 9: the saved views, in the order the navigation lists them.
      ...Object.fromEntries(views.slice(0, 9).map((v, i) => [`g ${i + 1}`, () => navigate(viewHref(v))])),
      ...setupShortcuts(session, navigate),
    },
    !help,
  );

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    const q = search.trim();
    if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
  };

  const administrator = session.user.role === 'owner' || session.user.role === 'admin';
  const setup = setupPage(path, params, session);
  const queueMatch = match('/queue/:queue', path);
  const ticketMatch = match('/tickets/:ref', path);
  const incidentMatch = match('/incidents/:id', path);
  const assetMatch = match('/assets/:id', path);
  const campaignMatch = match('/campaigns/:id', path);
  const kbMatch = match('/kb/:id', path);
  let page;
  if (queueMatch && QUEUES.some((q) => q.id === queueMatch.queue)) page = <QueuePage key={queueMatch.queue} queueId={queueMatch.queue} session={session} />;
  else if (ticketMatch) page = <TicketPage key={ticketMatch.ref} ticketRef={ticketMatch.ref} session={session} backTo={backToQueue(session)} slots={TICKET_SLOTS} />;
  else if (path === '/calls/new') page = <PhoneLogPage session={session} CallerSearch={CallerSearch} AssetPicker={AssetPicker} />;
  else if (path === '/search') page = <SearchPage key={params.get('q') ?? ''} q={params.get('q') ?? ''} />;
  else if (path === '/oncall') page = <OnCallPage canEdit={['owner', 'admin', 'service_manager'].includes(session.user.role)} />;
  else if (path === '/incidents' || incidentMatch) page = <IncidentsPage incidentId={incidentMatch?.id} />;
  else if (path === '/assets/feeds') page = <AssetFeedsPage canChange={administrator} />;
  else if (path === '/assets' || assetMatch) page = <AssetsPage assetId={assetMatch?.id} />;
  else if (path === '/spares') page = <SparesPage />;
  else if (path === '/campaigns' || campaignMatch) page = <CampaignsPage campaignId={campaignMatch?.id} />;
  else if (path === '/spares/setup') page = <SparesSetupPage canSetUp={['owner', 'admin', 'service_manager'].includes(session.user.role)} />;
  else if (path === '/kb' || kbMatch) page = <KbPage articleId={kbMatch?.id} />;
  else if (path === '/reports') page = <ReportsPage />;
  else if (path === '/mail/triage') page = <TriagePage />;
  else if (path === '/mail/mailboxes') page = <MailboxesPage />;
  else if (path === '/demo-outbox') page = <DemoOutboxPage />;
  else if (path === '/settings/sso' && administrator) page = <SsoSettingsPage />;
  else if (setup) page = setup;
  else if (path === '/' || path.startsWith('/portal')) page = null;
  else page = <NotFoundPage />;
  const setupActive = activeSetup(path, session);

  const activeView = queueMatch ? params.get('view') : null;
  const activeQueue = activeView ? undefined : (queueMatch?.queue ?? (ticketMatch ? sessionStorage.getItem('sb.lastQueue') ?? undefined : undefined));
  const badge = (key: string, label: string) => {
    const n = counts.get(key);
    return n === undefined ? null : (
      <span className={`nav-count${key === 'queue:at-risk' && n > 0 ? ' nav-count-alert' : ''}`} aria-label={`${formatCount(n)} ${label}`}>
        {formatCount(n)}
      </span>
    );
  };

  return (
    <div className="console">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to={homeQueue(session.user.role)} className="brand" aria-label="Switchboard: home">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Switchboard</span>
        </Link>
        <form className="topbar-search" role="search" onSubmit={submitSearch}>
          <input
            ref={searchRef}
            type="search"
            aria-label="Search tickets and contacts"
            placeholder="Search tickets, contacts, SB-1042…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && (e.currentTarget.blur(), setSearch(''))}
          />
          <Kbd>/</Kbd>
        </form>
        <div className="topbar-actions">
          <Link to="/calls/new" className="button primary" aria-keyshortcuts="n">
            New call <Kbd>n</Kbd>
          </Link>
          <LiveIndicator />
          <button className="button ghost icon-only" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts" aria-keyshortcuts="?">
            ?
          </button>
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
      <div className="console-body">
        <nav className="sidenav" aria-label="Queues and desk">
          <p className="sidenav-title">Queues</p>
          <ul>
            {QUEUES.map((q) => {
              const disabled = q.id === 'team' && !session.teamId;
              return (
                <li key={q.id}>
                  {disabled ? (
                    <span className="sidenav-link disabled" title="You are not in a team">
                      {q.label}
                    </span>
                  ) : (
                    <Link to={queueHref(q.id)} className="sidenav-link" aria-current={activeQueue === q.id ? 'page' : undefined}>
                      <span>{q.label}</span>
                      {badge(`queue:${q.id}`, q.due === 'current' ? AT_RISK_BADGE_LABEL : 'tickets')}
                      <Kbd>{q.key}</Kbd>
                    </Link>
                  )}
                </li>
              );
            })}
          </ul>
          {views.length > 0 && (
            <>
              <p className="sidenav-title sidenav-section">Views</p>
              <ul aria-label="Saved views">
                {views.map((v, i) => (
                  <li key={v.id}>
                    <Link to={viewHref(v)} className="sidenav-link" aria-current={activeView === v.id ? 'page' : undefined} title={v.shared ? 'Shared with the desk' : 'Only you see this view'} aria-keyshortcuts={i < 9 ? `g ${i + 1}` : undefined}>
                      <span className="sidenav-view-name">{v.name}</span>
                      {badge(`view:${v.id}`, 'tickets')}
                      {i < 9 && <Kbd>{`g ${i + 1}`}</Kbd>}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="sidenav-title sidenav-section">Desk</p>
          <ul>
            {DESK.map((d) => (
              <li key={d.id}>
                <Link to={d.href} className="sidenav-link" aria-current={path === d.href || path.startsWith(`${d.href}/`) ? 'page' : undefined}>
                  <span>{d.label}</span>
                  <Kbd>{d.key}</Kbd>
                </Link>
              </li>
            ))}
            <DemoOutboxLink path={path} />
          </ul>
          <p className="sidenav-title sidenav-section">Set up</p>
          <ul>
            {setupLinks(session).map((d) => (
              <li key={d.id}>
                <Link to={d.href} className="sidenav-link" aria-current={setupActive === d.id ? 'page' : undefined} aria-keyshortcuts={d.key}>
                  <span>{d.label}</span>
                  <Kbd>{d.key}</Kbd>
                </Link>
              </li>
            ))}
          </ul>
          {administrator && (
            <>
              <p className="sidenav-title sidenav-section">Settings</p>
              <ul>
                {SETTINGS.map((d) => (
                  <li key={d.id}>
                    <Link to={d.href} className="sidenav-link" aria-current={path === d.href ? 'page' : undefined}>
                      <span>{d.label}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <OnCallWidget />
        </nav>
        <main id="main" className="main" tabIndex={-1}>
          <Suspense
            fallback={
              <div className="loading-block">
                <Spinner label="Loading the page" />
              </div>
            }
          >
            <QueueCountsContext.Provider value={counts}>{page}</QueueCountsContext.Provider>
          </Suspense>
        </main>
      </div>
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
