/** Records and changes a vendor: its support contacts, portal and account numbers (owners, admins, service managers). */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { AppError, conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { AccountNumber, SupportContact, Vendor } from './vendor.js';
import type { CreateVendorBody, UpdateVendorBody } from './vendors.schema.js';
import { insertVendor, updateVendor } from './vendors.repository.js';

export interface SaveVendorDeps {
  db: Db;
  clock: Clock;
}

/** A taken name is a conflict on /name (the caller maps the unique violation). */
export const vendorNameTaken = () => conflict('vendor_name_taken', 'Another vendor has this name', '/name');

/** The portal must be an http(s) address (it is shown as a link), or empty. */
function portal(url: string): string {
  const trimmed = url.trim();
  if (trimmed === '') return '';
  let parsed: URL | undefined;
  try {
    parsed = new URL(trimmed);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new AppError('invalid_url', 'The portal must be an http or https address', { status: 422, field: '/portalUrl' });
  }
  return parsed.toString();
}

const contacts = (list: CreateVendorBody['supportContacts']): SupportContact[] =>
  (list ?? []).map((c) => ({ name: c.name.trim(), role: c.role?.trim() ?? '', email: c.email?.trim() ?? '', phone: c.phone?.trim() ?? '' }));
const accounts = (list: CreateVendorBody['accountNumbers']): AccountNumber[] => (list ?? []).map((a) => ({ label: a.label.trim(), number: a.number.trim() }));

export async function createVendor(deps: SaveVendorDeps, body: CreateVendorBody): Promise<Vendor> {
  const now = deps.clock.iso();
  const vendor: Vendor = {
    id: newId(),
    name: body.name.trim(),
    portalUrl: portal(body.portalUrl ?? ''),
    supportContacts: contacts(body.supportContacts),
    accountNumbers: accounts(body.accountNumbers),
    notes: body.notes ?? '',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertVendor(deps.db, vendor);
  return vendor;
}

export async function changeVendor(deps: SaveVendorDeps, current: Vendor, body: UpdateVendorBody): Promise<Vendor> {
  const next: Vendor = {
    ...current,
    name: body.name?.trim() ?? current.name,
    portalUrl: body.portalUrl === undefined ? current.portalUrl : portal(body.portalUrl),
    supportContacts: body.supportContacts ? contacts(body.supportContacts) : current.supportContacts,
    accountNumbers: body.accountNumbers ? accounts(body.accountNumbers) : current.accountNumbers,
    notes: body.notes ?? current.notes,
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await updateVendor(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this vendor at the same moment; reload and try again');
  return next;
}
