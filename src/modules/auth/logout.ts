/**
 * Logging out: a session ends, an API token is revoked (exactly as revoking it by id would), so a
 * logout never leaves its credential working; live streams opened with it are told to re-check.
 */
import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { insertAuditEntry } from '../audit/index.js';
import type { Actor } from './actor.js';
import { deleteSession, revokeToken } from './auth.repository.js';
import type { Credential } from './authenticate.js';

export interface LogoutDeps {
  db: Db;
  clock: Clock;
  /** Tells long-lived readers (live streams, on every node) to re-check this user's access. */
  accessChanged: (userId: string) => void;
}

/** Ends the credential the request came with; answers whether it was a session (whose cookie the route clears). */
export async function logout(deps: LogoutDeps, input: { actor: Actor; credential: Credential | undefined; ip: string | null }): Promise<{ endedSession: boolean }> {
  const { actor, credential } = input;
  const at = deps.clock.iso();
  if (credential?.kind === 'token') {
    await revokeToken(deps.db, credential.tokenId, at);
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'token.revoked', ip: input.ip, detail: { tokenId: credential.tokenId, via: 'logout' } });
  } else if (credential?.kind === 'session') {
    await deleteSession(deps.db, credential.idHash);
    await insertAuditEntry(deps.db, { at: deps.clock.iso(), actorUserId: actor.userId, action: 'logout', ip: input.ip, detail: {} });
  }
  deps.accessChanged(actor.userId);
  return { endedSession: credential?.kind === 'session' };
}
