/**
 * Reads who an outage of some services hits: the services (each must exist) and the clients
 * depending on them. Archived clients are left out, and an archived site is dropped from its
 * client's impact (the client as a whole is hit): new tickets naming them would be refused.
 */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { archivedAmong } from '../clients/index.js';
import { dependenciesOn, servicesWithVendors, type VendorService } from '../vendors/index.js';
import { impactOf, type Impact } from './incident.js';

export interface LoadedImpact {
  services: (VendorService & { vendorName: string })[];
  impacts: Impact[];
}

export async function loadImpact(db: Db, serviceIds: string[]): Promise<LoadedImpact> {
  const services = await servicesWithVendors(db, serviceIds);
  const missing = serviceIds.findIndex((id) => !services.some((s) => s.id === id));
  if (missing >= 0) throw notFound('Service', `/serviceIds/${missing}`);
  const dependencies = await dependenciesOn(db, serviceIds);
  const archived = await archivedAmong(db, { organizationIds: dependencies.map((d) => d.organizationId), siteIds: dependencies.flatMap((d) => (d.siteId ? [d.siteId] : [])) });
  const live = dependencies.filter((d) => !archived.organizations.has(d.organizationId)).map((d) => (d.siteId && archived.sites.has(d.siteId) ? { ...d, siteId: null } : d));
  return { services, impacts: impactOf(live) };
}
