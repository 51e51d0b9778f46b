/**
 * The set-up screens in the console: clients (with their contracts and coverage, from the SLA
 * area) and calendars and SLA policies. Each loads its code when first opened, keeping the
 * console's first load small.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { match, navigate } from '../../platform/router';
import type { Session } from '../../platform/session';
import { Spinner } from '../../platform/ui';
import type { ClientSlots } from '../../clients/client-page/ClientPage';

const ClientListPage = lazy(() => import('../../clients/client-list/ClientListPage').then((m) => ({ default: m.ClientListPage })));
const ClientPage = lazy(() => import('../../clients/client-page/ClientPage').then((m) => ({ default: m.ClientPage })));
const ContractsSection = lazy(() => import('../../sla/contracts/ContractsSection').then((m) => ({ default: m.ContractsSection })));
const SlaSetupPage = lazy(() => import('../../sla/overview/SlaSetupPage').then((m) => ({ default: m.SlaSetupPage })));
const CalendarEditor = lazy(() => import('../../sla/calendars/CalendarEditor').then((m) => ({ default: m.CalendarEditor })));
const PolicyEditor = lazy(() => import('../../sla/policies/PolicyEditor').then((m) => ({ default: m.PolicyEditor })));

/** The set-up section of the navigation. */
export const SETUP_NAV: { id: string; href: string; label: string; key: string }[] = [
  { id: 'clients', href: '/clients', label: 'Clients', key: 'g l' },
  { id: 'sla', href: '/sla', label: 'Calendars & SLA', key: 'g h' },
];

export const SETUP_SHORTCUTS: Record<string, () => void> = {
  'g l': () => navigate('/clients'),
  'g h': () => navigate('/sla'),
};

/** Whether a path belongs to a set-up entry of the navigation (for aria-current). */
export function inSetup(path: string, href: string): boolean {
  return path === href || path.startsWith(`${href}/`);
}

function clientSlots(session: Session): ClientSlots {
  return {
    contracts: (client, sites, onChanged) => (
      <Suspense fallback={<Spinner label="Loading contracts" />}>
        <ContractsSection client={client} sites={sites} session={session} onChanged={onChanged} />
      </Suspense>
    ),
  };
}

/** The set-up page at `path`, or undefined when the path is not one. */
export function setupPage(path: string, session: Session): ReactNode | undefined {
  if (path === '/clients') return <ClientListPage session={session} />;
  const client = match('/clients/:id', path);
  if (client) return <ClientPage key={client.id} clientId={client.id} session={session} slots={clientSlots(session)} />;
  if (path === '/sla') return <SlaSetupPage session={session} />;
  const calendar = match('/sla/calendars/:id', path);
  if (calendar) return <CalendarEditor key={calendar.id} calendarId={calendar.id} session={session} />;
  const policy = match('/sla/policies/:id', path);
  if (policy) return <PolicyEditor key={policy.id} policyId={policy.id} session={session} />;
  return undefined;
}
