/** All SQL of the vendors module: vendors, their services and clients' dependencies on them. */
import type { Db } from '../../platform/db/connect.js';
import { readJson } from '../../platform/db/dialect.js';
import type { AccountNumber, Criticality, Dependency, ServiceDependency, SupportContact, Vendor, VendorService } from './vendor.js';
import { vendorDb, type DependencyTable, type VendorServiceTable, type VendorTable } from './vendors.tables.js';

function toVendor(r: VendorTable): Vendor {
  return {
    id: r.id,
    name: r.name,
    portalUrl: r.portal_url,
    supportContacts: readJson<SupportContact[]>(r.support_contacts, []),
    accountNumbers: readJson<AccountNumber[]>(r.account_numbers, []),
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toService(r: VendorServiceTable): VendorService {
  return { id: r.id, vendorId: r.vendor_id, name: r.name, description: r.description, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at };
}

function toDependency(r: DependencyTable): Dependency {
  return {
    id: r.id,
    serviceId: r.service_id,
    organizationId: r.organization_id,
    siteId: r.site_id,
    purpose: r.purpose,
    criticality: r.criticality as Criticality,
    fallback: r.fallback,
    workaroundSteps: readJson<string[]>(r.workaround_steps, []),
    notifyContactIds: readJson<string[]>(r.notify_contact_ids, []),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const vendorColumns = (v: Vendor) => ({
  name: v.name,
  portal_url: v.portalUrl,
  support_contacts: JSON.stringify(v.supportContacts),
  account_numbers: JSON.stringify(v.accountNumbers),
  notes: v.notes,
  version: v.version,
  updated_at: v.updatedAt,
});

export async function insertVendor(db: Db, v: Vendor): Promise<void> {
  await vendorDb(db).insertInto('vendors').values({ id: v.id, ...vendorColumns(v), created_at: v.createdAt }).execute();
}

/** Saves a changed vendor if nobody changed it since it was read. */
export async function updateVendor(db: Db, v: Vendor, expectedVersion: number): Promise<boolean> {
  const r = await vendorDb(db).updateTable('vendors').set(vendorColumns(v)).where('id', '=', v.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findVendor(db: Db, id: string): Promise<Vendor | undefined> {
  const r = await vendorDb(db).selectFrom('vendors').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toVendor(r) : undefined;
}

/** A page of vendors by name. */
export async function listVendors(db: Db, page: { limit: number; after?: [string, string] }): Promise<Vendor[]> {
  let q = vendorDb(db).selectFrom('vendors').selectAll();
  if (page.after) {
    const [name, id] = page.after;
    q = q.where((eb) => eb.or([eb('name', '>', name), eb.and([eb('name', '=', name), eb('id', '>', id)])]));
  }
  return (await q.orderBy('name').orderBy('id').limit(page.limit + 1).execute()).map(toVendor);
}

const serviceColumns = (s: VendorService) => ({ vendor_id: s.vendorId, name: s.name, description: s.description, version: s.version, updated_at: s.updatedAt });

export async function insertService(db: Db, s: VendorService): Promise<void> {
  await vendorDb(db).insertInto('vendor_services').values({ id: s.id, ...serviceColumns(s), created_at: s.createdAt }).execute();
}

/** Saves a changed service if nobody changed it since it was read. */
export async function updateService(db: Db, s: VendorService, expectedVersion: number): Promise<boolean> {
  const r = await vendorDb(db).updateTable('vendor_services').set(serviceColumns(s)).where('id', '=', s.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function findService(db: Db, id: string): Promise<VendorService | undefined> {
  const r = await vendorDb(db).selectFrom('vendor_services').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toService(r) : undefined;
}

/** The services of some vendors, by name. */
export async function servicesOfVendors(db: Db, vendorIds: string[]): Promise<VendorService[]> {
  if (vendorIds.length === 0) return [];
  return (await vendorDb(db).selectFrom('vendor_services').selectAll().where('vendor_id', 'in', vendorIds).orderBy('name').orderBy('id').execute()).map(toService);
}

/** The named services that exist, with their vendor's name. */
export async function servicesWithVendors(db: Db, ids: string[]): Promise<(VendorService & { vendorName: string })[]> {
  if (ids.length === 0) return [];
  const rows = await vendorDb(db)
    .selectFrom('vendor_services as s')
    .innerJoin('vendors as v', 'v.id', 's.vendor_id')
    .selectAll('s')
    .select('v.name as vendor_name')
    .where('s.id', 'in', ids)
    .orderBy('v.name')
    .orderBy('s.name')
    .execute();
  return rows.map((r) => ({ ...toService(r), vendorName: r.vendor_name }));
}

const dependencyColumns = (d: Dependency) => ({
  service_id: d.serviceId,
  organization_id: d.organizationId,
  site_id: d.siteId,
  purpose: d.purpose,
  criticality: d.criticality,
  fallback: d.fallback,
  workaround_steps: JSON.stringify(d.workaroundSteps),
  notify_contact_ids: JSON.stringify(d.notifyContactIds),
  version: d.version,
  updated_at: d.updatedAt,
});

export async function insertDependency(db: Db, d: Dependency): Promise<void> {
  await vendorDb(db).insertInto('dependencies').values({ id: d.id, ...dependencyColumns(d), created_at: d.createdAt }).execute();
}

/** Saves a changed dependency if nobody changed it since it was read. */
export async function updateDependency(db: Db, d: Dependency, expectedVersion: number): Promise<boolean> {
  const r = await vendorDb(db).updateTable('dependencies').set(dependencyColumns(d)).where('id', '=', d.id).where('version', '=', expectedVersion).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deleteDependency(db: Db, id: string): Promise<boolean> {
  const r = await vendorDb(db).deleteFrom('dependencies').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function findDependency(db: Db, id: string): Promise<Dependency | undefined> {
  const r = await vendorDb(db).selectFrom('dependencies').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toDependency(r) : undefined;
}

/** A page of dependencies, of one service or one client when asked, in the order they were recorded. */
export async function listDependencies(db: Db, filter: { serviceId?: string; organizationId?: string }, page: { limit: number; after?: [string, string] }): Promise<Dependency[]> {
  let q = vendorDb(db).selectFrom('dependencies').selectAll();
  if (filter.serviceId) q = q.where('service_id', '=', filter.serviceId);
  if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
  if (page.after) {
    const [at, id] = page.after;
    q = q.where((eb) => eb.or([eb('created_at', '>', at), eb.and([eb('created_at', '=', at), eb('id', '>', id)])]));
  }
  return (await q.orderBy('created_at').orderBy('id').limit(page.limit + 1).execute()).map(toDependency);
}

/** Dependencies with the service and vendor each names: the query both readers below narrow and order. */
function withServiceNames(db: Db) {
  return vendorDb(db)
    .selectFrom('dependencies as d')
    .innerJoin('vendor_services as s', 's.id', 'd.service_id')
    .innerJoin('vendors as v', 'v.id', 's.vendor_id')
    .selectAll('d')
    .select(['s.name as service_name', 'v.id as vendor_id', 'v.name as vendor_name']);
}

const toServiceDependency = (r: DependencyTable & { service_name: string; vendor_id: string; vendor_name: string }): ServiceDependency => ({
  ...toDependency(r),
  serviceName: r.service_name,
  vendorId: r.vendor_id,
  vendorName: r.vendor_name,
});

/** Every dependency on the named services, with the service and vendor names, client by client. */
export async function dependenciesOn(db: Db, serviceIds: string[]): Promise<ServiceDependency[]> {
  if (serviceIds.length === 0) return [];
  const rows = await withServiceNames(db).where('d.service_id', 'in', serviceIds).orderBy('d.organization_id').orderBy('d.created_at').orderBy('d.id').execute();
  return rows.map(toServiceDependency);
}

/** The dependencies of some clients, with the service and vendor each names (backups: a DR plan's fallbacks and the readiness score). */
export async function dependenciesOfClients(db: Db, organizationIds: string[]): Promise<ServiceDependency[]> {
  if (organizationIds.length === 0) return [];
  const rows = await withServiceNames(db).where('d.organization_id', 'in', organizationIds).orderBy('d.organization_id').orderBy('v.name').orderBy('s.name').orderBy('d.id').limit(10_000).execute();
  return rows.map(toServiceDependency);
}

/** The vendors whose names are among `names`, ignoring case (an import matches rows to vendors on record). */
export async function vendorsNamed(db: Db, names: string[]): Promise<Vendor[]> {
  const lower = [...new Set(names.map((n) => n.toLowerCase()))];
  if (lower.length === 0) return [];
  const rows = await vendorDb(db).selectFrom('vendors').selectAll().where((eb) => eb(eb.fn('lower', ['name']), 'in', lower)).execute();
  return rows.map(toVendor);
}
