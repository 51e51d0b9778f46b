/**
 * Removing a single sign-on provider (owner/admin): accounts and their sessions stay; the
 * provider's discovered configuration is forgotten so a later one of the same id starts afresh.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import type { OidcClient } from './oidc-client.js';
import { deleteSsoProvider as deleteSsoProviderRow } from './sso.repository.js';

/** Deletes the provider and audits it; 404 when there is none with this id. */
export async function deleteSsoProvider(
  deps: { db: Db; clock: Clock; oidc: Pick<OidcClient, 'forget'> },
  input: { actorUserId: string; ip: string | null; id: string },
): Promise<void> {
  if (!(await deleteSsoProviderRow(deps.db, input.id))) throw notFound('Sign-in provider');
  deps.oidc.forget(input.id);
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: input.actorUserId, action: 'sso_provider.deleted', ip: input.ip, detail: { providerId: input.id } });
}
