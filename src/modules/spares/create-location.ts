import { AppError, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { organizationWithSites } from '../clients/index.js';
import { staffDirectory } from '../auth/index.js';
import type { LocationKind } from './spare.js';
import type { SpareDeps } from './spare-deps.js';
import { insertLocation, type LocationRecord } from './spares.repository.js';

export interface LocationInput {
  name: string;
  kind: LocationKind;
  organizationId?: string;
  siteId?: string;
  userId?: string;
}

/**
 * Adds a place stock is kept: our office; a client's site (which names the client and one of its
 * sites); an engineer's van (which names the engineer, an enabled staff user).
 */
export async function createLocation(deps: SpareDeps, input: LocationInput): Promise<LocationRecord> {
  const location: LocationRecord = {
    id: newId(), name: input.name.trim(), kind: input.kind, organizationId: null, siteId: null, userId: null, archivedAt: null, createdAt: deps.clock.iso(),
  };
  if (input.kind === 'client_site') {
    if (!input.organizationId) throw new AppError('organization_required', 'A client site’s stock names the client', { status: 422, field: '/organizationId' });
    const org = await organizationWithSites(deps.db, input.organizationId);
    if (!org) throw notFound('Organization', '/organizationId');
    if (input.siteId !== undefined && !org.sites.some((s) => s.id === input.siteId)) throw new AppError('site_other_client', 'This site is not one of the client’s (live) sites', { status: 422, field: '/siteId' });
    Object.assign(location, { organizationId: org.id, siteId: input.siteId ?? null });
  } else if (input.organizationId !== undefined || input.siteId !== undefined) {
    throw new AppError('client_site_only', 'Only a client site’s stock names a client and site', { status: 422, field: input.organizationId !== undefined ? '/organizationId' : '/siteId' });
  }
  if (input.kind === 'van') {
    if (!input.userId) throw new AppError('user_required', 'A van belongs to an engineer: name them (userId)', { status: 422, field: '/userId' });
    if (!(await staffDirectory(deps.db)).some((u) => u.id === input.userId)) throw notFound('Staff user', '/userId');
    location.userId = input.userId;
  } else if (input.userId !== undefined) {
    throw new AppError('van_only', 'Only a van belongs to an engineer', { status: 422, field: '/userId' });
  }
  await insertLocation(deps.db, location);
  return location;
}
