/** Who is making a request, and the pure permission rules over it. */
export const STAFF_ROLES = ['owner', 'admin', 'service_manager', 'technician'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const CLIENT_ROLES = ['client_user', 'client_admin'] as const;
export type ClientRole = (typeof CLIENT_ROLES)[number];

export type Actor =
  | { kind: 'staff'; userId: string; name: string; email: string; role: StaffRole; tier: number | null; teamId: string | null }
  | {
      kind: 'client';
      userId: string;
      name: string;
      email: string;
      role: ClientRole;
      organizationId: string;
      contactId: string;
    };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;
export type ClientActor = Extract<Actor, { kind: 'client' }>;

export function isStaff(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}

/** Owner and admin manage accounts, tokens of others, and read the audit log. */
export function isAdministrator(actor: Actor): boolean {
  return actor.kind === 'staff' && (actor.role === 'owner' || actor.role === 'admin');
}

/** Owner, admin and service manager manage client organisations and teams. */
export function isManager(actor: Actor): boolean {
  return isAdministrator(actor) || (actor.kind === 'staff' && actor.role === 'service_manager');
}
