/** Roles and tiers in words, for the people screens. */
import type { User } from '../platform/types';

export const STAFF_ROLE_LABEL: Record<string, string> = {
  owner: 'Owner',
  admin: 'Admin',
  service_manager: 'Service manager',
  technician: 'Technician',
};
export const CLIENT_ROLE_LABEL: Record<string, string> = {
  client_user: 'Portal user (own requests)',
  client_admin: 'Portal administrator (all of the organisation’s requests)',
};
export const STAFF_ROLES = Object.keys(STAFF_ROLE_LABEL);
export const CLIENT_ROLES = Object.keys(CLIENT_ROLE_LABEL);

export const TIER_LABEL: Record<number, string> = { 1: 'Tier 1 · Service desk', 2: 'Tier 2 · Engineering', 3: 'Tier 3 · Senior engineering' };

export function roleLabel(u: Pick<User, 'kind' | 'role'>): string {
  return (u.kind === 'staff' ? STAFF_ROLE_LABEL : CLIENT_ROLE_LABEL)[u.role] ?? u.role;
}

/** Owners and admins manage accounts; owners alone grant or change the owner role. */
export function canManageAccounts(role: string): boolean {
  return role === 'owner' || role === 'admin';
}
