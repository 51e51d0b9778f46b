/** Roles and claims as the single sign-on settings name them (the API's values, in words). */
export const ALL_ROLES = ['owner', 'admin', 'service_manager', 'technician', 'client_user', 'client_admin'];

/** Roles an account made on first sign-in may get: staff below the owner. */
export const JIT_ROLES = ['technician', 'service_manager', 'admin'];

const LABELS: Record<string, string> = {
  owner: 'owner',
  admin: 'admin',
  service_manager: 'service manager',
  technician: 'technician',
  client_user: 'client user',
  client_admin: 'client administrator',
};

export function roleLabel(role: string): string {
  return LABELS[role] ?? role;
}

export const EMAIL_CLAIMS = [
  { value: 'email', label: 'email, when verified (Google Workspace)' },
  { value: 'preferred_username', label: 'preferred_username (Microsoft Entra ID)' },
  { value: 'upn', label: 'upn (Microsoft Entra ID)' },
] as const;
