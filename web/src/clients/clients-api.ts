/** The clients area's requests: the client list with its figures, a client's records, and archiving. */
import { api, apiAll, query } from '../platform/api';
import type { ClientOverview, Contact, Organization, Page, PhoneCountries, Site, Ticket, User } from '../platform/types';
import { OPEN_STATUSES } from '../platform/types';

export function fetchOverview(params: { q?: string; includeArchived?: boolean; cursor?: string | null }, signal?: AbortSignal): Promise<Page<ClientOverview>> {
  return api('GET', `/client-overview${query({ q: params.q, includeArchived: params.includeArchived || undefined, cursor: params.cursor, limit: 50 })}`, undefined, { signal });
}

/** Everything the client's page shows, archived sites and contacts included. */
export async function fetchClient(id: string, signal?: AbortSignal) {
  const org = encodeURIComponent(id);
  const [organization, sites, contacts, users, tickets] = await Promise.all([
    api<Organization>('GET', `/organizations/${org}`, undefined, { signal }),
    apiAll<Site>(`/sites?organizationId=${org}&includeArchived=true`),
    apiAll<Contact>(`/contacts?organizationId=${org}&includeArchived=true`),
    apiAll<User>(`/users?kind=client&organizationId=${org}`),
    api<Page<Ticket>>('GET', `/tickets${query({ organizationId: id, limit: 10 })}`, undefined, { signal }),
  ]);
  return { organization, sites, contacts, users, tickets: tickets.items };
}

export type ArchivableKind = 'organizations' | 'sites' | 'contacts';

export function setArchived<T>(kind: ArchivableKind, id: string, archived: boolean): Promise<T> {
  return api<T>('POST', `/${kind}/${encodeURIComponent(id)}/${archived ? 'archive' : 'restore'}`);
}

/** How many open tickets match, for saying what archiving leaves behind. */
export async function openTickets(filter: { organizationId?: string; contactId?: string }): Promise<number> {
  const answer = await api<{ counts: number[] }>('POST', '/tickets/counts', { queries: [{ ...filter, status: OPEN_STATUSES.join(',') }] });
  return answer.counts[0];
}

let phoneCountries: Promise<PhoneCountries> | undefined;
/** The countries a client may have and each time zone's default, asked once per page load (they change only with the server). */
export function fetchPhoneCountries(): Promise<PhoneCountries> {
  phoneCountries ??= api<PhoneCountries>('GET', '/phone-countries').catch((e: unknown) => {
    phoneCountries = undefined;
    throw e;
  });
  return phoneCountries;
}
