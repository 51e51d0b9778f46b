/** Revoking an API token by id: your own, or anyone's as an owner or admin. */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { notFound } from '../../platform/errors.js';
import { insertAuditEntry } from '../audit/index.js';
import { isAdministrator, type Actor } from './actor.js';
import { findToken, revokeToken } from './auth.repository.js';

export interface RevokeTokenDeps {
  db: Db;
  clock: Clock;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
}

/** Revokes the token and audits it; someone else's token is 404 to anyone but an administrator (its existence stays hidden). */
export async function revokeApiToken(deps: RevokeTokenDeps, input: { actor: Actor; tokenId: string; ip: string | null }): Promise<void> {
  const { actor } = input;
  const token = await findToken(deps.db, input.tokenId);
  if (!token || (token.user_id !== actor.userId && !isAdministrator(actor))) throw notFound('Token');
  await revokeToken(deps.db, token.id, deps.clock.iso());
  await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'token.revoked', ip: input.ip, detail: { tokenId: token.id } });
  deps.accessChanged(token.user_id);
}
