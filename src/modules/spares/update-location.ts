import { AppError, notFound } from '../../platform/errors.js';
import { organizationWithSites } from '../clients/index.js';
import { staffDirectory } from '../auth/index.js';
import type { SpareDeps } from './spare-deps.js';
import { findLocation, saveLocation, type LocationRecord } from './spares.repository.js';

export interface LocationChange {
  name?: string;
  /** A client site's site (one of that client's), or null for the client in general. */
  siteId?: string | null;
  /** A van's engineer: a van changes hands with its engineer. */
  userId?: string;
  archived?: boolean;
}

/**
 * Renames a location, moves a client site's stock to another of that client's sites, hands a van
 * to another engineer, or archives (restores) it. Its kind and client stay as created, since the
 * stock and loans recorded there belong to that place.
 */
export async function updateLocation(deps: SpareDeps, id: string, change: LocationChange): Promise<LocationRecord> {
  const current = await findLocation(deps.db, id);
  if (!current) throw notFound('Stock location');
  const next: LocationRecord = { ...current, name: change.name?.trim() ?? current.name };
  if (change.siteId !== undefined) {
    if (current.kind !== 'client_site') throw new AppError('client_site_only', 'Only a client site’s stock names a site', { status: 422, field: '/siteId' });
    const org = await organizationWithSites(deps.db, current.organizationId!);
    if (change.siteId !== null && !org?.sites.some((s) => s.id === change.siteId)) throw new AppError('site_other_client', 'This site is not one of the client’s (live) sites', { status: 422, field: '/siteId' });
    next.siteId = change.siteId;
  }
  if (change.userId !== undefined) {
    if (current.kind !== 'van') throw new AppError('van_only', 'Only a van belongs to an engineer', { status: 422, field: '/userId' });
    if (!(await staffDirectory(deps.db)).some((u) => u.id === change.userId)) throw notFound('Staff user', '/userId');
    next.userId = change.userId;
  }
  if (change.archived !== undefined) next.archivedAt = change.archived ? (current.archivedAt ?? deps.clock.iso()) : null;
  await saveLocation(deps.db, next);
  return next;
}
