/** Adds a service to a vendor, or changes one (owners, admins, service managers). */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Vendor, VendorService } from './vendor.js';
import type { CreateServiceBody, UpdateServiceBody } from './vendors.schema.js';
import { insertService, updateService } from './vendors.repository.js';

/** A name the vendor already uses for another service (the caller maps the unique violation). */
export const serviceNameTaken = () => conflict('service_name_taken', 'This vendor already has a service with this name', '/name');

export async function addService(deps: { db: Db; clock: Clock }, vendor: Vendor, body: CreateServiceBody): Promise<VendorService> {
  const now = deps.clock.iso();
  const service: VendorService = { id: newId(), vendorId: vendor.id, name: body.name.trim(), description: body.description?.trim() ?? '', version: 1, createdAt: now, updatedAt: now };
  await insertService(deps.db, service);
  return service;
}

export async function changeService(deps: { db: Db; clock: Clock }, current: VendorService, body: UpdateServiceBody): Promise<VendorService> {
  const next: VendorService = {
    ...current,
    name: body.name?.trim() ?? current.name,
    description: body.description?.trim() ?? current.description,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await updateService(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this service at the same moment; reload and try again');
  return next;
}
