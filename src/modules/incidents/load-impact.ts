/** Reads who an outage of some services hits: the services (each must exist) and the clients depending on them. */
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
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
  return { services, impacts: impactOf(await dependenciesOn(db, serviceIds)) };
}
