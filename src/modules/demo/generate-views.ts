/** A few saved views, so the demo console shows its Views section with counts from the start. */
import { toIso } from '../../platform/clock.js';
import type { OrganizationTable } from '../clients/index.js';
import type { SavedViewTable } from '../views/index.js';
import type { UserTable } from '../auth/index.js';
import { OWNER_EMAIL, TECHNICIAN_EMAIL } from './generate-staff.js';
import type { Random } from './random.js';

export function generateViews(rng: Random, nowMs: number, organizations: OrganizationTable[], users: UserTable[]): SavedViewTable[] {
  const owner = users.find((u) => u.email === OWNER_EMAIL);
  const tech = users.find((u) => u.email === TECHNICIAN_EMAIL);
  const retailer = organizations.find((o) => o.industry === 'retail') ?? organizations[0];
  if (!owner || !tech || !retailer) return [];
  const at = toIso(nowMs);
  const view = (ownerId: string, name: string, queue: string, filters: Record<string, string>, shared: boolean): SavedViewTable => ({
    id: rng.uuid(),
    owner_user_id: ownerId,
    name,
    queue,
    filters: JSON.stringify(filters),
    shared,
    created_at: at,
    updated_at: at,
  });
  return [
    view(owner.id, 'Urgent, all clients', 'open', { priority: 'P1,P2' }, true),
    view(owner.id, 'Breaching within the hour', 'at-risk', { within: '1h' }, true),
    view(tech.id, retailer.name, 'open', { client: retailer.id }, false),
  ];
}
