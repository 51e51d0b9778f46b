/**
 * Imports vendors, their services and clients' dependencies on them from a CSV (issue 12, item 1):
 * a preview says what each row would do — a vendor, service or dependency created, or one on record
 * kept or updated (matched by name ignoring case; a dependency by service, client and site) — with
 * every problem per row; applying writes every row in the caller's transaction, and only a file
 * without problems (422 `import_has_errors`), so an import is never half done. Importing the same
 * file again changes nothing more.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { allOrganizations, sitesOfOrganizations } from '../clients/index.js';
import type { Dependency, Vendor, VendorService } from './vendor.js';
import { readVendorCsv, type RowProblem } from './vendor-csv.js';
import { dependenciesOn, insertDependency, insertService, insertVendor, servicesOfVendors, updateDependency, updateVendor, vendorsNamed } from './vendors.repository.js';

export type RowAction = 'create' | 'update' | 'keep';

/** What a row does (or would do) to its vendor, service and dependency (null: the row has none). */
export interface PlannedVendorRow {
  row: number;
  vendor: RowAction;
  service: RowAction | null;
  dependency: RowAction | null;
}

export interface VendorImportAnswer {
  applied: boolean;
  rows: PlannedVendorRow[];
  problems: RowProblem[];
  counts: { vendors: number; services: number; dependencies: number };
}

interface Plan {
  vendors: Map<string, { vendor: Vendor; fresh: boolean; changed: boolean; before: number }>;
  services: Map<string, { service: VendorService; fresh: boolean }>;
  dependencies: Map<string, { dependency: Dependency; fresh: boolean; changed: boolean; before: number }>;
}

export async function importVendors(deps: { db: Db; clock: Clock }, input: { csv: string; apply: boolean }): Promise<VendorImportAnswer> {
  const { rows, problems } = readVendorCsv(input.csv);
  const now = deps.clock.iso();
  const onRecord = await vendorsNamed(deps.db, rows.map((r) => r.vendor));
  const services = await servicesOfVendors(deps.db, onRecord.map((v) => v.id));
  const dependencies = await dependenciesOn(deps.db, services.map((s) => s.id));
  const clients = new Map((await allOrganizations(deps.db)).filter((o) => o.archivedAt === null).map((o) => [o.name.toLowerCase(), o]));
  const sites = (await sitesOfOrganizations(deps.db, [...new Set(rows.map((r) => clients.get(r.client.toLowerCase())?.id).filter((id): id is string => id !== undefined))])).filter((s) => s.archivedAt === null);
  const plan: Plan = { vendors: new Map(), services: new Map(), dependencies: new Map() };
  for (const v of onRecord) plan.vendors.set(v.name.toLowerCase(), { vendor: v, fresh: false, changed: false, before: v.version });
  for (const s of services) plan.services.set(`${s.vendorId}|${s.name.toLowerCase()}`, { service: s, fresh: false });
  for (const d of dependencies) plan.dependencies.set(`${d.serviceId}|${d.organizationId}|${d.siteId ?? ''}`, { dependency: d, fresh: false, changed: false, before: d.version });
  const planned: PlannedVendorRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const client = r.client === '' ? undefined : clients.get(r.client.toLowerCase());
    if (r.client !== '' && !client) problems.push({ row: r.row, column: 'client', code: 'unknown_client', message: `"${r.client}" is not a client on record (give its name as in Switchboard)` });
    const site = client && r.site !== '' ? sites.find((s) => s.organizationId === client.id && s.name.toLowerCase() === r.site.toLowerCase()) : undefined;
    if (client && r.site !== '' && !site) problems.push({ row: r.row, column: 'site', code: 'unknown_site', message: `"${r.site}" is not a site of ${client.name}` });
    if ((r.client !== '' && !client) || (r.site !== '' && !site)) continue;
    const vendorAction = planVendor(plan, r.vendor, r.portal, now);
    const serviceAction = r.service === '' ? null : planService(plan, r.vendor, r.service, r.serviceDescription, now);
    let dependencyAction: RowAction | null = null;
    if (client) {
      const service = plan.services.get(`${plan.vendors.get(r.vendor.toLowerCase())!.vendor.id}|${r.service.toLowerCase()}`)!.service;
      const key = `${service.id}|${client.id}|${site?.id ?? ''}`;
      if (seen.has(key)) {
        problems.push({ row: r.row, column: 'client', code: 'duplicate_dependency', message: `An earlier row names ${client.name}${site ? ` at ${site.name}` : ''} on this service too` });
        continue;
      }
      seen.add(key);
      dependencyAction = planDependency(plan, key, { serviceId: service.id, organizationId: client.id, siteId: site?.id ?? null, purpose: r.purpose, criticality: r.criticality, fallback: r.fallback, workaroundSteps: r.workaroundSteps }, now);
    }
    planned.push({ row: r.row, vendor: vendorAction, service: serviceAction, dependency: dependencyAction });
  }
  problems.sort((a, b) => a.row - b.row);
  const counts = {
    vendors: [...plan.vendors.values()].filter((v) => v.fresh).length,
    services: [...plan.services.values()].filter((s) => s.fresh).length,
    dependencies: [...plan.dependencies.values()].filter((d) => d.fresh).length,
  };
  const answer = { rows: planned, problems, counts };
  if (!input.apply) return { applied: false, ...answer };
  if (problems.length > 0) throw new AppError('import_has_errors', `${problems.length} problem(s) in the file: fix them (see the preview) and import again`, { status: 422, field: '/csv', details: { problems: problems.slice(0, 100) } });
  await write(deps.db, plan);
  return { applied: true, ...answer };
}

function planVendor(plan: Plan, name: string, portal: string, now: string): RowAction {
  const key = name.toLowerCase();
  const known = plan.vendors.get(key);
  if (!known) {
    plan.vendors.set(key, { vendor: { id: newId(), name, portalUrl: portal, supportContacts: [], accountNumbers: [], notes: '', version: 1, createdAt: now, updatedAt: now }, fresh: true, changed: false, before: 0 });
    return 'create';
  }
  if (portal === '' || portal === known.vendor.portalUrl) return known.fresh ? 'create' : 'keep';
  known.vendor = { ...known.vendor, portalUrl: portal, updatedAt: now };
  known.changed = !known.fresh;
  return known.fresh ? 'create' : 'update';
}

function planService(plan: Plan, vendorName: string, name: string, description: string, now: string): RowAction {
  const vendor = plan.vendors.get(vendorName.toLowerCase())!.vendor;
  const key = `${vendor.id}|${name.toLowerCase()}`;
  if (plan.services.has(key)) return plan.services.get(key)!.fresh ? 'create' : 'keep';
  plan.services.set(key, { service: { id: newId(), vendorId: vendor.id, name, description, version: 1, createdAt: now, updatedAt: now }, fresh: true });
  return 'create';
}

function planDependency(plan: Plan, key: string, d: Pick<Dependency, 'serviceId' | 'organizationId' | 'siteId' | 'purpose' | 'fallback'> & { criticality?: Dependency['criticality']; workaroundSteps?: string[] }, now: string): RowAction {
  const known = plan.dependencies.get(key);
  if (!known) {
    plan.dependencies.set(key, { dependency: { id: newId(), ...d, criticality: d.criticality ?? 'normal', workaroundSteps: d.workaroundSteps ?? [], notifyContactIds: [], version: 1, createdAt: now, updatedAt: now }, fresh: true, changed: false, before: 0 });
    return 'create';
  }
  const current = known.dependency;
  const next: Dependency = {
    ...current,
    purpose: d.purpose || current.purpose,
    fallback: d.fallback || current.fallback,
    criticality: d.criticality ?? current.criticality,
    workaroundSteps: d.workaroundSteps ?? current.workaroundSteps,
  };
  const same = next.purpose === current.purpose && next.fallback === current.fallback && next.criticality === current.criticality && JSON.stringify(next.workaroundSteps) === JSON.stringify(current.workaroundSteps);
  if (same) return 'keep';
  known.dependency = { ...next, version: current.version + 1, updatedAt: now };
  known.changed = true;
  return 'update';
}

async function write(db: Db, plan: Plan): Promise<void> {
  const conflictError = () => new AppError('version_conflict', 'A vendor or dependency changed while it was imported; import again', { status: 409 });
  for (const v of plan.vendors.values()) {
    if (v.fresh) await insertVendor(db, v.vendor);
    else if (v.changed && !(await updateVendor(db, { ...v.vendor, version: v.before + 1 }, v.before))) throw conflictError();
  }
  for (const s of plan.services.values()) if (s.fresh) await insertService(db, s.service);
  for (const d of plan.dependencies.values()) {
    if (d.fresh) await insertDependency(db, d.dependency);
    else if (d.changed && !(await updateDependency(db, d.dependency, d.before))) throw conflictError();
  }
}
