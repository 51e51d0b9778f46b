/** A technician records the vendor's side of an incident: its own ticket number, who we spoke to, and when it promised the service back. */
import { toIso, type Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { conflict } from '../../platform/errors.js';
import type { IncidentRecord } from './incident.js';
import { newId } from '../../platform/ids.js';
import { insertIncidentEvents, updateVendorSide } from './incidents.repository.js';

export interface VendorSide {
  vendorTicket?: string;
  vendorContact?: string;
  /** An instant, or null to drop the promise. */
  vendorPromisedAt?: string | null;
}

export async function recordVendorSide(deps: { db: Db; clock: Clock }, current: IncidentRecord, input: VendorSide, actorUserId: string | null = null): Promise<IncidentRecord> {
  const next: IncidentRecord = {
    ...current,
    vendorTicket: input.vendorTicket?.trim() ?? current.vendorTicket,
    vendorContact: input.vendorContact?.trim() ?? current.vendorContact,
    vendorPromisedAt: input.vendorPromisedAt === undefined ? current.vendorPromisedAt : input.vendorPromisedAt === null ? null : toIso(Date.parse(input.vendorPromisedAt)),
    version: current.version + 1,
    updatedAt: deps.clock.iso(),
  };
  if (!(await updateVendorSide(deps.db, next, current.version))) throw conflict('version_conflict', 'Someone changed this incident at the same moment; reload and try again');
  await insertIncidentEvents(deps.db, [{ id: newId(), incidentId: current.id, type: 'vendor', organizationId: null, actorUserId, data: { vendorTicket: next.vendorTicket, vendorContact: next.vendorContact, vendorPromisedAt: next.vendorPromisedAt }, at: next.updatedAt }]);
  return next;
}
