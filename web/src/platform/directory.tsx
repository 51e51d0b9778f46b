/**
 * Names behind ids: client organisations, staff and teams (loaded once per session for staff),
 * and contacts and sites fetched on demand and cached for the session.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, apiAll } from './api';
import type { Contact, Organization, Site, Team, User } from './types';
import type { Session } from './session';

export interface Directory {
  /** Active clients, for choosing one; names of archived ones still resolve through orgName. */
  organizations: Organization[];
  staff: User[];
  teams: Team[];
  ready: boolean;
  orgName(id: string | null | undefined): string;
  userName(id: string | null | undefined): string | undefined;
  teamName(id: string | null | undefined): string | undefined;
  /** Loads everything again, after a client, site or contact was added, changed or archived. */
  refresh(): void;
}

const empty: Directory = {
  organizations: [],
  staff: [],
  teams: [],
  ready: false,
  orgName: () => '',
  userName: () => undefined,
  teamName: () => undefined,
  refresh: () => undefined,
};

const DirectoryContext = createContext<Directory>(empty);

export function DirectoryProvider({ session, children }: { session: Session; children: ReactNode }) {
  const [data, setData] = useState<{ organizations: Organization[]; staff: User[]; teams: Team[] } | undefined>();
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    const load = session.user.kind === 'staff'
      ? Promise.all([
          apiAll<Organization>('/organizations?includeArchived=true'),
          apiAll<User>('/users?kind=staff'),
          api<{ items: Team[] }>('GET', '/teams').then((r) => r.items),
        ])
      : Promise.all([
          api<Organization>('GET', `/organizations/${encodeURIComponent(session.user.organizationId ?? '')}`).then((o) => [o]),
          Promise.resolve([] as User[]),
          Promise.resolve([] as Team[]),
        ]);
    load.then(
      ([organizations, staff, teams]) => live && setData({ organizations, staff, teams }),
      () => live && setData({ organizations: [], staff: [], teams: [] }),
    );
    return () => {
      live = false;
    };
  }, [session.user.id, session.user.kind, session.user.organizationId, generation]);

  const value = useMemo<Directory>(() => {
    if (!data) return empty;
    const orgs = new Map(data.organizations.map((o) => [o.id, o]));
    const users = new Map(data.staff.map((u) => [u.id, u]));
    const teams = new Map(data.teams.map((t) => [t.id, t]));
    return {
      ...data,
      organizations: data.organizations.filter((o) => !o.archivedAt),
      ready: true,
      orgName: (id) => (id ? (orgs.get(id)?.name ?? 'Unknown client') : ''),
      userName: (id) => (id ? users.get(id)?.name : undefined),
      teamName: (id) => (id ? teams.get(id)?.name : undefined),
      refresh: () => {
        forgetCachedDirectory();
        setGeneration((g) => g + 1);
      },
    };
  }, [data]);
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useDirectory(): Directory {
  return useContext(DirectoryContext);
}

const contactCache = new Map<string, Promise<Contact | null>>();
const sitesCache = new Map<string, Promise<Site[]>>();

export function rememberContact(contact: Contact): void {
  contactCache.set(contact.id, Promise.resolve(contact));
}

export function forgetCachedDirectory(): void {
  contactCache.clear();
  sitesCache.clear();
}

function fetchContact(id: string): Promise<Contact | null> {
  let found = contactCache.get(id);
  if (!found) {
    found = api<Contact>('GET', `/contacts/${encodeURIComponent(id)}`).catch(() => null);
    contactCache.set(id, found);
  }
  return found;
}

export function fetchSites(organizationId: string): Promise<Site[]> {
  let found = sitesCache.get(organizationId);
  if (!found) {
    // Archived sites too: old tickets still name them.
    found = apiAll<Site>(`/sites?organizationId=${encodeURIComponent(organizationId)}&includeArchived=true`).catch(() => {
      sitesCache.delete(organizationId);
      return [];
    });
    sitesCache.set(organizationId, found);
  }
  return found;
}

/** A contact by id (undefined while loading, null when not visible). */
export function useContact(id: string | null | undefined): Contact | null | undefined {
  const [contact, setContact] = useState<{ id: string; value: Contact | null } | undefined>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    void fetchContact(id).then((value) => live && setContact({ id, value }));
    return () => {
      live = false;
    };
  }, [id]);
  if (!id) return null;
  return contact?.id === id ? contact.value : undefined;
}

/** The client's sites for choosing one; with `includeArchived`, also archived ones (to name a ticket's site). */
export function useSites(organizationId: string | null | undefined, options: { includeArchived?: boolean } = {}): Site[] {
  const [sites, setSites] = useState<{ org: string; list: Site[] } | undefined>();
  useEffect(() => {
    if (!organizationId) return;
    let live = true;
    void fetchSites(organizationId).then((list) => live && setSites({ org: organizationId, list }));
    return () => {
      live = false;
    };
  }, [organizationId]);
  if (!organizationId || sites?.org !== organizationId) return [];
  return options.includeArchived ? sites.list : sites.list.filter((s) => !s.archivedAt);
}
