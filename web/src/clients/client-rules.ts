/** Who may change what in the clients area, as the API decides it. */
import type { Session } from '../platform/session';

/** Owners, admins and service managers add, edit and archive clients (the API refuses others). */
export function canManageClients(session: Session): boolean {
  return ['owner', 'admin', 'service_manager'].includes(session.user.role);
}

/** Owners and admins create and disable logins, portal logins included. */
export function canManageLogins(session: Session): boolean {
  return ['owner', 'admin'].includes(session.user.role);
}
