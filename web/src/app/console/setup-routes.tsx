/**
 * The set-up screens of the console: clients (with their contracts and coverage, from the SLA
 * area), calendars and SLA policies, escalation policies, on-call editing, people, your paging,
 * API tokens, vendors and clients' dependencies on them, delivery providers and importing — their routes, the "Set up" navigation and its `g` shortcuts.
 * Each page loads its code when first opened, so the console's first load stays small.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { match } from '../../platform/router';
import type { Session } from '../../platform/session';
import type { User } from '../../platform/types';
import { Spinner } from '../../platform/ui';
import type { ClientSlots } from '../../clients/client-page/ClientPage';

const ClientListPage = lazy(() => import('../../clients/client-list/ClientListPage').then((m) => ({ default: m.ClientListPage })));
const ClientIncidentActions = lazy(() => import('../../incidents/client-actions/ClientIncidentActions').then((m) => ({ default: m.ClientIncidentActions })));
const ClientPage = lazy(() => import('../../clients/client-page/ClientPage').then((m) => ({ default: m.ClientPage })));
const ContractsSection = lazy(() => import('../../sla/contracts/ContractsSection').then((m) => ({ default: m.ContractsSection })));
const BillingTermsPanel = lazy(() => import('../../billing/contract-terms/BillingTermsPanel').then((m) => ({ default: m.BillingTermsPanel })));
const AccountReviewPanel = lazy(() => import('../../reports/account-review/AccountReviewPanel').then((m) => ({ default: m.AccountReviewPanel })));
const GoodwillPanel = lazy(() => import('../../billing/goodwill/GoodwillPanel').then((m) => ({ default: m.GoodwillPanel })));
const SlaSetupPage = lazy(() => import('../../sla/overview/SlaSetupPage').then((m) => ({ default: m.SlaSetupPage })));
const CalendarEditor = lazy(() => import('../../sla/calendars/CalendarEditor').then((m) => ({ default: m.CalendarEditor })));
const ImportPage = lazy(() => import('../../imports/ImportPage').then((m) => ({ default: m.ImportPage })));
const SlaPolicyEditor = lazy(() => import('../../sla/policies/PolicyEditor').then((m) => ({ default: m.PolicyEditor })));
const PoliciesPage = lazy(() => import('../../escalation/policies/PoliciesPage').then((m) => ({ default: m.PoliciesPage })));
const PolicyBuilderPage = lazy(() => import('../../escalation/policies/PolicyBuilderPage').then((m) => ({ default: m.PolicyBuilderPage })));
const ScheduleEditorPage = lazy(() => import('../../oncall/schedule-editor/ScheduleEditorPage').then((m) => ({ default: m.ScheduleEditorPage })));
const PeoplePage = lazy(() => import('../../staff/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PersonPage = lazy(() => import('../../staff/person/PersonPage').then((m) => ({ default: m.PersonPage })));
const ContactMethodsPanel = lazy(() => import('../../escalation/contact-methods/ContactMethodsPanel').then((m) => ({ default: m.ContactMethodsPanel })));
const TokensPage = lazy(() => import('../../auth/tokens/TokensPage').then((m) => ({ default: m.TokensPage })));
const VendorsPage = lazy(() => import('../../vendors/VendorsPage').then((m) => ({ default: m.VendorsPage })));
const BackupsPanel = lazy(() => import('../../backups/BackupsPanel').then((m) => ({ default: m.BackupsPanel })));
const InvoicesPage = lazy(() => import('../../invoices/InvoicesPage').then((m) => ({ default: m.InvoicesPage })));
const ProvidersPage = lazy(() => import('../../notify/providers/ProvidersPage').then((m) => ({ default: m.ProvidersPage })));

const isAdmin = (s: Session) => s.user.role === 'owner' || s.user.role === 'admin';
const isManager = (s: Session) => isAdmin(s) || s.user.role === 'service_manager';

/** A set-up entry of the side navigation. */
export interface SetupLink {
  id: string;
  href: string;
  label: string;
  key: string;
}

/** What this person may open, in navigation order; each `key` is also its `g` shortcut. */
export function setupLinks(session: Session): SetupLink[] {
  return [
    { id: 'clients', href: '/clients', label: 'Clients', key: 'g l' },
    { id: 'sla', href: '/sla', label: 'Calendars & SLA', key: 'g h' },
    { id: 'escalation', href: '/setup/escalation', label: 'Escalation', key: 'g e' },
    { id: 'people', href: '/setup/people', label: 'People', key: 'g p' },
    { id: 'me', href: '/me', label: 'My paging', key: 'g y' },
    { id: 'tokens', href: '/setup/tokens', label: 'API tokens', key: 'g i' },
    { id: 'vendors', href: '/setup/vendors', label: 'Vendors', key: 'g q' },
    ...(isAdmin(session) ? [{ id: 'providers', href: '/setup/providers', label: 'Providers', key: 'g d' }, { id: 'import', href: '/import', label: 'Import', key: 'g n' }, { id: 'invoices', href: '/setup/invoices', label: 'Invoices', key: 'g I' }] : []),
  ];
}

/** The entry whose area a path belongs to, for aria-current. */
export function activeSetup(path: string, session: Session): string | undefined {
  // One's own page under People is "My paging".
  if (path === '/me' || path === `/setup/people/${session.user.id}`) return 'me';
  return setupLinks(session).find((l) => path === l.href || path.startsWith(`${l.href}/`))?.id;
}

function clientSlots(session: Session): ClientSlots {
  return {
    contracts: (client, sites, onChanged) => (
      <Suspense fallback={<Spinner label="Loading contracts" />}>
        <ContractsSection client={client} sites={sites} session={session} onChanged={onChanged} />
        <BillingTermsPanel organizationId={client.id} sites={sites} session={session} />
        <GoodwillPanel organizationId={client.id} />
        <AccountReviewPanel organizationId={client.id} />
      </Suspense>
    ),
    incidents: (client) => (
      <Suspense fallback={null}>
        <ClientIncidentActions clientId={client.id} />
      </Suspense>
    ),
    backups: (client) => (
      <Suspense fallback={<Spinner label="Loading backups" />}>
        <BackupsPanel organizationId={client.id} canSetUp={isManager(session)} />
      </Suspense>
    ),
  };
}

/** A person's paging (contact methods, rules, test pages), shown on their page to them and to owners and admins. */
function paging(session: Session) {
  return (user: User) => (user.id === session.user.id || isAdmin(session) ? <ContactMethodsPanel userId={user.id} self={user.id === session.user.id} email={user.email} /> : null);
}

/** The set-up page at `path`, or undefined when the path is not one. */
export function setupPage(path: string, params: URLSearchParams, session: Session): ReactNode | undefined {
  return clientAndSlaPage(path, session) ?? pagingSetupPage(path, params, session);
}

function clientAndSlaPage(path: string, session: Session): ReactNode | undefined {
  if (path === '/clients') return <ClientListPage session={session} />;
  const client = match('/clients/:id', path);
  if (client) return <ClientPage key={client.id} clientId={client.id} session={session} slots={clientSlots(session)} />;
  if (path === '/sla') return <SlaSetupPage session={session} />;
  if (path === '/import' && isAdmin(session)) return <ImportPage />;
  const calendar = match('/sla/calendars/:id', path);
  if (calendar) return <CalendarEditor key={calendar.id} calendarId={calendar.id} session={session} />;
  const slaPolicy = match('/sla/policies/:id', path);
  if (slaPolicy) return <SlaPolicyEditor key={slaPolicy.id} policyId={slaPolicy.id} session={session} />;
  return undefined;
}

function pagingSetupPage(path: string, params: URLSearchParams, session: Session): ReactNode | undefined {
  const viewer = { id: session.user.id, role: session.user.role };
  if (path === '/setup/escalation') return <PoliciesPage canEdit={isManager(session)} />;
  if (path === '/setup/escalation/new') return <PolicyBuilderPage key="new" policyId={null} canEdit={isManager(session)} />;
  const policy = match('/setup/escalation/:id', path);
  if (policy) return <PolicyBuilderPage key={policy.id} policyId={policy.id} canEdit={isManager(session)} created={params.get('created') === '1'} />;
  if (path === '/oncall/schedules/new') return <ScheduleEditorPage key="new" scheduleId={null} canEdit={isManager(session)} />;
  const schedule = match('/oncall/schedules/:id', path);
  if (schedule) return <ScheduleEditorPage key={schedule.id} scheduleId={schedule.id} canEdit={isManager(session)} />;
  if (path === '/setup/people') return <PeoplePage tab={params.get('tab')} role={session.user.role} />;
  const person = match('/setup/people/:id', path);
  if (person) return <PersonPage key={person.id} userId={person.id} viewer={viewer} paging={paging(session)} />;
  if (path === '/me') return <PersonPage key="me" userId={session.user.id} viewer={viewer} paging={paging(session)} />;
  if (path === '/setup/vendors') return <VendorsPage canEdit={isManager(session)} />;
  const vendor = match('/setup/vendors/:id', path);
  if (vendor) return <VendorsPage key={vendor.id} vendorId={vendor.id} canEdit={isManager(session)} />;
  if (path === '/setup/tokens') return <TokensPage me={session.user.id} admin={isAdmin(session)} />;
  if (path === '/setup/providers' && isAdmin(session)) return <ProvidersPage />;
  if (path === '/setup/invoices' && isAdmin(session)) return <InvoicesPage />;
  return undefined;
}

/** `g` shortcuts to the set-up screens this person may open. */
export function setupShortcuts(session: Session, go: (href: string) => void): Record<string, () => void> {
  return Object.fromEntries(setupLinks(session).map((l) => [l.key, () => go(l.href)]));
}
