import type { Clock } from '../../platform/clock.js';
import type { Db } from '../../platform/db/connect.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { newId, randomSecret, sha256Hex } from '../../platform/ids.js';
import { insertAuditEntry } from '../audit/index.js';
import { isAdministrator, type Actor } from './actor.js';
import { findUserById, insertToken } from './auth.repository.js';

/** API tokens are `sb_` and 43 random characters; only their SHA-256 is stored. */
export function generateToken(): string {
  return `sb_${randomSecret(32)}`;
}

export function hashToken(token: string): string {
  return sha256Hex(token);
}

/**
 * Issues an API token for the actor, or (owner/admin only) for another user such as an
 * integration account. The token is returned once and never stored in clear.
 */
export async function createToken(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  input: { name: string; userId?: string; ip: string | null },
): Promise<{ id: string; token: string; prefix: string; name: string; userId: string; createdAt: string }> {
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId) {
    if (!isAdministrator(actor)) throw forbidden('Only an owner or admin may create tokens for other users');
    if (!(await findUserById(deps.db, userId))) throw notFound('User', '/userId');
  }
  const token = generateToken();
  const row = { id: newId(), userId, name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), createdAt: deps.clock.iso() };
  await insertToken(deps.db, row);
  await insertAuditEntry(deps.db, { at: row.createdAt, actorUserId: actor.userId, action: 'token.created', ip: input.ip, detail: { tokenId: row.id, userId, name: input.name } });
  return { id: row.id, token, prefix: row.prefix, name: row.name, userId, createdAt: row.createdAt };
}
