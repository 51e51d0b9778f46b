/** The password rule the auth module asks about: a role keeps its password unless an enabled provider turns it off. */
import type { Db } from '../../platform/db/connect.js';
import type { PasswordPolicy } from '../auth/index.js';
import { providersRequiringSso } from './sso-provider.js';
import { enabledPasswordRoles } from './sso.repository.js';

export function ssoPasswordPolicy(db: Db): PasswordPolicy {
  return {
    async ssoOnly(role) {
      const names = providersRequiringSso(role, await enabledPasswordRoles(db));
      return names.length > 0 ? names : undefined;
    },
  };
}
