/**
 * Archiving and restoring a client organisation, site or contact. An archived record keeps its
 * tickets and history; it is only hidden from lists and caller search, and new tickets naming it
 * are refused (see refuseArchived).
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { Actor } from '../auth/index.js';
import { archivedStates, findContact, findOrganization, findSite, setArchivedAt, type ArchivableKind, type Contact, type Organization, type Site } from './client.repository.js';

const NAMES: Record<ArchivableKind, string> = { organization: 'Organization', site: 'Site', contact: 'Contact' };

/** Archives (`archived` true) or restores one record; archiving an archived record keeps its first instant. */
export async function setArchived(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  kind: ArchivableKind,
  id: string,
  archived: boolean,
): Promise<Organization | Site | Contact> {
  const find = { organization: findOrganization, site: findSite, contact: findContact }[kind];
  const record = await find(deps.db, actor, id);
  if (!record) throw notFound(NAMES[kind]);
  const at = archived ? (record.archivedAt ?? deps.clock.iso()) : null;
  if (at !== record.archivedAt) await setArchivedAt(deps.db, kind, id, at);
  return { ...record, archivedAt: at };
}

/** When each of a new ticket's client, contact and site was archived; null: active (or not named). */
export interface ArchivedStates {
  organization: string | null;
  contact: string | null;
  site: string | null;
}

/**
 * Refuses a new ticket for an archived client, or naming an archived contact or site (422, with
 * the field at fault). Existing tickets are not affected.
 */
export async function refuseArchived(db: Db, ids: { organizationId: string; contactId: string | null; siteId: string | null }): Promise<void> {
  refuseArchivedStates(await archivedStates(db, ids));
}

/**
 * The rule of refuseArchived over states the caller has read already (ticket creation reads them
 * in the statement that looks up its other references, to save a round trip).
 */
export function refuseArchivedStates(states: ArchivedStates): void {
  if (states.organization) {
    throw new AppError('organization_archived', 'This client is archived: its tickets are kept, but no new ones can be opened. Restore the client first.', { status: 422, field: '/organizationId' });
  }
  if (states.contact) {
    throw new AppError('contact_archived', 'This contact is archived: restore the contact, or name another one.', { status: 422, field: '/contactId' });
  }
  if (states.site) {
    throw new AppError('site_archived', 'This site is archived: restore the site, or name another one.', { status: 422, field: '/siteId' });
  }
}
